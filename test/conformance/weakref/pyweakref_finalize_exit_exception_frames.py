# An exception in an exit-time finalizer goes to sys.excepthook with a traceback through the exit
# hook; the remaining finalizers still run.
import sys
import weakref

def hook(tp, value, tb):
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("excepthook:", tp.__name__, value, names)

sys.excepthook = hook

class O:
    pass

def fail():
    raise ValueError("boom")

a, b, c = O(), O(), O()
weakref.finalize(a, print, "a")
weakref.finalize(b, fail)
weakref.finalize(c, print, "c")
print("main done")
