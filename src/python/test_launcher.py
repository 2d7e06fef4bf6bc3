"""The launcher and its reaper against real processes: python3 -m unittest discover -s src/python -p 'test_*.py'"""
import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

import launcher

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(HERE, "launch.py")  # the entry pyrun runs (it imports launcher)
LINUX = sys.platform.startswith("linux")
Usage = collections.namedtuple(
    "Usage", "ru_utime ru_stime ru_maxrss ru_minflt ru_majflt ru_nvcsw ru_nivcsw")


def running(pid):
    """True while pid is a live process (a zombie waiting for its reaper counts as gone)."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    text = launcher.read_text("/proc/%d/stat" % pid)
    return text is not None and text[text.rindex(")") + 2] not in "ZX"


def wait_until(check, timeout_s=10.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


def write_script(directory, name, source):
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        f.write(textwrap.dedent(source))
    return path


def read_pids(path):
    with open(path) as f:
        return [int(p) for p in f.read().split()]


# A script that starts a child, a setsid daemon (out of its process group), writes all three pids, and hangs.
HANGING_TREE = """
    import os, subprocess, sys, time
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
    daemon = subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); time.sleep(3600)"])
    time.sleep(0.2)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("%d %d %d" % (os.getpid(), child.pid, daemon.pid))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    time.sleep(3600)
"""


class ProcTreeTest(unittest.TestCase):
    @unittest.skipUnless(LINUX, "needs /proc")
    def test_walk_and_scan_find_the_same_descendants(self):
        kids = []
        for depth in (0, 1, 2):
            pid = os.fork()
            if pid == 0:
                if depth and os.fork() == 0:
                    time.sleep(30)
                    os._exit(0)
                time.sleep(30)
                os._exit(0)
            kids.append(pid)
        try:
            time.sleep(0.3)
            scan = sorted(launcher.ProcTree(children_files=False).descendants(os.getpid()))
            tree = launcher.ProcTree()
            self.assertEqual(len(scan), 5)  # 3 children, 2 grandchildren
            for k in kids:
                self.assertIn(k, scan)
            if tree.children_files:
                self.assertEqual(sorted(tree.descendants(os.getpid())), scan)
        finally:
            for p in launcher.ProcTree(children_files=False).descendants(os.getpid()):
                launcher.kill_quietly(p, signal.SIGKILL)
            while launcher.children_left():
                time.sleep(0.01)

    def test_reads_the_parent_after_a_command_name_with_spaces_and_parentheses(self):
        self.assertEqual(launcher.stat_parent("123 (a ) (b) S 77 123 123 0 -1"), 77)
        self.assertIsNone(launcher.stat_parent(None))
        self.assertIsNone(launcher.stat_parent("garbage"))


class ReportTest(unittest.TestCase):
    def test_rusage_is_the_difference_but_the_peak_is_taken_as_is(self):
        before = Usage(1.0, 0.5, 900, 100, 2, 10, 1)
        after = Usage(3.5, 0.75, 2000, 1100, 5, 50, 8)
        self.assertEqual(launcher.rusage_delta(before, after, platform="linux"), {
            "cpu_user_s": 2.5, "cpu_sys_s": 0.25, "maxrss_bytes": 2000 * 1024, "minor_faults": 1000,
            "major_faults": 3, "voluntary_ctx_switches": 40, "involuntary_ctx_switches": 7})
        self.assertEqual(launcher.rusage_delta(before, after, platform="darwin")["maxrss_bytes"], 2000)

    def test_exit_status_by_code_or_by_signal_name(self):
        pid = os.fork()
        if pid == 0:
            os._exit(3)
        self.assertEqual(launcher.exit_fields(launcher.wait_for(pid)), {"exit_code": 3, "signal": None})
        pid = os.fork()
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        os.kill(pid, signal.SIGTERM)
        self.assertEqual(launcher.exit_fields(launcher.wait_for(pid)), {"exit_code": None, "signal": "SIGTERM"})
        self.assertEqual(launcher.signal_name(99), "SIG99")

    def test_a_channel_whose_reader_is_gone_drops_messages_quietly(self):
        r, w = os.pipe()
        channel = launcher.Channel(w)
        self.assertTrue(channel.say(event="x"))
        self.assertEqual(json.loads(os.read(r, 100).decode()), {"event": "x"})
        os.close(r)
        self.assertFalse(channel.say(event="y"))
        self.assertTrue(channel.broken)
        self.assertFalse(channel.say(event="z"))
        os.close(w)


class ToJsonTest(unittest.TestCase):
    def test_writes_what_the_json_module_reads_back(self):
        message = {
            "event": "exited", "exit_code": None, "signal": "SIGKILL", "ok": True, "no": False, "n": 12345678901234,
            "wall_s": 0.1 + 0.2, "tiny": 1e-07, "big": 1e300, "zero": 0.0, "neg": -3,
            "text": 'quote " backslash \\ newline \n tab \t bell \x07 del \x7f é 漢 \U0001F600',
            "lone": "\udcff",
        }
        back = json.loads(launcher.to_json(message))
        self.assertEqual(back, message)
        self.assertEqual(json.loads(launcher.to_json({"nan": float("nan"), "inf": float("inf")})),
                         {"nan": None, "inf": None})
        launcher.to_json(message).encode()  # no lone surrogate reaches the bytes

    def test_refuses_what_it_does_not_know(self):
        with self.assertRaises(TypeError):
            launcher.to_json({"x": [1]})


class WatchParentTest(unittest.TestCase):
    def test_calls_back_once_the_parent_has_changed(self):
        parents, slept, gone = [7, 7, 7, 1], [], []
        launcher.watch_parent(7, lambda: gone.append(True), interval_s=0.25,
                              getppid=lambda: parents.pop(0), sleep=slept.append)
        self.assertEqual((slept, gone, parents), ([0.25, 0.25, 0.25], [True], []))


NO_OPTIONS = {"profile": None, "grace_s": 1.0, "module": False, "valgrind": None, "instructions": None,
              "calibrate": False}


class ArgumentsTest(unittest.TestCase):
    def test_options_end_at_the_double_dash(self):
        self.assertEqual(launcher.parse_args(["--", "s.py", "--profile=x"]),
                         (dict(NO_OPTIONS), ["s.py", "--profile=x"]))
        self.assertEqual(launcher.parse_args(["--profile=/p.pstats", "--grace=0.5", "--", "s.py"]),
                         (dict(NO_OPTIONS, profile="/p.pstats", grace_s=0.5), ["s.py"]))
        with self.assertRaises(ValueError):
            launcher.parse_args(["--bogus", "--", "s.py"])
        with self.assertRaises(ValueError):
            launcher.parse_args(["s.py"])
        with self.assertRaises(ValueError):
            launcher.parse_args(["--"])

    def test_instructions_wrap_the_script_in_valgrind(self):
        options, rest = launcher.parse_args(["--valgrind=/usr/bin/valgrind", "--instructions=/o", "--", "s.py"])
        self.assertEqual((options["valgrind"], options["instructions"]), ("/usr/bin/valgrind", "/o"))
        argv = launcher.valgrind_argv("/usr/bin/valgrind", "/o", launcher.script_argv("/py", rest))
        self.assertEqual(argv[:3], ["/usr/bin/valgrind", "--tool=callgrind", "--trace-children=yes"])
        self.assertIn("--callgrind-out-file=/o/callgrind.out.%p", argv)
        self.assertIn("--log-file=/o/valgrind.%p.log", argv)
        self.assertEqual(argv[-2:], ["/py", "s.py"])
        with self.assertRaises(ValueError):  # one without the other
            launcher.parse_args(["--instructions=/o", "--", "s.py"])

    def test_calibrate_is_an_option_of_the_launcher(self):
        options, rest = launcher.parse_args(["--calibrate", "--", "s.py", "--calibrate"])
        self.assertTrue(options["calibrate"])
        self.assertEqual(rest, ["s.py", "--calibrate"])  # after the double dash it is the script's

    def test_a_module_runs_as_python_dash_m(self):
        options, rest = launcher.parse_args(["--module", "--", "pkg.job", "a"])
        self.assertTrue(options["module"])
        self.assertEqual(launcher.script_argv("/py", rest, module=True), ["/py", "-m", "pkg.job", "a"])
        self.assertEqual(launcher.script_argv("/py", rest, profile="/o", here="/d", module=True),
                         ["/py", "/d/profile_runner.py", "/o", "-m", "pkg.job", "a"])

    def test_the_script_runs_under_the_same_interpreter_or_the_profile_runner(self):
        self.assertEqual(launcher.script_argv("/py", ["-odd.py", "-x"]), ["/py", "./-odd.py", "-x"])
        self.assertEqual(launcher.script_argv("/py", ["s.py"], profile="/o.pstats", here="/d"),
                         ["/py", "/d/profile_runner.py", "/o.pstats", "s.py"])


class CalibrateTest(unittest.TestCase):
    @unittest.skipUnless(hasattr(os, "sched_setaffinity"), "no sched_setaffinity here")
    def test_times_the_loop_pinned_on_each_core_this_process_may_use(self):
        allowed = os.sched_getaffinity(0)
        cores = []

        def clock():  # the thread's CPU clock, noting the core each repetition starts on
            cores.append(os.sched_getaffinity(0))
            return time.thread_time_ns()

        readings = launcher.calibrate(clock=clock)
        self.assertEqual(sorted(readings), sorted(allowed))
        self.assertTrue(all(0 < ms < 1000 for ms in readings.values()))
        self.assertEqual({frozenset(c) for c in cores}, {frozenset([cpu]) for cpu in allowed})
        os.sched_setaffinity(0, allowed)

    def test_a_reading_is_the_median_repetition_in_milliseconds(self):
        durations_ms = [3, 1, 2, 9, 4, 5, 6]  # one a repetition; the median is 4
        times = []
        now = 0
        for d in durations_ms:
            times += [now, now + d * 10 ** 6]
            now += d * 10 ** 6 + 17
        readings = launcher.calibrate(cpus=[-1], iterations=10, clock=iter(times).__next__)
        self.assertEqual(readings, {-1: 4.0})

    def test_the_message_carries_the_readings_and_the_cpu_spent_on_them(self):
        message = launcher.timed_calibration()
        self.assertEqual(sorted(message), ["cpu_s", "ms"])
        self.assertTrue(message["ms"] and all(ms > 0 for ms in message["ms"].values()))
        self.assertGreater(message["cpu_s"], 0)
        json.dumps(message)

    def test_an_unpinned_reading_where_the_process_cannot_pin_itself(self):
        readings = launcher.calibrate(cpus=list(range(launcher.CALIBRATION_MAX_CPUS + 1)), iterations=10)
        self.assertEqual(list(readings), [-1])


class LauncherProcessTest(unittest.TestCase):
    """The launcher as pyrun runs it: launch.py, a file, the report on fd 3."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="pyrun-launcher-test-")

    def launch(self, script, *args, stderr=None, options=()):
        """Starts the launcher with a pipe as its fd 3; returns it and the pipe's read end."""
        r, w = os.pipe()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-E", LAUNCHER, "--grace=0.5"] + list(options) + ["--", script] + list(args),
            close_fds=False, preexec_fn=lambda: os.dup2(w, 3), stderr=stderr, cwd=self.dir,
            start_new_session=True)
        os.close(w)
        return proc, r

    @staticmethod
    def messages(r):
        data = b""
        while True:
            chunk = os.read(r, 65536)
            if not chunk:
                break
            data += chunk
        os.close(r)
        return [json.loads(line) for line in data.decode().splitlines()]

    def test_reports_the_start_and_the_kernels_exact_figures(self):
        script = write_script(self.dir, "work.py", """
            import sys
            x = 0
            for i in range(3_000_000):
                x += i
            sys.exit(4)
        """)
        proc, r = self.launch(script)
        started, exited = self.messages(r)
        self.assertEqual(proc.wait(), 0)
        self.assertEqual(started["event"], "started")
        self.assertGreater(started["pid"], 0)
        self.assertEqual(started["python_version"], "%d.%d.%d" % sys.version_info[:3])
        self.assertEqual(exited["event"], "exited")
        self.assertEqual((exited["exit_code"], exited["signal"], exited["leftovers"]), (4, None, 0))
        self.assertGreater(exited["cpu_user_s"], 0.05)
        self.assertGreater(exited["minor_faults"], 100)
        self.assertGreaterEqual(exited["voluntary_ctx_switches"] + exited["involuntary_ctx_switches"], 1)
        self.assertGreaterEqual(exited["major_faults"], 0)
        self.assertGreater(exited["maxrss_bytes"], 1 << 20)
        self.assertGreaterEqual(exited["wall_s"], 0)

    @unittest.skipUnless(LINUX, "the launcher calibrates on Linux")
    def test_calibrates_each_core_after_the_script_has_exited_outside_its_figures(self):
        script = write_script(self.dir, "quick.py", "print('done')")
        proc, r = self.launch(script, options=["--calibrate"], stderr=subprocess.DEVNULL)
        started, exited, calibration = self.messages(r)
        self.assertEqual(proc.wait(), 0)
        self.assertEqual((started["event"], exited["event"], calibration["event"]), ("started", "exited", "calibration"))
        self.assertEqual(sorted(int(c) for c in calibration["ms"]), sorted(os.sched_getaffinity(0)))
        self.assertTrue(all(ms > 0 for ms in calibration["ms"].values()))
        self.assertGreater(calibration["cpu_s"], 0)  # the launcher's own, told after the script's figures

    def test_the_launcher_is_compiled_once_and_never_a_users_file(self):
        # launch.py imports launcher: its bytecode is cached beside it (-E: PYTHONDONTWRITEBYTECODE does not stop
        # it), and a launcher.py in the script's working directory is not the one imported.
        cache = os.path.join(HERE, "__pycache__")
        if not os.access(HERE, os.W_OK):
            self.skipTest("%s is not writable here" % HERE)
        for name in os.listdir(cache) if os.path.isdir(cache) else []:
            if name.startswith("launcher."):
                os.unlink(os.path.join(cache, name))
        with open(os.path.join(self.dir, "launcher.py"), "w") as f:
            f.write("raise SystemExit('the user launcher.py was imported')\n")
        script = write_script(self.dir, "ok.py", "print('ok')\n")
        proc, r = self.launch(script, stderr=subprocess.PIPE)
        started, exited = self.messages(r)
        self.assertEqual((proc.wait(), proc.stderr.read()), (0, b""))
        proc.stderr.close()
        self.assertEqual((started["event"], exited["exit_code"]), ("started", 0))
        cached = [n for n in os.listdir(cache) if n.startswith("launcher.") and n.endswith(".pyc")]
        self.assertEqual(len(cached), 1, os.listdir(cache))

    def test_says_why_the_script_cannot_start(self):
        r, w = os.pipe()
        reaper = launcher.Reaper(launcher.Channel(w))
        self.assertEqual(reaper.run(["/nonexistent/python9", "s.py"], "s.py"), launcher.EXIT_CANNOT_START)
        os.close(w)
        (error,) = self.messages(r)
        self.assertEqual(error["event"], "error")
        self.assertRegex(error["message"], r"^cannot start s\.py: cannot run /nonexistent/python9: .*No such file")

    @unittest.skipUnless(LINUX, "needs /proc and a subreaper")
    def test_ends_what_the_script_left_behind_and_counts_it(self):
        pids = os.path.join(self.dir, "pids")
        script = write_script(self.dir, "leave.py", """
            import os, subprocess, sys, time
            d = subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); time.sleep(3600)"])
            time.sleep(0.2)
            open(sys.argv[1], "w").write(str(d.pid))
        """)
        proc, r = self.launch(script, pids)
        _, exited = self.messages(r)
        proc.wait()
        self.assertEqual(exited["exit_code"], 0)
        self.assertEqual(exited["leftovers"], 1)
        self.assertFalse(running(read_pids(pids)[0]))

    @unittest.skipUnless(LINUX, "needs PR_SET_PDEATHSIG")
    def test_dies_with_its_parent_ending_the_whole_tree_without_a_traceback(self):
        pids = os.path.join(self.dir, "pids")
        errors = os.path.join(self.dir, "stderr")
        script = write_script(self.dir, "hang.py", HANGING_TREE)
        # The launcher's parent: a process that starts it with a report pipe, reads nothing, and is killed.
        parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
            import os, subprocess, sys, time
            os.open(os.devnull, os.O_RDONLY)  # takes fd 3, so the pipe's read end is not the fd replaced below
            r, w = os.pipe()
            os.dup2(w, 3)
            err = open(sys.argv[3], "w")
            subprocess.Popen([sys.executable, "-S", "-E", sys.argv[1], "--grace=0.5", "--", sys.argv[2], sys.argv[4]],
                             pass_fds=(3,), stderr=err, start_new_session=True)
            time.sleep(3600)
        """), LAUNCHER, script, errors, pids])
        try:
            self.assertTrue(wait_until(lambda: os.path.exists(pids)), "the script did not start")
            tree = read_pids(pids)
            self.assertTrue(all(running(p) for p in tree))
        finally:
            parent.kill()
            parent.wait()
        self.assertTrue(wait_until(lambda: not any(running(p) for p in tree)), "the tree outlived the launcher")
        with open(errors) as f:
            self.assertNotIn("Traceback", f.read())

    @unittest.skipUnless(LINUX, "needs /proc")
    def test_ends_the_tree_quietly_when_pyrun_is_gone_before_the_start_is_told(self):
        pids = os.path.join(self.dir, "pids")
        errors = os.path.join(self.dir, "stderr")
        script = write_script(self.dir, "hang.py", HANGING_TREE.replace(
            "time.sleep(0.2)", "time.sleep(0.2)\n    import signal; signal.signal(signal.SIGTERM, signal.SIG_IGN)"))
        with open(errors, "w") as err:
            # The script waits before writing its pids, so the report's reader can be gone first.
            proc, r = self.launch(script, pids, stderr=err)
            os.close(r)
            code = proc.wait(timeout=20)
        self.assertEqual(code, 1)
        with open(errors) as f:
            self.assertEqual(f.read(), "")
        # Whatever the script managed to start before its launcher ended it is gone too (SIGTERM ignored: KILL).
        if os.path.exists(pids):
            self.assertTrue(wait_until(lambda: not any(running(p) for p in read_pids(pids))))


if __name__ == "__main__":
    unittest.main()
