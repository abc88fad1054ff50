/**
 * What a hover says about one object at one point of the run: its type and short repr, its
 * refcount, the weak references to it (and whether they have callbacks), and its fate.
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import type { HeapView } from '../../engine/trace/analysis/heap-view';
import { objectTitle } from '../../engine/trace/analysis/labels';
import { isProxy } from '../../engine/trace/analysis/structure';
import { OF, hasCallbackFlags, hasFlag } from '../../engine/trace/analysis/schema';
import { fateOf } from './fate';
import { code, plural, prose } from './markdown';

/** "2 weak references (2 with callbacks), 1 proxy" or '' when there are none. */
export function weakRefsText(view: HeapView, id: number): string {
  let refs = 0;
  let refCallbacks = 0;
  let proxies = 0;
  let proxyCallbacks = 0;
  for (const e of view.in(id)) {
    if (!view.isWeak(e)) continue;
    const callback = hasCallbackFlags(view.index.edgeFlags(e));
    if (isProxy(view.index.trace, view.from(e))) {
      proxies++;
      if (callback) proxyCallbacks++;
    } else {
      refs++;
      if (callback) refCallbacks++;
    }
  }
  const parts: string[] = [];
  if (refs > 0) parts.push(`${plural(refs, 'weak reference')} (${callbackText(refs, refCallbacks)})`);
  if (proxies > 0) parts.push(`${plural(proxies, 'proxy', 'proxies')} (${callbackText(proxies, proxyCallbacks)})`);
  return parts.join(', ');
}

function callbackText(total: number, withCallback: number): string {
  if (withCallback === 0) return total === 1 ? 'no callback' : 'no callbacks';
  if (withCallback === total) return total === 1 ? 'with a callback' : 'all with callbacks';
  return `${withCallback} with a callback`;
}

/**
 * The refcount at `view`: the last one recorded, else 1 for an object allocated in the trace (the
 * contract: 1 from its alloc until its first refcnt event); -1 when unknown (immortals).
 */
export function refcount(index: TraceIndex, view: HeapView, id: number): number {
  if (hasFlag(index.trace, id, OF.immortal)) return -1;
  const rc = view.refcnt(id);
  if (rc >= 0) return rc;
  return (index.allocAt[id] as number) >= 0 ? 1 : -1;
}

/** The object's lines of a hover, at the heap `view`. */
export function objectLines(index: TraceIndex, view: HeapView, id: number): string[] {
  const trace = index.trace;
  const title = objectTitle(trace, id, view.isAlive(id) ? view.repr(id) : undefined);
  const lines = [code(title)];
  if (view.isAlive(id)) {
    const rc = refcount(index, view, id);
    const facts: string[] = [];
    if (rc >= 0) facts.push(`refcount ${rc}`);
    const weak = weakRefsText(view, id);
    facts.push(weak === '' ? 'no weak references' : weak);
    lines.push(facts.join(' · '));
  }
  lines.push(`Fate: ${prose(fateOf(index, id).text)}`);
  return lines;
}
