/**
 * exec() and eval() of source strings: the text is parsed and compiled as a module and run in a
 * frame whose globals (and locals) are the given dicts, as CPython's exec does. eval() runs its
 * expression as an assignment to a hidden name in a scratch locals dict.
 */
import type { PyObject } from '../runtime/object';
import { PyDict, dictNew, dictGetStr, dictSetStr, dictDelStr, dictSetItem } from '../runtime/dict';
import { PyStr, newStr } from '../runtime/str';
import { PyCell } from '../runtime/function';
import { decref, incref, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { raise, typeError } from '../runtime/errors';
import { typeName } from '../runtime/abstract';
import { positional } from '../runtime/args';
import { type NativeFn } from '../runtime/builtin';
import { SyntaxError as SyntaxErrorType } from '../runtime/exceptions-extra';
import { parse } from '../syntax/parser';
import { buildSymtable } from '../compile/symtable';
import { compileModule } from '../compile/compiler';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { ts } from '../vm/state';
import { builtinsDict } from '../vm/support';

/** locals() of the running frame: its namespace, or a new snapshot dict of a function's fast locals. */
export function currentLocals(): PyDict {
  const f = ts.frame;
  if (f === null) return dictNew();
  if (f.locals !== null) return newref(f.locals);
  const d = dictNew();
  const names = f.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i] ?? null;
    if (v instanceof PyCell) v = v.ref;
    if (v === null) continue;
    const key = newStr(names[i] as string);
    dictSetItem(d, key, v);
    decref(key);
  }
  return d;
}

/** The globals and locals to run in; the locals come back as a new reference. */
function namespaces(name: string, args: readonly PyObject[]): [PyDict, PyDict] {
  const g = args[1];
  const l = args[2];
  let globals: PyDict;
  if (g === undefined || g === None) {
    const f = ts.frame;
    if (f === null) typeError(`${name}() needs a frame`);
    globals = f.globals;
    const locals = l !== undefined && l !== None ? newref(l as PyDict) : currentLocals();
    return [globals, locals];
  }
  if (!(g instanceof PyDict)) typeError(`${name}() globals must be a dict, not ${typeName(g)}`);
  globals = g;
  if (dictGetStr(globals, '__builtins__') === null) dictSetStr(globals, '__builtins__', builtinsDict());
  if (l !== undefined && l !== None) {
    if (l.ob_type.mp_subscript === null) typeError(`locals must be a mapping`);
    return [globals, newref(l as PyDict)];
  }
  return [globals, newref(globals)];
}

function run(name: string, source: string, globals: PyDict, locals: PyDict): PyObject {
  const parsed = parse(source);
  if (!parsed.ok) raise(SyntaxErrorType, `${parsed.error.msg} (<string>, line ${parsed.error.lineno})`);
  const st = buildSymtable(parsed.tree, source);
  if (!st.ok) raise(SyntaxErrorType, `${st.error.msg} (<string>, line ${st.error.lineno})`);
  const compiled = compileModule(parsed.tree, st.table, '<string>');
  if (!compiled.ok) raise(SyntaxErrorType, compiled.message);
  void name;
  // The frame takes over the caller's reference to `locals`.
  const f = new Frame(compiled.code, null, globals, locals);
  return evalFrame(f);
}

function sourceArg(name: string, o: PyObject): string {
  if (!(o instanceof PyStr)) typeError(`${name}() arg 1 must be a string, bytes or code object`);
  return o.value;
}

export const builtinExec: NativeFn = (_s, args, kw) => {
  positional('exec', 'exec', args, kw, 1, 3);
  const src = sourceArg('exec', args[0] as PyObject);
  const [globals, locals] = namespaces('exec', args);
  decref(run('exec', src, globals, locals));
  return None;
};

const RESULT = '__weakscope_eval_result__';

export const builtinEval: NativeFn = (_s, args, kw) => {
  positional('eval', 'eval', args, kw, 1, 3);
  const text = sourceArg('eval', args[0] as PyObject).trim();
  const [globals, locals] = namespaces('eval', args);
  // The result goes to a hidden name of the locals namespace, removed again afterwards.
  incref(locals);
  try {
    decref(run('eval', `${RESULT} = (\n${text}\n)`, globals, locals));
    const v = newref(dictGetStr(locals, RESULT) ?? None);
    dictDelStr(locals, RESULT);
    return v;
  } finally {
    decref(locals);
  }
};
