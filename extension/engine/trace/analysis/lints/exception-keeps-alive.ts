/**
 * exception-keeps-alive: objects alive at exit only because an exception someone kept (a saved
 * `err = e`, a list of errors) holds its traceback, whose frames hold their locals. Without the
 * exception they would have been freed when their functions returned.
 *
 * Computed on the heap as shutdown begins: what the roots reach, compared with what they reach
 * without following exception references ('exception' edges: __traceback__, a traceback's frame,
 * __context__, __cause__; not args, message or exceptions, which are the exception's content).
 */
import type { LintContext, LintFinding } from './types';
import type { HeapView } from '../heap-view';
import { runShape } from '../run-shape';
import { rootKind } from '../roots';
import { shortestChains } from '../why';
import { objectTitle, qualifiedName } from '../labels';
import { OF, hasFlag, shortTypeName, stepLine } from '../schema';

const HIDDEN = OF.atomic | OF.immortal | OF.isFrame | OF.isModule | OF.isType | OF.isInterpreter;
const MAX_LISTED = 5;

export function exceptionKeepsAlive(ctx: LintContext): LintFinding[] {
  const { index, trace } = ctx;
  const view = index.at(runShape(index).shutdownStart);
  const full = reach(view, true);
  const plain = reach(view, false);
  // Victims grouped by the name that holds the exception keeping them.
  const groups = new Map<string, { line: number; col: number; holder: string; exception: number; victims: number[]; names: string[] }>();
  for (const id of view.objects) {
    if (!full.has(id) || plain.has(id) || ((trace.objects.flags[id] as number) & HIDDEN) !== 0) continue;
    const t = shortTypeName(trace, id);
    if (t === 'traceback' || t === 'cell' || t === 'code' || t === 'function' || t === 'dict') continue;
    const chain = shortestChains(view, id, 1)[0];
    if (chain === undefined) continue;
    const k = chain.links.findIndex((l) => l.kind === 'exception');
    if (k <= 0) continue; // held by the interpreter itself (an uncaught exception): not something the program kept
    const exception = chain.links[k]?.from as number;
    const text = chain.text.split(' → ')[0]?.split('.__traceback__')[0] as string;
    // Where the program stored the exception: the reference into it on the chain.
    const store = chain.links[k - 1] as { from: number; to: number };
    const line = bindingLine(view, store.from, store.to);
    const g = groups.get(`${line}`) ?? { line, col: ctx.callColumn(line, []), holder: text, exception, victims: [], names: [] };
    g.victims.push(id);
    const last = chain.links[chain.links.length - 1];
    const local = last !== undefined && last.kind === 'name' && hasFlag(trace, last.from, OF.isFrame) ? `\`${qualifiedName(trace, last.from, last.label)}\` (${objectTitle(trace, id).split(' ')[0]})` : objectTitle(trace, id).split(' ')[0] as string;
    g.names.push(local);
    groups.set(`${line}`, g);
  }
  const out: LintFinding[] = [];
  for (const g of groups.values()) {
    const listed = g.names.slice(0, MAX_LISTED).join(', ');
    const more = g.victims.length > MAX_LISTED ? ` and ${g.victims.length - MAX_LISTED} more` : '';
    out.push({
      id: 'exception-keeps-alive',
      line: g.line,
      col: g.col,
      message: `at exit, \`${g.holder}\` still holds ${objectTitle(trace, g.exception).split(' ')[0]} and its traceback, whose frames keep ${listed}${more} alive: they would have been freed when their functions returned`,
      related: [
        { line: stepLine(trace, trace.objects.bornStep[g.exception] ?? -1), message: 'the exception is created here' },
        ...g.victims.slice(0, MAX_LISTED).map((v) => ({ line: stepLine(trace, trace.objects.bornStep[v] ?? -1), message: `${objectTitle(trace, v)} is created here` })),
      ],
      fix: 'do not keep the exception object after handling it: keep str(e) or traceback.format_exception(e) instead, drop the traceback (e.with_traceback(None) or e.__traceback__ = None), or del the name when done',
    });
  }
  return out;
}

/** What an exception links to as an exception (not its args, message or sub-exceptions, its content). */
const CONTENT = new Set(['args', 'message', 'exceptions']);
function isExceptionLink(view: HeapView, e: number): boolean {
  return view.labelKind(e) === 'exception' && !CONTENT.has(view.label(e));
}

function reach(view: HeapView, followExceptions: boolean): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const id of view.objects) if (rootKind(view, id) !== null) {
    seen.add(id);
    stack.push(id);
  }
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const e of view.out(id)) {
      if (view.isWeak(e) || (!followExceptions && isExceptionLink(view, e))) continue;
      const to = view.to(e);
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return seen;
}

/** The line where `from` got its (still live) reference to `to`. */
function bindingLine(view: HeapView, from: number, to: number): number {
  const trace = view.index.trace;
  let latest = -1;
  for (const e of view.out(from)) if (view.to(e) === to && !view.isWeak(e) && e > latest) latest = e;
  return latest >= 0 ? stepLine(trace, trace.events.step[latest] as number) : 0;
}
