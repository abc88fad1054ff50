/**
 * The webview's entry: connects to the host, validates every message it receives (a message that
 * fails is logged and dropped, never thrown), dispatches the valid ones to the panel, and tells the
 * host it is ready only once it is listening.
 */
import type { HostToWebview, WebviewToHost } from '../extension/protocol/messages';
import { App } from './app';
import { connectHost } from './host';
import { validateHostMessage } from './validate/messages';

// The value of PROTOCOL_VERSION, typed by it: tsc fails here when the contract's version moves on.
const PROTOCOL: Extract<WebviewToHost, { type: 'ready' }>['protocol'] = 1;

function dispatch(app: App, message: HostToWebview): void {
  switch (message.type) {
    case 'load':
      app.load(message.summary);
      return;
    case 'graph':
      app.graphSnapshot(message.snapshot);
      return;
    case 'details':
      app.objectDetails(message.details);
      return;
    case 'running':
      app.running(message.filename);
      return;
    case 'theme':
      app.theme(message.kind);
      return;
    case 'select':
      app.select(message.id);
      return;
    case 'requestSvg':
      app.exportSvg();
      return;
    default: {
      const _: never = message;
      return _;
    }
  }
}

function start(): void {
  const host = connectHost();
  const app = new App(document.body, host);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const result = validateHostMessage(event.data);
    if (!result.ok) {
      console.warn(`Weakscope: rejected a message from the host: ${result.error}`);
      return;
    }
    for (const w of result.warnings) console.warn(`Weakscope: ${w}`);
    try {
      dispatch(app, result.message);
    } catch (e) {
      // A bug in the panel: say so in the panel too, and keep handling later messages.
      console.error('Weakscope: failed to show a message from the host', e);
      app.failed(`The panel failed to show the ${result.message.type} message: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  host.post({ type: 'ready', protocol: PROTOCOL });
}

start();
