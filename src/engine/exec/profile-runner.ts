/**
 * The profile runner: what the launcher execs instead of the script under `--profile`, as
 * `python -c PROFILE_RUNNER_SOURCE PSTATS_PATH SCRIPT [ARGS...]`. It runs the script as `python SCRIPT ARGS`
 * would — `__name__ == "__main__"`, `sys.argv == [SCRIPT, *ARGS]`, the script's directory first on `sys.path`,
 * its own `__main__` module — under the stdlib's cProfile, and writes the stats (pstats format) when it ends.
 *
 * Why not `python -m cProfile -o PATH SCRIPT`: that swallows `SystemExit`, so a script's `sys.exit(3)` would
 * exit 0 and pyrun would pass a failing script. Here the exit status is the script's own: `sys.exit(N)` and an
 * uncaught exception propagate after the stats are written. A script that is killed by a signal or ends with
 * `os._exit` leaves no stats. Only the main thread is profiled (cProfile's limit); child processes are not.
 */
export const PROFILE_RUNNER_SOURCE = String.raw`
import sys, os, types, cProfile
out, script = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
sys.path[0] = os.path.dirname(os.path.abspath(script))
main = types.ModuleType("__main__")
main.__dict__.update(__file__=script, __cached__=None, __builtins__=__builtins__)
sys.modules["__main__"] = main
with open(script, "rb") as f:
    code = compile(f.read(), script, "exec")
del f
profiler = cProfile.Profile()
profiler.enable()
try:
    exec(code, main.__dict__)
finally:
    profiler.disable()
    try:
        profiler.dump_stats(out)
    except Exception as e:
        sys.stderr.write("pyrun: could not write the profile to %s: %s\n" % (out, e))
`;
