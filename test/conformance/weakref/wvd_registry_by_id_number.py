# A registry mapping numeric ids to live objects, used to look objects up by id while they exist.
import weakref

class Entity:
    _next = 1
    registry = weakref.WeakValueDictionary()
    def __init__(self, kind):
        self.eid = Entity._next
        Entity._next += 1
        self.kind = kind
        Entity.registry[self.eid] = self

def find(eid):
    e = Entity.registry.get(eid)
    return e.kind if e else "no entity"

world = [Entity("tree"), Entity("rock"), Entity("bird")]
print(find(1), find(3), find(7))
world.pop(0)
print(find(1), sorted(Entity.registry))
