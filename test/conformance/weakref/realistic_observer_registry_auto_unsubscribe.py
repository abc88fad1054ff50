# An event bus holding observers in a WeakSet stops notifying observers that were deleted.
import weakref

class Bus:
    def __init__(self):
        self.observers = weakref.WeakSet()
    def subscribe(self, obs):
        self.observers.add(obs)
    def publish(self, msg):
        for name in sorted(o.name for o in self.observers):
            print(f"  {name} <- {msg}")

class Observer:
    def __init__(self, name):
        self.name = name

bus = Bus()
subs = [Observer(n) for n in ("ann", "ben", "cid")]
for s in subs:
    bus.subscribe(s)
del s
bus.publish("hello")
del subs[1]
bus.publish("after ben left")
subs.clear()
bus.publish("nobody listening")
print("observers:", len(bus.observers))
