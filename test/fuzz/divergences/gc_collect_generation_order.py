# Found by npm run fuzz (seed 200002386), minimized. gc.collect(0) and gc.collect(1) before a
# cycle is collected at shutdown change the order of the __del__ calls in CPython 3.14 (its
# incremental collector moves objects between spaces); the engine's generations keep list order.
import gc
import weakref
def cb_weak(label):
    def cb(r):
        print('cb', label, 'wvd', sorted(wvd.keys()), 'ws', len(ws))
def make_getter(o):
    def get():
        return o.name
    return get
class C0:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'C0(' + self.name + ')'
    def __del__(self):
        print('del', self, 'resurrect')
class C1:
    def __init__(self, name):
        self.name = name
class C2(C1):
    def __init__(self, name):
        self.fn = None
ws = weakref.WeakSet()
o0 = C1('o0')
r1 = weakref.ref(o0, lambda r: print('lambda r1', r() is None))
def scope3():
    t = C2('scope3_t')
r4 = scope3()
c5 = make_getter(o0)
o6 = C1('o6')
o9 = C0('o9')
o10 = C0('o10')
l8 = [o9, o10]
print('gen0', gc.collect(0), 'gen1', gc.collect(1))
d11 = {'a': o9, 'b': o9}
print('collect', gc.collect())
for i in range(4):
    tmp17 = C0('tmp17_' + str(i))
o9 = None
gc.collect()
l8.append(l8)
del r1, r4, c5, o6, o10, l8, d11, l12, c13, wm14, e15, tmp17, g18, d21, p22, c24
