/** What a CLI command may touch: its output streams and the file system, so tests can fake both. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  /** Writes a file from pieces of text (a large trace never becomes one string). */
  writeFile?(path: string, pieces: Iterable<string>): void;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, pieces) => {
    const fd = openSync(path, 'w');
    try {
      for (const p of pieces) writeSync(fd, p);
    } finally {
      closeSync(fd);
    }
  },
};
