/**
 * The capi lens in the trace: the capi cases' traces replay consistently (borrowed edges are
 * weak-flagged, C-owned references are interpreter edges balanced by Py_DECREF), capi calls and
 * problems are events, and a borrowed reference is an edge of its own label kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';
import { HeapReplay } from '../../extension/engine/trace/replay';
import { CAPI_PROBLEMS, EDGE_LABEL_KINDS, EVENT_KINDS, LABEL_KIND_SHIFT, type Trace, type TraceDetail } from '../../extension/protocol/trace';
import { findProfile, PROFILES } from '../../extension/engine/profile';

const CASES = join(__dirname, 'cases');
const names = readdirSync(CASES).filter((f) => f.endsWith('.py')).sort();

function traced(name: string, detail: TraceDetail, profile = 'cpython-3.14'): Trace {
  const r = run(readFileSync(join(CASES, name), 'utf8'), { filename: `test/capi/cases/${name}`, trace: detail, profile: findProfile(profile) });
  assert.ok(r.outcome.kind === 'completed', JSON.stringify(r.outcome));
  return r.trace;
}

function kindIndex(k: (typeof EVENT_KINDS)[number]): number {
  return EVENT_KINDS.indexOf(k);
}

for (const detail of ['default', 'full'] as TraceDetail[]) {
  test(`capi traces replay consistently (${detail})`, async (t) => {
    for (const name of names) {
      await t.test(name, () => {
        const trace = traced(name, detail);
        const replay = new HeapReplay(trace);
        for (let s = 0; s < trace.steps.count; s++) {
          replay.advanceTo(s);
          for (const id of replay.live) {
            const rc = replay.refcnt.get(id);
            if (rc === undefined) continue;
            const edges = replay.strongInDegree(id);
            if (edges > rc) assert.fail(`step ${s} (line ${trace.steps.line[s]}): #${id} has ${edges} strong edges in but refcount ${rc}`);
          }
        }
        assert.deepEqual(replay.problems, []);
      });
    }
  });
}

test('a borrowed reference is a weak edge of kind borrowed, gone when its referent is freed', () => {
  const trace = traced('getobject_dangling.py', 'default');
  const e = trace.events;
  const borrowed = EDGE_LABEL_KINDS.indexOf('borrowed');
  let added = -1;
  for (let i = 0; i < e.count; i++) {
    if (e.kind[i] === kindIndex('edge_add') && (e.d[i] as number) >> LABEL_KIND_SHIFT === borrowed) {
      assert.equal((e.d[i] as number) & 1, 1, 'flagged weak');
      assert.equal(trace.strings[e.c[i] as number], 'PyWeakref_GetObject, line 11');
      added = e.b[i] as number;
    }
  }
  assert.ok(added > 0, 'a borrowed edge was recorded');
  assert.ok((trace.objects.diedStep[added] as number) >= 0, 'the referent died');
});

test('a proxy made by PyWeakref_NewProxy has its weak edge from the start', () => {
  const trace = traced('newproxy_basic.py', 'default');
  const e = trace.events;
  const adds = new Set<number>();
  const removes: number[] = [];
  for (let i = 0; i < e.count; i++) {
    if (((e.d[i] as number) & 1) === 0) continue;
    if (e.kind[i] === kindIndex('edge_add')) adds.add(e.a[i] as number);
    if (e.kind[i] === kindIndex('edge_remove')) removes.push(e.a[i] as number);
  }
  const proxies = [...adds].filter((id) => trace.strings[trace.objects.typeName[id] as number] === 'ProxyType');
  assert.equal(proxies.length, 1);
  for (const id of removes) assert.ok(adds.has(id), `weak edge of #${id} removed, never added`);
});

test('capi calls and problems are events naming the function and the lines', () => {
  const trace = traced('double_decref.py', 'default', 'cpython-3.14');
  const e = trace.events;
  const calls: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < e.count; i++) {
    if (e.kind[i] === kindIndex('capi_call')) calls.push(trace.strings[e.b[i] as number] as string);
    if (e.kind[i] === kindIndex('capi_problem')) problems.push(`${CAPI_PROBLEMS[e.c[i] as number]}: ${trace.strings[e.b[i] as number]}`);
  }
  assert.deepEqual(calls, ['PyWeakref_GetRef', 'Py_DECREF']);
  assert.equal(problems.length, 1);
  assert.match(problems[0] as string, /^unowned_decref: capi: Py_DECREF of a reference the C code does not own at line 13: 'C' object: its last owned reference was already released at line 11 \(a double Py_DECREF\)/);
});

test('a leaked reference is an interpreter edge until exit, and a leaked_reference problem', () => {
  const trace = traced('getref_leak.py', 'default');
  const e = trace.events;
  const owned = new Set<string>();
  let leaks = 0;
  for (let i = 0; i < e.count; i++) {
    if ((e.kind[i] === kindIndex('edge_add') || e.kind[i] === kindIndex('edge_remove')) && e.a[i] === 0) {
      const label = trace.strings[e.c[i] as number] as string;
      if (label.startsWith('capi ')) {
        if (e.kind[i] === kindIndex('edge_add')) owned.add(label);
        else owned.delete(label);
      }
    }
    if (e.kind[i] === kindIndex('capi_problem') && CAPI_PROBLEMS[e.c[i] as number] === 'leaked_reference') leaks++;
  }
  assert.deepEqual([...owned], ['capi PyWeakref_GetRef, line 13']);
  assert.equal(leaks, 1);
});

test('capi does not exist under MicroPython', () => {
  const profile = PROFILES.find((p) => p.implementation === 'micropython');
  assert.ok(profile !== undefined);
  const r = run('try:\n    import capi\nexcept ImportError as e:\n    print(type(e).__name__, e.name)\n    print(e)\n', { filename: 'm.py', trace: false, profile });
  assert.equal(r.stdout, `ModuleNotFoundError capi\nNo module named 'capi' (Weakscope's capi lens models CPython's C API; ${profile.label} has no such API)\n`);
});

test('every misuse is a Python exception with a message, never an engine failure', () => {
  const src = [
    'import capi, weakref',
    'class C: pass',
    'x = C()',
    'r = weakref.ref(x)',
    'b = capi.PyWeakref_GetObject(r)',
    'del x',
    'for f in (capi.Py_INCREF, capi.Py_DECREF, capi.Py_REFCNT, capi.PyWeakref_GetRef, capi.PyWeakref_NewRef, capi.PyUnstable_Object_ClearWeakRefsNoCallbacks):',
    '    try:',
    '        f(b)',
    '    except SystemError as e:',
    '        print(str(e)[:40])',
    'try:',
    '    capi.Py_DECREF()',
    'except TypeError as e:',
    '    print(e)',
  ].join('\n');
  const r = run(src, { filename: 'misuse.py', trace: 'full' });
  assert.equal(r.status, 'ok', r.stderr);
  assert.equal(r.stdout.split('\n').filter((l) => l === 'capi: dangling borrowed reference: borro').length, 6);
  assert.ok(r.stdout.includes('Py_DECREF() takes exactly one argument (0 given)'), r.stdout);
});
