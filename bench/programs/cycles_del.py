# 20,000 two-object cycles whose objects define __del__: refcounting cannot free them, so
# gc.collect() finds them, runs every __del__ once, and breaks the cycles.
import gc


class Half:
    finalized = 0

    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        Half.finalized += 1


gc.disable()
for i in range(20_000):
    a = Half(i)
    b = Half(-i)
    a.other = b
    b.other = a
del a, b
found = gc.collect()
print(found, Half.finalized)
