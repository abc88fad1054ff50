#!/usr/bin/env node
// Runs every *.test.ts under test/ with Node's own test runner (TypeScript through tsx).
// Node 20's runner does not expand globs, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...find(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const filter = process.argv.slice(2);
const files = find('test').filter((f) => filter.length === 0 || filter.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// The packaging and real-VS-Code tests rebuild dist/ in production mode: they run after the others,
// which may be reading (or rebuilding) the development bundles there.
// The extension-host suite (test/vscode) rebuilds the development bundles for a downloaded VS Code: last.
const packaged = (f) => f.startsWith(join('test', 'package')) || f.startsWith(join('test', 'e2e'));
const extensionHost = (f) => f.startsWith(join('test', 'vscode'));
let status = 0;
const rest = (f) => !packaged(f) && !extensionHost(f);
for (const group of [files.filter(rest), files.filter(packaged), files.filter(extensionHost)]) {
  if (group.length === 0) continue;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...group], {
    stdio: 'inherit',
  });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
