# A class tracks its live instances in a class-level WeakSet.
import weakref

class Widget:
    live = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Widget.live.add(self)

def live_names():
    return sorted(w.name for w in Widget.live)

a = Widget("a")
b = Widget("b")
Widget("temporary")
print(live_names())
del a
print(live_names())
c = Widget("c")
print(live_names(), len(Widget.live))
