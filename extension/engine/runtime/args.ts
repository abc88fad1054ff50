/**
 * Argument parsing for builtin functions and methods, with the error messages CPython's three
 * conventions produce: METH_NOARGS/METH_O ("str.upper() takes no arguments (1 given)"),
 * _PyArg_CheckPositional ("find expected at least 1 argument, got 0") and Argument Clinic's
 * keyword parser ("split() takes at most 2 arguments (3 given)").
 */
import type { PyObject } from './object';
import type { KwNames } from './type';
import { typeError } from './errors';
import { PyInt } from './int';
import { PyStr } from './str';
import { None } from './singletons';
import { typeName } from './abstract';
import { callDunder } from './slots';
import { decref } from './heap';

/** METH_NOARGS: `qual` is the qualified name ("str.upper"). */
export function noArgs(qual: string, args: readonly PyObject[], kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length) typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O. */
export function oneArg(qual: string, args: readonly PyObject[], kwnames: KwNames): PyObject {
  if (kwnames !== null && kwnames.length) typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0] as PyObject;
}

/** METH_VARARGS with _PyArg_CheckPositional: `name` is the bare name, `qual` for the keyword error. */
export function positional(name: string, qual: string, args: readonly PyObject[], kwnames: KwNames, min: number, max: number): void {
  if (kwnames !== null && kwnames.length) typeError(`${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export interface ClinicSpec {
  /** Parameter names in order ('' for positional-only parameters without a keyword name). */
  readonly names: readonly string[];
  /** How many leading parameters are positional-only. */
  readonly posOnly: number;
  /** How many leading parameters are required. */
  readonly required: number;
  /** Parameters from this index on are keyword-only. */
  readonly kwOnly?: number;
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords: one slot per parameter, undefined when not given.
 */
export function clinic(name: string, args: readonly PyObject[], kwnames: KwNames, spec: ClinicSpec): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const total = spec.names.length;
  const maxPos = spec.kwOnly ?? total;
  const out: (PyObject | undefined)[] = new Array<PyObject | undefined>(total).fill(undefined);
  if (npos > maxPos) {
    if (maxPos === 0) typeError(`${name}() takes no positional arguments`);
    const kwOnly = spec.kwOnly !== undefined;
    if (spec.required === maxPos && !kwOnly && nkw === 0) {
      typeError(`${name}() takes ${maxPos === 1 ? 'exactly one argument' : `exactly ${maxPos} arguments`} (${npos} given)`);
    }
    typeError(`${name}() takes at most ${maxPos} ${kwOnly ? 'positional ' : ''}argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = (kwnames as readonly string[])[k] as string;
    const idx = spec.names.indexOf(kw);
    if (idx < 0 || idx < spec.posOnly) {
      if (idx >= 0) typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`);
      typeError(`${name}() got an unexpected keyword argument '${kw}'`);
    }
    if (out[idx] !== undefined) typeError(`argument for ${name}() given by name ('${kw}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] !== undefined) continue;
    if (i < spec.posOnly) {
      typeError(`${name}() takes at least ${spec.required} positional argument${spec.required === 1 ? '' : 's'} (${npos} given)`);
    }
    typeError(`${name}() missing required argument '${spec.names[i] as string}' (pos ${i + 1})`);
  }
  return out;
}

/** PyNumber_AsSsize_t via __index__: "'str' object cannot be interpreted as an integer". */
export function indexArg(o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  const r = o.ob_type.nb_index === null ? null : callDunder(o, '__index__', []);
  if (r === null) typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  if (!(r instanceof PyInt)) {
    const n = typeName(r);
    decref(r);
    typeError(`__index__ returned non-int (type ${n})`);
  }
  const v = Number(r.value);
  decref(r);
  return v;
}

/** The exact value of an int-like argument (bigints kept). */
export function indexValue(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  return indexArg(o);
}

/** A str argument: "name() argument N must be str, not int". */
export function strArg(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) typeError(`${what} must be str, not ${typeName(o)}`);
  return o.value;
}

/** An optional slice bound of find/count/startswith... (None or an index). */
export function optIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  return indexArg(o);
}
