/**
 * "Did you mean" suggestions, as 3.14's traceback module adds them when it prints a NameError,
 * AttributeError or ImportError (_compute_suggestion_error, with Python/suggestions.c's
 * Levenshtein distance), plus the name and obj an AttributeError or NameError carries for that
 * (set where the lookup failed, as CPython's set_attribute_error_context does).
 */
import { cpythonAtLeast } from '../profile';
import type { PyObject } from '../runtime/object';
import { isSubtype, PyType } from '../runtime/type';
import * as exc from '../runtime/exceptions';
import type { PyBaseException } from '../runtime/exceptions';
import { excDict } from '../runtime/extradict';
import { dictGetStr, dictSetStr, type PyDict } from '../runtime/dict';
import { PyStr, newStr } from '../runtime/str';
import { decref } from '../runtime/heap';
import { PyInstance } from '../runtime/instance';
import { PyModule } from '../runtime/module';
import { PyCell } from '../runtime/function';
import { STDLIB_MODULE_NAMES } from '../text/stdlib-names';
import type { PyTraceback } from '../runtime/traceback';
import type { Frame } from './frame';
import { builtinsDict } from './support';
import { getAttrOrNull } from '../runtime/abstract';
import { Raised } from '../runtime/errors';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** Stores an attribute of an exception in its __dict__ (a reference is taken). */
function setExcAttr(x: PyBaseException, name: string, v: PyObject): void {
  dictSetStr(excDict(x), name, v);
}

function excAttr(x: PyBaseException, name: string): PyObject | null {
  return x.dict === null ? null : dictGetStr(x.dict, name);
}

/** set_attribute_error_context: an AttributeError from looking up `name` on `obj` records both (once). */
export function attributeErrorContext(x: PyBaseException, obj: PyObject, name: string): void {
  if (!isSubtype(x.ob_type, exc.AttributeError)) return;
  if (excAttr(x, 'name') !== null || excAttr(x, 'obj') !== null) return;
  setExcAttr(x, 'obj', obj);
  const s = newStr(name);
  setExcAttr(x, 'name', s);
  decref(s);
}

/** A NameError records the missing name. */
export function nameErrorContext(x: PyBaseException, name: string): void {
  const s = newStr(name);
  setExcAttr(x, 'name', s);
  decref(s);
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  return lowerAscii(a) === lowerAscii(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance from Python/suggestions.c, on UTF-8 bytes. */
function levenshtein(as: Uint8Array, bs: Uint8Array, maxCost: number): number {
  let a = as;
  let b = bs;
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  a = a.subarray(lo);
  b = b.subarray(lo);
  let ea = a.length;
  let eb = b.length;
  while (ea && eb && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(a.length);
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi] as number;
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i] as number);
      distance = buffer[i] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const utf8 = new TextEncoder();

/** _Py_CalculateSuggestions. */
export function closestName(candidates: readonly string[], wrong: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const w = utf8.encode(wrong);
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of candidates) {
    if (item === wrong) continue;
    const it = utf8.encode(item);
    let maxDistance = Math.floor(((w.length + it.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(w, it, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

function dictNames(d: PyDict | null): string[] {
  if (d === null) return [];
  const out: string[] = [];
  for (const k of d.keys) if (k instanceof PyStr) out.push(k.value);
  return out;
}

/** The names dir(obj) lists, close enough for suggestions: namespace, class and bases. */
function dirNames(obj: PyObject): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) for (const n of dictNames(obj.md_dict)) names.add(n);
  else {
    if (obj instanceof PyInstance) for (const n of dictNames(obj.dict)) names.add(n);
    const mro = obj instanceof PyType ? obj.tp_mro : obj.ob_type.tp_mro;
    for (const t of mro) for (const n of t.tp_dict.keys()) names.add(n);
    names.add('__class__');
  }
  return [...names].sort();
}

function lastFrame(tb: PyTraceback | null): Frame | null {
  if (tb === null) return null;
  let t = tb;
  while (t.tb_next !== null) t = t.tb_next;
  return t.tb_frame as Frame | null;
}

function frameVarNames(f: Frame): string[] {
  if (f.locals !== null) return dictNames(f.locals);
  if (f.func === null) return dictNames(f.globals);
  const out: string[] = [];
  const names = f.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = f.localsplus[i] ?? null;
    if (v !== null && !(v instanceof PyCell && v.ref === null)) out.push(names[i] as string);
  }
  return out;
}

function frameSelf(f: Frame): PyObject | null {
  if (f.func === null) return null;
  const i = f.code.localsplusnames.indexOf('self');
  if (i < 0) return null;
  const v = f.localsplus[i] ?? null;
  return v instanceof PyCell ? v.ref : v;
}

function hasAttr(o: PyObject, name: string): boolean {
  try {
    const v = getAttrOrNull(o, name);
    if (v === null) return false;
    decref(v);
    return true;
  } catch (e) {
    if (e instanceof Raised) {
      decref(e.exc);
      return false;
    }
    throw e;
  }
}

/** What 3.14's traceback appends to the message line of `x` (". Did you mean: 'y'?"), or ''. */
export function suggestionSuffix(x: PyBaseException): string {
  const t = x.ob_type;
  const isName = isSubtype(t, exc.NameError);
  const isAttr = isSubtype(t, exc.AttributeError);
  if (isName || isAttr) {
    const wrongObj = excAttr(x, 'name');
    if (!(wrongObj instanceof PyStr)) return '';
    const wrong = wrongObj.value;
    let suggestion: string | null = null;
    if (isAttr) {
      const obj = excAttr(x, 'obj');
      if (obj !== null) {
        let d = dirNames(obj);
        let hide = wrong[0] !== '_';
        const f = hide ? lastFrame(x.traceback) : null;
        if (f !== null && frameSelf(f) === obj) hide = false;
        if (hide) d = d.filter((n) => n[0] !== '_');
        suggestion = closestName(d, wrong);
      }
    } else {
      const f = lastFrame(x.traceback);
      if (f !== null) {
        const self = frameSelf(f);
        if (self !== null && hasAttr(self, wrong)) suggestion = `self.${wrong}`;
        else {
          const d = [...frameVarNames(f), ...dictNames(f.globals), ...dictNames(builtinsDict())];
          suggestion = closestName(d, wrong);
        }
      }
    }
    let out = suggestion === null ? ''
      // 3.15 words an attribute suggestion as the attribute access to write instead.
      : isAttr && cpythonAtLeast(15) ? `. Did you mean '.${suggestion}' instead of '.${wrong}'?`
        : `. Did you mean: '${suggestion}'?`;
    if (isName && STDLIB_MODULE_NAMES.has(wrong)) {
      out += suggestion !== null ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
    }
    return out;
  }
  return '';
}
