"""pyrun's profile runner: what the launcher runs instead of the script under `--profile`.

    python profile_runner.py PSTATS_PATH SCRIPT [ARGS...]
    python profile_runner.py PSTATS_PATH -m MODULE [ARGS...]

It runs the script as `python SCRIPT ARGS` (or `python -m MODULE ARGS`) would (`__name__ == "__main__"`, `sys.argv == [SCRIPT, *ARGS]`, the
script's directory first on `sys.path`, its own `__main__` module) under the standard library's cProfile, and
writes the stats (pstats format) when it ends.

Why not `python -m cProfile -o PATH SCRIPT`: that swallows `SystemExit`, so a script's `sys.exit(3)` would exit 0
and pyrun would pass a failing script. Here the exit status is the script's own: `sys.exit(N)` and an uncaught
exception propagate after the stats are written. A script killed by a signal or ending with `os._exit` leaves no
stats. Only the main thread is profiled (cProfile's limit); child processes are not.
"""
import cProfile
import os
import sys
import types


def prepare(script, args):
    """Makes this interpreter look as if it had been started on the script; returns its code and namespace."""
    sys.argv = [script] + list(args)
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    main = types.ModuleType("__main__")
    main.__dict__.update(__file__=script, __cached__=None, __builtins__=__builtins__)
    sys.modules["__main__"] = main
    with open(script, "rb") as f:
        code = compile(f.read(), script, "exec")
    return code, main.__dict__


def run_module(name):
    """Runs a module as `python -m` does: `__main__`, sys.argv[0] its file, the working directory first on sys.path."""
    import runpy

    sys.path[0] = os.getcwd()
    runpy.run_module(name, run_name="__main__", alter_sys=True)


def run(out, script, args, module=False):
    """Runs the script (or the module named `script`) under cProfile; writes the stats to `out` however it ends."""
    if module:
        sys.argv = [script] + list(args)

        def target():
            run_module(script)
    else:
        code, namespace = prepare(script, args)

        def target():
            exec(code, namespace)
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        target()
    finally:
        profiler.disable()
        try:
            profiler.dump_stats(out)
        except Exception as e:
            sys.stderr.write("pyrun: could not write the profile to %s: %s\n" % (out, e))


if __name__ == "__main__":
    module = len(sys.argv) > 2 and sys.argv[2] == "-m"
    rest = sys.argv[3:] if module else sys.argv[2:]
    if len(sys.argv) < 3 or not rest:
        sys.stderr.write("usage: profile_runner.py PSTATS_PATH (SCRIPT | -m MODULE) [ARGS...]\n")
        sys.exit(2)
    run(sys.argv[1], rest[0], rest[1:], module=module)
