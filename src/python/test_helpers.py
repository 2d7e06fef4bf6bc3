"""The profile runner, the pstats reader and the remote bootstrap: python3 -m unittest discover -s src/python"""
import json
import os
import pstats
import subprocess
import sys
import tempfile
import textwrap
import unittest

import bootstrap
import pstats_reader

HERE = os.path.dirname(os.path.abspath(__file__))


class ProfileRunnerTest(unittest.TestCase):
    def test_runs_the_script_as_python_would_and_keeps_its_exit_status(self):
        d = tempfile.mkdtemp(prefix="pyrun-profile-test-")
        script = os.path.join(d, "job.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent("""
                import sys
                def work():
                    return sum(range(1000))
                work()
                print(__name__, sys.argv, sys.path[0] == __import__("os").path.dirname(__file__))
                sys.exit(3)
            """))
        out = os.path.join(d, "job.pstats")
        r = subprocess.run([sys.executable, os.path.join(HERE, "profile_runner.py"), out, script, "a", "-b"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(r.returncode, 3)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "__main__ %r True\n" % ([script, "a", "-b"],))
        names = [k[2] for k in pstats.Stats(out).stats]
        self.assertIn("work", names)


    def test_runs_a_module_as_python_dash_m_would(self):
        d = tempfile.mkdtemp(prefix="pyrun-profile-test-")
        os.mkdir(os.path.join(d, "pkg"))
        open(os.path.join(d, "pkg", "__init__.py"), "w").close()
        with open(os.path.join(d, "pkg", "job.py"), "w") as f:
            f.write(textwrap.dedent("""
                import sys
                def work():
                    return sum(range(1000))
                work()
                print(__name__, sys.argv[0] == __file__, sys.argv[1:])
                sys.exit(5)
            """))
        out = os.path.join(d, "job.pstats")
        r = subprocess.run([sys.executable, os.path.join(HERE, "profile_runner.py"), out, "-m", "pkg.job", "x"],
                           cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual((r.returncode, r.stderr), (5, ""))
        self.assertEqual(r.stdout, "__main__ True ['x']\n")
        self.assertIn("work", [k[2] for k in pstats.Stats(out).stats])


class PstatsReaderTest(unittest.TestCase):
    def test_prints_functions_and_caller_edges_by_index(self):
        import cProfile

        def leaf():
            return 1

        def caller():
            return leaf() + leaf()

        profiler = cProfile.Profile()
        profiler.enable()
        caller()
        profiler.disable()
        out = os.path.join(tempfile.mkdtemp(prefix="pyrun-pstats-test-"), "p.pstats")
        profiler.dump_stats(out)
        r = subprocess.run([sys.executable, "-S", "-E", os.path.join(HERE, "pstats_reader.py"), out],
                           stdout=subprocess.PIPE, check=True)
        table = json.loads(r.stdout)
        self.assertEqual(table, pstats_reader.table(pstats.Stats(out).stats))
        names = [f[2] for f in table["functions"]]
        leaf_i, caller_i = names.index("leaf"), names.index("caller")
        self.assertEqual(table["functions"][leaf_i][4], 2)  # called twice
        self.assertIn([caller_i, leaf_i], [e[:2] for e in table["edges"]])


class BootstrapTest(unittest.TestCase):
    def test_loads_modules_in_order_so_a_later_one_imports_an_earlier_one(self):
        saved = dict(sys.modules)
        try:
            modules = bootstrap.load({"pyrun_test_a": "X = 41\n", "pyrun_test_b": "import pyrun_test_a\nY = pyrun_test_a.X + 1\n"})
            self.assertEqual(modules["pyrun_test_b"].Y, 42)
            self.assertEqual(modules["pyrun_test_b"].__file__, "<pyrun pyrun_test_b>")
        finally:
            sys.modules.clear()
            sys.modules.update(saved)

    def test_the_user_files_in_the_working_directory_do_not_shadow_the_launcher(self):
        d = tempfile.mkdtemp(prefix="pyrun-bootstrap-test-")
        with open(os.path.join(d, "launcher.py"), "w") as f:
            f.write("raise SystemExit('the user launcher.py was imported')\n")
        with open(os.path.join(d, "json.py"), "w") as f:
            f.write("raise SystemExit('the user json.py was imported')\n")
        sources = {}
        for name in ("launcher", "remote"):
            with open(os.path.join(HERE, name + ".py")) as f:
                sources[name] = f.read()
        with open(os.path.join(HERE, "bootstrap.py")) as f:
            program = f.read().replace("SOURCES = {}", "SOURCES = " + json.dumps(sources), 1)
        # No start request on stdin: the remote launcher answers with one error frame and exits 125.
        r = subprocess.run([sys.executable, "-S", "-E", "-c", program], cwd=d, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(r.stderr, b"")
        self.assertEqual(r.returncode, 125)
        self.assertIn(b"the first frame must be a start request", r.stdout)


if __name__ == "__main__":
    unittest.main()
