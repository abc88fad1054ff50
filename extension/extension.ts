/** activate(): registers everything the extension contributes, nothing else. */
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // The commands, the panel and the editor features register here as their issues land.
}

export function deactivate(): void {}
