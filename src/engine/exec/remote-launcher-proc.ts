/**
 * The remote launcher's /proc reader and sampler (Python, part of ./remote-launcher.ts): the same formulas as
 * ../sample/sampler.ts, computed where the script runs. The tree under the reaper is found through
 * /proc/<pid>/task/<tid>/children, or by one scan of every /proc/<pid>/stat when the kernel has no such files.
 *
 * Per tick: CPU = Σ(utime+stime+cutime+cstime) over live descendants + the reaper's cutime+cstime (a child that
 * lived and died between two ticks is in its reaper's cutime); RSS, threads, processes, rchar/wchar and open fds
 * summed over the live (non-zombie) ones, plus the reaper's rchar/wchar since the start (reaped children fold
 * theirs into it). Totals never go down. Ticks fall on t_fork + k·interval; missed deadlines are skipped.
 */
export const REMOTE_PROC_SOURCE = String.raw`
def read_text(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("latin-1")
    except OSError:
        return None

def proc_stat(pid):
    text = read_text("/proc/%d/stat" % pid)
    if not text:
        return None
    try:
        f = text[text.rindex(")") + 2:].split()
        return {"pid": pid, "state": f[0], "ppid": int(f[1]), "utime": int(f[11]), "stime": int(f[12]),
                "cutime": int(f[13]), "cstime": int(f[14]), "threads": int(f[17]), "rss": int(f[21])}
    except (ValueError, IndexError):
        return None

def proc_io(pid):
    text = read_text("/proc/%d/io" % pid)
    if not text:
        return None
    d = {}
    for line in text.splitlines():
        k, _, v = line.partition(":")
        d[k] = v.strip()
    try:
        return int(d["rchar"]), int(d["wchar"])
    except (KeyError, ValueError):
        return None

HAS_CHILDREN_FILES = os.path.exists("/proc/%d/task/%d/children" % (os.getpid(), os.getpid()))

def children(pid):
    out = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            text = read_text("/proc/%d/task/%s/children" % (pid, tid))
            if text:
                out += [int(p) for p in text.split()]
    except OSError:
        pass
    return out

def descendants(root):
    found = []
    if HAS_CHILDREN_FILES:
        queue, seen = children(root), set()
        while queue:
            pid = queue.pop()
            if pid in seen:
                continue
            seen.add(pid)
            st = proc_stat(pid)
            if st:
                found.append(st)
                queue += children(pid)
        return found
    by_parent = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return found
    for name in names:
        if name.isdigit():
            st = proc_stat(int(name))
            if st:
                by_parent.setdefault(st["ppid"], []).append(st)
    queue, seen = [root], set([root])
    while queue:
        for st in by_parent.get(queue.pop(), []):
            if st["pid"] not in seen:
                seen.add(st["pid"])
                found.append(st)
                queue.append(st["pid"])
    return found

def kill_quietly(pid, sig, group=False):
    try:
        (os.killpg if group else os.kill)(pid, sig)
    except OSError:
        pass

def sampler(tree, t0, interval, stop, link):
    tck, page = os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE")
    root = tree.root
    io0 = proc_io(root) or (0, 0)
    prev_t, prev_ticks, prev_r, prev_w, k = t0, 0, 0, 0, 1
    while True:
        now = time.monotonic()
        while t0 + k * interval <= now:
            k += 1
        if stop.wait(t0 + k * interval - now):
            return
        k += 1
        now = time.monotonic()
        ticks = rss = threads = processes = rchar = wchar = largest = 0
        fds = None
        for st in descendants(root):
            ticks += st["utime"] + st["stime"] + st["cutime"] + st["cstime"]
            if st["state"] in ("Z", "X"):
                continue
            processes += 1
            threads += st["threads"]
            rss += st["rss"]
            largest = max(largest, st["rss"] * page)
            io = proc_io(st["pid"])
            if io:
                rchar += io[0]
                wchar += io[1]
            try:
                fds = (fds or 0) + len(os.listdir("/proc/%d/fd" % st["pid"]))
            except OSError:
                pass
        rst = proc_stat(root)
        if rst:
            ticks += rst["cutime"] + rst["cstime"]
        rio = proc_io(root)
        if rio:
            rchar += rio[0] - io0[0]
            wchar += rio[1] - io0[1]
        ticks, rchar, wchar = max(ticks, prev_ticks), max(rchar, prev_r), max(wchar, prev_w)
        dt = now - prev_t
        cpu = (ticks - prev_ticks) / tck / dt * 100 if dt > 0 else 0
        prev_t, prev_ticks, prev_r, prev_w = now, ticks, rchar, wchar
        if stop.is_set():
            return
        link.control(event="sample", elapsed_s=now - t0, cpu_percent=cpu, rss_bytes=rss * page,
                     largest_process_rss_bytes=largest, threads=threads, processes=processes,
                     read_bytes=rchar, write_bytes=wchar, open_fds=fds, cpu_time_s=ticks / tck)
`;
