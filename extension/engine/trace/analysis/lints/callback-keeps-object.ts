/**
 * finalize-refers-to-object and callback-bound-method: a weakref.finalize whose callback or
 * arguments refer to the object it watches, or a weakref/finalize callback that is a bound method
 * of the referent. Either way the callback holds the object strongly, so the weak reference never
 * sees it die: a finalizer then only runs at exit, a weakref callback never runs.
 *
 * Read from the heap right after the weak reference is made: the weakref's 'callback' edge, and
 * for finalize the _Info record holding the weakref (`weakref`, `func`, `args`, `kwargs`).
 */
import type { LintContext, LintFinding } from './types';
import type { HeapView } from '../heap-view';
import { attribute, isBoundMethod, isFinalize } from '../structure';
import { objectTitle } from '../labels';
import { strongPath } from './reach';
import { lookupName } from '../bindings';
import { objectEvents } from '../object-events';
import { EV, OF, hasCallbackFlags, hasFlag, isWeakFlags, labelKindOf, stepLine, str } from '../schema';

const FIX_FINALIZE = 'pass the callback only what it needs to clean up (a file, a handle), never the object itself, a bound method of it, or a closure over it: weakref.finalize(obj, handle.close)';
const FIX_METHOD = 'use a function that does not hold the object (a staticmethod or module-level function given only the state it needs), or weakref.WeakMethod if you must refer to the method';

export function callbackKeepsObject(ctx: LintContext): LintFinding[] {
  const { index, trace } = ctx;
  const { events } = trace;
  const out: LintFinding[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < events.count; i++) {
    if (events.kind[i] !== EV.edge_add) continue;
    const d = events.d[i] as number;
    if (!isWeakFlags(d) || !hasCallbackFlags(d)) continue;
    const ref = events.a[i] as number;
    const obj = events.b[i] as number;
    const step = events.step[i] as number;
    const view = index.seek(step);
    if (!view.isAlive(ref) || !view.isAlive(obj)) continue;
    const callback = callbackOf(view, ref);
    if (callback < 0) continue;
    const finalize = isFinalize(trace, callback);
    const line = stepLine(trace, step);
    const col = ctx.callColumn(line, finalize ? ['finalize'] : ['ref', 'proxy', 'KeyedRef']);
    const born = { line: stepLine(trace, trace.objects.bornStep[obj] ?? -1), message: `${objectTitle(trace, obj)} is created here` };
    const held = keepers(ctx, view, ref, callback, finalize);
    for (const [role, keeper] of held.keepers) {
      const key = `${line}:${col}`;
      if (seen.has(key)) break;
      if (isBoundMethod(trace, keeper) && selfOf(held.view, keeper) === obj) {
        seen.add(key);
        out.push({
          id: 'callback-bound-method',
          line,
          col,
          message: finalize
            ? `the finalize callback is a bound method of the object it finalizes (${objectTitle(trace, obj)}): the finalizer holds the object, so it is not collected before exit and the callback only runs at shutdown`
            : `the weakref callback is a bound method of its referent (${objectTitle(trace, obj)}): the weakref holds the object through its callback, so the referent never dies while the weakref lives and the callback never runs`,
          related: [born],
          fix: FIX_METHOD,
        });
        break;
      }
      if (!finalize) continue;
      const path = strongPath(held.view, keeper, obj);
      if (path === null) continue;
      seen.add(key);
      out.push({
        id: 'finalize-refers-to-object',
        line,
        col,
        message: `the finalize ${role} refers to the object it finalizes (${path.map((x) => objectTitle(trace, x).split(' ')[0]).join(' → ')}): the registry holds it strongly, so ${objectTitle(trace, obj)} is not collected before exit and the finalizer only runs at shutdown`,
        related: [born],
        fix: FIX_FINALIZE,
      });
      break;
    }
  }
  return out;
}

function callbackOf(view: HeapView, ref: number): number {
  for (const e of view.out(ref)) if (!view.isWeak(e) && view.labelKind(e) === 'callback') return view.to(e);
  return -1;
}

function selfOf(view: HeapView, method: number): number {
  for (const e of view.out(method)) if (!view.isWeak(e) && view.labelKind(e) === 'self') return view.to(e);
  return attribute(view, method, '__self__');
}

/**
 * What the callback holds: for finalize, its record's func, args and kwargs (the _Info slots; or,
 * where slot stores are not recorded, finalize.__init__'s own arguments just before it returns);
 * otherwise the callback itself. With the heap to read them in.
 */
function keepers(ctx: LintContext, view: HeapView, ref: number, callback: number, finalize: boolean): { view: HeapView; keepers: [string, number][] } {
  if (!finalize) return { view, keepers: [['callback', callback]] };
  const roles = [['callback', 'func'], ['arguments', 'args'], ['keyword arguments', 'kwargs']] as const;
  let info = -1;
  for (const e of view.in(ref)) if (!view.isWeak(e) && view.labelKind(e) === 'attr' && view.label(e) === 'weakref') info = view.from(e);
  if (info >= 0) {
    const found: [string, number][] = [];
    for (const [role, name] of roles) {
      const x = attribute(view, info, name);
      if (x >= 0) found.push([role, x]);
    }
    return { view, keepers: found };
  }
  const init = initFrame(ctx, callback);
  if (init === null) return { view, keepers: [] };
  const before = ctx.index.at(init.ending);
  const found: [string, number][] = [];
  for (const [role, name] of roles) {
    const x = lookupName(before, init.frame, name);
    if (x >= 0) found.push([role, x]);
  }
  return { view: before, keepers: found };
}

/** The finalize.__init__ frame that made `finalize` (its `self`), and the event where its locals start going. */
function initFrame(ctx: LintContext, finalize: number): { frame: number; ending: number } | null {
  const { index, trace } = ctx;
  const { events } = trace;
  for (const i of objectEvents(index).of(finalize)) {
    if (events.kind[i] !== EV.edge_add || events.b[i] !== finalize || labelKindOf(events.d[i] as number) !== 'name') continue;
    const frame = events.a[i] as number;
    if (str(trace, events.c[i] as number) !== 'self' || !hasFlag(trace, frame, OF.isFrame)) continue;
    for (const j of objectEvents(index).of(frame)) {
      if (j > i && events.kind[j] === EV.edge_remove && events.a[j] === frame && labelKindOf(events.d[j] as number) === 'name') return { frame, ending: j };
    }
    return { frame, ending: index.freeAt[frame] as number };
  }
  return null;
}
