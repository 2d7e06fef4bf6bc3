"""Builds a small summary report in memory: run as a module, `python -m reports.build`, from examples/.

    cd examples && npx pyrun run -m reports.build
"""
import json
import random
import statistics


def build(rows: int, seed: int) -> dict:
    rng = random.Random(seed)
    amounts = [rng.lognormvariate(3, 1) for _ in range(rows)]
    by_bucket: dict = {}
    for amount in amounts:
        bucket = min(int(amount // 25), 9)
        by_bucket[bucket] = by_bucket.get(bucket, 0) + 1
    return {
        "rows": rows,
        "mean": round(statistics.fmean(amounts), 2),
        "median": round(statistics.median(amounts), 2),
        "p95": round(statistics.quantiles(amounts, n=20)[-1], 2),
        "buckets": dict(sorted(by_bucket.items())),
    }


def main() -> None:
    print(json.dumps(build(rows=300_000, seed=11), indent=2))


if __name__ == "__main__":
    main()
