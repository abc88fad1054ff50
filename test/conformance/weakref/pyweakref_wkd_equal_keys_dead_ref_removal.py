# Keys equal by value share an entry; when the key object that made the entry dies, its reference
# (equal only to itself once dead) removes exactly that entry.
import weakref

class Name:
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        return isinstance(other, Name) and other.s == self.s
    def __hash__(self):
        return hash(self.s)

first = Name("x")
second = Name("x")
d = weakref.WeakKeyDictionary()
d[first] = 1
d[second] = 2
print(len(d), d[first], d[second], d.keyrefs()[0]() is first)
del first
print("after first died:", len(d), second in d)
d[second] = 3
print(len(d), d[second], d.keyrefs()[0]() is second)
