/**
 * `ast.dump(tree, include_attributes=True)` exactly as CPython 3.14 prints it (Lib/ast.py): fields
 * in CPython's order, None-valued optional fields and empty list fields left out, then positions.
 */
import { NODE_SCHEMA, type Node, type NodeKind } from './ast';
import type { ConstantValue } from './constant';
import { reprBytes, reprFloat, reprImaginary, reprStr } from '../text/repr';

const POSITION_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

export function dump(node: Node): string {
  return dumpNode(node);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string'
    && (value as { kind: string }).kind in NODE_SCHEMA;
}

function dumpNode(node: Node): string {
  const schema = NODE_SCHEMA[node.kind as NodeKind];
  const record = node as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const [name, category, property] of schema.fields) {
    const value = record[property];
    switch (category) {
      case 'optional':
        if (value === null || value === undefined) continue;
        parts.push(`${name}=${dumpValue(value)}`);
        break;
      case 'list':
        if ((value as unknown[]).length === 0) continue;
        parts.push(`${name}=${dumpList(value as unknown[])}`);
        break;
      case 'optionalInt':
        if (value === null || value === undefined) continue;
        parts.push(`${name}=${String(value)}`);
        break;
      case 'int':
        // Plain int fields (conversion, level, simple, is_async) are JS numbers, not floats.
        parts.push(`${name}=${String(value)}`);
        break;
      case 'enum':
        parts.push(`${name}=${String(value)}()`);
        break;
      case 'enumList':
        if ((value as string[]).length === 0) continue;
        parts.push(`${name}=[${(value as string[]).map((op) => `${op}()`).join(', ')}]`);
        break;
      case 'node':
      case 'value':
        parts.push(`${name}=${dumpValue(value)}`);
        break;
      default: {
        const unreachable: never = category;
        throw new Error(`unknown field category ${String(unreachable)}`);
      }
    }
  }
  if (schema.positions) {
    for (const name of POSITION_FIELDS) parts.push(`${name}=${String(record[name])}`);
  }
  return `${node.kind}(${parts.join(', ')})`;
}

function dumpList(items: readonly unknown[]): string {
  return `[${items.map((item) => dumpValue(item)).join(', ')}]`;
}

function dumpValue(value: unknown): string {
  if (isNode(value)) return dumpNode(value);
  return reprConstant(value as ConstantValue);
}

/** repr() of a value a Constant node can hold. */
export function reprConstant(value: ConstantValue): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'bigint':
      return value.toString();
    case 'number':
      return reprFloat(value);
    case 'string':
      return reprStr(value);
    default:
      break;
  }
  switch (value.kind) {
    case 'bytes':
      return reprBytes(value.value);
    case 'complex':
      return reprImaginary(value.imag);
    case 'ellipsis':
      return 'Ellipsis';
    default: {
      const unreachable: never = value;
      throw new Error(`unknown constant ${String(unreachable)}`);
    }
  }
}
