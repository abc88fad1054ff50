/** The status-bar profile picker's plain logic (extension/host/profile-choice.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareItems, comparePair, mostDifferentProfile, profileItems, profileStatus, settingTarget } from '../../extension/host/profile-choice';
import { PROFILES } from '../../extension/engine/profile';

test('the status item shows the configured profile by its label', () => {
  assert.equal(profileStatus('cpython-3.14').text, '$(versions) CPython 3.14');
  assert.equal(profileStatus('micropython').text, '$(versions) MicroPython 1.29');
  assert.match(profileStatus('cpython-3.12').tooltip, /as CPython 3\.12 would/);
});

test('an unknown or unset profile shows the default the run falls back to', () => {
  assert.equal(profileStatus('cpython-2.7').text, '$(versions) CPython 3.14');
  assert.equal(profileStatus('').text, '$(versions) CPython 3.14');
});

test('the quick pick lists every profile once, in order, with only the current one picked', () => {
  const items = profileItems('cpython-3.12');
  assert.deepEqual(items.map((i) => i.name), PROFILES.map((p) => p.name));
  assert.deepEqual(items.map((i) => i.label), PROFILES.map((p) => p.label));
  assert.deepEqual(items.filter((i) => i.picked).map((i) => i.name), ['cpython-3.12']);
  assert.equal(items.find((i) => i.picked)?.description, 'cpython-3.12 (current)');
  assert.deepEqual(profileItems('nonsense').filter((i) => i.picked), []);
});

test('the choice is saved for the workspace when one is open, else globally', () => {
  assert.equal(settingTarget(true), 'workspace');
  assert.equal(settingTarget(false), 'global');
});

test('a comparison pits CPython against MicroPython and MicroPython against the default CPython', () => {
  assert.equal(mostDifferentProfile('cpython-3.14').name, 'micropython');
  assert.equal(mostDifferentProfile('cpython-3.11').name, 'micropython');
  assert.equal(mostDifferentProfile('micropython').name, 'cpython-3.14');
  assert.equal(mostDifferentProfile('bogus').name, 'micropython');
});

test('Compare Profiles offers every profile, the current one and the most different one picked', () => {
  const picked = (current: string): string[] => compareItems(current).filter((i) => i.picked).map((i) => i.name);
  assert.deepEqual(picked('cpython-3.14'), ['cpython-3.14', 'micropython']);
  assert.deepEqual(picked('cpython-3.12'), ['cpython-3.12', 'micropython']);
  assert.deepEqual(picked('micropython'), ['cpython-3.14', 'micropython']);
  assert.equal(compareItems('cpython-3.14').length, PROFILES.length);
});

test('exactly two profiles are compared, in the order of PROFILES', () => {
  const pair = comparePair(['micropython', 'cpython-3.14']);
  assert.ok(pair.ok);
  assert.deepEqual([pair.left.name, pair.right.name], ['cpython-3.14', 'micropython']);
  const one = comparePair(['micropython']);
  assert.ok(!one.ok);
  assert.equal(one.message, 'choose exactly two profiles to compare (1 chosen).');
  assert.ok(!comparePair(['cpython-3.11', 'cpython-3.12', 'micropython']).ok);
});
