/**
 * The `weakscope.*` settings, read and checked: a value of the wrong type or out of range falls
 * back to its default and is reported, never passed to the engine. Plain Node, no vscode.
 */
import { DEFAULT_LIMITS, type Limits } from '../engine/runtime/limits';
import { DEFAULT_PROFILE, PROFILES, type ProfileName } from '../engine/profile';

export const RENDER_MODES = ['auto', 'svg', 'canvas'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

export interface Settings {
  readonly profile: ProfileName;
  /** Milliseconds between the last edit and the live panel's re-run. */
  readonly liveUpdateDelay: number;
  readonly limits: Partial<Limits>;
  readonly renderMode: RenderMode;
}

/** Defaults, as package.json declares them (test/host/settings.test.ts checks the two agree). */
export const SETTING_DEFAULTS = {
  profile: DEFAULT_PROFILE.name,
  liveUpdateDelay: 600,
  maxSteps: 1_000_000,
  timeLimitMs: 10_000,
  maxObjects: 200_000,
  renderMode: 'auto',
} as const;

/** Bounds that keep a typo from freezing the editor (a one-hour run) or making the panel useless. */
const BOUNDS = {
  liveUpdateDelay: [0, 10_000],
  maxSteps: [1, DEFAULT_LIMITS.maxSteps],
  timeLimitMs: [100, 300_000],
  maxObjects: [1, DEFAULT_LIMITS.maxObjects],
} as const;

export interface ReadSettings {
  readonly settings: Settings;
  /** One sentence per setting that was ignored. */
  readonly problems: readonly string[];
}

/** `get(key)` returns the configured value of `weakscope.<key>` (undefined when unset). */
export function readSettings(get: (key: string) => unknown): ReadSettings {
  const problems: string[] = [];
  const int = (key: keyof typeof BOUNDS): number => {
    const v = get(key);
    const [lo, hi] = BOUNDS[key];
    if (v === undefined || v === null) return SETTING_DEFAULTS[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
      problems.push(`weakscope.${key} must be a whole number from ${lo} to ${hi}; using ${SETTING_DEFAULTS[key]}`);
      return SETTING_DEFAULTS[key];
    }
    return v;
  };
  const oneOf = <T extends string>(key: 'profile' | 'renderMode', allowed: readonly T[], fallback: T): T => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    const found = allowed.find((a) => a === v);
    if (found === undefined) problems.push(`weakscope.${key} must be one of ${allowed.join(', ')}; using ${fallback}`);
    return found ?? fallback;
  };
  const settings: Settings = {
    profile: oneOf('profile', PROFILES.map((p) => p.name), SETTING_DEFAULTS.profile),
    liveUpdateDelay: int('liveUpdateDelay'),
    limits: { maxSteps: int('maxSteps'), maxTimeMs: int('timeLimitMs'), maxObjects: int('maxObjects') },
    renderMode: oneOf('renderMode', RENDER_MODES, SETTING_DEFAULTS.renderMode),
  };
  return { settings, problems };
}
