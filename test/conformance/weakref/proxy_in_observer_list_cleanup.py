# Observers held as proxies: dead ones raise ReferenceError and are pruned from the list.
import weakref

class Observer:
    def __init__(self, name):
        self.name = name
    def notify(self, ev):
        print(self.name, "got", ev)

a, b, c = Observer("a"), Observer("b"), Observer("c")
observers = [weakref.proxy(o) for o in (a, b, c)]

def broadcast(ev):
    alive = []
    for o in observers:
        try:
            o.notify(ev)
            alive.append(o)
        except ReferenceError:
            print("pruning a dead observer")
    observers[:] = alive

broadcast("first")
del b
broadcast("second")
print(len(observers))
