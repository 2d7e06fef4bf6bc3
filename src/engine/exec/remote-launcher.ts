/**
 * The remote launcher: the Python program that stands beside the script where it runs (an SSH host, a container),
 * measures it there and speaks to pyrun over one byte stream in each direction (frames: ./mux.ts).
 *
 * Run as `python3 -S -E -c REMOTE_LAUNCHER_SOURCE`; its stdin and stdout are the connection. Processes:
 *
 *   launcher L (this program: link, pumps, sampler, control)
 *     └─ reaper R (forked before any thread; child subreaper; does no I/O of its own while the script runs)
 *          └─ script S (own process group, stdin/stdout/stderr are pipes to L) └─ S's children…
 *
 * R (./remote-launcher-reaper.ts) is ./launcher.ts's logic: it forks S, reaps it and every orphan, then reports getrusage(RUSAGE_CHILDREN)
 * (exact CPU, largest single high-water mark) and its own /proc/self/io delta (the kernel folds each reaped
 * process's rchar/wchar into its reaper) to L through a pipe. Keeping that in R, not L, keeps the relayed output
 * out of the I/O figures: L's own reads and writes never count.
 *
 * L samples the tree under R every interval (./remote-launcher-proc.ts) with ../sample/sampler.ts's formulas: CPU = Σ(utime+stime+cutime+
 * cstime) over live descendants + R's cutime+cstime; RSS, threads, processes summed over live (non-zombie) ones;
 * rchar/wchar over live ones + R's delta; open fds. It walks /proc/<pid>/task/<tid>/children, or scans /proc
 * when the kernel has no such files.
 *
 * pyrun → L: first frame a control {"op":"start","interval_s","grace_s","args",
 *   "script_b64"+"script_name" (shipped: written to a private mkdtemp directory, removed at the end) or
 *   "script_path"+"cwd" (run in place), "env" (added to L's own environment, or null)};
 *   then stream 1 = stdin bytes (empty = close the script's stdin); control {"op":"signal","signal":"SIGTERM"},
 *   {"op":"kill"} (SIGKILL the whole tree), {"op":"end"} (TERM, grace, KILL).
 * L → pyrun: 1 stdout, 2 stderr, 3 control:
 *   {"event":"started","pid","sampler_root_pid","clk_tck","page_size","python_version","workdir","platform",
 *    "machine"}
 *   {"event":"sample","elapsed_s","cpu_percent","rss_bytes","largest_process_rss_bytes","threads","processes",
 *    "read_bytes","write_bytes","open_fds","cpu_time_s"}
 *   {"event":"exited","exit_code","signal" (a name),"wall_s","cpu_user_s","cpu_sys_s","maxrss_bytes","rchar",
 *    "wchar","leftovers"}
 *   {"event":"error","message"}
 *
 * Whatever ends the connection ends the tree: SIGTERM/SIGINT/SIGHUP to L, EOF on its stdin (ssh closed), a
 * write to its stdout failing (EPIPE) → TERM to the script's group, grace, then KILL to every descendant of R.
 * If L itself is killed, R gets SIGHUP (PR_SET_PDEATHSIG) and kills the tree.
 */
import { REMOTE_PROC_SOURCE } from './remote-launcher-proc.js';
import { REMOTE_REAPER_SOURCE } from './remote-launcher-reaper.js';

const PRELUDE = String.raw`
import os, sys, json, time, signal, struct, threading, resource
OUT, ERR, CTL = 1, 2, 3
MAX_FRAME = 64 << 20
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36

def prctl(option, value):
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except Exception:
        pass

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
    head = read_exact(fd, 5)
    if head is None:
        return None
    stream, n = struct.unpack(">BI", head)
    if n > MAX_FRAME:
        raise ValueError("frame too large")
    payload = read_exact(fd, n) if n else b""
    return None if payload is None else (stream, payload)

def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]

def sig_name(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return "SIG%d" % n
`;

const LAUNCHER = String.raw`
class Link:
    def __init__(self, on_broken):
        self.lock = threading.Lock()
        self.broken = False
        self.on_broken = on_broken
    def send(self, stream, payload):
        with self.lock:
            if self.broken:
                return False
            try:
                write_all(1, struct.pack(">BI", stream, len(payload)) + payload)
                return True
            except OSError:
                self.broken = True
        self.on_broken()
        return False
    def control(self, **message):
        return self.send(CTL, json.dumps(message).encode())

class Tree:
    def __init__(self, root, grace):
        self.root, self.grace, self.pgid, self.ending, self.finished = root, grace, None, False, False
        self.lock = threading.Lock()
    def signal(self, sig):
        if self.pgid and not self.finished:
            kill_quietly(self.pgid, sig, group=True)
    def kill(self):
        # Everything under L but R itself, which must live to reap and report: the tree of R, and anything R
        # left to L (a subreaper too) if R died.
        if self.finished:
            return
        self.signal(signal.SIGKILL)
        for st in descendants(os.getpid()):
            if st["pid"] != self.root:
                kill_quietly(st["pid"], signal.SIGKILL)
    def end(self, *_):
        with self.lock:
            if self.ending:
                return
            self.ending = True
        self.signal(signal.SIGTERM)
        timer = threading.Timer(self.grace, self.kill)
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

def stdin_feeder(in_w, chunks):
    fd = in_w
    while True:
        data = chunks.get()
        if data is None:
            break
        if fd is not None:
            try:
                write_all(fd, data)
            except OSError:
                os.close(fd)
                fd = None
    if fd is not None:
        os.close(fd)

def control_reader(tree, chunks):
    try:
        while True:
            frame = read_frame(0)
            if frame is None:
                break
            stream, payload = frame
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

def launch(req, link_holder):
    import queue
    interval = float(req.get("interval_s") or 1.0)
    grace = float(req.get("grace_s") or 2.0)
    env = dict(os.environ)
    env.update(req.get("env") or {})
    workdir = None
    if "script_b64" in req:
        import base64, tempfile
        workdir = tempfile.mkdtemp(prefix="pyrun-remote-")
        name = os.path.basename(str(req.get("script_name") or "")) or "script.py"
        script = os.path.join(workdir, name if name not in (".", "..") else "script.py")
        fd = os.open(script, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        write_all(fd, base64.b64decode(req["script_b64"]))
        os.close(fd)
        cwd = workdir
    else:
        script = str(req["script_path"])
        cwd = str(req.get("cwd") or os.getcwd())
    argv = [sys.executable, script] + [str(a) for a in req.get("args") or []]
    try:
        return supervise(argv, cwd, env, interval, grace, workdir, link_holder, queue.Queue())
    finally:
        if workdir:
            import shutil
            shutil.rmtree(workdir, ignore_errors=True)

def supervise(argv, cwd, env, interval, grace, workdir, link_holder, chunks):
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    rep_r, rep_w = os.pipe()
    me = os.getpid()
    prctl(PR_SET_CHILD_SUBREAPER, 1)  # whatever R leaves if it dies comes here, not to init
    rpid = os.fork()  # before any thread starts
    if rpid == 0:
        code = 1
        try:
            for fd in (in_w, out_r, err_r, rep_r):
                os.close(fd)
            code = reaper(argv, cwd, env, (in_r, out_w, err_w), rep_w, me)
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            os._exit(code)
    for fd in (in_r, out_w, err_w, rep_w):
        os.close(fd)
    tree = Tree(rpid, grace)
    link = link_holder(tree.end)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, tree.end)
    threads = [threading.Thread(target=pump, args=(out_r, OUT, link), daemon=True),
               threading.Thread(target=pump, args=(err_r, ERR, link), daemon=True)]
    for t in threads:
        t.start()
    threading.Thread(target=stdin_feeder, args=(in_w, chunks), daemon=True).start()
    threading.Thread(target=control_reader, args=(tree, chunks), daemon=True).start()
    stop = threading.Event()
    sampling = None
    code = 1
    for line in os.fdopen(rep_r, "r"):
        msg = json.loads(line)
        if msg["event"] == "started":
            t0 = msg.get("t_fork") or time.monotonic()  # samples are dated from the fork, on this host clock
            tree.started(msg["pid"])
            link.control(event="started", pid=msg["pid"], sampler_root_pid=rpid,
                         clk_tck=os.sysconf("SC_CLK_TCK"), page_size=os.sysconf("SC_PAGE_SIZE"),
                         python_version="%d.%d.%d" % sys.version_info[:3], workdir=workdir,
                         platform=sys.platform, machine=os.uname().machine)
            sampling = threading.Thread(target=sampler, args=(tree, t0, interval, stop, link), daemon=True)
            sampling.start()
        elif msg["event"] == "error":
            link.control(**msg)
            code = 125
        elif msg["event"] == "exited":
            tree.finished = True  # all reaped: no pid of the tree may be signalled any more (it may be reused)
            stop.set()
            if sampling:
                sampling.join()
            for t in threads:
                t.join(5.0)
            link.control(**msg)
            code = 0
    stop.set()
    if code == 1:
        tree.kill()  # R died without a report: make sure nothing it watched lives on
    while True:
        try:
            os.waitpid(rpid, 0)
            break
        except ChildProcessError:
            break
    return code

def main():
    holder = {}
    def make_link(on_broken):
        holder["link"] = Link(on_broken)
        return holder["link"]
    try:
        frame = read_frame(0)
        req = json.loads(frame[1].decode()) if frame and frame[0] == CTL else {}
        if req.get("op") != "start":
            raise ValueError("the first frame must be a start request")
        return launch(req, make_link)
    except Exception as e:
        link = holder.get("link") or Link(lambda: None)
        link.control(event="error", message="remote launcher: %s: %s" % (type(e).__name__, e))
        return 125

if __name__ == "__main__":
    sys.exit(main())
`;

/** The whole program, as `python3 -S -E -c` takes it. */
export const REMOTE_LAUNCHER_SOURCE = [PRELUDE, REMOTE_PROC_SOURCE, REMOTE_REAPER_SOURCE, LAUNCHER].join(
  '\n',
);
