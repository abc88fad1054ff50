# A cycle with finalizers and a weakref callback, collected by gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)


def gone(ref):
    print("callback")


gc.disable()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
w = weakref.ref(a, gone)
del a, b
print("collect", gc.collect())
print("again", gc.collect())
