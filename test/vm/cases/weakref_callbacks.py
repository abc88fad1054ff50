import weakref

class Target:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def make_cb(label):
    def cb(ref):
        print("callback", label, "ref dead:", ref() is None)
    return cb

t = Target("t")
r1 = weakref.ref(t, make_cb("r1"))
r2 = weakref.ref(t, make_cb("r2"))
r3 = weakref.ref(t)
r4 = weakref.ref(t)
print("same basic ref:", r3 is r4)
print("count:", weakref.getweakrefcount(t))
print("alive:", r1() is t)
del t
print("after del")
print(r1(), r3())
