/**
 * The status bar item that shows the semantics profile of Python editors and, when clicked, lets
 * the user pick another; the choice is saved in `weakscope.profile` (the live panel re-runs on it).
 */
import * as vscode from 'vscode';
import { COMMANDS } from './command-ids';
import { profileItems, profileStatus, settingTarget } from './profile-choice';

function configuredProfile(): string {
  return vscode.workspace.getConfiguration('weakscope').get<string>('profile') ?? '';
}

/** Asks for a profile and saves it; resolves to the chosen name, or undefined when dismissed. */
export async function selectProfile(): Promise<string | undefined> {
  const items = profileItems(configuredProfile());
  const choice = await vscode.window.showQuickPick(items, { title: 'Weakscope: Semantics Profile', placeHolder: 'Which Python should Weakscope imitate?' });
  if (choice === undefined) return undefined;
  const target = settingTarget(vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 0);
  await vscode.workspace.getConfiguration('weakscope').update('profile', choice.name, target === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  return choice.name;
}

export class ProfileStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weakscope.profile', vscode.StatusBarAlignment.Left, 49);
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Weakscope Profile';
    this.item.command = COMMANDS.selectProfile.id;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('weakscope.profile')) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    if (vscode.window.activeTextEditor?.document.languageId !== 'python') {
      this.item.hide();
      return;
    }
    const s = profileStatus(configuredProfile());
    this.item.text = s.text;
    this.item.tooltip = s.tooltip;
    this.item.accessibilityInformation = { label: s.tooltip };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
