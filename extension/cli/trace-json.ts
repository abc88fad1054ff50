/**
 * The trace as JSON (`weakscope run --trace out.json`): the protocol's `Trace` with every typed
 * array written as a plain array of numbers. Produced in pieces, so a trace of millions of events
 * never becomes one string longer than the host allows.
 */
import type { Trace } from '../protocol/trace';

const CHUNK = 1 << 16;

function* numbers(a: ArrayLike<number>): Generator<string> {
  yield '[';
  for (let i = 0; i < a.length; i += CHUNK) {
    const end = Math.min(a.length, i + CHUNK);
    let s = i === 0 ? '' : ',';
    for (let j = i; j < end; j++) s += (j === i ? '' : ',') + String(a[j]);
    yield s;
  }
  yield ']';
}

function* table(t: object): Generator<string> {
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(t)) {
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    if (ArrayBuffer.isView(v)) yield* numbers(v as unknown as ArrayLike<number>);
    else yield JSON.stringify(v);
  }
  yield '}';
}

function* strings(list: readonly string[]): Generator<string> {
  yield '[';
  for (let i = 0; i < list.length; i += CHUNK) {
    const part = list.slice(i, i + CHUNK).map((s) => JSON.stringify(s)).join(',');
    yield i === 0 ? part : ',' + part;
  }
  yield ']';
}

/** The JSON text of a trace, piece by piece (concatenated, the pieces are one JSON document). */
export function* traceJson(t: Trace): Generator<string> {
  yield `{"version":${t.version},"profile":${JSON.stringify(t.profile)},"detail":${JSON.stringify(t.detail)}`;
  yield `,"filename":${JSON.stringify(t.filename)},"source":${JSON.stringify(t.source)}`;
  yield ',"strings":';
  yield* strings(t.strings);
  yield ',"steps":';
  yield* table(t.steps);
  yield ',"events":';
  yield* table(t.events);
  yield ',"objects":';
  yield* table(t.objects);
  yield `,"outcome":${JSON.stringify(t.outcome)}}`;
}
