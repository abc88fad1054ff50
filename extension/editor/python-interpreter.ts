/**
 * The user's Python for a file: the interpreter the Python extension (ms-python.python) has
 * selected for it, through its public API, else `python3` from the PATH. Only the few API members
 * used here are typed; anything unexpected falls back to the PATH.
 */
import * as vscode from 'vscode';

interface PythonEnvironmentsApi {
  getActiveEnvironmentPath(resource?: vscode.Uri): { readonly id: string; readonly path: string };
  resolveEnvironment(environment: { readonly id: string; readonly path: string } | string): Promise<{ readonly executable: { readonly uri: vscode.Uri | undefined } } | undefined>;
}

interface PythonExtensionApi {
  readonly ready?: Promise<void>;
  readonly environments?: PythonEnvironmentsApi;
  readonly settings?: { getExecutionDetails(resource?: vscode.Uri): { readonly execCommand: readonly string[] | undefined } };
}

export interface Interpreter {
  readonly command: string;
  /** Where it came from, for the report: 'Python extension' or 'PATH'. */
  readonly from: string;
}

export const PATH_PYTHON = process.platform === 'win32' ? 'python' : 'python3';

export async function pythonFor(uri: vscode.Uri): Promise<Interpreter> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>('ms-python.python');
  if (extension === undefined) return { command: PATH_PYTHON, from: 'PATH' };
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    await api.ready;
    const environments = api.environments;
    if (environments !== undefined) {
      const resolved = await environments.resolveEnvironment(environments.getActiveEnvironmentPath(uri));
      const path = resolved?.executable.uri?.fsPath;
      if (path !== undefined && path !== '') return { command: path, from: 'Python extension' };
    }
    const exec = api.settings?.getExecutionDetails(uri).execCommand?.[0];
    if (exec !== undefined && exec !== '') return { command: exec, from: 'Python extension' };
  } catch {
    // An extension that fails to activate or answer leaves the PATH's Python.
  }
  return { command: PATH_PYTHON, from: 'PATH' };
}
