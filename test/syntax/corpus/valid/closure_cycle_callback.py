import gc
import weakref


class Model:
    def __init__(self):
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)


def wire_up():
    model = Model()

    # The closure captures `model`, and model holds the closure: a cycle
    # that only the cycle collector can reclaim.
    def changed():
        return len(model.listeners)

    model.on_change(changed)
    return weakref.ref(model)


def wire_up_weakly():
    model = Model()
    mref = weakref.ref(model)

    def changed():
        m = mref()
        return 0 if m is None else len(m.listeners)

    model.on_change(changed)
    return mref


strong_cycle = wire_up()
weak_version = wire_up_weakly()
print("cycle alive before gc:", strong_cycle() is not None)
print("weak version alive:", weak_version() is not None)
gc.collect()
print("cycle alive after gc:", strong_cycle() is not None)
