# Counting live instances per class with a WeakSet per class, reported sorted.
import weakref

_live = {}

class Tracked:
    def __init__(self):
        _live.setdefault(type(self).__name__, weakref.WeakSet()).add(self)

class User(Tracked): pass
class Order(Tracked): pass

def report():
    return {k: len(v) for k, v in sorted(_live.items())}

users = [User() for _ in range(3)]
orders = [Order() for _ in range(2)]
print(report())
users.pop()
orders.clear()
print(report())
