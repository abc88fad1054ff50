/**
 * Each lint's snippets: at least three that must report it (with the line) and three that must
 * not. `needs` names weakref features the engine must provide to run the snippet (the tests skip
 * it, saying so, until it does; test/analysis/lints-model.test.ts covers those lints meanwhile).
 */
import type { LintId } from '../../../extension/engine/trace/analysis/lints/index';

export interface LintCase {
  readonly name: string;
  readonly source: string;
  /** The lines where the lint must report (empty: it must not report at all). */
  readonly lines: readonly number[];
  readonly needs?: readonly string[];
}

export const LINT_CASES: Readonly<Record<LintId, readonly LintCase[]>> = {
  'finalize-refers-to-object': [
    { name: 'the object passed as an argument', needs: ['finalize'], lines: [4], source: `import weakref
class Res: pass
r = Res()
weakref.finalize(r, print, 'closing', r)
` },
    { name: 'a closure over the object', needs: ['finalize'], lines: [5], source: `import weakref
class Res: pass
def make():
    r = Res()
    weakref.finalize(r, lambda: print('closing', r))
    return r
kept = make()
` },
    { name: 'the object inside a list argument', needs: ['finalize'], lines: [4], source: `import weakref
class Res: pass
r = Res()
weakref.finalize(r, print, [r])
` },
    { name: 'a string argument', needs: ['finalize'], lines: [], source: `import weakref
class Res: pass
r = Res()
weakref.finalize(r, print, 'bye')
` },
    { name: "another object's method", needs: ['finalize'], lines: [], source: `import weakref
class Handle:
    def close(self): print('closed')
class Res: pass
h = Handle()
r = Res()
weakref.finalize(r, h.close)
` },
    { name: "an attribute's value, not the object", needs: ['finalize'], lines: [], source: `import weakref
class Res:
    def __init__(self): self.name = Res
r = Res()
weakref.finalize(r, print, r.name)
del r
` },
  ],
  'callback-bound-method': [
    { name: 'weakref.ref(a, a.gone)', lines: [5], source: `import weakref
class A:
    def gone(self, ref): print('gone')
a = A()
w = weakref.ref(a, a.gone)
del a
` },
    { name: 'registered in __init__', lines: [5], source: `import weakref
refs = []
class A:
    def __init__(self):
        refs.append(weakref.ref(self, self.gone))
    def gone(self, ref): print('gone')
a = A()
del a
` },
    { name: 'weakref.finalize(a, a.close)', needs: ['finalize'], lines: [5], source: `import weakref
class A:
    def close(self): print('closed')
a = A()
weakref.finalize(a, a.close)
` },
    { name: 'a module-level function', lines: [], source: `import weakref
class A: pass
def gone(ref): print('gone')
a = A()
w = weakref.ref(a, gone)
del a
` },
    { name: "another object's method", lines: [], source: `import weakref
class A:
    def gone(self, ref): print('gone')
a = A()
b = A()
w = weakref.ref(a, b.gone)
del a
` },
    { name: 'no callback', lines: [], source: `import weakref
class A:
    def gone(self, ref): print('gone')
a = A()
w = weakref.ref(a)
del a
` },
  ],
  'del-cycle': [
    { name: 'two objects with __del__, collected', lines: [6], source: `import gc
class A:
    def __del__(self): print('del')
a = A()
b = A()
a.other = b; b.other = a
del a, b
gc.collect()
` },
    { name: 'a self-cycle freed at shutdown', lines: [5], source: `class Node:
    def __del__(self): print('bye')
    def __init__(self): self.me = None
n = Node()
n.me = n
del n
print('end')
` },
    { name: 'a cycle through a list', lines: [6], source: `import gc
class Owner:
    def __del__(self): print('owner gone')
o = Owner()
items = [o]
o.items = items
del o, items
gc.collect()
` },
    { name: 'a cycle without __del__', lines: [], source: `import gc
class A: pass
a = A(); b = A()
a.other = b; b.other = a
del a, b
gc.collect()
` },
    { name: '__del__ without a cycle', lines: [], source: `import gc
class A:
    def __del__(self): print('del')
a = A()
del a
gc.collect()
` },
    { name: 'the cycle broken before the names go', lines: [], source: `import gc
class A:
    def __del__(self): print('del')
a = A(); b = A()
a.other = b; b.other = a
b.other = None
del a, b
gc.collect()
` },
  ],
  'weak-container-temporary': [
    { name: 'WeakValueDictionary filled with temporaries', needs: ['WeakValueDictionary'], lines: [4], source: `import weakref
class Obj: pass
cache = weakref.WeakValueDictionary()
cache['a'] = Obj()
print(len(cache))
` },
    { name: 'WeakSet.add(Obj())', needs: ['WeakSet'], lines: [4], source: `import weakref
class Obj: pass
s = weakref.WeakSet()
s.add(Obj())
print(len(s))
` },
    { name: 'WeakKeyDictionary with temporary keys, in a loop', needs: ['WeakKeyDictionary'], lines: [5], source: `import weakref
class Obj: pass
d = weakref.WeakKeyDictionary()
for i in range(3):
    d[Obj()] = i
print(len(d))
` },
    { name: 'values held by names', needs: ['WeakValueDictionary'], lines: [], source: `import weakref
class Obj: pass
cache = weakref.WeakValueDictionary()
a = Obj()
cache['a'] = a
print(len(cache))
` },
    { name: 'values held by a list', needs: ['WeakSet'], lines: [], source: `import weakref
class Obj: pass
s = weakref.WeakSet()
keep = [Obj() for i in range(3)]
for o in keep:
    s.add(o)
print(len(s))
` },
    { name: 'evicted later, when the holder goes', needs: ['WeakValueDictionary'], lines: [], source: `import weakref
class Obj: pass
cache = weakref.WeakValueDictionary()
a = Obj()
cache['a'] = a
del a
print(len(cache))
` },
  ],
  'not-weakrefable': [
    { name: 'an int literal', lines: [3], source: `import weakref
try:
    weakref.ref(42)
except TypeError as e:
    print(e)
` },
    { name: 'a name bound to a list', lines: [4], source: `import weakref
items = [1, 2]
try:
    weakref.ref(items)
except TypeError as e:
    print(e)
` },
    { name: 'a str literal with a callback', lines: [4], source: `import weakref
def cb(r): pass
try:
    weakref.ref('text', cb)
except TypeError as e:
    print(e)
` },
    { name: 'an instance', lines: [], source: `import weakref
class A: pass
a = A()
r = weakref.ref(a)
` },
    { name: 'a function', lines: [], source: `import weakref
def f(): pass
r = weakref.ref(f)
` },
    { name: 'a class', lines: [], source: `import weakref
class A: pass
r = weakref.ref(A)
` },
  ],
  'weakref-to-bound-method': [
    { name: 'weakref.ref(a.m)', lines: [5], source: `import weakref
class A:
    def m(self): pass
a = A()
r = weakref.ref(a.m)
print(r())
` },
    { name: 'with a callback', lines: [6], source: `import weakref
class A:
    def m(self): pass
def cb(ref): print('dead already')
a = A()
r = weakref.ref(a.m, cb)
` },
    { name: 'inside a method', lines: [4], source: `import weakref
class Button:
    def __init__(self):
        self.handler = weakref.ref(self.on_click)
    def on_click(self): pass
b = Button()
` },
    { name: 'a plain function', lines: [], source: `import weakref
def f(): pass
r = weakref.ref(f)
` },
    { name: 'the function through the class', lines: [], source: `import weakref
class A:
    def m(self): pass
r = weakref.ref(A.m)
` },
    { name: 'the object itself', lines: [], source: `import weakref
class A:
    def m(self): pass
a = A()
r = weakref.ref(a)
` },
  ],
  'del-resurrects': [
    { name: 'appended to a global list', lines: [4], source: `graveyard = []
class Z:
    def __del__(self):
        graveyard.append(self)
z = Z()
del z
print(len(graveyard))
` },
    { name: 'bound to a global name', lines: [5], source: `saved = None
class Z:
    def __del__(self):
        global saved
        saved = self
z = Z()
del z
print(saved is not None)
` },
    { name: 'stored on another object', lines: [5], source: `class Registry: pass
registry = Registry()
class Z:
    def __del__(self):
        registry.last = self
z = Z()
del z
` },
    { name: 'a __del__ that prints', lines: [], source: `class Z:
    def __del__(self):
        print('bye')
z = Z()
del z
` },
    { name: 'self kept in a local only', lines: [], source: `class Z:
    def __del__(self):
        me = self
        print(me is self)
z = Z()
del z
` },
    { name: 'an attribute kept, not self', lines: [], source: `names = []
class Z:
    def __init__(self): self.tag = [1]
    def __del__(self):
        names.append(self.tag)
z = Z()
del z
print(names)
` },
  ],
  'dead-proxy': [
    { name: 'an attribute of a dead proxy', needs: ['proxy'], lines: [8], source: `import weakref
class A:
    x = 1
a = A()
p = weakref.proxy(a)
del a
try:
    print(p.x)
except ReferenceError as e:
    print('dead', e)
` },
    { name: 'printing a dead proxy', needs: ['proxy'], lines: [7], source: `import weakref
class A: pass
a = A()
p = weakref.proxy(a)
del a
try:
    print(p)
except ReferenceError as e:
    print('dead', e)
` },
    { name: 'calling a method in a function', needs: ['proxy'], lines: [5], source: `import weakref
class A:
    def hello(self): return 'hi'
def use(p):
    return p.hello()
a = A()
p = weakref.proxy(a)
del a
try:
    use(p)
except ReferenceError:
    print('dead')
` },
    { name: 'used while alive', needs: ['proxy'], lines: [], source: `import weakref
class A:
    x = 1
a = A()
p = weakref.proxy(a)
print(p.x)
` },
    { name: 'only rebound after death', needs: ['proxy'], lines: [], source: `import weakref
class A: pass
a = A()
p = weakref.proxy(a)
del a
p = None
` },
    { name: 'only deleted after death', needs: ['proxy'], lines: [], source: `import weakref
class A: pass
a = A()
p = weakref.proxy(a)
del a
del p
` },
  ],
  'exception-keeps-alive': [
    { name: 'saved in a global', lines: [8], source: `class Big: pass
def load():
    data = Big()
    raise ValueError('bad')
try:
    load()
except ValueError as e:
    saved = e
print('done')
` },
    { name: 'collected in a list', lines: [10], source: `class Big: pass
def work(i):
    buf = Big()
    raise KeyError(i)
errors = []
for i in range(2):
    try:
        work(i)
    except KeyError as e:
        errors.append(e)
print(len(errors))
` },
    { name: 'kept on an object', lines: [10], source: `class Big: pass
class Job: pass
job = Job()
def run():
    data = Big()
    1 / 0
try:
    run()
except ZeroDivisionError as e:
    job.error = e
` },
    { name: 'handled and dropped', lines: [], source: `class Big: pass
def load():
    data = Big()
    raise ValueError('bad')
try:
    load()
except ValueError as e:
    print(e)
` },
    { name: 'only the message kept', lines: [], source: `class Big: pass
def load():
    data = Big()
    raise ValueError('bad')
try:
    load()
except ValueError as e:
    saved = str(e)
` },
    { name: 'raised at module level', lines: [], source: `class Big: pass
data = Big()
try:
    raise ValueError('bad')
except ValueError as e:
    saved = e
` },
  ],
};
