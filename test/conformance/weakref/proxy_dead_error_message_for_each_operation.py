# Every kind of use of a dead proxy (call, len, item, iteration, compare) raises the same ReferenceError.
import weakref

class Thing:
    def __call__(self): return 1
    def __len__(self): return 1
    def __getitem__(self, i): return i
    def __iter__(self): return iter([])

t = Thing()
p = weakref.proxy(t)
del t
ops = {"call": lambda: p(), "len": lambda: len(p), "item": lambda: p[0], "iter": lambda: iter(p), "eq": lambda: p == 1}
for name, op in ops.items():
    try:
        op()
        print(name, "worked")
    except ReferenceError as e:
        print(name, "->", e)
