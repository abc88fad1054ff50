import weakref


class Blob:
    def __init__(self, size):
        self.size = size


def release(kind, size):
    print(f"releasing {size} bytes of {kind}")
    return size


blobs = [Blob(n) for n in (128, 256, 512)]
finalizers = [weakref.finalize(b, release, "heap", b.size) for b in blobs]

f0, f1, f2 = finalizers
print(f0.peek()[1:], f0.alive, f0.atexit)
f1.atexit = False
obj, func, args, kwargs = f1.detach()
print("detached:", obj.size, func.__name__, args, kwargs, f1.alive)
print("called now:", f2())
print("second call:", f2())
blobs.clear()
del obj
print([f.alive for f in finalizers])
