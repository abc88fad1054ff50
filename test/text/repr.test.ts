/** repr() of scalars against CPython 3.14 (recorded by scripts/record-repr.mjs). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reprBytes, reprFloat, reprImaginary, reprStr } from '../../extension/engine/text/repr';

interface Recorded {
  floats: [string, string][];
  strings: [number[], string][];
  bytes: [number[], string][];
  imaginary: [string, string][];
}

const recorded = JSON.parse(readFileSync('test/text/repr.expected.json', 'utf8')) as Recorded;

function floatFromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(bits), true);
  return view.getFloat64(0, true);
}

test('float repr', () => {
  for (const [bits, expected] of recorded.floats) assert.equal(reprFloat(floatFromBits(bits)), expected);
});

test('str repr', () => {
  for (const [codes, expected] of recorded.strings) {
    // Code points, not UTF-16: a lone surrogate must survive the trip.
    const s = codes.map((c) => (c >= 0xd800 && c < 0xe000 ? String.fromCharCode(c) : String.fromCodePoint(c))).join('');
    assert.equal(reprStr(s), expected);
  }
});

test('bytes repr', () => {
  for (const [values, expected] of recorded.bytes) assert.equal(reprBytes(Uint8Array.from(values)), expected);
});

test('imaginary repr', () => {
  for (const [bits, expected] of recorded.imaginary) assert.equal(reprImaginary(floatFromBits(bits)), expected);
});
