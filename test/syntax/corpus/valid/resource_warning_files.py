import gc
import os
import tempfile
import warnings

warnings.simplefilter("always", ResourceWarning)
caught = []
warnings.showwarning = lambda msg, cat, *rest: caught.append(f"{cat.__name__}: {str(msg)[:40]}")

fd, path = tempfile.mkstemp()
os.close(fd)


def leaky():
    f = open(path, "w")
    f.write("never closed explicitly")
    # f goes out of scope here: the file object's finalizer closes it and warns


def tidy():
    with open(path) as f:
        return f.read()


leaky()
gc.collect()
print(tidy(), caught)
os.remove(path)
