/** Reading the one FILE.py argument a command takes, with python3.14's wording for a missing file. */
import { decodeSource } from '../engine/source';
import type { CliIo } from './io';

export type LoadedSource = { ok: true; path: string; source: string } | { ok: false; status: number };

export function loadSource(args: readonly string[], io: CliIo, command: string): LoadedSource {
  const path = args.find((a) => !a.startsWith('-'));
  if (path === undefined) {
    io.stderr(`usage: weakscope ${command} FILE.py\n`);
    return { ok: false, status: 2 };
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : String(code);
    io.stderr(`weakscope: can't open file '${path}': [Errno ${code === 'ENOENT' ? 2 : code === 'EISDIR' ? 21 : 5}] ${reason}\n`);
    return { ok: false, status: 2 };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    io.stderr(`weakscope: ${path}: ${decoded.message}\n`);
    return { ok: false, status: 1 };
  }
  return { ok: true, path, source: decoded.source };
}
