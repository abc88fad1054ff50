# finalize.__call__ takes one optional argument (the weak reference when called back); detach/peek
# return the kwargs dict ({} when none were given).
import weakref

class O:
    pass

o = O()
f = weakref.finalize(o, lambda *a, **k: (a, k), 1, x=2)
print(f.peek()[2:], f.detach()[2:], f.detach(), f.peek(), f(), f.alive)
g = weakref.finalize(o, lambda: "ran")
print(g.peek()[3], g.peek()[3] is g.peek()[3])
print(g("ignored"), g.alive)
h = weakref.finalize(o, print)
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    weakref.finalize(o)
except TypeError as e:
    print(e)
try:
    weakref.finalize(obj=o, func=print)
except TypeError as e:
    print(e)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(e)
k = weakref.finalize(o, print, "kw", func="f", obj="o")
print(k.peek()[3])
k.atexit = False
