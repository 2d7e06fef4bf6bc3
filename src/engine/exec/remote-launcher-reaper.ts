/**
 * The remote launcher's reaper (Python, part of ./remote-launcher.ts): ./launcher.ts's logic, forked by the
 * launcher before any thread starts. It becomes a child subreaper, forks the script into its own process group
 * with the launcher's pipes as stdin/stdout/stderr, reaps it and every orphan (TERM, then KILL, to those left),
 * and reports on its own pipe: started (pid, t_fork), error, or exited with getrusage(RUSAGE_CHILDREN) and its
 * own /proc/self/io delta. It does no I/O of its own while the script runs, so those figures are the tree's.
 * It dies with the launcher: PR_SET_PDEATHSIG delivers SIGHUP, on which it SIGKILLs the whole tree.
 */
export const REMOTE_REAPER_SOURCE = String.raw`
def reaper(argv, cwd, env, fds, report_fd, parent):
    in_r, out_w, err_w = fds
    for s in (signal.SIGINT, signal.SIGTERM):
        signal.signal(s, signal.SIG_IGN)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    state = {"pid": None}
    def orphaned(*_):
        if state["pid"]:
            kill_quietly(state["pid"], signal.SIGKILL, group=True)
        for st in descendants(os.getpid()):
            kill_quietly(st["pid"], signal.SIGKILL)
    signal.signal(signal.SIGHUP, orphaned)
    prctl(PR_SET_PDEATHSIG, signal.SIGHUP)
    prctl(PR_SET_CHILD_SUBREAPER, 1)
    report = os.fdopen(report_fd, "w", buffering=1)
    if os.getppid() != parent:
        return 1
    exec_r, exec_w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(exec_r)
            os.setpgid(0, 0)
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                signal.signal(s, signal.SIG_DFL)
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        except BaseException as e:
            try:
                os.write(exec_w, ("cannot start %s: %s" % (argv[1], e)).encode())
            finally:
                os._exit(127)
    state["pid"] = pid
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    os.close(exec_w)
    for fd in fds:
        os.close(fd)
    failure = os.read(exec_r, 4096)
    os.close(exec_r)
    if failure:
        os.waitpid(pid, 0)
        report.write(json.dumps({"event": "error", "message": failure.decode(errors="replace")}) + "\n")
        return 125
    report.write(json.dumps({"event": "started", "pid": pid, "t_fork": t0}) + "\n")
    io0 = proc_io(os.getpid())
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            status = 0
            break
    wall = time.monotonic() - t0
    leftovers = reap_leftovers()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    io1 = proc_io(os.getpid())
    report.write(json.dumps({
        "event": "exited",
        "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": sig_name(os.WTERMSIG(status)) if os.WIFSIGNALED(status) else None,
        "wall_s": wall, "cpu_user_s": ru.ru_utime, "cpu_sys_s": ru.ru_stime,
        "maxrss_bytes": ru.ru_maxrss * 1024,
        "rchar": io1[0] - io0[0] if io0 and io1 else None,
        "wchar": io1[1] - io0[1] if io0 and io1 else None,
        "leftovers": leftovers}) + "\n")
    return 0

def reap_leftovers():
    # Descendants still alive after the script exited were orphaned to R: end them so none outlives the run.
    found = 0
    for sig, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        pids = [st["pid"] for st in descendants(os.getpid())]
        found = max(found, len(pids))
        for p in pids:
            kill_quietly(p, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                p, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return found
            if p == 0:
                time.sleep(0.01)
    return found
`;
