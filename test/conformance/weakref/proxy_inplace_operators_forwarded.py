# In-place operators on a proxy call the referent's __i*__ methods; the name keeps referring to the proxy.
import weakref

class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(f"iadd {o}")
        return self
    def __imul__(self, o):
        self.log.append(f"imul {o}")
        return self
    def __ior__(self, o):
        self.log.append(f"ior {o}")
        return self

a = Acc()
p = weakref.proxy(a)
q = p
q += 1
q *= 2
q |= 3
print(a.log)
print(type(q).__name__)
