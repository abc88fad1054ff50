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

/** Which objects the timeline talks about. */
function interestingObjects(t: Trace): Uint8Array {
  const keep = new Uint8Array(t.objects.count);
  const ev = t.events;
  for (let i = 0; i < t.objects.count; i++) {
    const f = t.objects.flags[i] as number;
    if ((f & (ObjectFlags.hasFinalizer | ObjectFlags.isFinalize | ObjectFlags.isWeakContainer)) !== 0) keep[i] = 1;
  }
  for (let i = 0; i < ev.count; i++) {
    const k = ev.kind[i] as number;
    if (k === K.edge_add && ((ev.d[i] as number) & WEAK) !== 0) {
      keep[ev.b[i] as number] = 1;
      if (((ev.d[i] as number) & 2) !== 0) keep[ev.a[i] as number] = 1;
    } else if (k === K.gc_unreachable || k === K.del_call || k === K.resurrect) keep[ev.a[i] as number] = 1;
  }
  // Infrastructure the user did not write: frames, modules, classes' own dicts, the interpreter.
  for (let i = 0; i < t.objects.count; i++) {
    const f = t.objects.flags[i] as number;
    if ((f & (ObjectFlags.isFrame | ObjectFlags.isModule | ObjectFlags.isInterpreter | ObjectFlags.isType)) !== 0 && (f & ObjectFlags.hasFinalizer) === 0) {
      if (keep[i] === 1 && !weaklyReferenced(t, i)) keep[i] = 0;
    }
  }
  return keep;
}

function weaklyReferenced(t: Trace, id: number): boolean {
  const ev = t.events;
  for (let i = 0; i < ev.count; i++) {
    if (ev.kind[i] === K.edge_add && ev.b[i] === id && ((ev.d[i] as number) & WEAK) !== 0) return true;
  }
  return false;
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
  const frameName = (frame: number): string => {
    if (frame < 0) return '';
    const r = S(t.objects.repr[frame] as number);
    const m = /^<frame of (.*)>$/.exec(r);
    const fn = m === null ? r : (m[1] as string);
    return fn === '<module>' ? '' : ` in ${fn}()`;
  };
  const lines = t.source.split(/\r\n|\r|\n/);
  const ev = t.events;
  const steps = t.steps;
  const refcnt = new Float64Array(t.objects.count);
  const firstProgram = firstProgramStep(t);
  let headerFor = -1;
  let lastHeader = '';
  /** Per step: how the strong references to interesting objects changed (for the refcount lines). */
  const changes = new Map<number, string[]>();

  const header = (step: number): void => {
    if (headerFor === step) return;
    headerFor = step;
    const line = steps.line[step] as number;
    const frame = steps.frame[step] as number;
    let h: string;
    if (line > 0) h = `── line ${line}${frameName(frame)}: ${(lines[line - 1] ?? '').trim()}`;
    else h = step < firstProgram ? '── interpreter start-up' : '── interpreter shutdown';
    out.emit(h === lastHeader ? `${h} (continued)\n` : `${h}\n`);
    lastHeader = h;
  };
  const say = (step: number, indent: number, text: string): void => {
    header(step);
    out.emit(`│ ${'  '.repeat(indent)}${text}\n`);
  };
  const edgeText = (i: number, verb: string): string => {
    const d = ev.d[i] as number;
    const kind = EDGE_LABEL_KINDS[d >> LABEL_KIND_SHIFT];
    const label = S(ev.c[i] as number);
    const from = ev.a[i] as number;
    let what: string;
    switch (kind) {
      case 'name': what = `name '${label}'`; break;
      case 'attr': what = `${name(from)}.${label}`; break;
      case 'index': what = `${name(from)}[${label}]`; break;
      case 'value': what = `${name(from)}[${label}]`; break;
      case 'key': what = `key of ${name(from)}`; break;
      case 'stack': what = from === 0 ? 'the running frame' : `a temporary of ${name(from)}`; break;
      default: what = `${name(from)} (${kind}${label !== '' ? ` ${label}` : ''})`;
    }
    if (kind === 'name') {
      const fr = S(t.objects.repr[from] as number);
      const m = /^<frame of (.*)>$/.exec(fr);
      if (m !== null && m[1] !== '<module>') what += ` in ${m[1] as string}()`;
    }
    return `${verb}${what}`;
  };

  for (let i = 0; i < ev.count; i++) {
    const step = ev.step[i] as number;
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
          if (k === K.edge_add && keep[b] === 1) {
            say(step, 0, `+ ${name(a)} → ${name(b)} (weak${(d & 2) !== 0 ? ', with callback' : ''})`);
          }
          break;
        }
        if (keep[b] !== 1) break;
        let list = changes.get(b);
        if (list === undefined) changes.set(b, (list = []));
        list.push(edgeText(i, k === K.edge_add ? '+' : '−'));
        break;
      }
      case K.refcnt: {
        const before = refcnt[a] as number;
        refcnt[a] = b;
        if (keep[a] !== 1) break;
        const why = changes.get(a);
        changes.delete(a);
        if (before === 0) break;
        say(step, 0, `${name(a)} refcount ${before} → ${b}${why !== undefined ? ` (${why.join(', ')})` : ''}`);
        break;
      }
      case K.phase: {
        const p = PHASES[b] as string;
        const depth = ev.c[i] as number;
        if (a < 0) say(step, 1, p);
        else if (keep[a] === 1) {
          if (p === 'subtype_dealloc') say(step, 0, `${name(a)} dies: its refcount reached 0`);
          else if (p !== 'tp_finalize') say(step, 1 + Math.max(0, depth - 1), `${p}(${name(a)})`);
        }
        break;
      }
      case K.del_call:
        say(step, 1, `${name(a)}.__del__() runs`);
        break;
      case K.weakref_callback: {
        const cb = ev.c[i] as number;
        say(step, 1, `callback of ${name(a)} runs: ${S(t.objects.repr[cb] as number) || name(cb)}(${name(a)})${b >= 0 ? ` for ${name(b)}` : ''}`);
        break;
      }
      case K.finalize_call:
        say(step, 1, `${name(a)} calls its function${b >= 0 ? ` (${name(b)} died)` : ''}`);
        break;
      case K.resurrect:
        say(step, 1, `${name(a)} is resurrected: its finalizer left a reference to it`);
        break;
      case K.free:
        changes.delete(a);
        if (keep[a] === 1) say(step, 1, `${name(a)} freed`);
        break;
      case K.gc_begin:
        say(step, 0, `gc: collecting ${a === 0 ? 'the young generation' : 'all generations'} (${GC_REASONS[b] === 'manual' ? 'gc.collect()' : GC_REASONS[b] === 'automatic' ? 'automatic' : 'at shutdown'})`);
        break;
      case K.gc_unreachable: {
        const found: number[] = [a];
        while (i + 1 < ev.count && ev.kind[i + 1] === K.gc_unreachable) found.push(ev.a[++i] as number);
        const shown = found.filter((x) => keep[x] === 1);
        const more = found.length - shown.length;
        say(step, 1, `found ${found.length} unreachable: ${shown.slice(0, 8).map(name).join(', ')}${shown.length > 8 ? ', …' : ''}${more > 0 ? `${shown.length ? ' and ' : ''}${more} other object${more === 1 ? '' : 's'}` : ''}`);
        break;
      }
      case K.gc_end:
        say(step, 0, `gc: done — ${a} unreachable, ${b} uncollectable; gc.collect() returns ${ev.c[i] as number}`);
        break;
      default:
        break;
    }
  }
  const o = t.outcome;
  if (o.kind === 'limit' || o.kind === 'internal_error' || o.kind === 'unsupported') out.emit(`── stopped: ${o.message}\n`);
}

function firstProgramStep(t: Trace): number {
  for (let s = 0; s < t.steps.count; s++) if ((t.steps.frame[s] as number) >= 0) return s;
  return t.steps.count;
}
