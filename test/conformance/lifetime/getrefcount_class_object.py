# A class is referenced by its instances, so each instance raises the class's reference count by one.
import sys

class K:
    pass

start = sys.getrefcount(K)
objs = [K() for _ in range(5)]
print("five instances add:", sys.getrefcount(K) - start)
objs.clear()
print("after clearing:", sys.getrefcount(K) - start)
