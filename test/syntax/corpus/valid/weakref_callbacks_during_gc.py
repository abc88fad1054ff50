import gc
import weakref

order = []


class Cell:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_ring(names):
    cells = [Cell(n) for n in names]
    for a, b in zip(cells, cells[1:] + cells[:1]):
        a.peer = b
    return [weakref.ref(c, lambda r, n=c.name: order.append(n)) for c in cells]


refs = make_ring("abcd")
print("before gc:", [r() is not None for r in refs])
n = gc.collect()
print(f"gc.collect() -> {n}; callbacks ran for {sorted(order)}")
print("after gc:", [r() for r in refs])
