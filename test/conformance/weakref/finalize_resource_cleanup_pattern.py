# The documented pattern: a class registers finalize in __init__ with a static function and a handle.
import weakref

OPEN = set()

def _release(handle):
    OPEN.discard(handle)
    print("released handle", handle)

class File:
    _next = 1
    def __init__(self):
        self.handle = File._next
        File._next += 1
        OPEN.add(self.handle)
        self._finalizer = weakref.finalize(self, _release, self.handle)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

f1, f2, f3 = File(), File(), File()
f1.close()
print("f1 closed:", f1.closed, "open:", sorted(OPEN))
del f2
print("open:", sorted(OPEN))
print("main done, f1 and f3 remain")
