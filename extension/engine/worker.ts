/** The worker shell around the engine: requests in, results out, nothing else. */
import { parentPort } from 'node:worker_threads';
import type { EngineMethods, RpcRequest, RpcResponse } from '../protocol/rpc';
import { parse } from './syntax/parser';

const methods: EngineMethods = { parse };

parentPort?.on('message', (request: RpcRequest) => {
  let response: RpcResponse;
  try {
    const result = methods[request.method](...request.params);
    response = { id: request.id, ok: true, result };
  } catch (e) {
    // The engine reports Python-level failures as data; a throw here is an engine bug.
    response = { id: request.id, ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort?.postMessage(response);
});
