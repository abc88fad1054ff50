/** VS Code's colour theme kind, as the panel's `theme` message names it. */
import * as vscode from 'vscode';

export function themeKind(kind: vscode.ColorThemeKind): 'light' | 'dark' | 'high-contrast' {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
    case vscode.ColorThemeKind.HighContrastLight:
      return kind === vscode.ColorThemeKind.Light ? 'light' : 'high-contrast';
    case vscode.ColorThemeKind.HighContrast:
      return 'high-contrast';
    default:
      return 'dark';
  }
}
