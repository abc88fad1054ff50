/**
 * The example gallery: the bundled programs in examples/, each titled by its first comment line.
 * The topics come first, in teaching order; any other bundled example follows by name.
 * Plain Node, no vscode.
 */
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

export interface Example {
  /** File name in examples/: 'cache.py'. */
  readonly file: string;
  /** 'A cache that does not keep its values alive: …' (its first comment line). */
  readonly description: string;
  readonly source: string;
}

/** The gallery's core programs, in the order a reader meets the ideas. */
export const GALLERY_ORDER: readonly string[] = [
  'cache.py', // WeakValueDictionary cache
  'observers.py', // observers with WeakMethod
  'parent_pointers.py', // parent back-pointers
  'del_cycle.py', // cycles with __del__
  'resurrection.py',
  'finalize_pitfall.py',
  'memo.py', // WeakKeyDictionary memo
];

export function describe(source: string): string {
  const first = source.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  const m = first === undefined ? null : /^\s*#\s?(.*)$/.exec(first);
  return m?.[1]?.trim() ?? '';
}

export async function listExamples(dir: string): Promise<readonly Example[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.py'));
  const rank = (n: string): number => {
    const i = GALLERY_ORDER.indexOf(n);
    return i < 0 ? GALLERY_ORDER.length : i;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Promise.all(names.map(async (file) => {
    const source = await readFile(path.join(dir, file), 'utf8');
    return { file, description: describe(source), source };
  }));
}
