# A weakref callback that raises while the collector clears a cycle is reported "on calling"
# (gc.c handle_weakref_callbacks); one that raises at a refcount death, "while calling".
# Found by the differential fuzzer (scripts/fuzz).
import gc
import sys
import weakref

gc.disable()

def hook(u):
    print('unraisable', u.exc_type.__name__, u.exc_value, str(u.err_msg).split(' at 0x')[0])

class C:
    pass

class Raiser:
    def __call__(self, r):
        raise RuntimeError('callback ' + str(r() is None))
    def __repr__(self):
        return '<Raiser>'

def cb(r):
    raise RuntimeError('cb')

sys.unraisablehook = hook
a = C()
a.me = a
r1 = weakref.ref(a, cb)
del a
print('collected', gc.collect())
b = C()
r2 = weakref.ref(b, cb)
del b
sys.unraisablehook = sys.__unraisablehook__
c = C()
c.me = c
r3 = weakref.ref(c, Raiser())
del c
print('collected', gc.collect())
d = C()
r4 = weakref.ref(d, Raiser())
del d
print('end')
