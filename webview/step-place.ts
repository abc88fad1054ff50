/**
 * Where a step is, in words. Steps without a source line are the engine's own: the one before the
 * program's first statement, and interpreter shutdown (atexit, finalizers, the final collections).
 */
export function stepPlace(step: number, line: number | undefined): string | null {
  if (line === undefined) return null;
  if (line > 0) return `line ${line}`;
  return step === 0 ? 'start' : 'shutdown';
}
