/**
 * The panel's page: the bundled script and stylesheet, under a Content Security Policy that allows
 * only them (by the webview's own source and a per-page nonce) — no inline code, nothing remote.
 * Plain Node, no vscode: the caller passes the webview URIs as strings.
 */
import { randomBytes } from 'node:crypto';
import type { RenderMode } from './settings';

export interface PageResources {
  /** webview.cspSource */
  readonly cspSource: string;
  /** asWebviewUri of dist/webview.js and media/panel.css */
  readonly script: string;
  readonly stylesheet: string;
  readonly renderMode: RenderMode;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Escapes text for an HTML attribute or element body. */
export const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** A page's start up to its <body>: the policy, the stylesheet and the title (the Compare Profiles page shares it). */
export function pageHead(cspSource: string, nonce: string, stylesheet: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(cspSource, nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="${attr(stylesheet)}">
  <title>${attr(title)}</title>
</head>
`;
}

export function panelHtml(r: PageResources, nonce: string = makeNonce()): string {
  return `${pageHead(r.cspSource, nonce, r.stylesheet, 'Weakscope')}<body data-render-mode="${attr(r.renderMode)}">
  <script nonce="${attr(nonce)}" src="${attr(r.script)}"></script>
</body>
</html>
`;
}
