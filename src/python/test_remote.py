"""The remote launcher's parts: python3 -m unittest discover -s src/python -p 'test_*.py'"""
import json
import os
import struct
import sys
import time
import unittest

import launcher
import remote

LINUX = sys.platform.startswith("linux")


class ScheduleTest(unittest.TestCase):
    def test_the_next_tick_is_the_first_deadline_after_now(self):
        self.assertEqual(remote.next_tick(100.0, 0.5, 1, 100.0), 1)
        self.assertEqual(remote.next_tick(100.0, 0.5, 1, 100.49), 1)
        self.assertEqual(remote.next_tick(100.0, 0.5, 1, 100.5), 2)

    def test_missed_ticks_are_skipped_at_once_whatever_the_stall(self):
        # A stall of a year at 10 ms: one arithmetic step, not 3 billion iterations.
        k = remote.next_tick(0.0, 0.01, 5, 365 * 86400.0 + 0.005)
        self.assertEqual(k, 365 * 8640000 + 1)
        self.assertGreater(0.0 + k * 0.01, 365 * 86400.0)

    def test_never_goes_back_before_the_tick_already_due(self):
        self.assertEqual(remote.next_tick(0.0, 1.0, 7, 2.5), 7)


class FrameTest(unittest.TestCase):
    def test_frames_round_trip_through_a_pipe(self):
        r, w = os.pipe()
        launcher.write_all(w, remote.frame(3, b'{"op":"start"}') + remote.frame(1, b"") + remote.frame(2, b"x" * 30000))
        os.close(w)
        self.assertEqual(remote.read_frame(r), (3, b'{"op":"start"}'))
        self.assertEqual(remote.read_frame(r), (1, b""))
        self.assertEqual(remote.read_frame(r), (2, b"x" * 30000))
        self.assertIsNone(remote.read_frame(r))
        os.close(r)

    def test_a_stream_that_is_not_framed_is_refused(self):
        r, w = os.pipe()
        os.write(w, struct.pack(">BI", 1, remote.MAX_FRAME + 1))
        os.close(w)
        with self.assertRaises(ValueError):
            remote.read_frame(r)
        os.close(r)

    def test_a_broken_link_drops_frames_and_says_so_once(self):
        r, w = os.pipe()
        broken = []
        link = remote.Link(lambda: broken.append(1), fd=w)
        self.assertTrue(link.control(event="x"))
        os.close(r)
        self.assertFalse(link.control(event="y"))
        self.assertFalse(link.control(event="z"))
        self.assertEqual(broken, [1])
        os.close(w)


@unittest.skipUnless(LINUX, "needs /proc")
class SnapshotTest(unittest.TestCase):
    def test_raw_proc_text_of_the_root_and_each_descendant(self):
        pid = os.fork()
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        try:
            time.sleep(0.1)
            me = os.getpid()
            procs = remote.snapshot([me] + launcher.ProcTree().descendants(me), me)
            root, child = procs[0], [p for p in procs if p["pid"] == pid][0]
            self.assertTrue(root["stat"].startswith("%d (" % me))
            self.assertNotIn("fds", root)  # the root's descriptors are not the script's
            self.assertIn("rchar:", child["io"])
            self.assertEqual(launcher.stat_parent(child["stat"]), me)
            self.assertGreaterEqual(child["fds"], 3)
            json.dumps(procs)  # travels as JSON
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)

    def test_a_process_gone_between_the_walk_and_the_read_is_left_out(self):
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        self.assertEqual(remote.snapshot([pid], os.getpid()), [])


class TreeTest(unittest.TestCase):
    def test_a_grace_beyond_what_a_timer_takes_is_clamped(self):
        tree = remote.Tree(1, 1e300)
        self.assertLessEqual(tree.grace_s, remote.MAX_WAIT_S)
        self.assertEqual(remote.Tree(1, 2.5).grace_s, 2.5)



class OomCounterTest(unittest.TestCase):
    def write(self, text):
        import tempfile

        fd, path = tempfile.mkstemp()
        os.write(fd, text.encode())
        os.close(fd)
        self.addCleanup(os.unlink, path)
        return path

    def test_cgroup_v2_memory_events(self):
        path = self.write("low 0\nhigh 0\nmax 12\noom 3\noom_kill 2\noom_group_kill 0\n")
        self.assertEqual(remote.oom_kills([path]), 2)

    def test_cgroup_v1_oom_control_after_a_missing_v2_file(self):
        path = self.write("oom_kill_disable 0\nunder_oom 0\noom_kill 5\n")
        self.assertEqual(remote.oom_kills(["/nonexistent/memory.events", path]), 5)

    def test_none_where_no_counter_is_readable(self):
        path = self.write("oom_kill_disable 0\nunder_oom 0\n")  # a kernel before 4.13 has no count
        self.assertIsNone(remote.oom_kills(["/nonexistent/memory.events", path]))


class HostReadingTest(unittest.TestCase):
    def test_the_machine_cpu_line_the_launcher_cpu_and_the_clock(self):
        import tempfile

        proc = tempfile.mkdtemp()
        self.addCleanup(lambda: (os.unlink(proc + "/stat"), os.rmdir(proc)))
        with open(proc + "/stat", "w") as f:
            f.write("cpu  10 0 5 900 1 0 2 3 0 0\ncpu0 5 0 2 450 0 0 1 1 0 0\nintr 1\n")
        before = time.monotonic()
        sum(range(200000))  # some CPU of this process's own
        reading = remote.host_reading(proc)
        self.assertEqual(reading["stat"], "cpu  10 0 5 900 1 0 2 3 0 0")
        self.assertGreater(reading["own_cpu_s"], 0)
        self.assertGreaterEqual(reading["at_s"], before)
        json.dumps(reading)  # it travels as JSON

    def test_none_where_the_machine_does_not_say(self):
        self.assertIsNone(remote.host_reading("/nonexistent"))

    @unittest.skipUnless(LINUX, "/proc/stat is Linux's")
    def test_this_machine(self):
        self.assertTrue(remote.host_reading()["stat"].startswith("cpu "))


if __name__ == "__main__":
    unittest.main()
