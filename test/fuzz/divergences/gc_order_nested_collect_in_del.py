import gc
import weakref
graveyard = []
keep = []
def cb_print(label):
    def cb(r):
        print('cb', label, r() is None)
def cb_log(label):
    def cb(r):
        log.append(label)
    def cb(r):
        raise RuntimeError('cb ' + label)
    return cb
def cb_newref(label):
    def cb(r):
        keep.append(weakref.ref(anchor, cb_print(label + '+')))
        print('cb', label, 'new ref', len(keep))
    return cb
def cb_weak(label):
    def cb(r):
        wvd.pop(label, None)
        print('cb', label, 'wvd', sorted(wvd.keys()), 'ws', len(ws))
    return cb
def cb_collect(label):
    def cb(r):
        print('cb', label, 'collect', gc.collect())
    return cb
def fin(label, *rest):
    print('fin', label, *rest)
class Ctx:
    def __init__(self, o):
        self.o = o
    def __enter__(self):
        return self.o
    def __exit__(self, *exc):
        print('exit', self.o, exc[0] is not None)
def make_getter(o):
    def get():
        return o.name
    return get
class C0:
    __slots__ = ('name', 'peer', 'items', 'fn', '__weakref__', )
    def __init__(self, name):
        self.name = name
        self.fn = None
    def __repr__(self):
        return 'C0(' + self.name + ')'
    def hello(self):
        return 'hello ' + self.name
    def __del__(self):
        print('del', self, 'collect', gc.collect())
class C1:
    __slots__ = ('name', 'peer', 'items', 'fn', '__weakref__', )
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return 'C1(' + self.name + ')'
    def hello(self):
        return 'hello ' + self.name
    def __del__(self):
        print('del', self, 'collect', gc.collect())
class C2:
    __slots__ = ('name', 'peer', 'items', 'fn', )
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.items = []
        self.fn = None
    def __repr__(self):
        return 'C2(' + self.name + ')'
    def hello(self):
        return 'hello ' + self.name
class C3:
    __slots__ = ('name', 'peer', 'items', 'fn', '__weakref__', )
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return 'C3(' + self.name + ')'
    def hello(self):
        return 'hello ' + self.name
    def __del__(self):
        print('del', self, 'collect', gc.collect())
class Anchor:
    name = "anchor"
anchor = Anchor()
ws = weakref.WeakSet()
o7 = C3('o7')
try:
    with Ctx(C1('w8')) as w:
        w.peer = o7
        print('in with', w)
    w = None
except Exception as e:
    print(type(e).__name__, e)
for i in range(3):
    tmp10 = C1('tmp10_' + str(i))
    ws.add(tmp10)
    tmp10.peer = tmp10
for i in range(1):
    tmp11 = C1('tmp11_' + str(i))
    keep.append(weakref.ref(tmp11, cb_collect('tmp11')))
def gen15(o):
    try:
        yield o.name
        yield 'second'
    finally:
        print('gen15 finally', o)
g14 = gen15(tmp11)
print('g14', next(g14))
try:
    for x in ws:
        o7 = None
except Exception as e:
    print(type(e).__name__, e)
