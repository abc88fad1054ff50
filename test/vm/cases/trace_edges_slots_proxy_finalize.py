# __slots__ members, a proxy's weak reference, and finalizers run directly, by a death and at exit.
import weakref

class Slotted:
    __slots__ = ("left", "right")

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

s = Slotted()
s.left = Node("left")
s.right = Node("right")
s.left = Node("new left")
del s.right
try:
    weakref.ref(s)
except TypeError as e:
    print(e)

target = Node("target")
p = weakref.proxy(target, lambda r: print("proxy callback"))
print(p.name)
at_once = weakref.finalize(Node("temporary"), print, "runs at once: its node was a temporary")
keep = Node("kept")
called = weakref.finalize(keep, print, "called directly")
print(called(), called.alive)
dying = weakref.finalize(target, print, "target died")
at_exit = weakref.finalize(keep, print, "at exit")
del target
print("before exit")
