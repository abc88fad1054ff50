# Weakscope walkthrough: a cache that forgets, a finalizer, a weakref callback and a cycle.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)


cache = weakref.WeakValueDictionary()

logo = Image("logo.png")
cache["logo"] = logo
watch = weakref.ref(logo, lambda ref: print("logo is gone"))
print("cached:", list(cache))

del logo  # the last strong reference: __del__, then the callback
print("cached:", list(cache))

a = Image("a.png")
b = Image("b.png")
a.partner, b.partner = b, a  # a cycle: the refcounts never reach zero
del a, b
print("collected:", gc.collect())
