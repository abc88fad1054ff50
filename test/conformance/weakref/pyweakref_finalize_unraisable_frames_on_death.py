# A finalizer raising when its object dies: the unraisable hook gets the finalizer as the
# callback in err_msg (checked without address) and the frames __call__ then the function.
import sys
import weakref

def hook(u):
    names = []
    tb = u.exc_traceback
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    msg = str(u.err_msg)
    print(msg.startswith("Exception ignored while calling weakref callback <finalize object at 0x"),
          msg.endswith("; dead>"), u.exc_type.__name__, names, type(u.object).__name__)

sys.unraisablehook = hook

class O:
    pass

def bad(x):
    raise RuntimeError(x)

o = O()
weakref.finalize(o, bad, "died")
del o
class C:
    def m(self):
        pass
c = C()
wm = weakref.WeakMethod(c.m, lambda r: 1 / 0)
del c
print("end")
