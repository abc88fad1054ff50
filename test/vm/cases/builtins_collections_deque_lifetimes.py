# collections.deque: when items are released (maxlen overflow, pop, remove, clear, del, rotate),
# iterator behaviour, and the deque's own death
from collections import deque

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("  del", self.name)

d = deque(maxlen=3)
for n in "abcde":
    print("append", n)
    d.append(Item(n))
print(d)
print("appendleft z")
d.appendleft(Item("z"))
print(d, d.maxlen)
print("pop ->", d.pop())
print("popleft ->", d.popleft())
d.extend([Item("p"), Item("q")])
print(d)
d.extendleft([Item("m"), Item("n")])
print(d)
print("rotate")
d.rotate(1)
print(d)
print("remove")
d.remove(d[1])
print(d)
d2 = deque([Item(x) for x in "uvw"])
print("del item")
del d2[1]
print("setitem")
d2[0] = Item("new")
print(d2, len(d2), Item("tmp").name in ["x"])
print("clear")
d2.clear()
print("clear done", d2)
d3 = deque([Item("i1"), Item("i2")])
it = iter(d3)
print(next(it))
d3.append(Item("i3"))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print("drop deque (iterator still holds it)")
del d3
print("drop iterator")
del it
z = deque([Item("k")], maxlen=0)
print("maxlen 0:", z)
z.append(Item("gone"))
print(z)
print("end")
