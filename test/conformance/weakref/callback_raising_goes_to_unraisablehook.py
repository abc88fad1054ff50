# An exception in a weakref callback is reported through sys.unraisablehook and does not propagate.
import sys
import weakref

def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value)
    # err_msg may name the callback with its address: keep only the text before it
    print("err_msg:", u.err_msg if u.err_msg is None else u.err_msg.split(" <")[0])
    print("object is callback:", u.object is cb)

sys.unraisablehook = hook

class Obj:
    pass

def cb(r):
    raise ValueError("bad callback")

o = Obj()
r = weakref.ref(o, cb)
del o
print("program continues")
