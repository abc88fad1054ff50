# An interning table returning one shared object per name while it is in use, via WeakValueDictionary.
import weakref

class Symbol:
    created = 0
    def __init__(self, name):
        Symbol.created += 1
        self.name = name

_table = weakref.WeakValueDictionary()

def intern(name):
    s = _table.get(name)
    if s is None:
        s = _table[name] = Symbol(name)
    return s

a = intern("x")
b = intern("x")
c = intern("y")
print(a is b, a is c, Symbol.created, sorted(_table))
del a, b
print(sorted(_table))
d = intern("x")
print(Symbol.created)
