/** activate(): registers everything the extension contributes, nothing else. */
import * as vscode from 'vscode';
import { registerCommands } from './host/commands';
import { Controller } from './host/controller';
import { WeakscopePanel } from './host/panel';
import { Sessions } from './host/sessions';
import { SpareWorkers } from './host/spare-worker';
import { StatusBar } from './host/status-bar';
import { ProfileStatusBar } from './host/profile-picker';
import { bundledWorkers } from './host/worker-factory';
import { registerEditorFeatures } from './editor/index';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Weakscope', { log: true });
  const workers = new SpareWorkers(bundledWorkers(context.extensionPath));
  const sessions = new Sessions(workers.take);
  const controller = new Controller(context, sessions, output);
  context.subscriptions.push(
    output,
    { dispose: () => sessions.dispose() },
    workers,
    controller,
    new StatusBar(sessions),
    new ProfileStatusBar(),
    ...registerCommands(controller, workers.take),
    vscode.window.registerWebviewPanelSerializer(WeakscopePanel.viewType, {
      deserializeWebviewPanel: (panel, state: unknown) => controller.revive(panel, state),
    }),
  );
  registerEditorFeatures(context, sessions);
}

export function deactivate(): void {}
