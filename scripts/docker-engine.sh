#!/usr/bin/env bash
# A real Docker engine for pyrun's Docker tests, on a Debian machine without systemd and without any registry:
#
#   1. installs Debian's docker.io (dockerd, containerd, runc) when dockerd is missing;
#   2. starts dockerd in the background when `docker info` does not answer: no iptables, no bridge (the tests run
#      containers with --network none), storage overlay2, or vfs where overlay2 cannot mount;
#   3. builds the image the tests run in, with no registry: `docker import` of a small root filesystem made of this
#      machine's Debian Python (the interpreter, its standard library and the shared libraries they load), plus
#      dash and a few coreutils.
#
# Idempotent: each step is skipped when its result is already there. Run as root. Prints the image name last, on
# stdout, alone on its line (everything else goes to stderr), so a caller can take it with $(...).
#
#   scripts/docker-engine.sh          install, start, build; prints the image name
#   scripts/docker-engine.sh stop     stop the dockerd this script started
#
# Variables: PYRUN_DOCKER_IMAGE (default pyrun-python:local), PYRUN_DOCKERD_LOG (default /tmp/pyrun-dockerd.log),
# PYRUN_IMAGE_PYTHON (the interpreter copied into the image; default Debian's /usr/bin/python3, installed if
# missing — not pyenv's or a virtualenv's, whose files live outside /usr).
set -euo pipefail

image=${PYRUN_DOCKER_IMAGE:-pyrun-python:local}
log=${PYRUN_DOCKERD_LOG:-/tmp/pyrun-dockerd.log}
pidfile=/var/run/pyrun-dockerd.pid

say() { printf '[docker-engine] %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}

apt_install() {
  # A package's maintainer script must not start a daemon of its own (with iptables and a bridge) on the way in;
  # a policy-rc.d that someone else put there stays as it is.
  local policy=/usr/sbin/policy-rc.d ours=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    ours=1
  fi
  local rc=0
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >&2 || rc=$?
  [ "$ours" = 1 ] && rm -f "$policy"
  [ "$rc" = 0 ] || die "apt-get install $* failed ($rc)"
}

engine_answers() { docker info >/dev/null 2>&1; }

stop_engine() {
  if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 150); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    say "dockerd $pid stopped"
  else
    say "no dockerd of this script is running"
  fi
}

install_engine() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker >/dev/null || missing+=(docker.io)
  [ ${#missing[@]} -eq 0 ] || apt_install docker.io
}

start_engine() {
  engine_answers && return 0
  local driver pid
  for driver in overlay2 vfs; do
    say "starting dockerd (storage $driver), log in $log"
    setsid dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver="$driver" \
      --pidfile "$pidfile" </dev/null >>"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      engine_answers && return 0
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    say "dockerd with storage $driver did not answer: $(tail -n 3 "$log" | tr '\n' ' ')"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
  done
  die "dockerd did not start; see $log"
}

image_python() {
  local py=${PYRUN_IMAGE_PYTHON:-/usr/bin/python3}
  if [ ! -x "$py" ] && [ -z "${PYRUN_IMAGE_PYTHON:-}" ]; then apt_install python3; fi
  [ -x "$py" ] || die "no interpreter at $py"
  readlink -f "$py"
}

# The image is rebuilt when this script changes: its hash is a label of the image.
recipe=$(sha256sum "$0" | cut -c1-16)

build_image() {
  local have
  have=$(docker image inspect --format '{{index .Config.Labels "org.pyrun.recipe"}}' "$image" 2>/dev/null || true)
  [ "$have" = "$recipe" ] && return 0
  local old
  old=$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
  local py root stdlib dynload name
  py=$(image_python)
  name=$(basename "$py")
  stdlib=$("$py" -S -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')
  dynload=$("$py" -S -c 'import sysconfig; print(sysconfig.get_config_var("DESTSHARED") or "")')
  [ -d "$dynload" ] || dynload="$stdlib/lib-dynload"
  root=$(mktemp -d "${TMPDIR:-/tmp}/pyrun-rootfs.XXXXXX")
  # shellcheck disable=SC2064 # the path is fixed now
  trap "rm -rf '$root'" EXIT
  say "building $image from $py ($("$py" -S -c 'import sys; print(sys.version.split()[0])'))"

  # Debian's merged /usr: /bin, /lib, /lib64 and /sbin are links into /usr.
  mkdir -p "$root"/usr/bin "$root"/usr/lib "$root"/usr/lib64 "$root"/usr/sbin "$root"/etc "$root"/root \
    "$root"/proc "$root"/sys "$root"/dev "$root"/tmp "$root"/var/tmp
  local d
  for d in bin lib lib64 sbin; do ln -s "usr/$d" "$root/$d"; done
  chmod 1777 "$root/tmp" "$root/var/tmp"

  local programs=("$py" /bin/dash)
  cp -L "$py" "$root/usr/bin/$name"
  ln -s "$name" "$root/usr/bin/python3"
  ln -s "$name" "$root/usr/bin/python"
  cp -L /bin/dash "$root/usr/bin/dash"
  ln -s dash "$root/usr/bin/sh"
  local tool path
  for tool in cat echo env false id kill ls mkdir rm sleep true; do
    path=$(type -P "$tool") || continue
    cp -L "$path" "$root/usr/bin/$tool"
    programs+=("$path")
  done

  # The standard library with its compiled modules (without them every start compiles what it imports), less its
  # tests and the GUI and build-time parts a script run never loads.
  mkdir -p "$root$stdlib"
  tar -C "$stdlib" --exclude=./test --exclude='./config-*' --exclude=./idlelib --exclude=./tkinter \
    --exclude=./turtledemo -cf - . | tar -C "$root$stdlib" -xf -
  if [ "${dynload#"$stdlib"}" = "$dynload" ]; then # extension modules kept outside the standard library
    mkdir -p "$root$dynload"
    cp -a "$dynload/." "$root$dynload/"
  fi

  # Every shared library the programs and the extension modules load, at its real path (and the link names).
  local lib real
  {
    for path in "${programs[@]}" "$dynload"/*.so; do ldd "$path" 2>/dev/null || true; done
  } | grep -o '/[^ )]*' | sort -u | while read -r lib; do
    [ -e "$lib" ] || continue
    real=$(readlink -f "$lib")
    mkdir -p "$root$(dirname "$real")" "$root$(dirname "$lib")"
    [ -e "$root$real" ] || cp -L "$real" "$root$real"
    [ -e "$root$lib" ] || ln -s "$real" "$root$lib"
  done

  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' \
    >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"

  tar --numeric-owner --owner=0 --group=0 -C "$root" -cf - . |
    docker import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'ENV LANG=C.UTF-8' \
      --change 'CMD ["python3"]' \
      --change "LABEL org.pyrun.recipe=$recipe" \
      - "$image" >/dev/null
  [ -z "$old" ] || docker rmi "$old" >/dev/null 2>&1 || true # the build this one replaces
  rm -rf "$root"
  trap - EXIT
}

check_image() {
  local version
  version=$(docker run --rm --network none "$image" python3 -c \
    'import json, multiprocessing, sqlite3, ssl, subprocess, sys; print(sys.version.split()[0])') ||
    die "$image does not run python3"
  say "$image runs Python $version"
}

if [ "${1:-}" = stop ]; then
  stop_engine
  exit 0
fi
[ "$(id -u)" = 0 ] || die "run as root (installs packages and starts dockerd)"
install_engine
start_engine
build_image
check_image
printf '%s\n' "$image"
