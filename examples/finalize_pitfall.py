# weakref.finalize must not refer to the object it watches, or the object never dies.
import weakref


class TempFile:
    def __init__(self, name):
        self.name = name


def remove(what):
    print("finalizer ran for", getattr(what, "name", what))


good = TempFile("good.tmp")
weakref.finalize(good, remove, good.name)      # refers to the name only: fine

bad = TempFile("bad.tmp")
weakref.finalize(bad, remove, bad)             # holds `bad` itself: keeps it alive

del good                  # finalizer runs at once
del bad                   # nothing happens: the finalizer's own reference keeps it
print("end of program")   # bad's finalizer only runs at exit
