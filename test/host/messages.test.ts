/** Every message from the webview is validated before the host acts on it (extension/host/messages.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateWebviewMessage } from '../../extension/host/messages';

test('valid messages are accepted and rebuilt with only the contract fields', () => {
  const cases: unknown[] = [
    { type: 'ready', protocol: 1 },
    { type: 'seek', step: 3 },
    { type: 'selectObject', id: 12 },
    { type: 'revealLine', line: 7 },
    { type: 'state', step: 0, selected: null },
    { type: 'state', step: 4, selected: 9 },
    { type: 'exportSvg', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
    { type: 'exportSvg', svg: '<?xml version="1.0"?>\n<svg></svg>' },
  ];
  for (const m of cases) assert.deepEqual(validateWebviewMessage(m), { ok: true, message: m });
  assert.deepEqual(validateWebviewMessage({ type: 'seek', step: 2, extra: 'x' }), { ok: true, message: { type: 'seek', step: 2 } });
});

test('invalid messages are rejected with a reason, never thrown', () => {
  const cases: [unknown, RegExp][] = [
    [null, /not an object/],
    ['seek', /not an object/],
    [[1], /not an object/],
    [{ type: 'ready', protocol: 2 }, /protocol 2, expected 1/],
    [{ type: 'seek', step: -1 }, /step must be a count/],
    [{ type: 'seek', step: 1.5 }, /step must be a count/],
    [{ type: 'seek', step: '3' }, /step must be a count/],
    [{ type: 'selectObject', id: Number.MAX_SAFE_INTEGER + 2 }, /id must be a count/],
    [{ type: 'revealLine', line: 0 }, /line must be a line number/],
    [{ type: 'state', step: 1, selected: 'a' }, /selected must be a count or null/],
    [{ type: 'exportSvg', svg: '<script>alert(1)</script>' }, /must be an SVG document/],
    [{ type: 'exportSvg', svg: 42 }, /svg must be a string/],
    [{ type: 'run', source: 'x' }, /unknown message type "run"/],
    [{}, /unknown message type undefined/],
  ];
  for (const [m, why] of cases) {
    const r = validateWebviewMessage(m);
    assert.equal(r.ok, false, JSON.stringify(m));
    if (!r.ok) assert.match(r.error, why);
  }
});
