/**
 * The harness itself, against what VS Code ships: Quick Open, a palette command by title, the
 * selection in the status bar, and a webview's inner frame (the built-in Markdown preview).
 * If this fails, the Weakscope end-to-end tests cannot be trusted either way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startVSCode, until } from './harness';

test('the harness drives code-server: open a file, run a command, read a webview', async () => {
  const vs = await startVSCode({ files: { 'notes/README.md': '# Heading from the harness\n\nSome *text*.\n' } });
  try {
    await vs.openFile('notes/README.md');
    assert.deepEqual(await vs.cursor(), { line: 1, col: 1 });
    await vs.page.keyboard.press('Control+End');
    await until('the cursor on line 4', 10_000, async () => ((await vs.cursor()).line === 4 ? true : null));
    assert.deepEqual(await vs.cursor(), { line: 4, col: 1 });
    await vs.runCommand('Markdown: Open Preview to the Side');
    const frame = await vs.webviewFrame('h1');
    assert.equal((await frame.locator('h1').innerText()).trim(), 'Heading from the harness');
    // Errors logged by a script inside a webview reach vs.errors, with the script's URL.
    await frame.evaluate('console.error("probe from the webview")\n//# sourceURL=probe-in-webview.js');
    await until('the probe in vs.errors', 5_000, async () => vs.errors.find((e) => e.text === 'probe from the webview'));
    const probe = vs.errors.find((e) => e.text === 'probe from the webview');
    assert.match(probe?.url ?? '', /probe-in-webview\.js$/);
    await vs.shot('00-harness-markdown-preview');
  } finally {
    await vs.close();
  }
});
