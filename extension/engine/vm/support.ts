/** Helpers of the evaluation loop that are not opcodes: formatting, exception matching, imports. */
import type { PyObject } from '../runtime/object';
import { PyType, isSubtype } from '../runtime/type';
import { PyTuple } from '../runtime/tuple';
import { typeError, raise } from '../runtime/errors';
import { BaseException, ModuleNotFoundError } from '../runtime/exceptions';
import { newStr, PyStr } from '../runtime/str';
import { pyStr } from '../runtime/abstract';
import { PyInt } from '../runtime/int';
import { PyFloat } from '../runtime/float';
import { reprFloat } from '../text/repr';
import { newref } from '../runtime/heap';
import type { PyDict } from '../runtime/dict';
import type { PyModule } from '../runtime/module';

export function isExceptionMatch(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isExceptionMatch(exc, x));
  if (!(t instanceof PyType) || !isSubtype(t, BaseException)) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(exc.ob_type, t);
}

/** format(v, spec) for the common specs of int, float and str. */
export function formatValue(v: PyObject, spec: string): PyStr {
  if (spec === '') return newStr(pyStr(v));
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,|_)?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec);
  if (m === null) typeError(`Invalid format specifier '${spec}' for object of type '${v.ob_type.tp_name}'`);
  const [, fill0, align0, sign, zero, width0, group, prec, type] = m;
  let s: string;
  if (v instanceof PyFloat || (v instanceof PyInt && type !== undefined && 'eEfFgG%'.includes(type))) {
    const x = v instanceof PyFloat ? v.value : Number(v.value);
    const p = prec === undefined ? 6 : Number(prec);
    switch (type) {
      case 'f': case 'F': s = x.toFixed(p); break;
      case 'e': case 'E': s = x.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2'); break;
      case '%': s = (x * 100).toFixed(p) + '%'; break;
      case 'g': case 'G': s = String(Number(x.toPrecision(p || 1))); break;
      default: s = prec === undefined ? reprFloat(x) : String(Number(x.toPrecision(Number(prec))));
    }
    if (sign === '+' && x >= 0) s = '+' + s;
  } else if (v instanceof PyInt) {
    const x = v.value;
    switch (type) {
      case 'x': s = x.toString(16); break;
      case 'X': s = x.toString(16).toUpperCase(); break;
      case 'o': s = x.toString(8); break;
      case 'b': s = x.toString(2); break;
      default: s = String(x);
    }
    if (group !== undefined) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    if (sign === '+' && x >= 0) s = '+' + s;
  } else {
    s = pyStr(v);
    if (prec !== undefined) s = s.slice(0, Number(prec));
  }
  const width = width0 === undefined ? 0 : Number(width0);
  const fill = fill0 ?? (zero !== undefined ? '0' : ' ');
  const align = align0 ?? (zero !== undefined ? '=' : v instanceof PyStr ? '<' : '>');
  if (s.length < width) {
    const pad = width - s.length;
    if (align === '<') s = s + fill.repeat(pad);
    else if (align === '^') s = fill.repeat(Math.floor(pad / 2)) + s + fill.repeat(pad - Math.floor(pad / 2));
    else if (align === '=' && /^[+-]/.test(s)) s = (s[0] as string) + fill.repeat(pad) + s.slice(1);
    else s = fill.repeat(pad) + s;
  }
  return newStr(s);
}

/** The modules `import` can find; filled in by index.ts. */
export const moduleRegistry = new Map<string, () => PyModule>();
const loaded = new Map<string, PyModule>();
let builtins: PyDict | null = null;

export function setBuiltinsDict(d: PyDict): void {
  builtins = d;
}

export function builtinsDict(): PyDict {
  return builtins as PyDict;
}

export function resetModules(): void {
  loaded.clear();
}

export function loadedModules(): Map<string, PyModule> {
  return loaded;
}

export function importModule(name: string): PyObject {
  let m = loaded.get(name);
  if (m === undefined) {
    const make = moduleRegistry.get(name);
    if (make === undefined) raise(ModuleNotFoundError, `No module named '${name}'`);
    m = make();
    loaded.set(name, m);
  }
  return newref(m);
}
