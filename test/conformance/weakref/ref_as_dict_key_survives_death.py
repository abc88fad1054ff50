# A weak reference used as a dict key can still be found after its referent dies (hash remembered).
import weakref

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return isinstance(o, Key) and o.n == self.n

k = Key(3)
r = weakref.ref(k)
table = {r: "value"}
del k
print(r in table, table[r])
print(len(table))
