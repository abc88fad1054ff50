/**
 * not-weakrefable: weakref.ref / proxy / finalize (or WeakSet.add, a weak dictionary's store) of an
 * object that cannot be weakly referenced — int, str, tuple, list, dict, None, instances of classes
 * whose __slots__ leave out __weakref__. It raises TypeError. Literals are caught from the source;
 * names from the object they were bound to when the line ran.
 */
import type { LintContext, LintFinding } from './types';
import { weakSites, type WeakSite } from '../call-sites';
import { OF, hasFlag, shortTypeName } from '../schema';
import type { NameFacts } from '../line-facts';

const CALLEES = new Set(['ref', 'proxy', 'finalize', 'KeyedRef']);

export function notWeakrefable(ctx: LintContext): LintFinding[] {
  const { trace } = ctx;
  const source = ctx.perLine.source;
  const out: LintFinding[] = [];
  for (const site of weakSites(source.tree, source.lines)) {
    const container = containerKind(ctx, site);
    if (container === null) continue;
    const executed = (ctx.perLine.lines.get(site.line)?.executions ?? 0) > 0;
    let type = site.arg.literalType;
    let what = type === null ? '' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} literal`;
    if (type === null && site.arg.name !== null) {
      const bound = facts(ctx, site.arg.name, site.arg.line, site.arg.col);
      // Classes are weakly referenceable even where a trace's flags say otherwise.
      const bad = bound === null ? undefined : [...bound.objects].find((id) => !hasFlag(trace, id, OF.weakrefable) && !hasFlag(trace, id, OF.isType));
      if (bad !== undefined) {
        type = shortTypeName(trace, bad);
        what = `\`${site.arg.name}\` (${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type})`;
      }
    } else if (!executed) type = null;
    if (type === null) continue;
    out.push({
      id: 'not-weakrefable',
      line: site.line,
      col: site.col,
      message: `cannot create a weak reference to ${what}: ${container} raises TypeError: cannot create weak reference to '${type}' object`,
      related: [],
      fix: `${type} objects cannot be weakly referenced: hold it strongly, wrap it in an instance of a small class, or (for your own classes with __slots__) add '__weakref__' to __slots__`,
    });
  }
  return out;
}

/** What the site creates a weak reference with, or null when it is not a weak container (or not a weakref call). */
function containerKind(ctx: LintContext, site: WeakSite): string | null {
  if (site.kind === 'call' && CALLEES.has(site.callee)) return `weakref.${site.callee}()`;
  if (site.receiver === null) return null;
  const recv = receiverType(ctx, site.receiver, site.line);
  if (site.kind === 'call' && site.callee === 'add' && recv === 'WeakSet') return 'WeakSet.add()';
  if (site.kind === 'store_value' && recv === 'WeakValueDictionary') return 'storing into a WeakValueDictionary';
  if (site.kind === 'store_key' && recv === 'WeakKeyDictionary') return 'storing into a WeakKeyDictionary';
  return null;
}

function receiverType(ctx: LintContext, name: string, line: number): string | null {
  for (const f of ctx.perLine.namesOn(line)) {
    if (f.occurrence.name !== name) continue;
    for (const id of f.objects) return shortTypeName(ctx.trace, id);
  }
  return null;
}

function facts(ctx: LintContext, name: string, line: number, col: number): NameFacts | null {
  return ctx.perLine.namesOn(line).find((f) => f.occurrence.name === name && f.occurrence.col + 1 === col) ?? null;
}
