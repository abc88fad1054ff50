/**
 * How references read, everywhere they are shown: the graph's edge labels ('x', '.parent', '[0]',
 * "['k']", 'cell x', 'self'), names bound to objects ('x' for a global, 'main.cache' for a local of
 * main), object titles ('Item#3 <Item object>') and why-alive chains (`cache['k'] → Item.parent`).
 */
import type { EdgeLabelKind, Trace } from '../../../protocol/trace';
import { OF, hasFlag, shortTypeName, str } from './schema';

/** The label of an edge as drawn, from its kind and recorded label. */
export function edgeLabelText(kind: EdgeLabelKind, label: string): string {
  switch (kind) {
    case 'name':
      return label;
    case 'attr':
      return `.${label}`;
    case 'index':
      return `[${label}]`;
    case 'value':
      return `[${label}]`;
    case 'key':
      return `key ${label}`;
    case 'item':
      return label === '' ? 'item' : `{${label}}`;
    case 'cell':
      return label === '' ? 'cell' : `cell ${label}`;
    case 'self':
      return 'self';
    case 'func':
      return 'func';
    case 'type':
      return '__class__';
    case 'dict':
      return label === '' || label === '__dict__' ? '__dict__' : label;
    case 'stack':
      return label === '' ? 'stack' : `stack ${label}`;
    case 'exception':
      return label === '' ? 'exception' : `.${label}`;
    case 'callback':
      return 'callback';
    case 'internal':
      return label === '' ? 'internal' : label;
    case 'borrowed':
      return label === '' ? 'borrowed' : `borrowed (${label})`;
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

/** The code name in a frame's repr (`<frame of main>`, or CPython's `<frame at …, code main>`). */
export function frameName(repr: string): string {
  const m = /^<frame of (.+)>$/.exec(repr) ?? /code (\S+)>$/.exec(repr);
  return m !== null ? (m[1] as string) : repr;
}

export function moduleName(repr: string): string {
  const m = /^<module '(.+)'>$/.exec(repr);
  return m !== null ? (m[1] as string) : repr;
}

/** How a name bound in `holder` reads: a global as itself, a function's local as `f.x`. */
export function qualifiedName(trace: Trace, holder: number, name: string): string {
  if (hasFlag(trace, holder, OF.isFrame)) {
    const f = frameName(str(trace, trace.objects.repr[holder] ?? -1));
    return f === '<module>' ? name : `${f}.${name}`;
  }
  return name;
}

export function objectTitle(trace: Trace, id: number, repr?: string): string {
  const r = repr ?? str(trace, trace.objects.repr[id] ?? -1);
  const head = `${shortTypeName(trace, id)}#${id}`;
  return r === '' ? head : `${head} ${r}`;
}

/** Truncates a repr for display (reprs can be hostile: huge, multi-line). */
export function clipRepr(s: string, max = 80): string {
  const one = s.replace(/[\r\n]+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export interface ChainLink {
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeLabelKind;
  /** As drawn on the graph (edgeLabelText). */
  readonly label: string;
}

/**
 * A chain from a root as one line: it starts at the first name (`cache`, `main.x`; the
 * interpreter's hops to the module or frame are implied), the hop out of the named object joins
 * it (`cache['k']`), later hops read `Type.attr`; a cell's hop after its variable and an
 * instance's __dict__ hop before the entry are folded in.
 */
/** Where a step is, for messages: its line, or "at shutdown" for the steps after the program (line 0). */
export function whereText(line: number, step: number): string {
  return line > 0 ? `at line ${line} (step ${step})` : `at shutdown (step ${step})`;
}

/** How a hop's holder is named: a class by its own name (`finalize._registry`), else its type's. */
function holderName(trace: Trace, id: number): string {
  const m = hasFlag(trace, id, OF.isType) ? /^<class '(?:.*\.)?([^'.]+)'>$/.exec(str(trace, trace.objects.repr[id] ?? -1)) : null;
  return m !== null ? (m[1] as string) : shortTypeName(trace, id);
}

export function chainText(trace: Trace, links: readonly ChainLink[]): string {
  const named = links.findIndex((l) => l.kind === 'name' || (l.kind === 'cell' && hasFlag(trace, l.from, OF.isFrame)));
  let i = named >= 0 ? named + 1 : 0;
  let current: string;
  if (named >= 0) {
    const l = links[named] as ChainLink;
    current = qualifiedName(trace, l.from, l.kind === 'cell' ? l.label.replace(/^cell /, '') : l.label);
    if (l.kind === 'cell' && links[i]?.kind === 'cell') i++;
  } else {
    const first = links[0];
    current = first === undefined ? '' : holderName(trace, first.from);
  }
  const parts: string[] = [];
  let joined = true;
  for (; i < links.length; i++) {
    const link = links[i] as ChainLink;
    let hop = link.label;
    if (link.kind === 'dict' && links[i + 1]?.kind === 'value') {
      hop = `.${unquote((links[i + 1] as ChainLink).label.slice(1, -1))}`;
      i++;
    }
    if (/^[A-Za-z_<]/.test(hop)) hop = ` ${hop}`;
    if (joined) {
      current += hop;
      joined = false;
    } else {
      parts.push(current);
      current = `${holderName(trace, link.from)}${hop}`;
    }
  }
  parts.push(current);
  return parts.filter((p) => p !== '').join(' → ');
}

function unquote(s: string): string {
  return /^'.*'$/.test(s) || /^".*"$/.test(s) ? s.slice(1, -1) : s;
}
