# WeakSet members with value-based __eq__/__hash__: an equal but different object finds a member.
import weakref

class Tag:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Tag) and o.v == self.v
    def __hash__(self):
        return hash(self.v)

t = Tag(5)
ws = weakref.WeakSet([t])
probe = Tag(5)
print(probe in ws, Tag(6) in ws)
ws.add(probe)
print(len(ws))
ws.discard(Tag(5))
print(len(ws))
