# An object captured by a closure is alive (per its weak reference) exactly as long as the closure.
import weakref

class State:
    pass

def make():
    s = State()
    return (lambda: s), weakref.ref(s)

fn, r = make()
print(r() is fn())
del fn
print(r())
