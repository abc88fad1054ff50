/** ascii(): repr with every non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
import type { PyObject } from './object';
import { pyRepr } from './abstract';

export function asciiEscape(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    if (cp < 0x80) out += c;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export function asciiRepr(o: PyObject): string {
  return asciiEscape(pyRepr(o));
}
