/**
 * The two ways CPython 3.14's traceback module finds a word close to a misspelled one, as
 * TracebackException._find_keyword_typos uses them on the keyword list:
 * - `_suggestions._generate_suggestions(candidates, word)` (Python/suggestions.c): the candidate
 *   at the smallest Levenshtein distance over UTF-8 bytes (a case flip costs 1, any other edit 2),
 *   within a third of the characters involved;
 * - `difflib.get_close_matches(word, candidates, n, cutoff)` (Lib/difflib.py): the candidates
 *   whose SequenceMatcher ratio reaches the cutoff, best first.
 */

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

const encoder = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance: the edit cost from a to b, or anything above maxCost once it is exceeded. */
function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0;
  let bStart = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let x = a.subarray(aStart, aEnd);
  let y = b.subarray(bStart, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    const code = y[j] as number;
    let distance = j * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x[i] as number);
      distance = row[i] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** _suggestions._generate_suggestions: the closest candidate, or null. */
export function generateSuggestion(candidates: readonly string[], word: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const name = encoder.encode(word);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === word) continue;
    const bytes = encoder.encode(item);
    const maxDistance = Math.min(Math.floor(((name.length + bytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const distance = levenshtein(name, bytes, maxDistance);
    if (distance > maxDistance) continue;
    if (best === null || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

// ---------------------------------------------------------------- difflib

/** SequenceMatcher(None, a, b) reduced to what ratio() needs; sequences of code points. */
class SequenceMatcher {
  private readonly b2j = new Map<number, number[]>();
  private readonly fullBCount = new Map<number, number>();

  constructor(private readonly b: readonly number[]) {
    b.forEach((elt, i) => {
      const list = this.b2j.get(elt);
      if (list === undefined) this.b2j.set(elt, [i]);
      else list.push(i);
      this.fullBCount.set(elt, (this.fullBCount.get(elt) ?? 0) + 1);
    });
    // The autojunk heuristic: in a long b, elements making up over 1% of it are ignored.
    if (b.length >= 200) {
      const ntest = Math.floor(b.length / 100) + 1;
      for (const [elt, idxs] of [...this.b2j]) if (idxs.length > ntest) this.b2j.delete(elt);
    }
  }

  realQuickRatio(a: readonly number[]): number {
    return ratioOf(Math.min(a.length, this.b.length), a.length + this.b.length);
  }

  quickRatio(a: readonly number[]): number {
    const avail = new Map<number, number>();
    let matches = 0;
    for (const elt of a) {
      const numb = avail.has(elt) ? (avail.get(elt) as number) : (this.fullBCount.get(elt) ?? 0);
      avail.set(elt, numb - 1);
      if (numb > 0) matches++;
    }
    return ratioOf(matches, a.length + this.b.length);
  }

  ratio(a: readonly number[]): number {
    let matches = 0;
    const queue: [number, number, number, number][] = [[0, a.length, 0, this.b.length]];
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
      const [alo, ahi, blo, bhi] = item;
      const [i, j, k] = this.longestMatch(a, alo, ahi, blo, bhi);
      if (k > 0) {
        matches += k;
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    return ratioOf(matches, a.length + this.b.length);
  }

  /** find_longest_match without junk: the earliest longest block, extended over popular elements. */
  private longestMatch(a: readonly number[], alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
    const b = this.b;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of this.b2j.get(a[i] as number) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = next;
    }
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  }
}

function ratioOf(matches: number, length: number): number {
  return length > 0 ? (2.0 * matches) / length : 1.0;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

function compareCodePoints(x: string, y: string): number {
  const a = codePoints(x);
  const b = codePoints(y);
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** difflib.get_close_matches(word, possibilities, n, cutoff). */
export function getCloseMatches(word: string, possibilities: readonly string[], n: number, cutoff: number): string[] {
  const s = new SequenceMatcher(codePoints(word));
  const scored: { score: number; x: string }[] = [];
  for (const x of possibilities) {
    const a = codePoints(x);
    if (s.realQuickRatio(a) >= cutoff && s.quickRatio(a) >= cutoff) {
      const score = s.ratio(a);
      if (score >= cutoff) scored.push({ score, x });
    }
  }
  // heapq.nlargest on (score, x) tuples: best score first, ties by the larger string.
  scored.sort((p, q) => (q.score - p.score) || compareCodePoints(q.x, p.x));
  return scored.slice(0, n).map((m) => m.x);
}
