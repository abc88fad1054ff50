# Unbounded recursion raises RecursionError, which can be caught.
import sys

def down(n):
    return down(n + 1)

sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
