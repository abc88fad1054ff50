/** The webview's entry: tells the host it is ready; the graph and timeline arrive with their issue. */
interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscodeApi = acquireVsCodeApi();
vscodeApi.postMessage({ type: 'ready' });
