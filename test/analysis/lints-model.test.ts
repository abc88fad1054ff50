/**
 * The lints whose snippets need weakref features the engine does not provide yet (finalize,
 * WeakValueDictionary, WeakKeyDictionary, WeakSet, proxy, WeakMethod), on model traces shaped as
 * the engine's Python weakref module makes them (support/weakref-model.ts). Each test is the
 * same snippet as in support/lint-cases.ts; lints.test.ts runs the real ones once the engine can.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Trace } from '../../extension/protocol/trace';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { lint, type LintId } from '../../extension/engine/trace/analysis/lints/index';
import { LINT_CASES } from './support/lint-cases';
import { Program } from './support/program';
import { WeakrefModel } from './support/weakref-model';

function linesOf(id: LintId, trace: Trace): number[] {
  return lint(new TraceIndex(trace)).filter((f) => f.id === id).map((f) => f.line);
}

function source(id: LintId, name: string): string {
  const c = LINT_CASES[id].find((x) => x.name === name);
  if (c === undefined) throw new Error(`no case ${name}`);
  return c.source;
}

/** A program with `class <cls>` on line `clsLine` and `print` available. */
function start(src: string, cls: string, clsLine: number): { p: Program; w: WeakrefModel; printFn: number } {
  const p = new Program(src);
  const printFn = p.h.new('builtin_function_or_method', { repr: '<function print>' });
  p.h.incExt(printFn);
  p.line(clsLine).cls(cls);
  return { p, w: new WeakrefModel(p), printFn };
}

describe('finalize-refers-to-object (model)', () => {
  const id = 'finalize-refers-to-object';
  test('reports: the object passed as an argument', () => {
    const { p, w, printFn } = start(source(id, 'the object passed as an argument'), 'Res', 2);
    p.line(3).global('r', p.make('Res'));
    p.line(4);
    w.finalize(p.get('r'), printFn, [p.get('r')]);
    assert.deepEqual(linesOf(id, p.finish()), [4]);
  });
  test('reports: a closure over the object', () => {
    const { p, w, printFn } = start(source(id, 'a closure over the object'), 'Res', 2);
    void printFn;
    p.line(3).global('make', p.h.new('function', { repr: '<function make>' }));
    p.line(7);
    const frame = p.h.call('make');
    p.line(4);
    const cell = p.h.new('cell', { repr: '' });
    p.h.link(frame, cell, 'r', 'cell');
    p.h.link(cell, p.make('Res'), 'r', 'cell');
    const r = p.h.obj(cell).out[0]?.to as number;
    p.line(5);
    const lambda = p.h.new('function', { repr: '<function make.<locals>.<lambda>>' });
    p.h.link(lambda, cell, 'r', 'cell');
    w.finalize(r, lambda);
    p.line(6);
    p.h.incExt(r);
    p.h.ret();
    p.line(7).global('kept', r);
    p.h.decExt(r);
    assert.deepEqual(linesOf(id, p.finish()), [5]);
  });
  test('reports: the object inside a list argument', () => {
    const { p, w, printFn } = start(source(id, 'the object inside a list argument'), 'Res', 2);
    p.line(3).global('r', p.make('Res'));
    p.line(4);
    const lst = p.h.new('list', { repr: '' });
    p.h.append(lst, p.get('r'));
    w.finalize(p.get('r'), printFn, [lst]);
    assert.deepEqual(linesOf(id, p.finish()), [4]);
  });
  test('does not report: a string argument', () => {
    const { p, w, printFn } = start(source(id, 'a string argument'), 'Res', 2);
    p.line(3).global('r', p.make('Res'));
    p.line(4);
    w.finalize(p.get('r'), printFn, []);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test("does not report: another object's method", () => {
    const { p, w } = start(source(id, "another object's method"), 'Handle', 2);
    p.line(4).cls('Res');
    p.line(5).global('h', p.make('Handle'));
    p.line(6).global('r', p.make('Res'));
    p.line(7);
    const close = p.h.new('function', { repr: '<function Handle.close>' });
    w.finalize(p.get('r'), p.h.method(p.get('h'), close));
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test("does not report: an attribute's value, not the object", () => {
    const { p, w, printFn } = start(source(id, "an attribute's value, not the object"), 'Res', 2);
    p.line(4).global('r', p.make('Res'));
    p.h.setattr(p.get('r'), 'name', p.get('Res'));
    p.line(5);
    w.finalize(p.get('r'), printFn, [p.get('Res')]);
    p.line(6).delGlobal('r');
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
});

describe('callback-bound-method (model)', () => {
  test('reports: weakref.finalize(a, a.close)', () => {
    const { p, w } = start(source('callback-bound-method', 'weakref.finalize(a, a.close)'), 'A', 2);
    p.line(4).global('a', p.make('A'));
    p.line(5);
    const close = p.h.new('function', { repr: '<function A.close>' });
    w.finalize(p.get('a'), p.h.method(p.get('a'), close));
    assert.deepEqual(linesOf('callback-bound-method', p.finish()), [5]);
  });
});

describe('weak-container-temporary (model)', () => {
  const id = 'weak-container-temporary';
  test('reports: WeakValueDictionary filled with temporaries', () => {
    const { p, w } = start(source(id, 'WeakValueDictionary filled with temporaries'), 'Obj', 2);
    p.line(3).global('cache', w.wvd());
    p.line(4);
    w.wvdSet(p.get('cache'), "'a'", p.make('Obj'));
    p.line(5);
    assert.deepEqual(linesOf(id, p.finish()), [4]);
  });
  test('reports: WeakSet.add(Obj())', () => {
    const { p, w } = start(source(id, 'WeakSet.add(Obj())'), 'Obj', 2);
    p.line(3).global('s', w.weakset());
    p.line(4);
    w.wsAdd(p.get('s'), p.make('Obj'));
    p.line(5);
    assert.deepEqual(linesOf(id, p.finish()), [4]);
  });
  test('reports: WeakKeyDictionary with temporary keys, in a loop', () => {
    const { p, w } = start(source(id, 'WeakKeyDictionary with temporary keys, in a loop'), 'Obj', 2);
    p.line(3).global('d', w.wkd());
    for (let i = 0; i < 3; i++) {
      p.line(4);
      p.line(5);
      w.wkdSet(p.get('d'), p.make('Obj'), p.none);
    }
    p.line(6);
    assert.deepEqual(linesOf(id, p.finish()), [5]);
  });
  test('does not report: values held by names', () => {
    const { p, w } = start(source(id, 'values held by names'), 'Obj', 2);
    p.line(3).global('cache', w.wvd());
    p.line(4).global('a', p.make('Obj'));
    p.line(5);
    w.wvdSet(p.get('cache'), "'a'", p.get('a'));
    p.line(6);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test('does not report: values held by a list', () => {
    const { p, w } = start(source(id, 'values held by a list'), 'Obj', 2);
    p.line(3).global('s', w.weakset());
    p.line(4);
    const keep = p.h.new('list', { repr: '' });
    for (let i = 0; i < 3; i++) p.h.append(keep, p.make('Obj'));
    p.global('keep', keep);
    for (const e of [...p.h.obj(keep).out]) {
      p.line(5);
      p.line(6);
      w.wsAdd(p.get('s'), e.to);
    }
    p.line(7);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test('does not report: evicted later, when the holder goes', () => {
    const { p, w } = start(source(id, 'evicted later, when the holder goes'), 'Obj', 2);
    p.line(3).global('cache', w.wvd());
    p.line(4).global('a', p.make('Obj'));
    p.line(5);
    w.wvdSet(p.get('cache'), "'a'", p.get('a'));
    p.line(6).delGlobal('a');
    p.line(7);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
});

describe('weakref-to-bound-method (model)', () => {
  test('does not report: weakref.WeakMethod(a.m)', () => {
    const p = new Program(`import weakref
class A:
    def m(self): pass
a = A()
r = weakref.WeakMethod(a.m)
`);
    const w = new WeakrefModel(p);
    p.line(2).cls('A');
    p.line(4).global('a', p.make('A'));
    p.line(5);
    const func = p.h.new('function', { repr: '<function A.m>' });
    p.h.method(p.get('a'), func);
    p.global('r', w.weakMethod(p.get('a'), func));
    p.line(6);
    assert.deepEqual(linesOf('weakref-to-bound-method', p.finish()), []);
  });
});

describe('dead-proxy (model)', () => {
  const id = 'dead-proxy';
  function proxyProgram(name: string, clsLine: number): { p: Program; w: WeakrefModel } {
    const { p, w } = start(source(id, name), 'A', clsLine);
    return { p, w };
  }
  test('reports: an attribute of a dead proxy', () => {
    const { p, w } = proxyProgram('an attribute of a dead proxy', 2);
    p.line(4).global('a', p.make('A'));
    p.line(5).global('p', w.proxy(p.get('a')));
    p.line(6).delGlobal('a');
    p.line(8);
    p.line(9);
    p.line(10);
    assert.deepEqual(linesOf(id, p.finish()), [8]);
  });
  test('reports: printing a dead proxy', () => {
    const { p, w } = proxyProgram('printing a dead proxy', 2);
    p.line(3).global('a', p.make('A'));
    p.line(4).global('p', w.proxy(p.get('a')));
    p.line(5).delGlobal('a');
    p.line(7);
    p.line(8);
    p.line(9);
    assert.deepEqual(linesOf(id, p.finish()), [7]);
  });
  test('reports: calling a method in a function', () => {
    const { p, w } = proxyProgram('calling a method in a function', 2);
    p.line(4).global('use', p.h.new('function', { repr: '<function use>' }));
    p.line(6).global('a', p.make('A'));
    p.line(7).global('p', w.proxy(p.get('a')));
    p.line(8).delGlobal('a');
    p.line(10);
    p.h.call('use');
    p.h.bind('p', p.get('p'));
    p.line(5);
    p.h.ret();
    p.line(11);
    p.line(12);
    assert.deepEqual(linesOf(id, p.finish()), [5]);
  });
  test('does not report: used while alive', () => {
    const { p, w } = proxyProgram('used while alive', 2);
    p.line(4).global('a', p.make('A'));
    p.line(5).global('p', w.proxy(p.get('a')));
    p.line(6);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test('does not report: only rebound after death', () => {
    const { p, w } = proxyProgram('only rebound after death', 2);
    p.line(3).global('a', p.make('A'));
    p.line(4).global('p', w.proxy(p.get('a')));
    p.line(5).delGlobal('a');
    p.line(6).global('p', p.none);
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
  test('does not report: only deleted after death', () => {
    const { p, w } = proxyProgram('only deleted after death', 2);
    p.line(3).global('a', p.make('A'));
    p.line(4).global('p', w.proxy(p.get('a')));
    p.line(5).delGlobal('a');
    p.line(6).delGlobal('p');
    assert.deepEqual(linesOf(id, p.finish()), []);
  });
});
