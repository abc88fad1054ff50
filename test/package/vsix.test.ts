/**
 * The .vsix that `npm run package` builds carries only what runs: the minified production bundles
 * of the extension host, the engine worker and the webview, media/, the example gallery, the
 * manifest, README and LICENSE. Anything else (sources, source maps, the CLI, tests, oracles,
 * node_modules) fails the test by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureVsix, vsixEntries } from './vsix';

const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/(extension|worker|webview)\.js$/,
  /^extension\/media\/[^]+\.(css|svg|png|py)$/,
  /^extension\/examples\/[^/]+\.py$/,
];

const BUNDLES = ['extension/dist/extension.js', 'extension/dist/worker.js', 'extension/dist/webview.js'];

test('the .vsix holds only the production bundles, media, examples, manifest, README and LICENSE', async (t) => {
  const vsix = ensureVsix();
  const entries = vsixEntries(vsix);
  const names = entries.map((e) => e.name);
  t.diagnostic(`${vsix.slice(ROOT.length + 1)}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB, ${entries.length} entries`);
  for (const e of entries) t.diagnostic(`  ${e.name} ${(e.size / 1024).toFixed(1)} KiB`);

  assert.deepEqual(names.filter((n) => !ALLOWED.some((re) => re.test(n))), [], 'files outside the allowed set');
  for (const required of [...BUNDLES, 'extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt']) {
    assert.ok(names.includes(required), `${required} is missing`);
  }
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.py'));
  assert.ok(examples.length > 0);
  for (const ex of examples) assert.ok(names.includes(`extension/examples/${ex}`), `examples/${ex} is not shipped`);

  const byName = new Map(entries.map((e) => [e.name, e]));
  const shipped = JSON.parse(byName.get('extension/package.json')!.read().toString('utf8')) as { main: string; engines: { vscode: string } };
  assert.ok(names.includes(`extension/${shipped.main.replace(/^\.\//, '')}`), `main ${shipped.main} is not shipped`);
  // code-server 4.100.3 (VS Code 1.100) is what the end-to-end tests install into.
  assert.equal(shipped.engines.vscode, '^1.100.0');

  for (const bundle of BUNDLES) {
    const text = byName.get(bundle)!.read().toString('utf8');
    assert.ok(!text.includes('sourceMappingURL'), `${bundle} points at a source map`);
    // webpack's development output keeps one line per source line and names modules by path.
    assert.ok(!text.includes('./extension/') && !text.includes('./webview/'), `${bundle} is a development build`);
  }
});
