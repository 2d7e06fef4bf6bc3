"""Memory that grows: a list of 1 MB buffers up to 120 MB at --scale 1, touched, then released."""
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--scale", type=float, default=1.0)
count = int(120 * parser.parse_args().scale)
buffers = []
for i in range(count):
    buf = bytearray(1024 * 1024)
    buf[::4096] = b"x" * len(buf[::4096])
    buffers.append(buf)
print(len(buffers), sum(len(b) for b in buffers) >> 20)
