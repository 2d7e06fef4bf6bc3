"""pyrun's launcher: the process that stands between pyrun and the script, and THE reaper of the script's tree.

Why it exists: Node reaps its children itself, so it can never read the exact CPU time, memory high-water mark
or I/O of a script that has exited, nor of grandchildren that exited between two samples. The reaper can: it
becomes a child subreaper (Linux), forks the script into its own process group, reaps it and every orphan of its
tree, and reports getrusage(RUSAGE_CHILDREN) minus what it had reaped before the launch (exact CPU, faults and
context switches of the whole tree, the largest single process's peak RSS) and its own /proc/self/io delta (the
kernel folds a reaped process's rchar/wchar into its reaper).

Two users, one reaper (`Reaper` below):
  * pyrun on this machine runs it through launch.py (whose few lines are all Python compiles on each start; this
    module's bytecode is cached): `python -S -E launch.py [--profile=PSTATS] [--grace=S] [--module]
    [--valgrind=PATH --instructions=DIR] [--calibrate] -- SCRIPT [ARGS...]` (with --module, SCRIPT is a module run as `python -m`
    runs it; with --instructions, the script's whole tree runs under valgrind's callgrind, which writes its counts
    into DIR: see `valgrind_argv`; with --calibrate, the launcher times a fixed loop on each core once the tree is
    gone: see `calibrate`), and reads the report on fd 3 (`main`).
  * the remote launcher (remote.py), on an SSH host or in a container, forks a `Reaper` whose script has pipes for
    stdin/stdout/stderr and whose report goes up a pipe.

The report, one JSON object a line:
  {"event":"started","pid","t_fork","clk_tck","page_size","python_version"}
      t_fork is CLOCK_MONOTONIC at the fork (the clock Node's hrtime reads too), so pyrun can date the start
      exactly however late it reads the line.
  {"event":"exited","exit_code"|null,"signal" (a name)|null,"wall_s","cpu_user_s","cpu_sys_s","maxrss_bytes",
   "minor_faults","major_faults","voluntary_ctx_switches","involuntary_ctx_switches","rchar"|null,"wchar"|null,
   "leftovers"}
  {"event":"error","message"}            the script could not be started (exec failed)
  {"event":"calibration","ms":{CPU: MS, ...},"cpu_s"}
      --calibrate, after "exited": the median CPU milliseconds one repetition of the fixed loop took pinned on each
      core (key -1: unpinned, where the launcher cannot pin), and the launcher's CPU seconds spent on it.

The reaper dies with its parent. On Linux it asks for SIGHUP when its parent dies (PR_SET_PDEATHSIG); on that
signal, or when its first report cannot be written (the parent died before the signal was armed), it ends the tree
(SIGTERM to the script's group and every descendant, a short grace, then SIGKILL) and exits without a word: no
write to the dead channel, no traceback into the script's stderr. The script inherits default signal dispositions
and never sees the report channel.

Python 3.8+, standard library only. `-S -E` keep the launcher's start-up to a few milliseconds and free of the
user's site-packages and PYTHON* variables (which still reach the script, run by the same interpreter). For the same
reason it imports no more than it needs, since each import is paid on every run before the script starts: its
messages are written by `to_json` (the json module and the `re`, `enum` and `collections` it pulls in cost ~7 ms of
CPU), it uses the C `_signal` module (`signal` imports enum, ~6 ms), and it leaves with os._exit once its last word
is written (no interpreter teardown while pyrun waits).
"""
import os
import sys
import time

try:
    import _signal as signal  # the C module: `signal` wraps it in enums, and importing enum would slow every run's start
except ImportError:  # an interpreter without it
    import signal

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
LINUX = sys.platform.startswith("linux")
# Between SIGTERM and SIGKILL when the tree must end without pyrun (its parent died, or leftovers after the script).
DEFAULT_GRACE_S = 1.0
# How long to wait for the tree to be reaped after SIGKILL.
KILL_WAIT_S = 5.0
# Exit status of a launcher whose script could not be started (pyrun's own failure, after GNU timeout).
EXIT_CANNOT_START = 125


def prctl(option, value):
    """Linux prctl(2). False where there is none (macOS) or it failed."""
    if not LINUX:
        return False
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except Exception:
        return False


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def to_json(value):
    """JSON text of the launcher's messages: None, booleans, numbers, strings and dicts of them (no json module)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "null"
    if isinstance(value, str):
        return '"%s"' % "".join(
            _ESCAPES.get(c) or ("\\u%04x" % ord(c) if c < " " or "\ud800" <= c <= "\udfff" else c) for c in value)
    if isinstance(value, dict):
        return "{%s}" % ", ".join("%s: %s" % (to_json(str(k)), to_json(v)) for k, v in value.items())
    raise TypeError("cannot write %r as JSON" % (value,))


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Channel:
    """One JSON object a line on a file descriptor. Once the reader is gone every write is dropped quietly."""

    def __init__(self, fd):
        self.fd = fd
        self.broken = False

    def say(self, **message):
        """Writes one message; False when the reader has gone (EPIPE), now or before."""
        if self.broken:
            return False
        try:
            write_all(self.fd, (to_json(message) + "\n").encode())
            return True
        except OSError:
            self.broken = True
            return False


def read_text(path):
    """A /proc file as text, or None when it (its process) has gone."""
    try:
        with open(path, "rb") as f:
            return f.read().decode("latin-1")
    except OSError:
        return None


def stat_parent(text):
    """The ppid in /proc/<pid>/stat text (fields are counted after the command name, which may hold ')')."""
    try:
        return int(text[text.rindex(")") + 2:].split()[1])
    except (AttributeError, ValueError, IndexError):
        return None


class ProcTree:
    """Finds a process's descendants through /proc: the kernel's children files, or one scan of every stat."""

    def __init__(self, proc="/proc", children_files=None):
        self.proc = proc
        me = os.getpid()
        if children_files is None:
            children_files = os.path.exists("%s/%d/task/%d/children" % (proc, me, me))
        self.children_files = children_files

    def children(self, pid):
        found = []
        try:
            tids = os.listdir("%s/%d/task" % (self.proc, pid))
        except OSError:
            return found
        for tid in tids:
            text = read_text("%s/%d/task/%s/children" % (self.proc, pid, tid))
            if text:
                found += [int(p) for p in text.split()]
        return found

    def descendants(self, root):
        """Pids of every descendant of root (root excluded), zombies included, parents before children."""
        if self.children_files:
            return self.walk(root, self.children)
        by_parent = {}
        try:
            names = os.listdir(self.proc)
        except OSError:
            return []
        for name in names:
            if name.isdigit():
                ppid = stat_parent(read_text("%s/%s/stat" % (self.proc, name)))
                if ppid is not None:
                    by_parent.setdefault(ppid, []).append(int(name))
        return self.walk(root, lambda pid: by_parent.get(pid, []))

    @staticmethod
    def walk(root, children_of):
        found, queue, seen = [], [root], {root}
        while queue:
            for pid in children_of(queue.pop(0)):
                if pid not in seen:
                    seen.add(pid)
                    found.append(pid)
                    queue.append(pid)
        return found


def kill_quietly(pid, sig, group=False):
    try:
        (os.killpg if group else os.kill)(pid, sig)
    except OSError:
        pass


def signal_name(number):
    import signal as named  # its enum of names, loaded only when a signal ended the script

    try:
        return named.Signals(number).name
    except ValueError:
        return "SIG%d" % number


def io_counters(pid="self"):
    """(rchar, wchar) of a process from /proc/<pid>/io, or None where there is no such file (macOS)."""
    text = read_text("/proc/%s/io" % pid)
    if not text:
        return None
    fields = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    try:
        return int(fields["rchar"]), int(fields["wchar"])
    except (KeyError, ValueError):
        return None


def rusage_delta(before, after, platform=sys.platform):
    """What the processes reaped between two getrusage(RUSAGE_CHILDREN) readings used.

    The peak RSS is a maximum, not a sum: it is taken as it is (kilobytes on Linux, bytes on macOS).
    """
    return {
        "cpu_user_s": after.ru_utime - before.ru_utime,
        "cpu_sys_s": after.ru_stime - before.ru_stime,
        "maxrss_bytes": after.ru_maxrss * (1 if platform == "darwin" else 1024),
        "minor_faults": after.ru_minflt - before.ru_minflt,
        "major_faults": after.ru_majflt - before.ru_majflt,
        "voluntary_ctx_switches": after.ru_nvcsw - before.ru_nvcsw,
        "involuntary_ctx_switches": after.ru_nivcsw - before.ru_nivcsw,
    }


def exit_fields(status):
    """A waitpid status as the report says it: the exit code, or the name of the signal that killed it."""
    if os.WIFEXITED(status):
        return {"exit_code": os.WEXITSTATUS(status), "signal": None}
    if os.WIFSIGNALED(status):
        return {"exit_code": None, "signal": signal_name(os.WTERMSIG(status))}
    return {"exit_code": None, "signal": None}


def children_left():
    """Reaps every child that has exited; False once none is left at all."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            return True


class Reaper:
    """Runs one script as the reaper of its whole tree and reports on `channel` (see the module's docstring)."""

    def __init__(self, channel, grace_s=DEFAULT_GRACE_S, tree=None):
        self.channel = channel
        self.grace_s = grace_s
        self.tree = tree or ProcTree()
        self.pid = None

    def arm(self, parent=None):
        """Becomes a subreaper and ties this process's life to its parent's (whose pid is `parent`, if known)."""
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)  # pyrun ends the run through the script's group, not through us
        signal.signal(signal.SIGHUP, self.orphaned)
        prctl(PR_SET_CHILD_SUBREAPER, 1)
        if not prctl(PR_SET_PDEATHSIG, signal.SIGHUP) and parent is not None:
            import threading  # no parent-death signal here (macOS): watch for the parent's end instead

            def hangup():
                os.kill(os.getpid(), signal.SIGHUP)  # the handler then runs in the main thread

            threading.Thread(target=watch_parent, args=(parent, hangup), daemon=True).start()
        if parent is not None and os.getppid() != parent:
            self.orphaned()  # the parent died before the signal was armed

    def orphaned(self, *_):
        """Our parent (pyrun, or the remote launcher) is gone: end the tree and leave without a word."""
        self.channel.broken = True
        self.end_tree()
        os._exit(1)

    def signal_tree(self, sig):
        if self.pid is not None:
            kill_quietly(self.pid, sig, group=True)
        pids = self.tree.descendants(os.getpid())
        for pid in pids:
            kill_quietly(pid, sig)
        return len(pids)

    def end_tree(self):
        """SIGTERM to the script's group and every descendant, the grace, then SIGKILL; reaps them all.

        Returns how many descendants there were.
        """
        found = self.signal_tree(signal.SIGTERM)
        if self.wait_reaped(self.grace_s):
            return found
        found = max(found, self.signal_tree(signal.SIGKILL))
        self.wait_reaped(KILL_WAIT_S)
        return found

    @staticmethod
    def wait_reaped(timeout_s):
        deadline = time.monotonic() + timeout_s
        while children_left():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    def run(self, argv, script, cwd=None, env=None, stdio=None):
        """Forks and execs argv, waits for it and for every orphan, and reports. Returns the exit status to use.

        script: what a failure to start names. stdio: None to let the script inherit ours, or (stdin, stdout,
        stderr) descriptors for it (closed here, in this process, once it runs).
        """
        import resource

        # What this pid reaped before it became the launcher (a pyenv shim's helpers) is not the script's.
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        io0 = io_counters()
        err_r, err_w = os.pipe()
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:
            self.exec_child(argv, cwd, env, stdio, err_r, err_w, script)
        self.pid = pid
        try:
            os.setpgid(pid, pid)  # also here, so no signal to the group can come before the child's own call
        except OSError:
            pass
        os.close(err_w)
        for fd in stdio or ():
            os.close(fd)
        failure = b""
        while True:
            chunk = os.read(err_r, 4096)
            if not chunk:
                break
            failure += chunk
        os.close(err_r)
        if failure:
            os.waitpid(pid, 0)
            self.channel.say(event="error", message=failure.decode(errors="replace"))
            return EXIT_CANNOT_START
        said = self.channel.say(
            event="started", pid=pid, t_fork=t0, clk_tck=os.sysconf("SC_CLK_TCK"),
            page_size=os.sysconf("SC_PAGE_SIZE"), python_version="%d.%d.%d" % sys.version_info[:3])
        if not said:
            self.orphaned()  # the parent died before it could hear of the start
        status = wait_for(pid)
        self.pid = None  # reaped: its pid, and so its group id, may now be anyone's
        wall_s = time.monotonic() - t0
        leftovers = self.end_tree() if self.tree.descendants(os.getpid()) else 0
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        io1 = io_counters()
        report = dict(event="exited", wall_s=wall_s, leftovers=leftovers, **exit_fields(status))
        report.update(rusage_delta(ru0, ru1))
        report["rchar"] = io1[0] - io0[0] if io0 and io1 else None
        report["wchar"] = io1[1] - io0[1] if io0 and io1 else None
        self.channel.say(**report)
        return 0

    @staticmethod
    def exec_child(argv, cwd, env, stdio, err_r, err_w, script):
        """In the forked child: own process group, default signals, the given stdio; exec, or say why not."""
        detail = "cannot prepare it"
        try:
            os.close(err_r)
            os.set_inheritable(err_w, False)
            os.setpgid(0, 0)
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                signal.signal(s, signal.SIG_DFL)
            if stdio:
                for target, fd in enumerate(stdio):
                    os.dup2(fd, target)
            if cwd is not None:
                detail = "cannot enter its directory"
                os.chdir(cwd)
            detail = "cannot run %s" % argv[0]
            if env is None:
                os.execv(argv[0], argv)
            else:
                os.execve(argv[0], argv, env)
        except BaseException as e:
            try:
                write_all(err_w, ("cannot start %s: %s: %s" % (script, detail, e)).encode())
            finally:
                os._exit(127)


def watch_parent(parent, on_gone, interval_s=0.5, getppid=os.getppid, sleep=time.sleep):
    """Polls until this process's parent is no longer `parent` (it died: we were reparented), then on_gone()."""
    while getppid() == parent:
        sleep(interval_s)
    on_gone()


def wait_for(pid):
    """The script's wait status (0 if something else reaped it). Retries when a signal interrupts the wait."""
    while True:
        try:
            return os.waitpid(pid, 0)[1]
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue


def parse_args(args):
    """`[--profile=PSTATS] [--grace=S] [--module] [--valgrind=PATH --instructions=DIR] [--calibrate] -- SCRIPT
    [ARGS...]` →
    (options, script and its arguments)."""
    options = {"profile": None, "grace_s": DEFAULT_GRACE_S, "module": False, "valgrind": None, "instructions": None,
               "calibrate": False}
    rest = list(args)
    while rest and rest[0] != "--":
        option = rest.pop(0)
        name, _, value = option.partition("=")
        if name == "--profile":
            options["profile"] = value or None
        elif name == "--grace":
            options["grace_s"] = float(value)
        elif option == "--module":
            options["module"] = True
        elif option == "--calibrate":
            options["calibrate"] = True
        elif name in ("--valgrind", "--instructions") and value:
            options[name[2:]] = value
        else:
            raise ValueError("unknown launcher option %r" % option)
    if (options["valgrind"] is None) != (options["instructions"] is None):
        raise ValueError("--valgrind and --instructions go together")
    if not rest or len(rest) < 2:
        raise ValueError("usage: launch.py [--profile=PSTATS] [--grace=S] [--module] -- SCRIPT|MODULE [ARGS...]")
    return options, rest[1:]


def script_argv(executable, script_args, profile=None, here=None, module=False):
    """The command that runs the script (or, with module, `-m MODULE`): the same interpreter, or the profile
    runner beside this file."""
    script_args = list(script_args)
    if module:
        script_args.insert(0, "-m")
    elif script_args[0].startswith("-"):
        script_args[0] = os.path.join(".", script_args[0])  # a script named like an option is still a script
    if profile is None:
        return [executable] + script_args
    here = here or os.path.dirname(os.path.abspath(__file__))
    return [executable, os.path.join(here, "profile_runner.py"), profile] + script_args


def valgrind_argv(valgrind, out_dir, argv):
    """argv run under valgrind's callgrind, which counts every instruction of it and of every process it starts.

    The launcher wraps the script itself, so pyrun's own processes (node, this launcher) are never counted. One
    callgrind file per process (`callgrind.out.<pid>`, which KCachegrind opens) and valgrind's own messages in
    `valgrind.<pid>.log`, all in out_dir: the script's stderr stays its own. A forked child starts with a copy of
    its parent's counters; zeroing them when the child enters PyOS_AfterFork_Child (what os.fork and
    multiprocessing's fork call in the child) keeps the parent's work from being counted twice. A child that
    execs starts from zero anyway (--trace-children=yes runs the new program under a fresh valgrind).
    """
    return [
        valgrind, "--tool=callgrind", "--trace-children=yes", "--zero-before=PyOS_AfterFork_Child",
        "--callgrind-out-file=%s" % os.path.join(out_dir, "callgrind.out.%p"),
        "--log-file=%s" % os.path.join(out_dir, "valgrind.%p.log"),
    ] + list(argv)


# The calibration loop (pyrun's `calibration_ms`, docs/metrics.md): repetitions a core (their median is its reading),
# repetitions first thrown away on each core (its caches, the interpreter's specialized instructions), iterations of
# a repetition (about 0.65 ms of CPython 3.11 on a 2024 server core), and the most cores timed one by one.
CALIBRATION_REPETITIONS = 7
CALIBRATION_WARM_UP = 2
CALIBRATION_ITERATIONS = 3000
CALIBRATION_MAX_CPUS = 16


def calibration_work(iterations):
    """The fixed work: what an interpreter does all day (dict updates, short strings, small allocations). Its keys are
    ints, whose hashes do not change from run to run as a string's do (PYTHONHASHSEED), so every run does the same."""
    counts = {}
    total = 0
    for i in range(iterations):
        key = i % 997
        counts[key] = counts.get(key, 0) + i
        total += len("k%d" % i)
        if not i & 7:
            pair = (i, [i, i + 1])
            total += pair[1][1]
    return total + len(counts)


def calibrate(cpus=None, iterations=CALIBRATION_ITERATIONS, clock=None):
    """{core: median CPU ms of one repetition of calibration_work pinned on that core}, for each core this process may
    run on (or `cpus`).

    Why each core: on a shared VM the host slows one vCPU at a time, for seconds to minutes (another guest on its
    hyperthread sibling), and the guest counts the lost time as the script's own. A loop timed on some other core
    says nothing about the one the script ran on; pyrun weighs these readings by where the script's CPU time went.
    Timed in this thread's CPU time, so a neighbour that only takes turns on the core does not count. Where the
    process cannot pin itself (no sched_setaffinity), or may run on more than CALIBRATION_MAX_CPUS cores, one
    unpinned reading, key -1.
    """
    clock = clock or time.thread_time_ns
    allowed = cpus if cpus is not None else (
        sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [])
    pinned = hasattr(os, "sched_setaffinity") and 0 < len(allowed) <= CALIBRATION_MAX_CPUS
    readings = {}
    for cpu in allowed if pinned else [-1]:
        if cpu >= 0:
            try:
                os.sched_setaffinity(0, {cpu})
            except OSError:
                continue  # a core taken away meanwhile (a cpuset changed): no reading for it
        for _ in range(CALIBRATION_WARM_UP):
            calibration_work(iterations)
        times = []
        for _ in range(CALIBRATION_REPETITIONS):
            before = clock()
            calibration_work(iterations)
            times.append(clock() - before)
        times.sort()
        readings[cpu] = round(times[len(times) // 2] / 1e6, 4)
    return readings


def timed_calibration():
    """{"ms": calibrate()'s readings, "cpu_s": the CPU seconds this process spent on them}: what the launchers send."""
    before = time.process_time()
    readings = calibrate()
    return {"ms": readings, "cpu_s": round(time.process_time() - before, 4)}


def main(args=None):
    channel = Channel(3)
    os.set_inheritable(3, False)
    try:
        options, script_args = parse_args(sys.argv[1:] if args is None else args)
    except ValueError as e:
        channel.say(event="error", message=str(e))
        return EXIT_CANNOT_START
    parent = os.getppid()
    reaper = Reaper(channel, grace_s=options["grace_s"])
    reaper.arm(parent)
    argv = script_argv(sys.executable, script_args, options["profile"], module=options["module"])
    if options["valgrind"] is not None:
        argv = valgrind_argv(options["valgrind"], options["instructions"], argv)
    status = reaper.run(argv, script_args[0])
    if options["calibrate"] and status == 0 and not channel.broken:
        # After "exited": the tree is gone, so the loop neither competes with it nor counts in its figures.
        channel.say(event="calibration", **timed_calibration())
    return status
