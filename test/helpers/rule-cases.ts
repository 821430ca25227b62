import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../src/findings.js';
import { compareSchemas } from '../../src/rules/compare.js';
import type { CompareOptions } from '../../src/rules/types.js';
import type { Schema } from '../../src/schema/types.js';
import { runFixes } from './fixes.js';

export type Want = Partial<Omit<Finding, 'fix'>> & { readonly fix?: RegExp; readonly message?: string };

export interface RuleCase {
  readonly name: string;
  /** The checked side as its migrations leave it, rows included. */
  readonly actualSql: string;
  readonly expected: Schema;
  readonly options?: CompareOptions;
  /** The rule's findings, in order; `[]` for equivalents that must not be reported. */
  readonly want: readonly Want[];
  /** Runs against the database after all fixes (e.g. that rows survived a rebuild). */
  readonly after?: (rows: (sql: string) => Record<string, unknown>[]) => void;
}

/**
 * Table-driven rule tests on real SQLite: each case builds the actual side in sql.js, checks the
 * rule's findings, runs every fix, and checks that after the fixes nothing differs any more.
 */
export function ruleCases(rule: RuleId, cases: readonly RuleCase[]): void {
  describe(`rule ${rule}`, () => {
    it.each(cases)('$name', async ({ actualSql, expected, options, want, after }) => {
      const run = await runFixes(actualSql, expected, options);
      const found = run.findings.filter((f) => f.rule === rule);
      expect(found).toHaveLength(want.length);
      want.forEach((w, i) => {
        const { fix, ...fields } = w;
        expect(found[i]).toMatchObject(fields);
        if (fix) expect(found[i]!.fix).toMatch(fix);
      });
      expect(compareSchemas(run.after, expected, options)).toEqual([]);
      after?.(run.rowsAfter);
    });
  });
}
