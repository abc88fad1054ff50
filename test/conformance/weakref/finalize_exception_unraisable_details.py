# What the unraisable hook receives when a finalizer's function raises on refcount death: message, type and frames.
import sys
import weakref

def hook(u):
    # err_msg may name the callback with its address: keep only the text before it
    print("err_msg:", u.err_msg if u.err_msg is None else u.err_msg.split(" <")[0])
    print("exception:", u.exc_type.__name__, u.exc_value)
    print("object type:", type(u.object).__name__)
    names = []
    tb = u.exc_traceback
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)

sys.unraisablehook = hook

class Obj:
    pass

def cleanup():
    raise ValueError("cleanup broke")

o = Obj()
weakref.finalize(o, cleanup)
del o
print("continued")
