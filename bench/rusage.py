"""Runs a command and prints its cost as JSON: wall seconds, CPU seconds (user+system of the command and every
descendant it waited for) and peak RSS in KiB — the kernel's rusage from wait4, the same numbers GNU
`/usr/bin/time -f "%e %U %S %M"` prints, at microsecond precision instead of centiseconds.

    python3 bench/rusage.py COMMAND [ARGS...]    (the command's stdout and stderr are discarded)
"""
import json
import os
import subprocess
import sys
import time


def main() -> None:
    with open(os.devnull, "wb") as devnull:
        start = time.perf_counter()
        child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=devnull, stderr=devnull)
        _, status, usage = os.wait4(child.pid, 0)
        wall_s = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    print(
        json.dumps(
            {
                "wall_s": wall_s,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "maxrss_kb": usage.ru_maxrss,
                "exit_code": child.returncode,
            }
        )
    )


if __name__ == "__main__":
    main()
