"""I/O-heavy work: write a temporary file in 64 KB blocks, read it back and hash it (64 MB at --scale 1)."""
import argparse
import hashlib
import os
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--scale", type=float, default=1.0)
blocks = int(1024 * parser.parse_args().scale)
block = bytes(range(256)) * 256
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        for _ in range(blocks):
            f.write(block)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(64 * 1024), b""):
            h.update(chunk)
print(h.hexdigest())
