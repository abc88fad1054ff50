/** Every lifetime lint over one run, in source order. */
import type { TraceIndex } from '../trace-index';
import { LintContext, type LintFinding, type LintRule } from './types';
import { callbackKeepsObject } from './callback-keeps-object';
import { delCycle } from './del-cycle';
import { weakContainerTemporary } from './weak-container-temporary';
import { notWeakrefable } from './not-weakrefable';
import { weakrefToBoundMethod } from './weakref-to-bound-method';
import { delResurrects } from './del-resurrects';
import { deadProxy } from './dead-proxy';
import { exceptionKeepsAlive } from './exception-keeps-alive';

export { LINT_IDS, type LintFinding, type LintId } from './types';

const RULES: readonly LintRule[] = [
  callbackKeepsObject,
  delCycle,
  weakContainerTemporary,
  notWeakrefable,
  weakrefToBoundMethod,
  delResurrects,
  deadProxy,
  exceptionKeepsAlive,
];

export function lint(index: TraceIndex): LintFinding[] {
  const ctx = new LintContext(index);
  const all = RULES.flatMap((rule) => rule(ctx));
  return all.sort((a, b) => a.line - b.line || a.col - b.col || a.id.localeCompare(b.id));
}
