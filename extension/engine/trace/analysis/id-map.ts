/**
 * ObjectId → slot, sized to the objects of one view rather than to every object of the run, so a
 * seek in a trace that allocated millions of objects costs what the heap at that step holds.
 */
export class IdMap {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacityHint: number) {
    let cap = 16;
    while (cap < capacityHint * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(-1);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  set(id: number, value: number): void {
    let h = Math.imul(id, 0x9e3779b1) >>> 0;
    for (;;) {
      h &= this.mask;
      const k = this.keys[h] as number;
      if (k === -1 || k === id) {
        this.keys[h] = id;
        this.values[h] = value;
        return;
      }
      h++;
    }
  }

  /** The value stored for `id`, or -1. */
  get(id: number): number {
    let h = Math.imul(id, 0x9e3779b1) >>> 0;
    for (;;) {
      h &= this.mask;
      const k = this.keys[h] as number;
      if (k === id) return this.values[h] as number;
      if (k === -1) return -1;
      h++;
    }
  }
}
