/**
 * Semantics profiles: which Python the engine imitates. The default is CPython 3.14; the others
 * reproduce what their versions do differently (see test/conformance/VERSION-DIFFERENCES.md).
 * The profile of the current run is read through currentProfile(), set once per run by run().
 */
export type ProfileName = 'cpython-3.11' | 'cpython-3.12' | 'cpython-3.13' | 'cpython-3.14' | 'cpython-3.15' | 'micropython';

export interface Profile {
  readonly name: ProfileName;
  readonly implementation: 'cpython' | 'micropython';
  /** The language version: (3, 14) for CPython 3.14; MicroPython implements 3.4 plus parts of later versions. */
  readonly version: readonly [major: number, minor: number];
  /** What the CLI and the status bar show. */
  readonly label: string;
}

export const PROFILES: readonly Profile[] = [
  { name: 'cpython-3.14', implementation: 'cpython', version: [3, 14], label: 'CPython 3.14' },
  { name: 'cpython-3.11', implementation: 'cpython', version: [3, 11], label: 'CPython 3.11' },
  { name: 'cpython-3.12', implementation: 'cpython', version: [3, 12], label: 'CPython 3.12' },
  { name: 'cpython-3.13', implementation: 'cpython', version: [3, 13], label: 'CPython 3.13' },
  { name: 'cpython-3.15', implementation: 'cpython', version: [3, 15], label: 'CPython 3.15' },
  { name: 'micropython', implementation: 'micropython', version: [3, 4], label: 'MicroPython 1.29' },
];

export const DEFAULT_PROFILE: Profile = PROFILES[0] as Profile;

export function findProfile(name: string): Profile | undefined {
  return PROFILES.find((p) => p.name === name);
}

/**
 * What a profile changes, decided once per run (setCurrentProfile) so that code on hot paths reads
 * one field instead of comparing versions. Each flag is named after the newer behaviour; the version
 * that introduced it is in its comment.
 */
export interface Semantics {
  readonly cpython: boolean;
  /** PEP 683 (3.12): None, bools, small ints, () … are immortal; getrefcount reports a constant. */
  readonly immortalObjects: boolean;
  /** 3.14: unraisable reports say what was being called ("Exception ignored while calling
   * deallocator <…>:") and hand sys.unraisablehook err_msg with the repr, object None. */
  readonly unraisableCallingMessages: boolean;
  /** 3.13: tracebacks are printed by the traceback module: Call anchors, carets shown on whole
   * lines that have anchors, and the `return f(x)` / `x = f(x)` exception. */
  readonly tracebackModuleCarets: boolean;
  /** Before 3.14 a frame released its locals first to last, then its value stack bottom up. */
  readonly localsClearedFirstToLast: boolean;
  /** Before 3.14 CALL of a native callable released the callable, then self and the arguments
   * first to last (3.14 releases them last to first). */
  readonly callArgsReleasedFirstToLast: boolean;
  /** 3.14: `cannot use 'T' as a dict key (unhashable type: 'T')`, `division by zero` everywhere … */
  readonly newErrorTexts: boolean;
}

function semanticsOf(p: Profile): Semantics {
  const cpython = p.implementation === 'cpython';
  const minor = cpython ? p.version[1] : 0;
  return {
    cpython,
    immortalObjects: cpython && minor >= 12,
    unraisableCallingMessages: cpython && minor >= 14,
    tracebackModuleCarets: cpython && minor >= 13,
    newErrorTexts: cpython && minor >= 14,
    localsClearedFirstToLast: cpython && minor < 14,
    callArgsReleasedFirstToLast: cpython && minor < 14,
  };
}

let current: Profile = DEFAULT_PROFILE;
let currentSemantics: Semantics = semanticsOf(DEFAULT_PROFILE);

export function currentProfile(): Profile {
  return current;
}

/** The current profile's behaviour flags (read them once, outside loops). */
export function semantics(): Semantics {
  return currentSemantics;
}

export function setCurrentProfile(profile: Profile): void {
  current = profile;
  currentSemantics = semanticsOf(profile);
}

/** True when the current profile is CPython at this version or later. */
export function cpythonAtLeast(minor: number): boolean {
  return current.implementation === 'cpython' && current.version[1] >= minor;
}
