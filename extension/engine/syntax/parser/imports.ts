/**
 * Import statements. Grammar rules: import_stmt, import_name, import_from, import_from_targets,
 * import_from_as_names, import_from_as_name, dotted_as_names, dotted_as_name, dotted_name; the
 * error rules invalid_import, invalid_dotted_as_name, invalid_import_from_as_name,
 * invalid_import_from_targets; and _PyPegen_checked_future_import (barry_as_FLUFL).
 */
import type { alias, stmt } from '../ast';
import type { Token } from '../tokens';
import { expression } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { exprName, identifier } from './nodes';
import type { Located, Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export function importStatement(p: Parser): stmt | null {
  if (!p.secondPass) return importStatementBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.importStmt);
  return hit !== undefined ? (hit.node as stmt | null) : p.memoized(Rule.importStmt, start, importStatementBody(p));
}

function importStatementBody(p: Parser): stmt | null {
  if (p.invalid) invalidImport(p);
  return p.k() === K.Import ? importName(p) : importFrom(p);
}

function locatedToken(t: Token): Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** dotted_name: dotted_name '.' NAME | NAME, as its text and its first token. */
function dottedName(p: Parser): string | null {
  const t = p.eat(K.NAME);
  if (t === null) return null;
  let name = identifier(t);
  while (p.k() === K.DOT && p.kAt(1) === K.NAME) {
    p.pos++;
    name += '.' + identifier(p.next());
  }
  return name;
}

/** import_name: 'import' dotted_as_names */
function importName(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const names: alias[] = [];
  for (;;) {
    const a = dottedAsName(p);
    if (a === null) {
      if (names.length === 0) {
        p.pos = mark;
        return null;
      }
      p.pos--;
      break;
    }
    names.push(a);
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  const e = p.last();
  return { kind: 'Import', names, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME] */
function dottedAsName(p: Parser): alias | null {
  if (p.invalid) invalidAs(p, true);
  const s = p.tok();
  const name = dottedName(p);
  if (name === null) return null;
  return asClause(p, name, s);
}

/** ['as' NAME], then the alias node. */
function asClause(p: Parser, name: string, s: Token): alias {
  let asname: string | null = null;
  if (p.k() === K.As && p.kAt(1) === K.NAME) {
    p.pos++;
    asname = identifier(p.next());
  }
  const e = p.last();
  return { kind: 'alias', name, asname, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
function importFrom(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  let level = 0;
  for (;;) {
    const k = p.k();
    if (k === K.DOT) level += 1;
    else if (k === K.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  const afterDots = p.pos;
  let module = dottedName(p);
  if (module === null || p.k() !== K.Import) {
    // The second alternative: dots only.
    p.pos = afterDots;
    module = null;
    if (level === 0 || p.k() !== K.Import) {
      p.pos = mark;
      return null;
    }
  }
  p.pos++;
  const names = importFromTargets(p);
  if (names === null) {
    p.pos = mark;
    return null;
  }
  if (level === 0 && module === '__future__' && names.some((a) => a.name === 'barry_as_FLUFL')) p.barryAsBdfl = true;
  const e = p.last();
  return { kind: 'ImportFrom', module, names, level, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** import_from_targets: '(' names [','] ')' | names !',' | '*' | invalid_import_from_targets */
function importFromTargets(p: Parser): alias[] | null {
  const mark = p.pos;
  if (p.k() === K.LPAR) {
    p.pos++;
    const names = importFromAsNames(p);
    if (names !== null) {
      if (p.k() === K.COMMA) p.pos++;
      if (p.k() === K.RPAR) {
        p.pos++;
        return names;
      }
    }
    p.pos = mark;
  }
  const names = importFromAsNames(p);
  if (names !== null && p.k() !== K.COMMA) return names;
  p.pos = mark;
  if (p.k() === K.STAR) {
    const t = p.next();
    return [{ kind: 'alias', name: '*', asname: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }];
  }
  if (p.invalid) {
    // import_from_as_names ',' NEWLINE
    if (importFromAsNames(p) !== null && p.k() === K.COMMA) {
      p.pos++;
      if (p.k() === K.NEWLINE) p.raiseLast('trailing comma not allowed without surrounding parentheses');
    }
    p.pos = mark;
    // NEWLINE
    if (p.k() === K.NEWLINE) p.raiseFrom(locatedToken(p.tok()), "Expected one or more names after 'import'");
  }
  p.pos = mark;
  return null;
}

/** import_from_as_names: ','.import_from_as_name+ */
function importFromAsNames(p: Parser): alias[] | null {
  const first = importFromAsName(p);
  if (first === null) return null;
  const names = [first];
  for (;;) {
    const m = p.pos;
    if (p.k() !== K.COMMA) break;
    p.pos++;
    const a = importFromAsName(p);
    if (a === null) {
      p.pos = m;
      break;
    }
    names.push(a);
  }
  return names;
}

/** import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME] */
function importFromAsName(p: Parser): alias | null {
  if (p.invalid) invalidAs(p, false);
  const t = p.eat(K.NAME);
  if (t === null) return null;
  return asClause(p, identifier(t), t);
}

// ---------------------------------------------------------------- error rules

/**
 * invalid_dotted_as_name: dotted_name 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression
 * invalid_import_from_as_name: NAME 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression
 *   "cannot use %s as import target"
 */
function invalidAs(p: Parser, dotted: boolean): void {
  const mark = p.pos;
  const ok = dotted ? dottedName(p) !== null : p.eat(K.NAME) !== null;
  if (ok && p.k() === K.As) {
    p.pos++;
    let plainName = false;
    if (p.k() === K.NAME) {
      const k = p.kAt(1);
      plainName = k === K.COMMA || k === K.RPAR || k === K.SEMI || k === K.NEWLINE;
    }
    if (!plainName) {
      const a = expression(p);
      if (a !== null) p.raiseNode(a, `cannot use ${exprName(a)} as import target`);
    }
  }
  p.pos = mark;
}

/**
 * invalid_import:
 *   'import' ','.dotted_name+ 'from' dotted_name   "Did you mean to use 'from ... import ...' instead?"
 *   'import' NEWLINE                               "Expected one or more names after 'import'"
 */
function invalidImport(p: Parser): void {
  if (p.k() !== K.Import) return;
  const mark = p.pos;
  const a = p.next();
  if (dottedName(p) !== null) {
    for (;;) {
      const m = p.pos;
      if (p.k() !== K.COMMA) break;
      p.pos++;
      if (dottedName(p) === null) {
        p.pos = m;
        break;
      }
    }
    if (p.k() === K.From) {
      p.pos++;
      if (dottedName(p) !== null) p.raiseFrom(locatedToken(a), "Did you mean to use 'from ... import ...' instead?");
    }
  }
  p.pos = mark + 1;
  if (p.k() === K.NEWLINE) p.raiseFrom(locatedToken(p.tok()), "Expected one or more names after 'import'");
  p.pos = mark;
}
