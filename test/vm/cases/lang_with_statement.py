# The with statement: __exit__ before __enter__ lookup, exception info, suppression, nesting,
# return/break/continue through with blocks, and when the manager dies.
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, tb is not None)
        return self.n == 2
    def __del__(self):
        print("del", self.n)

with Ctx(1):
    print("body1")
with Ctx(2):
    raise ValueError("x")
print("after2")
def f():
    with Ctx(3) as c, Ctx(4):
        return 5
print(f())
for cls in (5, type("OnlyEnter", (), {"__enter__": lambda s: s}), type("OnlyExit", (), {"__exit__": lambda s, *a: None})):
    try:
        with (cls() if isinstance(cls, type) else cls):
            pass
    except TypeError as e:
        print(e)
for i in range(2):
    with Ctx(10 + i):
        if i == 0:
            continue
        break
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
try:
    with BadExit():
        raise ValueError("inner")
except KeyError as e:
    print("KeyError with context", type(e.__context__).__name__)
def g():
    with BadExit():
        pass
g()
