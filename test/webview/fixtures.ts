/**
 * The webview tests' data. `programTrace()` is the one entry point for "a real program's run":
 * for now a hand-scripted lifetime of the program in PROGRAM (a WeakValueDictionary cache,
 * objects with __del__ and weakref callbacks, weakref.finalize, a cycle collected by gc.collect(),
 * a resurrection); later, traces the engine records from the examples, behind the same function.
 * `largeTrace()` makes graphs of any size for the canvas renderer and the benchmark.
 */
import type { GraphSnapshot, RunSummary } from '../../extension/protocol/messages';
import { TraceBuilder, type Trace } from './traceBuilder';

export type { Trace } from './traceBuilder';

export const PROGRAM = `import gc, weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"
    def __del__(self):
        print("bye", self.name)

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

class Phoenix:
    def __del__(self):
        graveyard.append(self)

cache = weakref.WeakValueDictionary()
graveyard = []

def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
        print("loaded", name)
    return image

logo = load("logo.png")
icon = load("icon.png")
watcher = weakref.ref(icon, lambda r: print("icon gone"))
print(len(cache))
del icon
a, b = Node("a"), Node("b")
a.other, b.other = b, a
fin = weakref.finalize(a, print, "a finalized")
del a, b
print("collected", gc.collect())
p = Phoenix()
del p
print(len(graveyard), "resurrected")
`;

const addr = (id: number): string => `0x7f3a${(0x1000 + id * 0x30).toString(16)}`;

export function programTrace(): Trace {
  const t = new TraceBuilder();
  let main = 0;
  let none = 0;
  let imageType = 0;
  let nodeType = 0;
  let phoenixType = 0;
  let cache = 0;
  let graveyard = 0;
  let loadFn = 0;
  t.stmt(1, () => {
    main = t.alloc('module', "<module '__main__'>", { root: 'module' });
    none = t.alloc('NoneType', 'None', { immortal: true });
  });
  t.stmt(3, () => {
    imageType = t.alloc('type', "<class '__main__.Image'>");
    t.ref(main, imageType, 'Image');
  });
  t.stmt(11, () => {
    nodeType = t.alloc('type', "<class '__main__.Node'>");
    t.ref(main, nodeType, 'Node');
  });
  t.stmt(16, () => {
    phoenixType = t.alloc('type', "<class '__main__.Phoenix'>");
    t.ref(main, phoenixType, 'Phoenix');
  });
  t.stmt(20, () => {
    cache = t.alloc('WeakValueDictionary', `<WeakValueDictionary at ${addr(5)}>`);
    t.ref(main, cache, 'cache');
  });
  t.stmt(21, () => {
    graveyard = t.alloc('list', '[]');
    t.ref(main, graveyard, 'graveyard');
  });
  t.stmt(23, () => {
    loadFn = t.alloc('function', '<function load>');
    t.ref(main, loadFn, 'load');
  });

  /** load(name): a frame, a miss in the cache, a new Image held weakly by the cache. */
  const load = (line: number, name: string, bindAs: string): { image: number; str: number } => {
    let frame = 0;
    let str = 0;
    let image = 0;
    t.stmt(24, () => {
      frame = t.alloc('frame', `<frame load, line 24>`, { root: 'frame', frameName: 'load' });
      str = t.alloc('str', `'${name}'`);
      t.ref(frame, str, 'name');
    });
    t.stmt(25, () => t.setRepr(frame, '<frame load, line 25>'));
    t.stmt(26, () => {
      t.setRepr(frame, '<frame load, line 26>');
      image = t.alloc('Image', `Image('${name}')`, { hasFinalizer: true });
      t.ref(image, imageType, 'type');
      t.ref(image, str, '.name');
      t.ref(frame, image, 'image');
    });
    t.stmt(27, () => {
      t.setRepr(frame, '<frame load, line 27>');
      t.ref(cache, image, `['${name}']`, 'weak+callback');
      t.weakEntry(cache, `'${name}'`, image);
      t.event(image, 'weakref_created', `KeyedRef from cache['${name}'] (callback removes the entry)`);
    });
    t.stmt(28, () => {
      t.setRepr(frame, '<frame load, line 28>');
      t.print(`loaded ${name}\n`);
    });
    t.stmt(29, () => t.setRepr(frame, '<frame load, line 29>'));
    t.stmt(line, () => {
      t.unref(frame, str, 'name');
      t.unref(frame, image, 'image');
      t.free(frame, ['frame_dealloc']);
      t.ref(main, image, bindAs);
    });
    return { image, str };
  };

  const { image: logo } = load(31, 'logo.png', 'logo');
  const { image: icon, str: iconName } = load(32, 'icon.png', 'icon');
  let watcher = 0;
  t.stmt(33, () => {
    const lambda = t.alloc('function', '<function <lambda>>');
    watcher = t.alloc('weakref.ReferenceType', `<weakref at ${addr(20)}; to 'Image' at ${addr(icon)}>`);
    t.ref(watcher, lambda, 'callback');
    t.ref(watcher, icon, 'referent', 'weak+callback');
    t.ref(main, watcher, 'watcher');
    t.event(icon, 'weakref_created', 'weakref.ref(icon, <lambda>) (line 33)');
  });
  t.stmt(34, () => t.print('2\n'));
  t.stmt(35, () => {
    t.unref(main, icon, 'icon');
    t.event(icon, 'phase', 'subtype_dealloc');
    t.event(icon, 'phase', 'PyObject_CallFinalizerFromDealloc');
    t.event(icon, 'del', '__del__ (line 8) prints "bye icon.png"', 8);
    t.print('bye icon.png\n');
    t.event(icon, 'phase', 'PyObject_ClearWeakRefs');
    t.event(icon, 'callback', "KeyedRef callback: cache['icon.png'] removed", 27);
    t.evict(cache, "'icon.png'", 'its value Image(\'icon.png\') was freed; the KeyedRef callback removed the entry');
    t.unref(cache, icon, "['icon.png']");
    t.event(icon, 'callback', 'weakref callback <lambda> (line 33) prints "icon gone"', 33);
    t.print('icon gone\n');
    t.unref(watcher, icon, 'referent');
    t.setRepr(watcher, `<weakref at ${addr(20)}; dead>`);
    t.free(icon, []);
    t.free(iconName, ['unicode_dealloc']);
  });
  let a = 0;
  let b = 0;
  t.stmt(36, () => {
    a = t.alloc('Node', `<__main__.Node object at ${addr(30)}>`);
    b = t.alloc('Node', `<__main__.Node object at ${addr(31)}>`);
    for (const [n, label] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      t.ref(n, nodeType, 'type');
      t.ref(n, none, '.other');
      t.ref(main, n, label);
    }
  });
  t.stmt(37, () => {
    t.unref(a, none, '.other');
    t.unref(b, none, '.other');
    t.ref(a, b, '.other');
    t.ref(b, a, '.other');
  });
  let fin = 0;
  t.stmt(38, () => {
    fin = t.alloc('finalize', `<finalize object at ${addr(33)}; for 'Node' at ${addr(30)}>`);
    t.ref(fin, a, 'referent', 'weak+callback');
    t.ref(main, fin, 'fin');
    t.event(a, 'weakref_created', 'weakref.finalize(a, print, "a finalized")');
  });
  t.stmt(39, () => {
    t.unref(main, a, 'a');
    t.unref(main, b, 'b');
  });
  t.stmt(40, () => {
    t.gc('gc.collect() → 2');
    for (const n of [a, b]) t.event(n, 'phase', 'handle_weakrefs');
    t.event(a, 'finalize', 'finalize callback: print("a finalized")');
    t.print('a finalized\n');
    t.unref(fin, a, 'referent');
    t.setRepr(fin, `<finalize object at ${addr(33)}; dead>`);
    for (const n of [a, b]) t.event(n, 'phase', 'finalize_garbage');
    for (const n of [a, b]) t.free(n, ['delete_garbage', 'tp_clear', 'subtype_dealloc']);
    t.print('collected 2\n');
  });
  let p = 0;
  t.stmt(41, () => {
    p = t.alloc('Phoenix', `<__main__.Phoenix object at ${addr(40)}>`, { hasFinalizer: true });
    t.ref(p, phoenixType, 'type');
    t.ref(main, p, 'p');
  });
  t.stmt(42, () => {
    t.unref(main, p, 'p');
    t.event(p, 'phase', 'subtype_dealloc');
    t.event(p, 'del', '__del__ (line 17)', 17);
    t.ref(graveyard, p, '[0]');
    t.setRepr(graveyard, `[<__main__.Phoenix object at ${addr(40)}>]`);
    t.event(p, 'resurrect', 'resurrected: graveyard.append(self)', 18);
  });
  t.stmt(43, () => t.print('1 resurrected\n'));
  t.stmt(43, () => {
    // Interpreter shutdown: the module's globals go, and with them everything they held.
    t.event(logo, 'phase', 'Py_FinalizeEx');
    t.event(logo, 'phase', 'finalize_modules');
    t.event(logo, 'del', '__del__ (line 8) prints "bye logo.png"', 8);
    t.print('bye logo.png\n');
    t.event(logo, 'phase', 'PyObject_ClearWeakRefs');
    t.event(logo, 'callback', "KeyedRef callback: cache['logo.png'] removed", 27);
    t.evict(cache, "'logo.png'", "its value Image('logo.png') was freed at shutdown");
    t.free(logo, []);
    t.free(p, ['finalize_modules', 'subtype_dealloc']);
  });
  return t.build('cache_demo.py');
}

/** The same run, ended by a problem banner (for the banner's screenshot and test). */
export function withProblem(summary: RunSummary, problem: NonNullable<RunSummary['problem']>): RunSummary {
  return { ...summary, problem };
}

/**
 * A synthetic run of `objects` objects over `steps` steps: a module and a few frames holding
 * containers that hold the rest, some weak references (a few with callbacks), a cycle-only island,
 * and about 1% of the objects replaced at each step, so seeking adds and removes nodes.
 */
export function largeTrace(objects: number, steps: number, seed = 7): { summary: RunSummary; snapshots: GraphSnapshot[] } {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const t = new TraceBuilder();
  const containers: number[] = [];
  const leaves: { id: number; parent: number; label: string }[] = [];
  const roots: number[] = [];
  const addLeaf = (): void => {
    const parent = containers[Math.floor(rnd() * containers.length)] ?? 0;
    const kind = rnd();
    const id = kind < 0.5 ? t.alloc('int', String(Math.floor(rnd() * 1e6))) : kind < 0.8 ? t.alloc('str', `'item${leaves.length}'`) : t.alloc('Record', `Record(${leaves.length})`, { hasFinalizer: rnd() < 0.1 });
    const label = `[${leaves.length}]`;
    t.ref(parent, id, label);
    if (rnd() < 0.04) {
      const holder = containers[Math.floor(rnd() * containers.length)] ?? parent;
      t.ref(holder, id, `weak${leaves.length}`, rnd() < 0.5 ? 'weak+callback' : 'weak');
    }
    leaves.push({ id, parent, label });
  };
  t.stmt(1, () => {
    roots.push(t.alloc('module', "<module '__main__'>", { root: 'module' }));
    for (let f = 0; f < 3; f++) roots.push(t.alloc('frame', `<frame work${f}>`, { root: 'frame', frameName: `work${f}` }));
    const count = Math.max(4, Math.round(Math.sqrt(objects) / 2));
    for (let c = 0; c < count; c++) {
      const id = t.alloc(c % 2 === 0 ? 'list' : 'dict', c % 2 === 0 ? '[…]' : '{…}');
      t.ref(roots[c % roots.length] ?? 0, id, `c${c}`);
      containers.push(id);
    }
    const a = t.alloc('Node', 'Node(a)');
    const b = t.alloc('Node', 'Node(b)');
    t.ref(a, b, '.other');
    t.ref(b, a, '.other');
    while (leaves.length + containers.length + roots.length + 2 < objects) addLeaf();
  });
  const churn = Math.max(1, Math.round(objects / 100));
  for (let step = 1; step < steps; step++) {
    t.stmt(1 + step, () => {
      for (let i = 0; i < churn && leaves.length > 0; i++) {
        const at = Math.floor(rnd() * leaves.length);
        const [gone] = leaves.splice(at, 1);
        if (gone === undefined) continue;
        t.unref(gone.parent, gone.id, gone.label);
        t.free(gone.id);
        addLeaf();
      }
    });
  }
  const trace = t.build('large.py');
  return { summary: trace.summary, snapshots: trace.snapshots };
}
