/**
 * `weakscope run --timeline`: the program's output interleaved with a readable account of the
 * lifetimes that matter — objects with __del__, weakly referenced objects, weakref callbacks and
 * finalizers, objects the cycle collector found — read from the trace alone.
 *
 * Program output is printed verbatim; every timeline line starts with '│', under a header naming
 * the statement (`── line 12: del logo`, with `in f()` for code inside functions). A statement
 * that runs Python code while it executes (a __del__, a callback) shows that code's steps in the
 * middle, then continues under `(continued)`.
 */
import {
  EDGE_LABEL_KINDS, EVENT_KINDS, GC_REASONS, LABEL_KIND_SHIFT, ObjectFlags, PHASES, type Trace,
} from '../protocol/trace';

const K = Object.fromEntries(EVENT_KINDS.map((k, i) => [k, i])) as Record<(typeof EVENT_KINDS)[number], number>;
const WEAK = 1;

interface Printer {
  emit(text: string): void;
}

/**
 * Which objects the timeline talks about: objects whose class has __del__, weakly referenced
 * objects, weak references with callbacks, finalizers and weak containers, and objects a
 * collection found unreachable while the program ran (the shutdown collection finds everything).
 */
function interestingObjects(t: Trace): Uint8Array {
  const keep = new Uint8Array(t.objects.count);
  const ev = t.events;
  for (let i = 0; i < t.objects.count; i++) {
    const f = t.objects.flags[i] as number;
    if ((f & (ObjectFlags.hasFinalizer | ObjectFlags.isFinalize | ObjectFlags.isWeakContainer)) !== 0) keep[i] = 1;
  }
  // The weakrefs a class keeps to its subclasses (type.__subclasses__()) are bookkeeping: every
  // class statement makes one, and `import weakref` alone a dozen.
  const bookkeeping = new Set<number>();
  for (let i = 0; i < ev.count; i++) {
    if (ev.kind[i] === K.edge_add && t.strings[ev.c[i] as number] === '__subclasses__') bookkeeping.add(ev.b[i] as number);
  }
  let shutdownCollection = false;
  for (let i = 0; i < ev.count; i++) {
    const k = ev.kind[i] as number;
    if (k === K.gc_begin) shutdownCollection = GC_REASONS[ev.b[i] as number] === 'shutdown';
    else if (k === K.edge_add && ((ev.d[i] as number) & WEAK) !== 0) {
      if (bookkeeping.has(ev.a[i] as number)) continue;
      keep[ev.b[i] as number] = 1;
      if (((ev.d[i] as number) & 2) !== 0) keep[ev.a[i] as number] = 1;
    } else if (k === K.gc_unreachable && !shutdownCollection) keep[ev.a[i] as number] = 1;
  }
  return keep;
}

export function formatTimeline(t: Trace, out: Printer): void {
  const S = (i: number): string => t.strings[i] ?? '';
  const keep = interestingObjects(t);
  const name = (id: number): string => {
    if (id < 0) return '?';
    if (id === 0) return 'the interpreter';
    return `${S(t.objects.typeName[id] as number)}#${id}`;
  };
  const describe = (id: number): string => {
    const r = S(t.objects.repr[id] as number);
    const bits: string[] = [];
    const f = t.objects.flags[id] as number;
    if ((f & ObjectFlags.hasFinalizer) !== 0) bits.push('has __del__');
    if ((f & ObjectFlags.isWeakContainer) !== 0) bits.push('weak container');
    return `${name(id)}${r !== '' && !r.startsWith('<') ? ` ${r}` : ''}${bits.length ? ` (${bits.join(', ')})` : ''}`;
  };
  /** `f` for a function's repr `<function C.f>`, a frame's `<frame of C.f>`. */
  const shortName = (id: number): string => {
    const m = /^<(?:function|frame of) (.*)>$/.exec(S(t.objects.repr[id] as number));
    if (m === null) return name(id);
    const q = (m[1] as string).split('.');
    return q[q.length - 1] as string;
  };
  const frameName = (frame: number): string => {
    if (frame < 0) return '';
    const m = /^<frame of (.*)>$/.exec(S(t.objects.repr[frame] as number));
    const fn = m === null ? '?' : (m[1] as string);
    return fn === '<module>' ? '' : ` in ${fn}()`;
  };
  const lines = t.source.split(/\r\n|\r|\n/);
  const ev = t.events;
  const steps = t.steps;
  const refcnt = new Float64Array(t.objects.count);
  const firstProgram = firstProgramStep(t);
  let headerFor = -1;
  let lastHeader = '';
  /** Lines shown only if something worth telling follows them (a collection's phases, a quiet collection). */
  let pending: string[] = [];
  let pendingCollection = false;
  /** The step whose reference changes are being gathered. */
  let changesStep = -1;
  /** Containers known by an attribute of an object of interest: `WeakValueDictionary#3.data`. */
  const alias = new Map<number, string>();
  /** Per object: this step's strong-reference changes, + and − cancelling out (for the refcount lines). */
  const changes = new Map<number, Map<string, number>>();

  const header = (step: number): void => {
    if (headerFor === step) return;
    headerFor = step;
    const line = steps.line[step] as number;
    let h: string;
    if (line > 0) h = `── line ${line}${frameName(steps.frame[step] as number)}: ${(lines[line - 1] ?? '').trim()}`;
    else h = step < firstProgram ? '── interpreter start-up' : '── interpreter shutdown';
    out.emit(h === lastHeader ? `${h} (continued)\n` : `${h}\n`);
    lastHeader = h;
  };
  const say = (step: number, indent: number, text: string): void => {
    header(step);
    for (const p of pending) out.emit(`│ ${p}\n`);
    pending = [];
    pendingCollection = false;
    out.emit(`│ ${'  '.repeat(indent)}${text}\n`);
  };
  /** A step ended: objects whose holders changed without a change of count are shown too. */
  const flushChanges = (): void => {
    for (const [id, m] of changes) {
      const why = [...m].filter(([, n]) => n !== 0).map(([w, n]) => `${n > 0 ? '+' : '−'}${w}`);
      if (why.length !== 0 && keep[id] === 1) say(changesStep, 0, `${name(id)} is now held differently (${why.slice(0, 4).join(', ')}${why.length > 4 ? ', …' : ''})`);
    }
    changes.clear();
  };
  const edgeText = (i: number): string => {
    const d = ev.d[i] as number;
    const kind = EDGE_LABEL_KINDS[d >> LABEL_KIND_SHIFT];
    const label = S(ev.c[i] as number);
    const from = ev.a[i] as number;
    switch (kind) {
      case 'name': {
        const m = /^<frame of (.*)>$/.exec(S(t.objects.repr[from] as number));
        return `name '${label}'${m !== null && m[1] !== '<module>' ? ` in ${m[1] as string}()` : ''}`;
      }
      case 'attr': return `${alias.get(from) ?? name(from)}.${label}`;
      case 'index':
      case 'value': return `${alias.get(from) ?? name(from)}[${label}]`;
      case 'key': return `a key of ${name(from)}`;
      case 'item': return `a member of ${name(from)}`;
      case 'stack': return from === 0 ? 'the running frame' : `a temporary in ${shortName(from)}()`;
      case 'callback': return `the callback of ${name(from)}`;
      default: return `${name(from)} (${label !== '' ? label : kind})`;
    }
  };

  for (let i = 0; i < ev.count; i++) {
    const step = ev.step[i] as number;
    if (step !== changesStep) {
      if (changes.size !== 0) flushChanges();
      changesStep = step;
    }
    const k = ev.kind[i] as number;
    const a = ev.a[i] as number;
    const b = ev.b[i] as number;
    switch (k) {
      case K.output:
        out.emit(S(b));
        break;
      case K.alloc:
        if (keep[a] === 1) say(step, 0, `+ ${describe(a)} created`);
        break;
      case K.edge_add:
      case K.edge_remove: {
        const d = ev.d[i] as number;
        if ((d & WEAK) !== 0) {
          const borrowed = EDGE_LABEL_KINDS[d >> LABEL_KIND_SHIFT] === 'borrowed';
          const how = borrowed ? `borrowed by ${S(ev.c[i] as number)}` : `weak${(d & 2) !== 0 ? ', with callback' : ''}`;
          if (k === K.edge_add && keep[b] === 1) say(step, 0, `+ ${name(a)} → ${name(b)} (${how})`);
          break;
        }
        if (k === K.edge_add && keep[a] === 1 && EDGE_LABEL_KINDS[d >> LABEL_KIND_SHIFT] === 'attr') alias.set(b, `${name(a)}.${S(ev.c[i] as number)}`);
        if (keep[b] !== 1) break;
        let m = changes.get(b);
        if (m === undefined) changes.set(b, (m = new Map()));
        const key = edgeText(i);
        m.set(key, (m.get(key) ?? 0) + (k === K.edge_add ? 1 : -1));
        break;
      }
      case K.refcnt: {
        const before = refcnt[a] as number;
        refcnt[a] = b;
        const m = changes.get(a);
        changes.delete(a);
        if (keep[a] !== 1 || before === 0) break;
        const why = [...(m ?? [])].filter(([, n]) => n !== 0).map(([w, n]) => `${n > 0 ? '+' : '−'}${w}`);
        say(step, 0, `${name(a)} refcount ${before} → ${b}${why.length ? ` (${why.slice(0, 4).join(', ')}${why.length > 4 ? ', …' : ''})` : ''}`);
        break;
      }
      case K.phase: {
        const p = PHASES[b] as string;
        const depth = ev.c[i] as number;
        if (a < 0) {
          if (p === 'Py_FinalizeEx' || p === 'atexit' || p === 'finalize_modules') say(step, 0, p);
          else pending.push(`  ${p}`);
        } else if (keep[a] === 1) {
          // Deaths nest (one object's release kills another): indent by the nesting depth.
          if (p === 'subtype_dealloc') say(step, Math.max(0, depth - 1), `${name(a)} dies: its refcount reached 0`);
          else if (p !== 'tp_finalize') say(step, Math.max(1, depth), `${p}(${name(a)})`);
        }
        break;
      }
      case K.del_call:
        say(step, 1, `${name(a)}.__del__() runs`);
        break;
      case K.weakref_callback:
        say(step, 1, `callback ${shortName(ev.c[i] as number)}(${name(a)}) runs${b >= 0 ? `: ${name(b)} died` : ''}`);
        break;
      case K.finalize_call:
        say(step, 1, `${name(a)} calls its function${b >= 0 ? ` (${name(b)} died)` : ''}`);
        break;
      case K.resurrect:
        if (keep[a] === 1) say(step, 1, `${name(a)} is resurrected: its finalizer left a reference to it`);
        break;
      case K.free:
        changes.delete(a);
        if (keep[a] === 1) say(step, 1, `${name(a)} freed`);
        break;
      case K.gc_begin: {
        const text = `gc: collecting ${a === 0 ? 'the young generation' : 'all generations'} (${GC_REASONS[b] === 'manual' ? 'gc.collect()' : GC_REASONS[b] === 'automatic' ? 'automatic' : 'at shutdown'})`;
        pending = [];
        // The program's own gc.collect() is always told; other collections only if they find something.
        if (GC_REASONS[b] === 'manual') say(step, 0, text);
        else {
          pending.push(text);
          pendingCollection = true;
        }
        break;
      }
      case K.gc_unreachable: {
        const found: number[] = [a];
        while (i + 1 < ev.count && ev.kind[i + 1] === K.gc_unreachable) found.push(ev.a[++i] as number);
        const shown = found.filter((x) => keep[x] === 1);
        if (shown.length === 0 && pendingCollection) {
          pending.push(`  found ${found.length} unreachable objects, none of interest`);
          break;
        }
        const more = found.length - shown.length;
        const listed = shown.slice(0, 8).map(name).join(', ') + (shown.length > 8 ? ', …' : '');
        const others = more > 0 ? `${shown.length ? ' and ' : ''}${more} other object${more === 1 ? '' : 's'}` : '';
        say(step, 1, `found ${found.length} unreachable: ${listed}${others}`);
        break;
      }
      case K.gc_end:
        if (pendingCollection) {
          pending = [];
          pendingCollection = false;
          break;
        }
        pending = [];
        say(step, 0, `gc: done — ${a} unreachable, ${b} uncollectable; gc.collect() returns ${ev.c[i] as number}`);
        break;
      default:
        break;
    }
  }
  if (changes.size !== 0) flushChanges();
  const o = t.outcome;
  if (o.kind === 'limit' || o.kind === 'internal_error' || o.kind === 'unsupported') out.emit(`── stopped: ${o.message}\n`);
}

function firstProgramStep(t: Trace): number {
  for (let s = 0; s < t.steps.count; s++) if ((t.steps.frame[s] as number) >= 0) return s;
  return t.steps.count;
}
