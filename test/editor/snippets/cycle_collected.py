import gc
import weakref


class Peer:
    pass


left = Peer()
right = Peer()
left.other = right
right.other = left
watch = weakref.ref(left, lambda ref: print("left collected"))
del left, right
print("before collect", watch() is not None)
print("collected", gc.collect())
print("after collect", watch())
