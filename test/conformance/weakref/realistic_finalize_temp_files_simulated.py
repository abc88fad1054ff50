# Simulated temp files registered in a set and removed by finalize, including the ones left open at exit.
import weakref

EXISTING = set()

def _remove(path):
    EXISTING.discard(path)
    print("removed", path)

class TempFile:
    count = 0
    def __init__(self):
        TempFile.count += 1
        self.path = f"/tmp/t{TempFile.count}"
        EXISTING.add(self.path)
        weakref.finalize(self, _remove, self.path)

a, b, c = TempFile(), TempFile(), TempFile()
print(sorted(EXISTING))
del b
print(sorted(EXISTING))
print("main done; a and c removed at exit")
