import gc


class Pair:
    def __init__(self, label):
        self.label = label
        self.other = None

    def __repr__(self):
        return f"<Pair {self.label}>"


def make_cycles(n):
    for i in range(n):
        a, b = Pair(f"a{i}"), Pair(f"b{i}")
        a.other, b.other = b, a


gc.disable()
try:
    before = gc.get_count()
    make_cycles(1_000)
    found = gc.collect()
    print(f"collected {found} objects (counts before: {before})")
finally:
    gc.enable()

gc.set_debug(0)
print(gc.get_threshold(), gc.isenabled())
