# A callable object as the finalizer function carries its own state.
import weakref

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, name):
        self.count += 1
        print(f"closing {name} (#{self.count})")

counter = Counter()

class Res:
    pass

rs = [Res() for _ in range(3)]
for i, r in enumerate(rs):
    weakref.finalize(r, counter, f"res{i}")
del r
rs.clear()
print("total:", counter.count)
