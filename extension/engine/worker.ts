/** The worker shell around the engine: requests in, results out, nothing else. */
import { parentPort } from 'node:worker_threads';
import type { RpcRequest, RpcResponse } from '../protocol/rpc';
import { createEngineMethods, NoRun } from './worker-session';

const methods = createEngineMethods();

function call(request: RpcRequest): unknown {
  // One method per request; the parameter list was typed by the host against the same interface.
  const method = methods[request.method] as (...params: readonly unknown[]) => unknown;
  return method(...request.params);
}

parentPort?.on('message', (request: RpcRequest) => {
  let response: RpcResponse;
  try {
    response = { id: request.id, ok: true, result: call(request) } as RpcResponse;
  } catch (e) {
    // The engine reports Python-level failures as data; other throws are bad questions or engine bugs.
    const message = e instanceof Error ? e.message : String(e);
    const known = e instanceof NoRun || e instanceof RangeError;
    response = { id: request.id, ok: false, error: known ? message : `internal error: ${message}` };
  }
  try {
    parentPort?.postMessage(response);
  } catch (e) {
    // An answer that cannot be cloned (an engine bug): say so rather than leave the host waiting.
    parentPort?.postMessage({ id: request.id, ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` });
  }
});
