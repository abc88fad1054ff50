# A callback may create new weak references (to other objects) while it runs.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

survivor = Obj("survivor")
created = []

def cb(r):
    created.append(weakref.ref(survivor, lambda rr: print("survivor's callback")))
    print("callback made a new ref; survivor alive:", created[0]() is survivor)

victim = Obj("victim")
rv = weakref.ref(victim, cb)
del victim
del survivor
print("end")
