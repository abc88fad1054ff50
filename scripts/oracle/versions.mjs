// Recording what other Python versions print for the conformance programs, beside CPython 3.14's
// NAME.py.expected.json: NAME.py.expected.<profile>.json exists only where that version's output
// differs from 3.14's (so the corpus stays small), and the generated part of
// test/conformance/VERSION-DIFFERENCES.md lists every difference, grouped by program.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Oracle version (scripts/oracle/run-file.mjs) → engine profile name (extension/engine/profile.ts). */
export const VERSION_PROFILES = {
  '3.11': 'cpython-3.11',
  '3.12': 'cpython-3.12',
  '3.13': 'cpython-3.13',
  '3.15': 'cpython-3.15',
  micropython: 'micropython',
};
const LABELS = { '3.11': '3.11', '3.12': '3.12', '3.13': '3.13', '3.15': '3.15', micropython: 'MicroPython' };

export const versionFile = (path, version) => `${path}.expected.${VERSION_PROFILES[version]}.json`;

export const sameOutput = (a, b) => a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;

/** What is recorded: the oracle reports sys.exit(True)'s status as the bool; a process exits with 1. */
export const recordable = (r) => ({ stdout: r.stdout, stderr: r.stderr, status: typeof r.status === 'boolean' ? Number(r.status) : r.status });

/** A short line-by-line account of how `b` differs from `a`. */
export function describe(a, b, la = '3.14', lb = '3.11') {
  const parts = [];
  if (a.status !== b.status) parts.push(`exit status: ${la} ${a.status}, ${lb} ${b.status}`);
  for (const stream of ['stdout', 'stderr']) {
    if (a[stream] === b[stream]) continue;
    const x = a[stream].split('\n');
    const y = b[stream].split('\n');
    const lines = [];
    // Trim the common head and tail, show what is left of each side.
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    let j = 0;
    while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
    const cut = (arr) => arr.slice(i, arr.length - j);
    const limit = 12;
    for (const [label, side] of [[la, cut(x)], [lb, cut(y)]]) {
      for (const l of side.slice(0, limit)) lines.push(`    ${label}| ${l}`);
      if (side.length > limit) lines.push(`    ${label}| ... (${side.length - limit} more lines)`);
    }
    parts.push(`${stream}, from line ${i + 1}:\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

/**
 * Stores one version's output of `path` beside the 3.14 recording `reference`: a version file when
 * they differ, none when they agree. Returns true when they differ.
 */
export function storeVersionOutput(path, version, output, reference) {
  const file = versionFile(path, version);
  if (sameOutput(output, reference)) {
    if (existsSync(file)) unlinkSync(file);
    return false;
  }
  const text = JSON.stringify(recordable(output), null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return true;
}

/** Errors that mean a program uses something MicroPython lacks (a module, attribute or syntax). */
const MICROPYTHON_LACKS = /^(ImportError|AttributeError|NameError|SyntaxError|NotImplementedError)\b/m;

/**
 * MicroPython's output is recorded (always, even when it equals 3.14's) only for the programs that
 * use nothing MicroPython lacks; the file is removed for the others. Returns true when recorded.
 */
export function storeMicroPythonOutput(path, output) {
  const file = versionFile(path, 'micropython');
  if (MICROPYTHON_LACKS.test(output.stderr)) {
    if (existsSync(file)) unlinkSync(file);
    return false;
  }
  const text = JSON.stringify(recordable(output), null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return true;
}

const BEGIN = '<!-- BEGIN GENERATED: node scripts/record-conformance.mjs -->';
const END = '<!-- END GENERATED -->';

/**
 * Rewrites the generated part of VERSION-DIFFERENCES.md from the version files on disk: a count per
 * version, then each program a CPython version prints differently, with the versions grouped by
 * identical output.
 * `notes` maps `rel` to a remark printed under its entry (e.g. hash-seed dependence).
 */
export function writeDifferenceSummary(corpus, files, versions, notes = new Map()) {
  const doc = join(corpus, 'VERSION-DIFFERENCES.md');
  const counts = Object.fromEntries(versions.map((v) => [v, 0]));
  const entries = [];
  for (const path of files) {
    const refPath = `${path}.expected.json`;
    if (!existsSync(refPath)) continue;
    const reference = JSON.parse(readFileSync(refPath, 'utf8'));
    const groups = [];
    for (const v of versions) {
      const file = versionFile(path, v);
      if (!existsSync(file)) continue;
      counts[v]++;
      // MicroPython differs almost everywhere (no reference counting, no __del__): count only.
      if (v === 'micropython') continue;
      const out = JSON.parse(readFileSync(file, 'utf8'));
      const group = groups.find((g) => sameOutput(g.out, out));
      if (group) group.versions.push(v);
      else groups.push({ out, versions: [v] });
    }
    if (groups.length === 0) continue;
    const rel = path.slice(corpus.length + 1);
    const blocks = groups.map((g) => {
      const label = g.versions.map((v) => LABELS[v]).join(', ');
      return `${label}:\n\`\`\`\n${describe(reference, g.out, '3.14', g.versions.length === 1 ? LABELS[g.versions[0]] : 'them')}\n\`\`\``;
    });
    const note = notes.has(rel) ? `\n${notes.get(rel)}` : '';
    entries.push(`### \`${rel}\`\n\n${blocks.join('\n\n')}${note}`);
  }
  const table = [
    '| version | programs whose output differs from 3.14 |',
    '|---|---|',
    ...versions.filter((v) => v !== 'micropython').map((v) => `| ${LABELS[v]} | ${counts[v]} of ${files.length} |`),
  ].join('\n') + (versions.includes('micropython')
    ? `\n\nMicroPython: ${counts.micropython} of ${files.length} programs use only what it has and are recorded (NAME.py.expected.micropython.json).`
    : '');
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Version differences on the conformance corpora\n\n';
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const head = start >= 0 ? text.slice(0, start) : text.trimEnd() + '\n\n';
  const tail = end >= 0 ? text.slice(end + END.length) : '\n';
  writeFileSync(doc, `${head}${BEGIN}\n\n${table}\n\n${entries.join('\n\n')}\n\n${END}${tail}`);
  return counts;
}
