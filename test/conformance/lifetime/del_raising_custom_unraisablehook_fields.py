# A custom sys.unraisablehook receives the exception, its type and the object involved.
import sys

def hook(u):
    print("type:", u.exc_type.__name__)
    print("value:", u.exc_value)
    # err_msg may name the __del__ function with its address: keep only the text before it
    print("msg:", u.err_msg if u.err_msg is None else u.err_msg.split(" <")[0])
    print("object is the __del__ function:", getattr(u.object, "__name__", None))

sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise KeyError("in del")

Bad()
print("after")
