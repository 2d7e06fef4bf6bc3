"""An ordinary multi-process job: two worker processes from a ProcessPoolExecutor, a thread pool, a temp file."""
import argparse
import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total = (total + i * 7) % 999_983
    return total


def digest(block: bytes) -> str:
    return hashlib.sha256(block).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    scale = parser.parse_args().scale
    chunk = int(1_200_000 * scale)
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(crunch, [chunk] * 4))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "data.bin")
        with open(path, "wb") as f:
            for i in range(int(40 * scale)):
                f.write(os.urandom(64 * 1024))
        with open(path, "rb") as f:
            blocks = iter(lambda: f.read(64 * 1024), b"")
            with ThreadPoolExecutor(max_workers=4) as threads:
                digests = list(threads.map(digest, blocks))
    print(sum(results), len(digests))


if __name__ == "__main__":
    main()
