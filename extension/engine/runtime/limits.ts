/**
 * Run budgets: steps, wall time, live objects, recursion depth, output size and memory. Exceeding
 * one throws `LimitExceeded`, which is not a Python exception: no `except` or `finally` of the
 * program sees it, it unwinds straight out of run(), which keeps the trace recorded so far and
 * reports a 'limit' outcome. Memory bombs are stopped *before* the host allocates: operations that
 * build a large sequence ask `checkAllocation` first, and long native loops tick `checkPeriodic`.
 */
import type { LimitKind } from '../../protocol/trace';
import { objectsCreated } from './object';

/** An Error (so every `throw e instanceof Error ? e : …` path passes it on untouched), never a Python exception. */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitKind, readonly what: string) {
    super(`limit reached: ${what}`);
  }
}

export interface Limits {
  /** Statements executed (trace steps). */
  maxSteps: number;
  /** Wall-clock milliseconds. */
  maxTimeMs: number;
  /** Objects alive at once. */
  maxObjects: number;
  /** Python frames on the stack, whatever sys.setrecursionlimit() says (RecursionError comes first below it). */
  maxDepth: number;
  /** Characters written to stdout and stderr together. */
  maxOutput: number;
  /** Bytes of memory in use (as `memoryInUse` measures it). */
  maxMemory: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxSteps: 10_000_000,
  maxTimeMs: 30_000,
  maxObjects: 5_000_000,
  maxDepth: 100_000,
  maxOutput: 16 * 1024 * 1024,
  maxMemory: 1024 * 1024 * 1024,
};

/** The host's memory in use, in bytes; null when the platform cannot say. */
export type MemoryProbe = () => number | null;

interface NodeLikeProcess {
  memoryUsage?: () => { heapUsed: number; arrayBuffers?: number };
}

/** Node's heap plus array buffers (the trace's typed arrays live there); null elsewhere. */
export const defaultMemoryProbe: MemoryProbe = () => {
  const p = (globalThis as { process?: NodeLikeProcess }).process;
  if (p?.memoryUsage === undefined) return null;
  const m = p.memoryUsage();
  return m.heapUsed + (m.arrayBuffers ?? 0);
};

export const limits: Limits = { ...DEFAULT_LIMITS };
let probe: MemoryProbe = defaultMemoryProbe;
let deadline = Infinity;
/** The host's memory probe is costly (Node walks its heap spaces): at most one every few ms. */
const MEMORY_CHECK_MS = 25;
let nextMemoryCheck = 0;
let freed = 0;
let outputUsed = 0;

export function resetLimits(l: Partial<Limits>, memoryProbe: MemoryProbe | undefined): void {
  Object.assign(limits, DEFAULT_LIMITS, l);
  probe = memoryProbe ?? defaultMemoryProbe;
  deadline = performance.now() + limits.maxTimeMs;
  nextMemoryCheck = 0;
  freed = 0;
  outputUsed = 0;
  smallBytes = 0;
}

/** Every free: the live-object count is objects created minus these. */
export function countFree(): void {
  freed++;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function bytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3} GiB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MiB`;
  return `${fmt(n)} bytes`;
}

export function stepLimit(): never {
  throw new LimitExceeded('steps', `${fmt(limits.maxSteps)} steps`);
}

export function depthLimit(): never {
  throw new LimitExceeded('recursion', `recursion depth ${fmt(limits.maxDepth)}`);
}

function memoryLimit(): never {
  throw memoryExceeded();
}

/** The memory budget's error (also what an allocation the host refuses becomes). */
export function memoryExceeded(): LimitExceeded {
  return new LimitExceeded('memory', `${bytes(limits.maxMemory)} of memory`);
}

/** Time, live objects and memory: checked every few thousand steps and in long native loops. */
export function checkPeriodic(withMemory: boolean): void {
  const now = performance.now();
  if (now > deadline) {
    throw new LimitExceeded('time', `${fmt(limits.maxTimeMs / 1000)} s of run time`);
  }
  if (objectsCreated() - freed > limits.maxObjects) {
    throw new LimitExceeded('objects', `${fmt(limits.maxObjects)} live objects`);
  }
  if (withMemory && now >= nextMemoryCheck) {
    nextMemoryCheck = now + MEMORY_CHECK_MS;
    const used = probe();
    if (used !== null && used > limits.maxMemory) memoryLimit();
  }
}

/** Sequences below this size are not checked one by one, only each time their sum grows by SMALL_SUM. */
const SMALL_ALLOCATION = 1 << 20;
/** The periodic check comes every few thousand statements: too rarely for a loop building 800 KB lists. */
const SMALL_SUM = 16 << 20;
let smallBytes = 0;

/**
 * Before building a sequence of `items` elements of `bytesEach` bytes: stop if it cannot fit in
 * the memory budget (CPython would raise MemoryError or run for hours).
 */
export function checkAllocation(items: number, bytesEach: number): void {
  const size = items * bytesEach;
  if (size < SMALL_ALLOCATION) {
    smallBytes += size;
    if (smallBytes < SMALL_SUM) return;
    smallBytes = 0;
    const used = probe();
    if (used !== null && used > limits.maxMemory) memoryLimit();
    return;
  }
  if (!(size <= limits.maxMemory)) memoryLimit();
  const used = probe();
  if (used !== null && used + size > limits.maxMemory) memoryLimit();
}

let ticks = 0;

/** Called once per item by native loops that may run long without executing a statement. */
export function tick(): void {
  if ((++ticks & 0xffff) === 0) checkPeriodic(true);
}

/** Every write to stdout/stderr. */
export function countOutput(n: number): void {
  outputUsed += n;
  if (outputUsed > limits.maxOutput) throw new LimitExceeded('output', `${bytes(limits.maxOutput)} of output`);
}
