# A WeakSet member resurrected by __del__ is still in the set because weak references were not cleared.
import weakref

saved = []

class Phoenix:
    def __del__(self):
        saved.append(self)

ws = weakref.WeakSet()
p = Phoenix()
ws.add(p)
del p
print(len(ws), saved[0] in ws)
saved.clear()
print(len(ws))
