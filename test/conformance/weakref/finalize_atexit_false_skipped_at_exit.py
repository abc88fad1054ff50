# Setting atexit = False means a finalizer whose object outlives the program is not run at exit.
import weakref

class Obj:
    pass

a = Obj()
b = Obj()
fa = weakref.finalize(a, print, "a's finalizer (atexit=True)")
fb = weakref.finalize(b, print, "b's finalizer (atexit=False)")
fb.atexit = False
print("main done")
