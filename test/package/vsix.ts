/**
 * The packaged extension as the tests see it: `ensureVsix()` runs `npm run package` (production
 * bundles, then @vscode/vsce) when weakscope-<version>.vsix is missing or older than anything that
 * goes into it, and `vsixEntries()` reads the archive's own listing (the zip central directory),
 * so the check needs no unzip binary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const VSIX = join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** Everything the .vsix is built from: a newer file here means the package is stale. */
const INPUTS = ['extension', 'webview', 'media', 'examples', 'package.json', '.vscodeignore', 'README.md', 'LICENSE', 'webpack.config.js'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = 0;
  for (const name of readdirSync(path)) n = Math.max(n, newest(join(path, name)));
  return n;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Several test files need the package; a lock directory keeps them from building it at once. */
export function ensureVsix(): string {
  const lock = join(ROOT, '.vscode-test', 'package.lock');
  mkdirSync(join(ROOT, '.vscode-test'), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      if (waited > 300_000 || Date.now() - statSync(lock).mtimeMs > 600_000) rmdirSync(lock);
      else sleep(500);
    }
  }
  try {
    const inputs = Math.max(...INPUTS.filter((p) => existsSync(join(ROOT, p))).map((p) => newest(join(ROOT, p))));
    if (existsSync(VSIX) && statSync(VSIX).mtimeMs > inputs) return VSIX;
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
    return VSIX;
  } finally {
    rmdirSync(lock);
  }
}

export interface VsixEntry {
  readonly name: string;
  readonly size: number;
  /** The entry's bytes, uncompressed. */
  read(): Buffer;
}

/** The entries of a zip archive, from its central directory (APPNOTE.TXT 4.3.12 and 4.3.16). */
export function vsixEntries(path: string): VsixEntry[] {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip archive`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: VsixEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const read = (): Buffer => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    };
    entries.push({ name, size, read });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
