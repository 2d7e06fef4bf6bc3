"""Writes a few files and checksums them in threads: disk I/O and some CPU, for about a second.

    npx pyrun run examples/checksum_files.py --files 40 --size-kb 256
"""
import argparse
import hashlib
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


def digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--size-kb", type=int, default=256)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.files):
            path = os.path.join(tmp, f"part-{i:03d}.bin")
            with open(path, "wb") as f:
                f.write(os.urandom(args.size_kb * 1024))
            paths.append(path)
        with ThreadPoolExecutor(max_workers=4) as pool:
            digests = list(pool.map(digest, paths))
    combined = hashlib.sha256("".join(digests).encode()).hexdigest()
    print(f"{len(digests)} files, {args.files * args.size_kb} KB, combined sha256 {combined[:16]}")


if __name__ == "__main__":
    main()
