# The atexit property of a dead finalizer reads False and ignores assignment; of a live one it is
# stored as a bool.
import weakref

class O:
    pass

o = O()
f = weakref.finalize(o, print, "ran")
f.atexit = 0
print(f.atexit, type(f.atexit).__name__)
f.atexit = "yes"
print(f.atexit)
f()
print(f.atexit)
f.atexit = True
print(f.atexit, f.alive)
try:
    f.other = 1
except AttributeError as e:
    print(e)
