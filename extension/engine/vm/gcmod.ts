/**
 * The rest of the `gc` module, as CPython 3.14 has it: collect(generation) with gc.callbacks
 * called around every collection it starts ("start"/"stop" and an info dict), gc.garbage and
 * DEBUG_SAVEALL, freeze/unfreeze (a permanent generation collections ignore), get_objects,
 * get_referents/get_referrers (through tp_traverse, so in CPython's visiting orders), thresholds,
 * get_stats.
 */
import { cpythonAtLeast } from '../profile';
import type { PyObject } from '../runtime/object';
import { GcList, decref, newref, old, young, gcState } from '../runtime/heap';
import { collectAll, collectYoung, gcDebug } from '../runtime/gc';
import { None } from '../runtime/singletons';
import { newInt, PyInt } from '../runtime/int';
import { newStr } from '../runtime/str';
import { tupleSteal } from '../runtime/tuple';
import { listSteal, PyList } from '../runtime/list';
import { dictNew, dictSetStr, dictGetStr } from '../runtime/dict';
import { builtinFunction, splitKwargs, type NativeFn } from '../runtime/builtin';
import { call } from '../runtime/abstract';
import { raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { writeUnraisable } from '../runtime/unraisable';
import type { PyModule } from '../runtime/module';
import { loadedModules } from './support';

const DEBUG_STATS = 1;
const DEBUG_COLLECTABLE = 2;
const DEBUG_UNCOLLECTABLE = 4;
const DEBUG_SAVEALL = 32;
const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

let debugFlags = 0;
let threshold1 = 10;
/** The third threshold: unused by 3.14's incremental collector, which reports it as 0 and ignores
 * set_threshold's; the generational collectors before it (and 3.15's) keep it. */
let threshold2 = 10;
/** gc.freeze()'s permanent generation. */
const permanent = new GcList();
const stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));

function gcModule(): PyModule | null {
  return loadedModules().get('gc') ?? null;
}

function gcList(name: string): PyList | null {
  const m = gcModule();
  const v = m === null ? null : dictGetStr(m.md_dict, name);
  return v instanceof PyList ? v : null;
}

/** do_gc_callback: each callback in gc.callbacks gets (phase, info). */
function invokeCallbacks(phase: string, generation: number, collected: number): void {
  const callbacks = gcList('callbacks');
  if (callbacks === null || callbacks.items.length === 0) return;
  const info = dictNew();
  const set = (k: string, v: number): void => {
    const o = newInt(v);
    dictSetStr(info, k, o);
    decref(o);
  };
  set('generation', generation);
  set('collected', collected);
  set('uncollectable', 0);
  const p = newStr(phase);
  try {
    for (let i = 0; i < callbacks.items.length; i++) {
      const cb = newref(callbacks.items[i] as PyObject);
      try {
        decref(call(cb, [p, info]));
      } catch (e) {
        writeUnraisable(e, 'Exception ignored while calling GC callback', cb);
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(p);
    decref(info);
  }
}

/** _PyGC_Collect for gc.collect() and the collection at the start of shutdown. */
export function collectGeneration(generation: number): number {
  if (gcState.collecting) return 0;
  invokeCallbacks('start', generation, 0);
  const n = generation === 2 ? collectAll() : collectYoung();
  const s = stats[generation] as (typeof stats)[number];
  s.collections++;
  s.collected += n;
  invokeCallbacks('stop', generation, n);
  return n;
}

function setSaveAll(): void {
  gcDebug.saveAll = (debugFlags & DEBUG_SAVEALL) !== 0 ? (o) => {
    const garbage = gcList('garbage');
    if (garbage !== null) garbage.items.push(newref(o));
  } : null;
}

function listObjects(lists: readonly GcList[], exclude: PyObject | null): PyObject[] {
  const out: PyObject[] = [];
  for (const l of lists) {
    for (let o = l.head.gc_next as PyObject; o !== l.head; o = o.gc_next as PyObject) if (o !== exclude) out.push(newref(o));
  }
  return out;
}

function referents(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const tr = o.ob_type.tp_traverse;
  if (tr !== null) tr(o, (child) => out.push(child));
  return out;
}

function fn(m: PyModule, name: string, f: NativeFn): void {
  dictSetStr(m.md_dict, name, builtinFunction(name, f));
}

export function extendGc(m: PyModule): void {
  const d = m.md_dict;
  for (const [k, v] of [['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK]] as const) {
    const o = newInt(v);
    dictSetStr(d, k, o);
    decref(o);
  }
  for (const name of ['garbage', 'callbacks']) {
    const l = listSteal([]);
    dictSetStr(d, name, l);
    decref(l);
  }
  fn(m, 'collect', (_s, args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const g = pos[0] ?? kw.get('generation') ?? null;
    let gen = 2;
    if (g !== null) {
      if (!(g instanceof PyInt)) typeError(`'${g.ob_type.tp_name}' object cannot be interpreted as an integer`);
      gen = Number(g.value);
      if (gen < 0 || gen > 2) raise(exc.ValueError, 'invalid generation');
    }
    return newInt(collectGeneration(gen));
  });
  fn(m, 'set_debug', (_s, a) => {
    debugFlags = Number((a[0] as PyInt).value);
    setSaveAll();
    return None;
  });
  fn(m, 'get_debug', () => newInt(debugFlags));
  const keepsThird = !cpythonAtLeast(14) || cpythonAtLeast(15);
  threshold1 = 10;
  threshold2 = keepsThird ? 10 : 0;
  fn(m, 'get_threshold', () => tupleSteal([newInt(gcState.threshold0), newInt(threshold1), newInt(threshold2)]));
  fn(m, 'set_threshold', (_s, a) => {
    if (a.length < 1 || a.length > 3) typeError(`set_threshold() takes from 1 to 3 positional arguments but ${a.length} were given`);
    gcState.threshold0 = Number((a[0] as PyInt).value);
    if (a.length > 1) threshold1 = Number((a[1] as PyInt).value);
    if (a.length > 2 && keepsThird) threshold2 = Number((a[2] as PyInt).value);
    return None;
  });
  fn(m, 'freeze', () => {
    permanent.merge(old);
    permanent.merge(young);
    gcState.youngCount = 0;
    return None;
  });
  fn(m, 'unfreeze', () => {
    old.merge(permanent);
    return None;
  });
  fn(m, 'get_freeze_count', () => {
    let n = 0;
    for (let o = permanent.head.gc_next as PyObject; o !== permanent.head; o = o.gc_next as PyObject) n++;
    return newInt(n);
  });
  fn(m, 'get_objects', (_s, args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const g = pos[0] ?? kw.get('generation') ?? None;
    const gen = g === None ? -1 : Number((g as PyInt).value);
    if (gen < -1 || gen > 2) raise(exc.ValueError, `generation parameter must be less than the number of available generations (3)`);
    const lists = gen === -1 ? [young, old] : gen === 0 ? [young] : gen === 1 ? [] : [old];
    const l = listSteal([]);
    l.items.push(...listObjects(lists, l));
    return l;
  });
  fn(m, 'get_referents', (_s, a) => listSteal(a.flatMap((o) => referents(o).map((r) => newref(r)))));
  fn(m, 'get_referrers', (_s, a) => {
    const targets = new Set(a);
    const out: PyObject[] = [];
    for (const l of [young, old]) {
      for (let o = l.head.gc_next as PyObject; o !== l.head; o = o.gc_next as PyObject) {
        let hit = false;
        const tr = o.ob_type.tp_traverse;
        if (tr !== null) tr(o, (child) => {
          if (targets.has(child)) hit = true;
        });
        if (hit) out.push(newref(o));
      }
    }
    return listSteal(out);
  });
  fn(m, 'get_stats', () => listSteal(stats.map((s) => {
    const dct = dictNew();
    for (const [k, v] of Object.entries(s)) {
      const o = newInt(v);
      dictSetStr(dct, k, o);
      decref(o);
    }
    return dct;
  })));
}
