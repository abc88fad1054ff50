# A tiny signal class stores WeakMethods so connected listeners can die without unsubscribing.
import weakref

class Signal:
    def __init__(self):
        self.slots = []
    def connect(self, method):
        self.slots.append(weakref.WeakMethod(method))
    def emit(self, *args):
        alive = []
        for wm in self.slots:
            m = wm()
            if m is not None:
                m(*args)
                alive.append(wm)
        self.slots = alive

class View:
    def __init__(self, name):
        self.name = name
    def on_change(self, v):
        print(self.name, "sees", v)

sig = Signal()
v1, v2 = View("v1"), View("v2")
sig.connect(v1.on_change)
sig.connect(v2.on_change)
sig.emit(1)
del v1
sig.emit(2)
print("slots:", len(sig.slots))
