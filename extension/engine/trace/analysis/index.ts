/**
 * The lifetime analysis: everything the views, hovers, lints and CLI read, computed from a trace
 * (protocol/trace.ts) so that no consumer re-derives anything from raw events. Build a TraceIndex
 * once per trace; every other function takes it. See README.md.
 */
export { TraceIndex } from './trace-index';
export { HeapView } from './heap-view';
export { diffSteps, type HeapDiff, type EdgeChange } from './diff';
export { graphAt, IMMORTAL_REFCNT, type GraphOptions } from './graph';
export { summarize, MAX_LANES } from './summary';
export { details } from './details';
export { whyAlive, shortestChains, MAX_CHAINS, type WhyAlive, type WhyChain, type CycleOnly } from './why';
export { deathOf, lastReferenceDrop, type Death, type DeathCause, type CauseKind, type CascadeLink } from './death';
export { lifespan, type Lifespan, type DeathEvent } from './lifespan';
export { collections, collectionAt, collectionCycles, explainCollection, type Collection } from './collections';
export { weakContainers, weakContainerAt, type WeakContainerState, type WeakEntry } from './weak-containers';
export { perLine, MAX_SAMPLES, type PerLine, type LineFacts, type NameFacts, type NameBinding } from './line-facts';
export { runShape, type RunShape } from './run-shape';
export { cycleOnlyObjects, reachableFromRoots, rootBindings, rootKind, type RootBinding, type RootBindingKind, type RootKind } from './roots';
export { namesOf } from './bindings';
export { lint, LINT_IDS, type LintFinding, type LintId } from './lints/index';
