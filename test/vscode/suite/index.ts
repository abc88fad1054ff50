/**
 * Extension-host tests: they run inside a VS Code that @vscode/test-electron downloads
 * (test/vscode/vscode.test.ts starts it), with this repository as the extension under development.
 * They check what only the extension host can see: the commands registered, the hovers the
 * provider returns (vscode.executeHoverProvider) and the diagnostics published. The same features
 * are driven as a user would in code-server by test/e2e/; this suite is for machines that can
 * download VS Code. No test framework: run() throws when a test failed, which fails the run.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository: the extension under development is loaded from it. */
function snippet(name: string): string {
  const extension = vscode.extensions.getExtension('weakscope.weakscope');
  assert.ok(extension, 'the extension under development is loaded');
  return path.join(extension.extensionPath, 'test/editor/snippets', name);
}

type Test = readonly [name: string, body: () => Promise<void>];
const tests: Test[] = [];
const test = (name: string, body: () => Promise<void>): void => {
  tests.push([name, body]);
};

async function until<T>(what: string, ms: number, probe: () => Promise<T | null> | T | null): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function visualize(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('weakscope.visualize');
  return document;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

test('every contributed command is registered, under the Weakscope category', async () => {
  const extension = vscode.extensions.getExtension('weakscope.weakscope');
  assert.ok(extension, 'the extension under development is loaded');
  await extension.activate();
  const contributed = (extension.packageJSON as { contributes: { commands: { command: string; category: string }[] } }).contributes.commands;
  const registered = new Set(await vscode.commands.getCommands(true));
  for (const c of contributed) {
    assert.equal(c.category, 'Weakscope', c.command);
    assert.ok(registered.has(c.command), `${c.command} is registered`);
  }
});

test('a hover on a name tells the object bound there and its fate', async () => {
  const file = snippet('del_then_callbacks.py');
  const document = await visualize(file);
  const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => /^a = /.test(l));
  assert.ok(line >= 0, 'the snippet binds `a` at module level');
  const text = await until('a Weakscope hover on `a`', 60_000, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 0));
    const t = hoverText(hovers);
    return t.includes('Weakscope') ? t : null;
  });
  assert.match(text, /refcount/);
  assert.match(text, /freed at line \d+ by/);
});

test('a lifetime lint is published as a diagnostic with its code', async () => {
  const document = await visualize(snippet('callback_bound_method.py'));
  const found = await until('a Weakscope diagnostic', 60_000, () => {
    const d = vscode.languages.getDiagnostics(document.uri).find((x) => x.source === 'Weakscope');
    return d ?? null;
  });
  assert.match(found.message, /bound method of its referent/);
  assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
});

test('a syntax error is a diagnostic in CPython words, at its position', async () => {
  const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'x = (1,\nprint(x)\n' });
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('weakscope.visualize');
  const found = await until('a syntax error diagnostic', 60_000, () =>
    vscode.languages.getDiagnostics(document.uri).find((x) => x.severity === vscode.DiagnosticSeverity.Error) ?? null,
  );
  assert.match(found.message, /SyntaxError|was never closed/);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`ok - ${name}`);
    } catch (e) {
      console.log(`not ok - ${name}`);
      failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${tests.length} extension-host tests failed:\n${failures.join('\n')}`);
}
