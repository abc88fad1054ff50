# Generators can be WeakSet members; finished but referenced generators stay, dropped ones vanish.
import weakref

def g():
    yield 1

live = weakref.WeakSet()
gens = [g() for _ in range(3)]
for x in gens:
    live.add(x)
del x
list(gens[0])
print(len(live))
gens.pop()
print(len(live))
