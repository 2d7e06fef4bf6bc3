"""Single-threaded pure-Python CPU work: a loop of arithmetic, about 0.6 s at --scale 1."""
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--scale", type=float, default=1.0)
n = int(3_000_000 * parser.parse_args().scale)
total = 0
for i in range(n):
    total = (total + i * i) % 1_000_003
print(total)
