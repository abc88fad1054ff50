# WeakMethod accepts a classmethod bound to its class, but not a staticmethod (a plain function).
import gc
import weakref

class K:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def util():
        return "util"

wm = weakref.WeakMethod(K.make)
print(wm()())
try:
    weakref.WeakMethod(K.util)
except TypeError as e:
    print("TypeError:", e)
