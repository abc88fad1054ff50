# Where objects die, as markers show: each `print("after", N)` follows the statement on line N.
import gc
import weakref


class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def noted(ref):
    print("callback", ref() is None)


a = T("a")
b = T("b")
r = weakref.ref(b, noted)
a = None
print("after", 21)


def f():
    t = T("t")
    u = T("u")
    return 1


f()
print("after", 31)
del b
print("after", 33)
c = T("c")
d = T("d")
c.other = d
d.other = c
del c, d
print("after", 39)
print("collected", gc.collect())
print("after", 41)
box = [T("x"), T("y"), T("z")]
box.pop(1)
print("after", 44)
box.clear()
print("after", 46)
last = T("last")
