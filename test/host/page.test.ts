/** The panel's page: a nonce CSP with the webview's source and nothing else (extension/host/html.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, panelHtml } from '../../extension/host/html';

const resources = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', script: 'https://x/dist/webview.js', stylesheet: 'https://x/media/panel.css', renderMode: 'svg' as const };

test('the CSP allows only the webview source and the nonce, no inline or eval', () => {
  const csp = contentSecurityPolicy(resources.cspSource, 'abc');
  assert.match(csp, /^default-src 'none'/);
  assert.match(csp, /script-src 'nonce-abc'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
});

test('the page loads the bundle with the nonce and says the render mode', () => {
  const html = panelHtml(resources, 'N0nce');
  assert.match(html, /<script nonce="N0nce" src="https:\/\/x\/dist\/webview\.js"><\/script>/);
  assert.match(html, /<link rel="stylesheet" href="https:\/\/x\/media\/panel\.css">/);
  assert.match(html, /<body data-render-mode="svg">/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
});

test('nonces are fresh and long', () => {
  const a = makeNonce();
  assert.notEqual(a, makeNonce());
  assert.ok(a.length >= 24);
});

test('resource URIs are escaped into attributes', () => {
  const html = panelHtml({ ...resources, script: 'https://x/a"><script>' }, 'n');
  assert.doesNotMatch(html, /a"><script>/);
});
