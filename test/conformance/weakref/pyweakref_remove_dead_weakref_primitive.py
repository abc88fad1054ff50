# _weakref._remove_dead_weakref(dict, key): deletes dict[key] only if it holds a dead weak reference.
import _weakref
import weakref

class O:
    pass

o = O()
dead_obj = O()
live = weakref.ref(o)
dead = weakref.ref(dead_obj)
del dead_obj
d = {"live": live, "dead": dead}
_weakref._remove_dead_weakref(d, "live")
_weakref._remove_dead_weakref(d, "dead")
print(sorted(d))
_weakref._remove_dead_weakref(d, "missing")
print("missing key: no error")
d["int"] = 5
try:
    _weakref._remove_dead_weakref(d, "int")
except Exception as e:
    print(type(e).__name__, e)
try:
    _weakref._remove_dead_weakref([], 0)
except Exception as e:
    print(type(e).__name__, e)
print(weakref._remove_dead_weakref is _weakref._remove_dead_weakref)
