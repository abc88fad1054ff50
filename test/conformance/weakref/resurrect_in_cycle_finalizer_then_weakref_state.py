# A cycle member resurrected by __del__ during collection: its weakref was already cleared before __del__ ran.
import gc
import weakref
gc.disable()

saved = []

class C:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("__del__ resurrecting")
        saved.append(self)

c = C()
r = weakref.ref(c, lambda ref: print("callback ran"))
del c
gc.collect()
print("weakref after collection:", r())
print("saved object exists:", len(saved))
