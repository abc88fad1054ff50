/**
 * Which freed objects the editor counts: the program's own (instances, containers, functions,
 * weak references), not the interpreter's machinery (frames, cells, bound-method temporaries,
 * iterators, modules, types, atomic values), nor what importing a module built and dropped, nor
 * temporaries that lived within one step (a class body's namespace, a KeyError a library caught)
 * unless they are interesting on their own: a __del__, or weak references to them.
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { executionOf } from './executions';
import { EV, OF, hasFlag, isWeakFlags, shortTypeName } from '../../engine/trace/analysis/schema';

const MACHINERY = OF.immortal | OF.isInterpreter | OF.isFrame | OF.isModule | OF.atomic | OF.isType;
const MACHINERY_TYPES = new Set(['cell', 'method', 'builtin_function_or_method', 'super', 'code', 'traceback', 'GenericAlias', 'staticmethod', 'classmethod', 'property']);
const IMPORT = /^\s*(?:import|from)\s/;

export function isUserObject(index: TraceIndex, id: number): boolean {
  const trace = index.trace;
  if (((trace.objects.flags[id] ?? 0) & MACHINERY) !== 0) return false;
  const type = shortTypeName(trace, id);
  if (MACHINERY_TYPES.has(type) || type.endsWith('iterator')) return false;
  const born = trace.objects.bornStep[id] ?? -1;
  const line = born >= 0 ? (trace.steps.line[born] as number) : 0;
  if (line <= 0) return false;
  const text = trace.source.split('\n', line)[line - 1] ?? '';
  if (IMPORT.test(text)) return false;
  const free = index.freeAt[id] as number;
  const temporary = free < index.eventCount && executionOf(trace, trace.events.step[free] as number) === executionOf(trace, born);
  // A __del__ of the program's own (a generator's finalizer is machinery) makes a temporary worth showing.
  const ownDel = hasFlag(trace, id, OF.hasFinalizer) && (trace.objects.typeObject[id] ?? -1) >= 0;
  return !temporary || ownDel || weaklyReferenced(index)[id] === 1;
}

const weakCache = new WeakMap<TraceIndex, Uint8Array>();

function weaklyReferenced(index: TraceIndex): Uint8Array {
  const known = weakCache.get(index);
  if (known !== undefined) return known;
  const { events } = index.trace;
  const marks = new Uint8Array(index.objectCount);
  for (let i = 0; i < events.count; i++) {
    if (events.kind[i] === EV.edge_add && isWeakFlags(events.d[i] as number)) marks[events.b[i] as number] = 1;
  }
  weakCache.set(index, marks);
  return marks;
}
