"""pyrun's remote launcher: stands beside the script where it runs (an SSH host, a container), and speaks to pyrun
over one byte stream in each direction (its stdin and stdout; frames: src/engine/execute/exec/mux.ts).

pyrun sends it as `python3 -S -E -c PROGRAM`, PROGRAM being bootstrap.py carrying this file and launcher.py.
Processes:

  remote launcher L (this file: link, pumps, sampler, control)
    └─ reaper R (launcher.py's Reaper, forked before any thread; child subreaper; no I/O of its own meanwhile)
         └─ script S (own process group, stdin/stdout/stderr are pipes to L) └─ S's children...

R reports to L through a pipe (started, error, exited with the kernel's exact figures). Keeping that in R, not L,
keeps the relayed output out of the I/O figures: L's own reads and writes never count.

L sends pyrun the RAW /proc text of R and of every descendant of R every interval; the formulas (CPU %, RSS,
sums over the tree) live once, in pyrun (src/engine/execute/sample/sampler.ts), applied to these snapshots exactly as to
this machine's /proc.

pyrun -> L: first a control {"op":"start","interval_s","grace_s","args",
  "script_b64"+"script_name" (shipped: written to a private mkdtemp directory, removed at the end) or
  "script_path"+"cwd" (run in place), "env" (added to L's own environment, or null), "oom_cgroup" (true in a
  container: L's memory cgroup is the script's own), "calibrate" (time launcher.calibrate's loop on each core once
  the tree is gone)};
  then stream 1 = stdin bytes (empty = close the script's stdin); controls {"op":"signal","signal":"SIGTERM"},
  {"op":"kill"} (SIGKILL the whole tree), {"op":"end"} (TERM, grace, KILL).
L -> pyrun: 1 stdout, 2 stderr, 3 control:
  {"event":"started","pid","sampler_root_pid","clk_tck","page_size","python_version","workdir","platform",
   "machine","procs","host"}                   procs: R's own snapshot at the start (the baseline); host: the
                                                machine's CPU as the script starts (host_reading)
  {"event":"proc","elapsed_s","procs":[{"pid","stat","io","fds"}...]}   R first, then its descendants
  {"event":"exited",...}                        R's report (launcher.py); with "oom_cgroup", plus "oom_killed": true
                                                when the cgroup's OOM killer struck while the script ran; plus
                                                "host" (host_reading, after the calibration) and, with "calibrate",
                                                "calibration": {"ms": {CPU: MS}, "cpu_s"} (timed by L itself)
  {"event":"error","message"}

Whatever ends the connection ends the tree: SIGTERM/SIGINT/SIGHUP to L, EOF on its stdin (ssh closed), a write to
its stdout failing (EPIPE) -> TERM to the script's group, grace, then KILL to every descendant of R. If L itself is
killed, R gets its parent-death signal and ends the tree itself.
"""
import json
import os
import queue
import signal
import struct
import sys
import threading
import time

import launcher

OUT, ERR, CTL = 1, 2, 3
MAX_FRAME = 64 << 20
# The longest a timer may wait (threading refuses more); a longer grace is as good as forever.
MAX_WAIT_S = min(threading.TIMEOUT_MAX, 365 * 86400.0)


# Where a container sees the OOM-kill counter of its own memory cgroup: cgroup v2, then v1 (kernel 4.13 and later).
OOM_COUNTERS = ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control")


def oom_kills(paths=OOM_COUNTERS):
    """The kernel's count of processes its OOM killer ended in this memory cgroup, or None where none is readable."""
    for path in paths:
        try:
            with open(path) as f:
                for line in f:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


def read_exact(fd, n):
    parts, got = [], 0
    while got < n:
        chunk = os.read(fd, n - got)
        if not chunk:
            return None
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def read_frame(fd):
    """(stream, payload), or None at the end of the input."""
    head = read_exact(fd, 5)
    if head is None:
        return None
    stream, n = struct.unpack(">BI", head)
    if n > MAX_FRAME:
        raise ValueError("frame too large")
    payload = read_exact(fd, n) if n else b""
    return None if payload is None else (stream, payload)


def frame(stream, payload):
    return struct.pack(">BI", stream, len(payload)) + payload


class Link:
    """Frames to pyrun on fd 1. Once a write fails the link is broken: later sends are dropped."""

    def __init__(self, on_broken, fd=1):
        self.lock = threading.Lock()
        self.broken = False
        self.on_broken = on_broken
        self.fd = fd

    def send(self, stream, payload):
        with self.lock:
            if self.broken:
                return False
            try:
                launcher.write_all(self.fd, frame(stream, payload))
                return True
            except OSError:
                self.broken = True
        self.on_broken()
        return False

    def control(self, **message):
        return self.send(CTL, json.dumps(message).encode())


class Tree:
    """The script's tree as L can reach it: the script's group, and every process under L but R."""

    def __init__(self, root, grace_s, tree=None):
        self.root, self.grace_s, self.pgid = root, min(grace_s, MAX_WAIT_S), None
        self.ending = self.finished = False
        self.lock = threading.Lock()
        self.proc_tree = tree or launcher.ProcTree()

    def signal(self, sig):
        if self.pgid and not self.finished:
            launcher.kill_quietly(self.pgid, sig, group=True)

    def kill(self):
        # Everything under L but R itself, which must live to reap and report: the tree of R, and anything R
        # left to L (a subreaper too) if R died.
        if self.finished:
            return
        self.signal(signal.SIGKILL)
        for pid in self.proc_tree.descendants(os.getpid()):
            if pid != self.root:
                launcher.kill_quietly(pid, signal.SIGKILL)

    def end(self, *_):
        with self.lock:
            if self.ending:
                return
            self.ending = True
        self.signal(signal.SIGTERM)
        timer = threading.Timer(self.grace_s, self.kill)
        timer.daemon = True
        timer.start()

    def started(self, pgid):
        self.pgid = pgid
        if self.ending:
            self.signal(signal.SIGTERM)


def pump(fd, stream, link):
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        link.send(stream, data)  # once the link is gone, keep draining so the script never blocks on a full pipe
    os.close(fd)


def stdin_feeder(fd, chunks):
    while True:
        data = chunks.get()
        if data is None:
            break
        if fd is not None:
            try:
                launcher.write_all(fd, data)
            except OSError:
                os.close(fd)
                fd = None
    if fd is not None:
        os.close(fd)


def control_reader(tree, chunks, fd=0):
    try:
        while True:
            got = read_frame(fd)
            if got is None:
                break
            stream, payload = got
            if stream == OUT:
                chunks.put(payload if payload else None)
            elif stream == CTL:
                req = json.loads(payload.decode())
                op = req.get("op")
                if op == "signal":
                    sig = getattr(signal, str(req.get("signal")), None)
                    if isinstance(sig, signal.Signals):
                        tree.signal(sig)
                elif op == "kill":
                    tree.kill()
                elif op == "end":
                    tree.end()
    except Exception:
        pass
    chunks.put(None)
    tree.end()  # the connection is gone: nothing may outlive it


def snapshot(pids, root, proc="/proc"):
    """The raw /proc text of each process: what pyrun's sampler reads, as it would read it here."""
    procs = []
    for pid in pids:
        stat = launcher.read_text("%s/%d/stat" % (proc, pid))
        if stat is None:
            continue  # exited between the walk and the read
        entry = {"pid": pid, "stat": stat, "io": launcher.read_text("%s/%d/io" % (proc, pid))}
        if pid != root:
            try:
                entry["fds"] = len(os.listdir("%s/%d/fd" % (proc, pid)))
            except OSError:
                entry["fds"] = None
        procs.append(entry)
    return procs


def host_reading(proc="/proc"):
    """The machine's busy CPU counters (the first line of /proc/stat, as text), L's own CPU seconds so far (its
    sampler, pumps and calibration: not a neighbour's work) and the time on L's monotonic clock. pyrun turns the
    readings at the start and at the end into `neighbour_cores`, as it does with its own machine's. None where
    /proc/stat cannot be read."""
    text = launcher.read_text(proc + "/stat")
    if text is None:
        return None
    return {"stat": text.split("\n", 1)[0], "own_cpu_s": time.process_time(), "at_s": time.monotonic()}


def next_tick(t0, interval_s, k, now):
    """The index of the next tick on the schedule t0 + k*interval: at least k, after now (missed ones skipped)."""
    return max(k, int((now - t0) // interval_s) + 1)


def sampler(root, t0, interval_s, stop, link, proc_tree):
    k = 1
    while True:
        k = next_tick(t0, interval_s, k, time.monotonic())
        if stop.wait(max(0.0, t0 + k * interval_s - time.monotonic())):
            return
        k += 1
        now = time.monotonic()
        procs = snapshot([root] + proc_tree.descendants(root), root)
        if stop.is_set():
            return
        link.control(event="proc", elapsed_s=now - t0, procs=procs)


def launch(req, make_link):
    interval_s = float(req.get("interval_s") or 1.0)
    grace_s = float(req.get("grace_s") or 2.0)
    env = dict(os.environ)
    env.update(req.get("env") or {})
    workdir = None
    if "script_b64" in req:
        import base64
        import tempfile

        workdir = tempfile.mkdtemp(prefix="pyrun-remote-")
        name = os.path.basename(str(req.get("script_name") or "")) or "script.py"
        script = os.path.join(workdir, name if name not in (".", "..") else "script.py")
        fd = os.open(script, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        launcher.write_all(fd, base64.b64decode(req["script_b64"]))
        os.close(fd)
        cwd = workdir
    else:
        script = str(req["script_path"])
        cwd = str(req.get("cwd") or os.getcwd())
    argv = launcher.script_argv(sys.executable, [script] + [str(a) for a in req.get("args") or []])
    try:
        return supervise(argv, script, cwd, env, interval_s, grace_s, workdir, make_link,
                         count_oom=bool(req.get("oom_cgroup")), calibrate=bool(req.get("calibrate")))
    finally:
        if workdir:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


def start_reaper(argv, script, cwd, env, grace_s):
    """Forks R (before any thread starts). Returns its pid, L's ends of the script's pipes, and R's report pipe."""
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    rep_r, rep_w = os.pipe()
    me = os.getpid()
    launcher.prctl(launcher.PR_SET_CHILD_SUBREAPER, 1)  # whatever R leaves if it dies comes here, not to init
    rpid = os.fork()
    if rpid == 0:
        code = 1
        try:
            for fd in (in_w, out_r, err_r, rep_r):
                os.close(fd)
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)  # R reads nothing and writes nothing of the connection's
            os.dup2(null, 1)
            os.close(null)
            reaper = launcher.Reaper(launcher.Channel(rep_w), grace_s=grace_s)
            reaper.arm(me)
            code = reaper.run(argv, script, cwd=cwd, env=env, stdio=(in_r, out_w, err_w))
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    for fd in (in_r, out_w, err_w, rep_w):
        os.close(fd)
    return rpid, in_w, out_r, err_r, rep_r


def supervise(argv, script, cwd, env, interval_s, grace_s, workdir, make_link, count_oom=False, calibrate=False):
    oom_before = oom_kills() if count_oom else None
    rpid, in_w, out_r, err_r, rep_r = start_reaper(argv, script, cwd, env, min(grace_s, 5.0))
    tree = Tree(rpid, grace_s)
    link = make_link(tree.end)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, tree.end)
    chunks = queue.Queue()
    pumps = [threading.Thread(target=pump, args=(out_r, OUT, link), daemon=True),
             threading.Thread(target=pump, args=(err_r, ERR, link), daemon=True)]
    for t in pumps:
        t.start()
    threading.Thread(target=stdin_feeder, args=(in_w, chunks), daemon=True).start()
    threading.Thread(target=control_reader, args=(tree, chunks), daemon=True).start()
    stop = threading.Event()
    sampling = None
    code = 1
    for line in os.fdopen(rep_r, "r"):
        msg = json.loads(line)
        if msg["event"] == "started":
            t0 = msg.get("t_fork") or time.monotonic()  # samples are dated from the fork, on this host's clock
            tree.started(msg["pid"])
            link.control(event="started", pid=msg["pid"], sampler_root_pid=rpid,
                         clk_tck=os.sysconf("SC_CLK_TCK"), page_size=os.sysconf("SC_PAGE_SIZE"),
                         python_version="%d.%d.%d" % sys.version_info[:3], workdir=workdir,
                         platform=sys.platform, machine=os.uname().machine,
                         procs=snapshot([rpid], rpid), host=host_reading())
            sampling = threading.Thread(target=sampler, args=(rpid, t0, interval_s, stop, link, tree.proc_tree),
                                        daemon=True)
            sampling.start()
        elif msg["event"] == "error":
            link.control(**msg)
            code = launcher.EXIT_CANNOT_START
        elif msg["event"] == "exited":
            tree.finished = True  # all reaped: no pid of the tree may be signalled any more (it may be reused)
            stop.set()
            if sampling:
                sampling.join()
            for t in pumps:
                t.join(5.0)
            if oom_before is not None and (oom_kills() or 0) > oom_before:
                msg["oom_killed"] = True
            if calibrate:
                msg["calibration"] = launcher.timed_calibration()
            msg["host"] = host_reading()
            link.control(**msg)
            code = 0
    stop.set()
    if code == 1:
        tree.kill()  # R died without a report: make sure nothing it watched lives on
    launcher.wait_for(rpid)
    return code


def main():
    holder = {}

    def make_link(on_broken):
        holder["link"] = Link(on_broken)
        return holder["link"]

    try:
        got = read_frame(0)
        req = json.loads(got[1].decode()) if got and got[0] == CTL else {}
        if req.get("op") != "start":
            raise ValueError("the first frame must be a start request")
        return launch(req, make_link)
    except Exception as e:
        link = holder.get("link") or Link(lambda: None)
        link.control(event="error", message="remote launcher: %s: %s" % (type(e).__name__, e))
        return launcher.EXIT_CANNOT_START


if __name__ == "__main__":
    sys.exit(main())
