"""A small nightly ETL job, the kind pyrun is made to watch.

Extracts rows into a temporary CSV, transforms them in two worker processes, and loads an aggregate. It uses
real CPU, memory, child processes, threads and disk, for about two seconds.

    npx pyrun run examples/nightly_etl.py --rows 600000
"""
import argparse
import csv
import os
import random
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def extract(path: str, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "region", "amount"])
        for i in range(rows):
            writer.writerow([i, rng.choice("NESW"), round(rng.uniform(1, 500), 2)])


def transform(chunk: list) -> dict:
    totals: dict = {}
    for region, amount in chunk:
        totals[region] = totals.get(region, 0.0) + float(amount) * 1.0825
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=600_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "sales.csv")
        extract(source, args.rows, args.seed)
        with open(source, newline="") as f:
            rows = [(r["region"], r["amount"]) for r in csv.DictReader(f)]
        half = len(rows) // 2
        with ProcessPoolExecutor(max_workers=2) as pool:
            parts = list(pool.map(transform, [rows[:half], rows[half:]]))
        with ThreadPoolExecutor(max_workers=4) as threads:
            regions = sorted({k for p in parts for k in p})
            sums = list(threads.map(lambda k: (k, sum(p.get(k, 0.0) for p in parts)), regions))
        with open(os.path.join(tmp, "report.csv"), "w") as out:
            for region, total in sums:
                out.write(f"{region},{total:.2f}\n")
    for region, total in sums:
        print(f"{region}: {total:,.2f}")
    print(f"loaded {len(rows):,} rows in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
