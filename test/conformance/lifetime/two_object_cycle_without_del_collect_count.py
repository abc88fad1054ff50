# gc.collect() returns how many unreachable objects it found for plain two-object cycles.
import gc
gc.disable()
gc.collect()

class P:
    pass

for size in [1, 5, 50]:
    for _ in range(size):
        a = P()
        b = P()
        a.other = b
        b.other = a
    del a, b
    print(size, "cycles ->", gc.collect())
