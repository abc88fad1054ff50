/**
 * The lifetime lints on traces of real programs from run(): each lint's positive snippets report
 * it on the expected lines, its negative snippets do not (lints-model.test.ts adds model traces).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { lint, LINT_IDS } from '../../extension/engine/trace/analysis/lints/index';
import { LINT_CASES } from './support/lint-cases';
import { realTrace } from './support/engine';

for (const id of LINT_IDS) {
  describe(id, () => {
    const cases = LINT_CASES[id];
    test('has at least three positive and three negative snippets', () => {
      assert.ok(cases.filter((c) => c.lines.length > 0).length >= 3);
      assert.ok(cases.filter((c) => c.lines.length === 0).length >= 3);
    });
    for (const c of cases) {
      test(`${c.lines.length > 0 ? 'reports' : 'does not report'}: ${c.name}`, async () => {
        const trace = await realTrace(c.source, c.needs);
        const findings = lint(new TraceIndex(trace));
        const mine = findings.filter((f) => f.id === id);
        assert.deepEqual(mine.map((f) => f.line), [...c.lines], `findings: ${JSON.stringify(mine.map((f) => `${f.line}: ${f.message}`))}`);
        for (const f of mine) {
          assert.ok(f.col >= 1 && f.message.length > 20 && f.fix.length > 20);
        }
      });
    }
  });
}
