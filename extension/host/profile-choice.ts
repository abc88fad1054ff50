/**
 * The profile picker's plain logic: what the status bar item says, the quick pick's items, where
 * the choice is saved, and which profile a comparison pits against the current one. No vscode.
 */
import { DEFAULT_PROFILE, findProfile, PROFILES, type Profile, type ProfileName } from '../engine/profile';

export interface ProfileStatus {
  readonly text: string;
  readonly tooltip: string;
}

/** The item shows the profile's own label; an unknown name (a typo in settings.json) shows the default the run uses. */
export function profileStatus(name: string): ProfileStatus {
  const p = findProfile(name) ?? DEFAULT_PROFILE;
  return { text: `$(versions) ${p.label}`, tooltip: `Weakscope runs Python as ${p.label} would. Click to choose another semantics profile.` };
}

export interface ProfileItem {
  readonly name: ProfileName;
  readonly label: string;
  readonly description: string;
  readonly picked: boolean;
}

/** The quick pick's items in PROFILES order, the current one marked. */
export function profileItems(current: string): ProfileItem[] {
  return PROFILES.map((p) => ({ name: p.name, label: p.label, description: p.name === current ? `${p.name} (current)` : p.name, picked: p.name === current }));
}

/** With a workspace open the choice belongs to it; with none there is only the user's settings. */
export function settingTarget(hasWorkspace: boolean): 'workspace' | 'global' {
  return hasWorkspace ? 'workspace' : 'global';
}

/**
 * The profile whose object lifetimes differ most from `current`'s: MicroPython (no reference
 * counting: objects die only when the collector runs) against any CPython, the default CPython
 * against MicroPython.
 */
export function mostDifferentProfile(current: string): Profile {
  const p = findProfile(current) ?? DEFAULT_PROFILE;
  return PROFILES.find((q) => q.implementation !== p.implementation) ?? DEFAULT_PROFILE;
}

/** Compare Profiles' pick: every profile, the current one and the one most different from it picked. */
export function compareItems(current: string): ProfileItem[] {
  const other = mostDifferentProfile(current).name;
  const now = (findProfile(current) ?? DEFAULT_PROFILE).name;
  return profileItems(now).map((i) => ({ ...i, picked: i.name === now || i.name === other }));
}

/** The two profiles to compare, in PROFILES order, or what is wrong with the choice. */
export function comparePair(chosen: readonly string[]): { ok: true; left: Profile; right: Profile } | { ok: false; message: string } {
  const picked = PROFILES.filter((p) => chosen.includes(p.name));
  const [left, right] = picked;
  if (picked.length !== 2 || left === undefined || right === undefined) return { ok: false, message: `choose exactly two profiles to compare (${picked.length} chosen).` };
  return { ok: true, left, right };
}
