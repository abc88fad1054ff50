# After a key dies its entry is removed even if another equal object exists.
import weakref

class Name:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s == o.s
    def __hash__(self):
        return hash(self.s)

a = Name("x")
d = weakref.WeakKeyDictionary({a: 1})
b = Name("x")
print(b in d)
del a
print(b in d, len(d))
