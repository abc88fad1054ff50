# The pitfall: weakref.ref(obj.method) dies immediately because the bound method is a temporary.
import weakref

class Listener:
    def on(self):
        return "on"

l = Listener()
fired = []
r = weakref.ref(l.on, lambda ref: fired.append("plain ref callback"))
print("plain ref dead at once:", r() is None, fired)
wm = weakref.WeakMethod(l.on, lambda ref: fired.append("WeakMethod callback"))
print("WeakMethod alive:", wm() is not None)
del l
print(fired)
