/**
 * Where a syntax tree nests deepest. The compiler's passes recurse over the tree, so a tree
 * deeper than the host's stack allows (CPython compiles `1 + 1 + … + 1` with 100,000 terms only
 * until its own C stack runs out) stops the run with a limit; this names the line to blame. The
 * walk keeps its own stack, since it runs exactly when recursion has failed.
 */
import { NODE_SCHEMA, type Node } from './ast';
import { parse } from './parser';

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && 'kind' in v;

/** The line of the most deeply nested node with a position (0 when there is none). */
export function deepestLine(tree: Node): number {
  const stack: [Node, number][] = [[tree, 0]];
  let bestDepth = -1;
  let bestLine = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    const line = (node as { lineno?: unknown }).lineno;
    if (typeof line === 'number' && depth > bestDepth) {
      bestDepth = depth;
      bestLine = line;
    }
    const record = node as unknown as Record<string, unknown>;
    for (const [, category, prop] of NODE_SCHEMA[node.kind].fields) {
      const v = record[prop];
      if (category === 'list' && Array.isArray(v)) {
        for (const child of v) if (isNode(child)) stack.push([child, depth + 1]);
      } else if ((category === 'node' || category === 'optional') && isNode(v)) {
        stack.push([v, depth + 1]);
      }
    }
  }
  return bestLine;
}

/** deepestLine of the source's tree; 0 when it does not parse. */
export function deepestLineOf(source: string): number {
  try {
    const parsed = parse(source);
    return parsed.ok ? deepestLine(parsed.tree) : 0;
  } catch {
    return 0;
  }
}
