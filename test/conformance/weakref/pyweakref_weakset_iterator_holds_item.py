# A paused WeakSet iterator holds the member it produced last.
import weakref

class O:
    def __del__(self):
        print("member freed")

o = O()
s = weakref.WeakSet([o])
it = iter(s)
got = next(it)
del o, got
print("held by iterator:", len(s))
try:
    next(it)
except StopIteration:
    print("iterator done")
print("after:", len(s))
