/**
 * A seeded generator of small Python programs about object lifetime, for differential fuzzing
 * against CPython 3.14 (scripts/fuzz/). Every program is valid Python from the engine's supported
 * subset, is biased towards what the engine must get exactly right — classes with and without
 * __del__ and __slots__, containers, cycles, closures, exceptions, generators, every kind of weak
 * reference with callbacks that print, mutate, raise or create new weakrefs, resurrection,
 * gc.collect() at random points, del and rebinding — and prints only what is deterministic under
 * PYTHONHASHSEED=0: no addresses, ids, or hash-ordered sets (weak sets are printed sorted).
 * The collector is disabled first, since when 3.14's automatic collection runs depends on the
 * whole heap's size; the programs collect explicitly instead, and only fully: gc.collect(0) and
 * gc.collect(1) reorder 3.14's incremental collector's lists in ways the engine does not model
 * (test/fuzz/divergences/gc_collect_generation_order.py).
 */
import { rng } from '../syntax/parser-fuzz-mutate';

interface ClassSpec {
  readonly name: string;
  readonly weakrefable: boolean;
  /** Instances have these attributes (slots or a __dict__). */
  readonly attrs: readonly string[];
}

type Kind = 'obj' | 'ref' | 'proxy' | 'wmethod' | 'fin' | 'gen' | 'closure' | 'list' | 'dict' | 'exc';

interface Var {
  readonly kind: Kind;
  readonly cls?: ClassSpec;
}

/** A generated program: its source and the chunks (top-level statements) it is made of. */
export interface Program {
  readonly seed: number;
  readonly chunks: readonly string[];
  readonly source: string;
}

const CALLBACKS = ['None', 'cb_print', 'cb_log', 'cb_raise', 'cb_newref', 'cb_weak', 'cb_collect', 'lambda'] as const;

class Gen {
  private readonly r: () => number;
  private readonly vars = new Map<string, Var>();
  private readonly classes: ClassSpec[] = [];
  private next = 0;
  readonly chunks: string[] = [];

  constructor(seed: number) {
    this.r = rng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.r() * n);
  }

  private chance(p: number): boolean {
    return this.r() < p;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.next++}`;
  }

  private varsOf(kind: Kind): string[] {
    return [...this.vars].filter(([, v]) => v.kind === kind).map(([n]) => n);
  }

  private emit(...lines: string[]): void {
    this.chunks.push(lines.join('\n'));
  }

  /** Statements that may raise run in a try that prints what was raised. */
  private guarded(...body: string[]): void {
    this.emit('try:', ...body.map((l) => '    ' + l), 'except Exception as e:', '    print(type(e).__name__, e)');
  }

  prelude(): void {
    this.emit('import gc', 'import sys', 'import weakref');
    this.emit('gc.disable()');
    this.emit('log = []', 'graveyard = []', 'keep = []');
    this.emit(
      'def hook(u):',
      "    print('unraisable', u.exc_type.__name__, u.exc_value, str(u.err_msg).split(' at 0x')[0])",
      'sys.unraisablehook = hook',
    );
    this.emit('def cb_print(label):', '    def cb(r):', "        print('cb', label, r() is None)", '    return cb');
    this.emit('def cb_log(label):', '    def cb(r):', '        log.append(label)', '    return cb');
    this.emit('def cb_raise(label):', '    def cb(r):', "        raise RuntimeError('cb ' + label)", '    return cb');
    this.emit(
      'def cb_newref(label):', '    def cb(r):',
      "        keep.append(weakref.ref(anchor, cb_print(label + '+')))",
      "        print('cb', label, 'new ref', len(keep))", '    return cb',
    );
    this.emit(
      'def cb_weak(label):', '    def cb(r):', '        wvd.pop(label, None)',
      "        print('cb', label, 'wvd', sorted(wvd.keys()), 'ws', len(ws))", '    return cb',
    );
    this.emit('def cb_collect(label):', '    def cb(r):', "        print('cb', label, 'collect', gc.collect())", '    return cb');
    this.emit('def fin(label, *rest):', "    print('fin', label, *rest)");
    this.emit('class MyRef(weakref.ref):', '    pass');
    this.emit('class Ctx:', '    def __init__(self, o):', '        self.o = o', '    def __enter__(self):', '        return self.o',
      '    def __exit__(self, *exc):', "        print('exit', self.o, exc[0] is not None)", '        return False');
    this.emit('def make_getter(o):', '    def get():', '        return o.name', '    return get');
    const n = 2 + this.int(3);
    for (let i = 0; i < n; i++) this.defineClass(i);
    this.emit('class Anchor:', '    name = "anchor"');
    this.emit('anchor = Anchor()');
    this.emit('ws = weakref.WeakSet()', 'wvd = weakref.WeakValueDictionary()', 'wkd = weakref.WeakKeyDictionary()');
    if (this.chance(0.3)) this.emit('import atexit', "atexit.register(lambda: print('atexit', log, len(graveyard)))");
  }

  private defineClass(i: number): void {
    const name = `C${i}`;
    const base = i > 0 && this.chance(0.3) ? this.pick(this.classes) : null;
    const attrs = ['name', 'peer', 'items', 'fn'];
    const lines: string[] = [base === null ? `class ${name}:` : `class ${name}(${base.name}):`];
    let weakrefable = base === null ? true : base.weakrefable;
    if (this.chance(0.35)) {
      const wantsWeak = this.chance(0.6);
      const own = base === null ? [...attrs] : [];
      if (wantsWeak && (base === null || !base.weakrefable)) own.push('__weakref__');
      if (base === null) weakrefable = wantsWeak;
      else if (wantsWeak) weakrefable = true;
      lines.push(`    __slots__ = (${own.map((a) => `'${a}', `).join('')})`);
    } else {
      // Without __slots__ a class gets __dict__ and __weakref__.
      weakrefable = true;
    }
    lines.push('    def __init__(self, name):', '        self.name = name', '        self.peer = None', '        self.items = []', '        self.fn = None');
    lines.push('    def __repr__(self):', `        return '${name}(' + self.name + ')'`);
    lines.push('    def hello(self):', `        return 'hello ' + self.name`);
    if (this.chance(0.6)) {
      lines.push('    def __del__(self):');
      switch (this.int(7)) {
        case 0: lines.push(`        print('del', self)`); break;
        case 1: lines.push(`        print('del', self, 'resurrect')`, '        graveyard.append(self)'); break;
        case 2: lines.push(`        raise ValueError('del ' + self.name)`); break;
        case 3: lines.push('        log.append(self.name)'); break;
        case 4: lines.push(`        print('del', self, 'peer', self.peer, len(wvd), len(ws))`); break;
        case 5: lines.push(`        print('del', self, 'new ref')`, `        keep.append(weakref.ref(anchor, cb_print('del ' + self.name)))`); break;
        default: lines.push(`        print('del', self, 'collect', gc.collect())`); break;
      }
    }
    this.emit(...lines);
    this.classes.push({ name, weakrefable, attrs });
  }

  private anyObj(): string {
    const objs = this.varsOf('obj');
    if (objs.length > 0 && this.chance(0.85)) return this.pick(objs);
    return this.newObj();
  }

  private newObj(): string {
    const cls = this.pick(this.classes);
    const v = this.fresh('o');
    this.emit(`${v} = ${cls.name}('${v}')`);
    this.vars.set(v, { kind: 'obj', cls });
    return v;
  }

  private callback(label: string): string {
    const c = this.pick(CALLBACKS);
    if (c === 'None') return 'None';
    if (c === 'lambda') return `lambda r: print('lambda ${label}', r() is None)`;
    return `${c}('${label}')`;
  }

  /** Objects that are weakly referenceable (one statement may still try the others, guarded). */
  private weakTarget(): [string, boolean] {
    const o = this.anyObj();
    return [o, this.vars.get(o)?.cls?.weakrefable ?? true];
  }

  private drop(name: string): void {
    switch (this.int(3)) {
      case 0: this.emit(`del ${name}`); break;
      case 1: this.emit(`${name} = None`); break;
      default: this.emit(`${name} = ${this.chance(0.5) ? '0' : `'${name} rebound'`}`); break;
    }
    this.vars.delete(name);
  }

  private dropSomething(): void {
    const names = [...this.vars.keys()];
    if (names.length === 0) return;
    this.drop(this.pick(names));
  }

  private weakref(): void {
    const [o, ok] = this.weakTarget();
    const kind = this.int(10);
    const v = this.fresh(kind < 5 ? 'r' : kind < 7 ? 'p' : kind < 8 ? 'wm' : 'f');
    const stmt = kind < 5 ? `${v} = weakref.ref(${o}, ${this.callback(v)})`
      : kind < 7 ? `${v} = weakref.proxy(${o}, ${this.callback(v)})`
        : kind < 8 ? `${v} = weakref.WeakMethod(${o}.hello, ${this.callback(v)})`
          : `${v} = weakref.finalize(${o}, fin, '${v}'${this.chance(0.2) ? `, ${o}.name` : ''})`;
    if (ok) {
      this.emit(stmt);
      this.vars.set(v, { kind: kind < 5 ? 'ref' : kind < 7 ? 'proxy' : kind < 8 ? 'wmethod' : 'fin' });
      if (kind >= 8 && this.chance(0.3)) this.emit(`${v}.atexit = False`);
    } else {
      this.guarded(stmt);
    }
  }

  private observe(): void {
    const choices: (() => void)[] = [
      () => { const r = this.varsOf('ref'); if (r.length) { const v = this.pick(r); this.emit(this.chance(0.5) ? `print('${v}', ${v}() is None)` : `print('${v} ->', ${v}())`); } },
      () => { const p = this.varsOf('proxy'); if (p.length) { const v = this.pick(p); this.guarded(`print('${v}', ${v}.name, ${v}.hello())`); } },
      () => { const w = this.varsOf('wmethod'); if (w.length) { const v = this.pick(w); this.emit(`m = ${v}()`, `print('${v}', m() if m is not None else None)`, 'del m'); } },
      () => { const f = this.varsOf('fin'); if (f.length) { const v = this.pick(f); this.emit(`print('${v}', ${v}.alive, ${v}.peek() is None)`); } },
      () => this.emit("print('ws', len(ws), sorted(x.name for x in ws))"),
      () => this.emit("print('wvd', len(wvd), sorted(wvd.keys()))"),
      () => this.emit("print('wkd', len(wkd), sorted(k.name for k in wkd.keys()), sorted(wkd.values()))"),
      () => this.emit("print('log', log, 'graveyard', graveyard, 'keep', len(keep))"),
      () => { const o = this.anyObj(); this.emit(`print('wcount', weakref.getweakrefcount(${o}), len(weakref.getweakrefs(${o})))`); },
      () => { const o = this.anyObj(); this.emit(`print('refcount', sys.getrefcount(${o}))`); },
    ];
    this.pick(choices)();
  }

  private container(): void {
    const v = this.fresh(this.chance(0.5) ? 'l' : 'd');
    const a = this.anyObj();
    const b = this.anyObj();
    if (v.startsWith('l')) {
      this.emit(this.chance(0.5) ? `${v} = [${a}, ${b}]` : `${v} = [${a}, (${b}, [${a}])]`);
      this.vars.set(v, { kind: 'list' });
    } else {
      this.emit(`${v} = {'a': ${a}, 'b': ${b}}`);
      this.vars.set(v, { kind: 'dict' });
    }
  }

  private mutateContainer(): void {
    const ls = this.varsOf('list');
    const ds = this.varsOf('dict');
    if (ls.length && this.chance(0.5)) {
      const v = this.pick(ls);
      this.pick([
        () => this.emit(`${v}.clear()`),
        () => this.guarded(`print('pop', ${v}.pop())`),
        () => this.emit(`${v}.append(${this.anyObj()})`),
        () => this.emit(`${v}.append(${v})`),
        () => this.emit(`${v}.reverse()`),
      ])();
    } else if (ds.length) {
      const v = this.pick(ds);
      this.pick([
        () => this.emit(`${v}.clear()`),
        () => this.guarded(`print('popitem', ${v}.popitem())`),
        () => this.emit(`${v}['self'] = ${v}`),
        () => this.emit(`${v}['a'] = ${this.anyObj()}`),
      ])();
    } else {
      this.container();
    }
  }

  private link(): void {
    const a = this.anyObj();
    const b = this.anyObj();
    this.pick([
      () => this.emit(`${a}.peer = ${b}`),
      () => this.emit(`${a}.peer = ${a}`),
      () => this.emit(`${a}.items.append(${b})`),
      () => this.emit(`${a}.items.append(${a}.items)`),
      () => this.emit(`${a}.fn = make_getter(${a})`),
      () => this.emit(`${a}.fn = ${b}.hello`),
      () => this.emit(`${a}.peer = ${b}`, `${b}.peer = ${a}`),
    ])();
  }

  private weakContainers(): void {
    const [o, ok] = this.weakTarget();
    const add = this.pick([`ws.add(${o})`, `wvd['${o}'] = ${o}`, `wkd[${o}] = '${o}'`]);
    if (ok) this.emit(add);
    else this.guarded(add);
    if (this.chance(0.2)) this.emit(this.pick(['ws.clear()', "wvd.pop('" + o + "', None)", 'wkd.clear()']));
  }

  /** Weak containers iterated while entries die or the container changes. */
  private iterate(): void {
    const objs = this.varsOf('obj');
    const victim = objs.length > 0 ? this.pick(objs) : null;
    const kill = victim === null ? 'pass' : `${victim} = None`;
    if (victim !== null) this.vars.delete(victim);
    const n = this.fresh('n');
    // A WeakSet iterates in hash (address) order: only what is order-free is printed, and the
    // loop variables are cleared, since the last item they hold would outlive the loop.
    this.pick([
      () => this.guarded(`${n} = 0`, 'for k in wvd:', `    ${n} += 1`, `    if ${n} == 1:`, `        ${kill}`, '        gc.collect()', `print('${n}', ${n}, sorted(wvd.keys()))`),
      () => this.guarded('for x in ws:', `    ${kill}`),
      () => this.guarded('for x in ws:', '    ws.add(anchor)'),
      () => this.guarded(`${n} = []`, 'for k, v in wkd.items():', `    ${n}.append(v)`, `    ${kill}`, `print('${n}', sorted(${n}), len(wkd))`),
      () => this.guarded('for k in wvd:', "    wvd['added'] = anchor"),
      () => this.guarded('for k in list(wvd.keys()):', '    del wvd[k]', "print('emptied', len(wvd))"),
      () => this.guarded(`${n} = [v.name for v in wvd.values()]`, `print('${n}', ${n})`),
    ])();
    this.emit('x = k = v = None', "print('ws', len(ws), sorted(x.name for x in ws))");
  }

  private scope(): void {
    const f = this.fresh('scope');
    const cls = this.pick(this.classes);
    const body = [`def ${f}():`, `    t = ${cls.name}('${f}_t')`];
    if (cls.weakrefable) body.push(`    r = weakref.ref(t, ${this.callback(f)})`);
    else body.push('    r = None');
    if (this.chance(0.4)) body.push('    t.peer = t');
    if (this.chance(0.3)) body.push(`    wvd['${f}'] = t` + (cls.weakrefable ? '' : '  # may raise'));
    body.push(`    print('in ${f}')`, '    return r');
    const v = this.fresh('r');
    if (cls.weakrefable) {
      this.emit(...body, `${v} = ${f}()`, `print('${v}', ${v} is None or ${v}() is None)`);
      this.vars.set(v, { kind: 'ref' });
    } else {
      this.emit(...body);
      this.guarded(`${f}()`);
    }
  }

  private exception(): void {
    const e = this.fresh('e');
    const f = this.fresh('fail');
    const o = this.anyObj();
    this.emit(
      `def ${f}(o):`, '    local = [o]', "    raise KeyError(o.name)",
      'try:', `    ${f}(${o})`, 'except KeyError as exc:', `    print('caught', exc)`,
      ...(this.chance(0.6) ? [`    ${e} = exc`] : [`    ${e} = None`]),
    );
    this.vars.set(e, { kind: 'exc' });
  }

  private generator(): void {
    const g = this.fresh('g');
    const f = this.fresh('gen');
    const o = this.anyObj();
    this.emit(
      `def ${f}(o):`, '    try:', '        yield o.name', "        yield 'second'", '    finally:', `        print('${f} finally', o)`,
      `${g} = ${f}(${o})`, `print('${g}', next(${g}))`,
    );
    this.vars.set(g, { kind: 'gen' });
    if (this.chance(0.3)) this.emit(`print('${g} rest', list(${g}))`);
  }

  private closure(): void {
    const c = this.fresh('c');
    const o = this.anyObj();
    this.emit(`${c} = make_getter(${o})`, `print('${c}', ${c}())`);
    this.vars.set(c, { kind: 'closure' });
  }

  private loop(): void {
    const v = this.fresh('tmp');
    const cls = this.pick(this.classes);
    const body = [`for i in range(${1 + this.int(4)}):`, `    ${v} = ${cls.name}('${v}_' + str(i))`];
    if (cls.weakrefable) body.push(this.pick([`    wvd['${v}_' + str(i)] = ${v}`, `    ws.add(${v})`, `    keep.append(weakref.ref(${v}, ${this.callback(v)}))`]));
    if (this.chance(0.3)) body.push(`    ${v}.peer = ${v}`);
    this.emit(...body);
    this.vars.set(v, { kind: 'obj', cls });
  }

  private extraRefs(): void {
    const [o, ok] = this.weakTarget();
    const v = this.fresh('r');
    this.pick([
      () => {
        const stmt = `${v} = MyRef(${o}, ${this.callback(v)})`;
        if (ok) {
          this.emit(stmt, `${v}.label = '${v}'`, `print('${v}', ${v}.label, ${v}() is ${o}, ${v}.__callback__ is None)`);
          this.vars.set(v, { kind: 'ref' });
        } else {
          this.guarded(stmt);
        }
      },
      () => {
        const f = this.fresh('fn');
        this.emit(`def ${f}():`, `    return '${f}'`, `${v} = weakref.ref(${f}, ${this.callback(v)})`, `print('${v}', ${v}()())`);
        this.emit(`del ${f}`);
        this.vars.set(v, { kind: 'ref' });
      },
      () => {
        if (!ok) return;
        this.emit(`${v} = weakref.ref(${o}.hello, ${this.callback(v)})`, `print('${v}', ${v}() is None)`);
        this.vars.set(v, { kind: 'ref' });
      },
      () => {
        const p = this.fresh('p');
        if (!ok) return;
        this.emit(`${p} = weakref.proxy(${o})`, `print('${p}', ${p} == ${o}, ${p}.name == ${o}.name)`);
        this.vars.set(p, { kind: 'proxy' });
      },
    ])();
  }

  private withBlock(): void {
    const o = this.anyObj();
    const cls = this.pick(this.classes);
    this.guarded(`with Ctx(${cls.name}('w${this.next++}')) as w:`, `    w.peer = ${o}`, "    print('in with', w)",
      ...(this.chance(0.4) ? ["    raise ValueError('in with')"] : []), 'w = None');
  }

  private chained(): void {
    const o = this.anyObj();
    const e = this.fresh('e');
    this.emit('try:', '    try:', `        raise KeyError(${o}.name)`, '    except KeyError as inner:',
      `        raise ValueError('outer') from inner`, 'except ValueError as outer:',
      `    ${e} = outer`, `    print('${e}', repr(outer.__cause__), outer.__context__ is outer.__cause__)`);
    this.vars.set(e, { kind: 'exc' });
  }

  private collect(): void {
    this.emit(this.chance(0.7) ? "print('collect', gc.collect())" : 'gc.collect()');
  }

  private temporary(): void {
    const cls = this.pick(this.classes);
    this.emit(this.pick([`${cls.name}('temp${this.next++}')`, `print(${cls.name}('temp${this.next++}').hello())`]));
  }

  private resurrection(): void {
    this.emit(this.pick(['graveyard.clear()', "print('graveyard', graveyard)", 'graveyard.pop() if graveyard else None', 'keep.clear()']));
  }

  statement(): void {
    const table: [number, () => void][] = [
      [8, () => this.newObj()],
      [10, () => this.weakref()],
      [10, () => this.observe()],
      [8, () => this.dropSomething()],
      [6, () => this.link()],
      [5, () => this.container()],
      [4, () => this.mutateContainer()],
      [6, () => this.weakContainers()],
      [3, () => this.iterate()],
      [3, () => this.scope()],
      [3, () => this.exception()],
      [3, () => this.generator()],
      [2, () => this.closure()],
      [2, () => this.loop()],
      [6, () => this.collect()],
      [2, () => this.temporary()],
      [2, () => this.resurrection()],
      [4, () => this.extraRefs()],
      [2, () => this.withBlock()],
      [1, () => this.chained()],
    ];
    let total = 0;
    for (const [w] of table) total += w;
    let x = this.r() * total;
    for (const [w, f] of table) {
      x -= w;
      if (x < 0) {
        f();
        return;
      }
    }
  }

  ending(): void {
    switch (this.int(8)) {
      case 0: this.emit("print('end', gc.collect())"); break;
      case 1: {
        const names = [...this.vars.keys()];
        if (names.length) this.emit(`del ${names.join(', ')}`);
        this.emit("print('end', gc.collect(), log)");
        break;
      }
      case 2: this.emit('sys.exit(3)'); break;
      case 3: this.emit("raise KeyError('end')"); break;
      case 4: {
        const cls = this.pick(this.classes);
        this.emit('def crash():', `    local = ${cls.name}('crash_local')`, '    local.peer = local', "    raise RuntimeError('uncaught')", 'crash()');
        break;
      }
      default: this.emit("print('end')"); break;
    }
  }
}

/** The program for one seed: prelude, 10 to 50 statements, an ending. */
export function generateProgram(seed: number): Program {
  const g = new Gen(seed);
  g.prelude();
  const n = 10 + Math.floor(rng(seed ^ 0x5bd1e995)() * 40);
  for (let i = 0; i < n; i++) g.statement();
  g.ending();
  return { seed, chunks: g.chunks, source: g.chunks.join('\n') + '\n' };
}
