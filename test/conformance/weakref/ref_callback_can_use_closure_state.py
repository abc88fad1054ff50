# A callback closure can record which key's object died, using state captured at registration.
import weakref

class Session:
    pass

active = {}

def track(name, obj):
    def gone(ref):
        print("session", name, "ended")
        del active[name]
    active[name] = weakref.ref(obj, gone)

s1, s2 = Session(), Session()
track("alice", s1)
track("bob", s2)
print(sorted(active))
del s2
print(sorted(active))
del s1
print(sorted(active))
