# Members that die while a WeakSet is being iterated are skipped safely, without errors.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

holders = {i: Obj(i) for i in range(6)}
ws = weakref.WeakSet(holders.values())
seen = 0
for member in ws:
    seen += 1
    holders.clear()
print("iterated without error; visited", seen)
print("alive while the loop variable holds one:", len(ws))
del member
print("alive after dropping it:", len(ws))
