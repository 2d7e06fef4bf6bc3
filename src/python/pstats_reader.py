"""Prints a cProfile stats file as JSON, for pyrun (src/engine/execute/profile/stats.ts), which reads it with the
interpreter that wrote it, because the pstats format is Python's own (marshal):

    python -S -E pstats_reader.py FILE

Output: {"functions": [[file, line, name, primitive_calls, calls, own_s, cumulative_s], ...],
         "edges": [[caller_index, callee_index, calls, own_s, cumulative_s], ...]}
Rows are arrays, so a profile of many functions stays compact.
"""
import json
import pstats
import sys


def table(stats):
    keys = list(stats)
    index = {k: i for i, k in enumerate(keys)}
    functions, edges = [], []
    for k in keys:
        cc, nc, tt, ct, callers = stats[k]
        functions.append([k[0], k[1], k[2], cc, nc, tt, ct])
        for caller, v in callers.items():
            if caller not in index:
                continue
            if isinstance(v, tuple):
                edges.append([index[caller], index[k], v[1], v[2], v[3]])
            else:
                edges.append([index[caller], index[k], v, 0.0, 0.0])
    return {"functions": functions, "edges": edges}


if __name__ == "__main__":
    json.dump(table(pstats.Stats(sys.argv[1]).stats), sys.stdout)
