# A raising callback at exit is reported by the default hook text (callback has a fixed repr).
import weakref

class Cb:
    def __call__(self, r):
        raise OSError("exit-time callback failed")
    def __repr__(self):
        return "<Cb>"

class Obj:
    pass

keep = Obj()
r = weakref.ref(keep, Cb())
print("main done")
