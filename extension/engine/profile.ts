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

let current: Profile = DEFAULT_PROFILE;

export function currentProfile(): Profile {
  return current;
}

export function setCurrentProfile(profile: Profile): void {
  current = profile;
}

/** True when the current profile is CPython at this version or later. */
export function cpythonAtLeast(minor: number): boolean {
  return current.implementation === 'cpython' && current.version[1] >= minor;
}
