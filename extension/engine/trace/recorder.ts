/**
 * The trace recorder: lifetime events appended to growable typed arrays (no object per event),
 * so a million-step run costs a few megabytes and no GC pressure. Each event is four int32s:
 * kind, step, object id, argument. Names (type names, strings) are interned in a side table and
 * referred to by index. See ../DESIGN.md for how snapshots and deltas are built from this.
 */
import type { PyObject } from '../runtime/object';

export enum EventKind {
  /** An object was allocated; arg = interned type name. */
  Alloc = 1,
  /** An object's memory was released; arg = interned type name. */
  Free = 2,
  /** __del__ is about to run; obj = the object. */
  Finalize = 3,
  /** A weakref callback is about to run; obj = the weakref, arg = referent id. */
  WeakrefCallback = 4,
  /** A cycle collection started; arg = generation. */
  GcStart = 5,
  /** A cycle collection ended; arg = number of unreachable objects found. */
  GcEnd = 6,
  /** A new source line started executing; arg = line number. */
  Line = 7,
  /** The interpreter began shutting down (atexit, module teardown, the final collection). */
  Shutdown = 8,
}

const WORDS = 4;

export class Recorder {
  enabled = false;
  /** Incremented once per executed line: the unit a scrubber seeks by. */
  step = 0;
  private buf = new Int32Array(1 << 12);
  private len = 0;
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();

  reset(enabled: boolean): void {
    this.enabled = enabled;
    this.step = 0;
    this.len = 0;
    this.names.length = 0;
    this.nameIndex.clear();
  }

  intern(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  emit(kind: EventKind, obj: number, arg: number): void {
    if (!this.enabled) return;
    if (this.len + WORDS > this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    const b = this.buf;
    const i = this.len;
    b[i] = kind;
    b[i + 1] = this.step;
    b[i + 2] = obj;
    b[i + 3] = arg;
    this.len = i + WORDS;
  }

  alloc(o: PyObject): void {
    if (this.enabled) this.emit(EventKind.Alloc, o.ob_id, this.intern(o.ob_type.tp_name));
  }

  free(o: PyObject): void {
    if (this.enabled) this.emit(EventKind.Free, o.ob_id, this.intern(o.ob_type.tp_name));
  }

  line(lineno: number): void {
    if (this.enabled) {
      this.step++;
      this.emit(EventKind.Line, 0, lineno);
    }
  }

  /** The recorded trace: the event words (a copy trimmed to length) and the name table. */
  finish(): Trace {
    return { events: this.buf.slice(0, this.len), names: [...this.names], steps: this.step };
  }
}

export interface Trace {
  /** Events, WORDS int32s each: kind, step, object id, argument. */
  readonly events: Int32Array;
  readonly names: readonly string[];
  readonly steps: number;
}

export const recorder = new Recorder();
