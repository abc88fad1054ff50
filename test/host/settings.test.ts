/** Settings → run budgets and profile (extension/host/settings.ts), and the manifest that declares them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readSettings, RENDER_MODES, SETTING_DEFAULTS } from '../../extension/host/settings';
import { PROFILES } from '../../extension/engine/profile';
import { COMMANDS, SHOW_PANEL_COMMAND } from '../../extension/host/command-ids';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    configuration: { properties: Record<string, { default?: unknown; enum?: unknown[]; minimum?: number; maximum?: number }> } | { properties: Record<string, { default?: unknown; enum?: unknown[] }> }[];
  };
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const conf = manifest.contributes.configuration;
const properties = Array.isArray(conf) ? Object.assign({}, ...conf.map((c) => c.properties)) as Record<string, { default?: unknown; enum?: unknown[] }> : conf.properties;

test('unset settings give the defaults, mapped onto the engine limits', () => {
  const { settings, problems } = readSettings(() => undefined);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    profile: 'cpython-3.14',
    liveUpdateDelay: SETTING_DEFAULTS.liveUpdateDelay,
    limits: { maxSteps: SETTING_DEFAULTS.maxSteps, maxTimeMs: SETTING_DEFAULTS.timeLimitMs, maxObjects: SETTING_DEFAULTS.maxObjects },
    renderMode: 'auto',
  });
});

test('configured values reach the engine limits', () => {
  const values: Record<string, unknown> = { profile: 'cpython-3.12', liveUpdateDelay: 0, maxSteps: 5000, timeLimitMs: 2000, maxObjects: 300, renderMode: 'canvas' };
  const { settings, problems } = readSettings((k) => values[k]);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { profile: 'cpython-3.12', liveUpdateDelay: 0, limits: { maxSteps: 5000, maxTimeMs: 2000, maxObjects: 300 }, renderMode: 'canvas' });
});

test('a wrong value falls back to its default and is reported', () => {
  const values: Record<string, unknown> = { profile: 'python2', maxSteps: -5, timeLimitMs: 'fast', maxObjects: 1.5, renderMode: 'webgl', liveUpdateDelay: 1e9 };
  const { settings, problems } = readSettings((k) => values[k]);
  assert.equal(settings.profile, 'cpython-3.14');
  assert.deepEqual(settings.limits, { maxSteps: SETTING_DEFAULTS.maxSteps, maxTimeMs: SETTING_DEFAULTS.timeLimitMs, maxObjects: SETTING_DEFAULTS.maxObjects });
  assert.equal(settings.renderMode, 'auto');
  assert.equal(settings.liveUpdateDelay, SETTING_DEFAULTS.liveUpdateDelay);
  assert.equal(problems.length, 6);
  assert.match(problems.join('\n'), /weakscope\.maxSteps must be a whole number from 1 to/);
});

test('package.json declares the settings with the same defaults and choices', () => {
  assert.deepEqual(properties['weakscope.profile']?.enum, PROFILES.map((p) => p.name));
  assert.deepEqual(properties['weakscope.renderMode']?.enum, [...RENDER_MODES]);
  for (const [key, value] of Object.entries(SETTING_DEFAULTS)) assert.equal(properties[`weakscope.${key}`]?.default, value, key);
});

test('package.json declares every host command in the Weakscope category, with its icon', () => {
  const declared = new Map(manifest.contributes.commands.map((c) => [c.command, c]));
  for (const c of Object.values(COMMANDS)) {
    const d = declared.get(c.id);
    assert.ok(d !== undefined, `${c.id} is not in package.json`);
    assert.deepEqual({ title: d.title, category: d.category, icon: d.icon }, { title: c.title, category: 'Weakscope', icon: c.icon });
  }
  assert.ok(declared.has(SHOW_PANEL_COMMAND));
});
