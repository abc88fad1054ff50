/**
 * The engine worker's RPC: one interface of methods, from which requests and responses are derived.
 * Types only, shared by the extension host and the worker.
 */
import type { Module } from '../engine/syntax/ast';
import type { SyntaxErrorInfo } from '../engine/syntax/errors';

export interface EngineMethods {
  parse(source: string): { ok: true; tree: Module } | { ok: false; error: SyntaxErrorInfo };
}

export type MethodName = keyof EngineMethods;

export interface RpcRequest<M extends MethodName = MethodName> {
  readonly id: number;
  readonly method: M;
  readonly params: Parameters<EngineMethods[M]>;
}

export type RpcResponse<M extends MethodName = MethodName> =
  | { readonly id: number; readonly ok: true; readonly result: ReturnType<EngineMethods[M]> }
  | { readonly id: number; readonly ok: false; readonly error: string };
