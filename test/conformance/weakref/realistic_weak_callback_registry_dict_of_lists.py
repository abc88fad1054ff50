# A registry of event -> weak references to handler objects, pruned by callbacks as handlers die.
import weakref

registry = {}

def register(event, handler):
    def prune(ref, event=event):
        registry[event].remove(ref)
        print(f"pruned a handler of {event!r}")
    registry.setdefault(event, []).append(weakref.ref(handler, prune))

def fire(event):
    for ref in list(registry.get(event, [])):
        ref()(event)

class Printer:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, event):
        print(self.tag, "handles", event)

p1, p2 = Printer("p1"), Printer("p2")
register("save", p1)
register("save", p2)
register("load", p2)
fire("save")
del p2
fire("save")
fire("load")
print({k: len(v) for k, v in registry.items()})
