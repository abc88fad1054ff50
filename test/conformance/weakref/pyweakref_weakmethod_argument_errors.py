# WeakMethod accepts only bound methods (something with __self__ and __func__).
import weakref

class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass

def f():
    pass

for label, arg in [("function", f), ("builtin method", [].append), ("int", 1), ("class", C),
                   ("unbound", C.m)]:
    try:
        weakref.WeakMethod(arg)
    except TypeError as e:
        print(label, "->", e, e.__suppress_context__)
wm = weakref.WeakMethod(C.cm)
print("classmethod bound to class:", wm() == C.cm)
try:
    weakref.WeakMethod()
except TypeError as e:
    print(e)
