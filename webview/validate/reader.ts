/**
 * Typed reads from an untrusted structured-clone value, charging an estimate of its size against
 * MESSAGE_LIMITS.maxMessageBytes as it goes, so a flood is refused part-way through instead of
 * after it has been rendered. A failed read throws `Invalid`, which `validateHostMessage` turns
 * into a rejection: nothing escapes to the page.
 */
import type { MESSAGE_LIMITS } from '../../extension/protocol/messages';

export type Limits = typeof MESSAGE_LIMITS;

/**
 * The webview's copy of MESSAGE_LIMITS: the webview imports types only, and typing the copy with
 * the contract's literal types makes tsc fail if the two ever disagree.
 */
export const LIMITS: Limits = {
  maxStringLength: 10_000,
  maxNodes: 50_000,
  maxEdges: 200_000,
  maxMessageBytes: 64 * 1024 * 1024,
};

export class Invalid extends Error {}

export type Fields = Readonly<Record<string, unknown>>;

const MAX_WARNINGS = 5;

// Rough in-memory costs: UTF-16 strings, boxed numbers, object headers. Only the order matters.
const OBJECT_BYTES = 32;
const SLOT_BYTES = 8;

export class Reader {
  private bytes = 0;
  private dropped = 0;
  readonly warnings: string[] = [];

  constructor(readonly limits: Limits) {}

  fail(path: string, why: string): never {
    throw new Invalid(`${path}: ${why}`);
  }

  warn(text: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(text);
    else this.dropped++;
  }

  /** Warnings for the log, with the ones beyond the first few counted rather than listed. */
  summary(): string[] {
    return this.dropped === 0 ? this.warnings : [...this.warnings, `…and ${this.dropped} more`];
  }

  private charge(bytes: number, path: string): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.maxMessageBytes) {
      this.fail(path, `message larger than ${this.limits.maxMessageBytes} bytes`);
    }
  }

  /** A plain object (what structured clone makes of the host's JSON-like messages). */
  record(value: unknown, path: string): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'expected an object');
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) this.fail(path, 'expected a plain object');
    this.charge(OBJECT_BYTES, path);
    return value as Fields;
  }

  private field(o: Fields, key: string, path: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(o, key)) this.fail(`${path}.${key}`, 'missing');
    return o[key];
  }

  obj(o: Fields, key: string, path: string): Fields {
    return this.record(this.field(o, key, path), `${path}.${key}`);
  }

  /** Over-long strings are clipped, not refused: one hostile repr should not blank the panel. */
  str(o: Fields, key: string, path: string): string {
    return this.stringValue(this.field(o, key, path), `${path}.${key}`);
  }

  stringValue(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'expected a string');
    this.charge(OBJECT_BYTES + 2 * v.length, path);
    const max = this.limits.maxStringLength;
    if (v.length <= max) return v;
    this.warn(`${path}: string of ${v.length} characters clipped to ${max}`);
    return `${v.slice(0, max - 1)}…`;
  }

  int(o: Fields, key: string, path: string, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
    const p = `${path}.${key}`;
    const v = this.field(o, key, path);
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) this.fail(p, 'expected an integer');
    if (v < min || v > max) this.fail(p, `${v} is outside ${min}..${max}`);
    this.charge(SLOT_BYTES, p);
    return v;
  }

  bool(o: Fields, key: string, path: string): boolean {
    const v = this.field(o, key, path);
    if (typeof v !== 'boolean') this.fail(`${path}.${key}`, 'expected a boolean');
    this.charge(SLOT_BYTES, path);
    return v;
  }

  literal<T extends string>(o: Fields, key: string, path: string, values: readonly T[]): T {
    const v = this.field(o, key, path);
    const found = values.find((x) => x === v);
    if (found === undefined) this.fail(`${path}.${key}`, `expected one of ${values.join(', ')}`);
    this.charge(SLOT_BYTES, path);
    return found;
  }

  /** An array of at most `max` items, refused before any item is read when it is too long. */
  list(o: Fields, key: string, path: string, max: number): readonly unknown[] {
    const p = `${path}.${key}`;
    const v = this.field(o, key, path);
    if (!Array.isArray(v)) this.fail(p, 'expected an array');
    if (v.length > max) this.fail(p, `${v.length} items, more than the limit of ${max}`);
    this.charge(OBJECT_BYTES + SLOT_BYTES * v.length, p);
    return v as readonly unknown[];
  }

  nullable<T>(o: Fields, key: string, path: string, read: (v: unknown, path: string) => T): T | null {
    const v = this.field(o, key, path);
    return v === null ? null : read(v, `${path}.${key}`);
  }
}
