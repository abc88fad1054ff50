# A small pool hands out resources in a with block and takes them back on exit, even on error.
class Pool:
    def __init__(self, n):
        self.free = list(range(n))
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                self.r = pool.free.pop()
                print("lease", self.r, "free now", pool.free)
                return self.r
            def __exit__(self, *a):
                pool.free.append(self.r)
                print("return", self.r, "free now", pool.free)
        return Lease()

p = Pool(2)
with p.acquire() as r1:
    with p.acquire() as r2:
        print("using", r1, r2)
try:
    with p.acquire() as r:
        raise RuntimeError("task failed")
except RuntimeError as e:
    print("error:", e)
print("final free", sorted(p.free))
