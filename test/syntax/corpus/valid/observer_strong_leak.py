"""The classic leak: a subject holding strong references to its observers."""
import gc
import sys
import weakref


class Subject:
    def __init__(self):
        self.observers = []

    def attach(self, obs):
        self.observers.append(obs)

    def notify(self, msg):
        for o in self.observers:
            o.update(msg)


class Observer:
    instances = 0

    def __init__(self, name):
        self.name = name
        Observer.instances += 1

    def update(self, msg):
        pass

    def __del__(self):
        Observer.instances -= 1


subject = Subject()
for i in range(5):
    obs = Observer(f"o{i}")
    subject.attach(obs)
    probe = weakref.ref(obs)
del obs
gc.collect()
print("still alive:", Observer.instances, "last probe:", probe() is not None)
print("refcount of last:", sys.getrefcount(probe()) - 1)
subject.observers.clear()
print("after clear:", Observer.instances, probe())
