# Using a bound method as a callback keeps that method's instance alive through the ref.
import weakref

class Monitor:
    def __init__(self):
        self.events = []
    def on_death(self, r):
        self.events.append("target died")
        print("monitor notified")

class Target:
    pass

m = Monitor()
t = Target()
r = weakref.ref(t, m.on_death)
m_ref = weakref.ref(m)
del m
print("monitor alive via callback:", m_ref() is not None)
del t
print("monitor after callback:", m_ref())
