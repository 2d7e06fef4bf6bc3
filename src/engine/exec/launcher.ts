import { PROFILE_RUNNER_SOURCE } from './profile-runner.js';

/**
 * The launcher: a few lines of Python that stand between pyrun and the script (POSIX only).
 *
 * Why: Node reaps its children itself, so it can never read the exact CPU time, memory high-water mark or I/O of a
 * script that has exited, nor of grandchildren that exited between two samples. The launcher can: it becomes a
 * child subreaper (Linux), forks the script into its own process group, reaps it and every orphan, and reports
 * `getrusage(RUSAGE_CHILDREN)` — exact CPU of the whole tree and the largest single process's peak RSS — plus
 * the tree's I/O (the kernel folds a reaped child's rchar/wchar into its reaper's /proc/self/io).
 *
 * It talks to pyrun through fd 3 only, one JSON object a line:
 *   {"event":"started","pid":…,"clk_tck":…,"page_size":…,"python_version":…,"t_fork":…}
 * (`t_fork` is CLOCK_MONOTONIC at the fork, the clock libuv's hrtime reads too, so pyrun can date the start
 * exactly however late it reads the line.)
 *   {"event":"exited","exit_code":…|null,"signal":…|null,"wall_s":…,"cpu_user_s":…,"cpu_sys_s":…,
 *    "maxrss_bytes":…,"rchar":…|null,"wchar":…|null,"leftovers":…}
 *   {"event":"error","message":…}
 * The script inherits stdin/stdout/stderr untouched, default signal dispositions, and never sees fd 3.
 * The script runs under the launcher's own interpreter (`sys.executable`), so `--python` is resolved once.
 *
 * Run as `python -S -E -c LAUNCHER_SOURCE [--pyrun-profile=PSTATS] SCRIPT [ARGS...]`: -S and -E keep its start-up
 * to a few milliseconds and free of the user's site-packages and PYTHON* variables (which still reach the
 * script). The leading `--pyrun-profile=PATH` option (`--profile`) is the launcher's own and never reaches the
 * script: the launcher then execs the profile runner (./profile-runner.ts) on the script instead of the script.
 * An empty PATH means no profile (local.ts always passes the option, so a script named like it stays a script).
 */
export const PROFILE_OPTION = '--pyrun-profile=';

export const LAUNCHER_SOURCE = String.raw`
import os, sys, time, json, signal
PROFILE_OPTION = "--pyrun-profile="
PROFILE_RUNNER = ${JSON.stringify(PROFILE_RUNNER_SOURCE)}
def main():
    out = os.fdopen(3, "w", buffering=1)
    os.set_inheritable(3, False)
    def say(**kw):
        out.write(json.dumps(kw) + "\n")
    linux = sys.platform.startswith("linux")
    if linux:
        try:
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        except Exception:
            pass
    def io_counters():
        try:
            with open("/proc/self/io") as f:
                d = dict(line.split(": ") for line in f.read().splitlines())
            return int(d["rchar"]), int(d["wchar"])
        except Exception:
            return None, None
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, signal.SIG_IGN)
    args = sys.argv[1:]
    profile = None
    if args and args[0].startswith(PROFILE_OPTION):
        profile = args.pop(0)[len(PROFILE_OPTION):] or None
    if args and args[0].startswith("-"):
        args[0] = os.path.join(".", args[0])  # a script named like an option is still a script
    if profile is None:
        argv = [sys.executable] + args
    else:
        argv = [sys.executable, "-c", PROFILE_RUNNER, profile] + args
    r0, w0 = io_counters()
    import resource
    # CPU of processes this pid reaped before it became the launcher (a pyenv shim's helpers) is not the script's.
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    err_r, err_w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(err_r)
            os.setpgid(0, 0)
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                signal.signal(s, signal.SIG_DFL)
            os.set_inheritable(err_w, False)
            os.execv(sys.executable, argv)
        except BaseException as e:
            try:
                os.write(err_w, ("cannot start %s: %s" % (sys.executable, e)).encode())
            finally:
                os._exit(127)
    os.close(err_w)
    failure = os.read(err_r, 4096)
    os.close(err_r)
    if failure:
        os.waitpid(pid, 0)
        say(event="error", message=failure.decode(errors="replace"))
        return 125
    say(event="started", pid=pid, clk_tck=os.sysconf("SC_CLK_TCK"), page_size=os.sysconf("SC_PAGE_SIZE"),
        python_version="%d.%d.%d" % sys.version_info[:3], t_fork=t0)
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            status = 0
            break
        except InterruptedError:
            continue
    wall = time.monotonic() - t0
    leftovers = reap_leftovers(linux)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    r1, w1 = io_counters()
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    say(event="exited", exit_code=code, signal=sig, wall_s=wall,
        cpu_user_s=ru.ru_utime - ru0.ru_utime, cpu_sys_s=ru.ru_stime - ru0.ru_stime,
        maxrss_bytes=ru.ru_maxrss * (1 if sys.platform == "darwin" else 1024),
        rchar=None if r0 is None or r1 is None else r1 - r0,
        wchar=None if w0 is None or w1 is None else w1 - w0,
        leftovers=leftovers)
    return 0
def children_of_self():
    pids = []
    try:
        for tid in os.listdir("/proc/self/task"):
            with open("/proc/self/task/%s/children" % tid) as f:
                pids += [int(p) for p in f.read().split()]
        return pids
    except OSError:
        pass
    me = os.getpid()
    try:
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    with open("/proc/%s/stat" % name) as f:
                        stat = f.read()
                    if int(stat[stat.rindex(")") + 2:].split()[1]) == me:
                        pids.append(int(name))
                except (OSError, ValueError):
                    pass
    except OSError:
        pass
    return pids
def reap_leftovers(linux):
    # Descendants still alive after the script exited were orphaned to us: end them so none outlives the run.
    found = 0
    for sig, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        pids = children_of_self() if linux else []
        found = max(found, len(pids))
        for p in pids:
            try:
                os.kill(p, sig)
            except OSError:
                pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                p, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return found
            if p == 0:
                time.sleep(0.01)
    return found
sys.exit(main())
`;
