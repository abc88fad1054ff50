/**
 * Matches each edge_remove to the edge_add it undoes, in one pass, without a string or object per
 * event: an open-addressing table keyed on (from, to, label, identity flags) whose slots head a
 * stack of still-open adds (threaded through one Int32Array indexed by event). Two identical edges
 * (a tuple holding the same object twice under one label) are a multiset: the newest closes first.
 */
export class OpenEdges {
  private keys: Int32Array; // 4 words per slot: from, to, label, flags
  private heads: Int32Array; // newest open add of the slot, or -1
  private used: Uint8Array;
  private size = 0;
  private readonly nextOpen: Int32Array;

  constructor(eventCount: number) {
    const cap = 1024;
    this.keys = new Int32Array(cap * 4);
    this.heads = new Int32Array(cap).fill(-1);
    this.used = new Uint8Array(cap);
    this.nextOpen = new Int32Array(Math.max(1, eventCount));
  }

  open(event: number, from: number, to: number, label: number, flags: number): void {
    const slot = this.slot(from, to, label, flags, true);
    this.nextOpen[event] = this.heads[slot] as number;
    this.heads[slot] = event;
  }

  /** The add event this removal closes, or -1 when nothing matching is open. */
  close(from: number, to: number, label: number, flags: number): number {
    const slot = this.slot(from, to, label, flags, false);
    if (slot < 0) return -1;
    const event = this.heads[slot] as number;
    if (event >= 0) this.heads[slot] = this.nextOpen[event] as number;
    return event;
  }

  private slot(from: number, to: number, label: number, flags: number, insert: boolean): number {
    const mask = this.heads.length - 1;
    let h = hash4(from, to, label, flags) & mask;
    for (;;) {
      if (this.used[h] === 0) {
        if (!insert) return -1;
        if ((this.size + 1) * 2 > this.heads.length) {
          this.grow();
          return this.slot(from, to, label, flags, true);
        }
        this.used[h] = 1;
        this.size++;
        const k = h * 4;
        this.keys[k] = from;
        this.keys[k + 1] = to;
        this.keys[k + 2] = label;
        this.keys[k + 3] = flags;
        return h;
      }
      const k = h * 4;
      if (this.keys[k] === from && this.keys[k + 1] === to && this.keys[k + 2] === label && this.keys[k + 3] === flags) return h;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldUsed = this.used;
    let live = 0;
    for (let i = 0; i < oldHeads.length; i++) if (oldUsed[i] !== 0 && (oldHeads[i] as number) >= 0) live++;
    // Sized on what is still open, so keys of long-closed edges do not grow the table forever.
    let cap = 1024;
    while (cap < live * 4) cap *= 2;
    this.keys = new Int32Array(cap * 4);
    this.heads = new Int32Array(cap).fill(-1);
    this.used = new Uint8Array(cap);
    this.size = 0;
    for (let i = 0; i < oldHeads.length; i++) {
      // Slots with nothing open are dropped: their key can be re-inserted if it reappears.
      if (oldUsed[i] === 0 || (oldHeads[i] as number) < 0) continue;
      const k = i * 4;
      const s = this.slot(oldKeys[k] as number, oldKeys[k + 1] as number, oldKeys[k + 2] as number, oldKeys[k + 3] as number, true);
      this.heads[s] = oldHeads[i] as number;
    }
  }
}

function hash4(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae3d) ^ Math.imul(c, 0x27d4eb2f) ^ Math.imul(d, 0x165667b1);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 16)) >>> 0;
}
