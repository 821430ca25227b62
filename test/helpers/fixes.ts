import { expect } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { compareSchemas } from '../../src/rules/compare.js';
import { migrationScript } from '../../src/rules/fix/script.js';
import type { CompareOptions } from '../../src/rules/types.js';
import type { Schema } from '../../src/schema/types.js';
import { databaseFrom, inspectLite, rows } from './sqlite.js';

export interface FixRun {
  readonly actual: Schema;
  readonly findings: readonly Finding[];
  /** The schema after running every fix as one migration script. */
  readonly after: Schema;
  /** Rows of `table` after the script, for checking that data survived a rebuild. */
  readonly rowsAfter: (sql: string) => Record<string, unknown>[];
}

/**
 * Builds the actual side from DDL (and rows) in sql.js, compares it with `expected`, runs each
 * finding's fix on its own against a fresh copy (every one must execute), then the whole
 * migration script, and returns the schema that results.
 */
export async function runFixes(
  actualSql: string,
  expected: Schema,
  options: CompareOptions = {},
): Promise<FixRun> {
  const source = await databaseFrom(actualSql);
  const actual = inspectLite(source);
  source.close();
  const findings = compareSchemas(actual, expected, options);
  for (const f of findings) {
    if (!f.fix) continue;
    const db = await databaseFrom(actualSql);
    try {
      db.exec(f.fix);
    } catch (error) {
      throw new Error(`fix for ${f.rule} ${f.table}.${f.column ?? ''} failed: ${String(error)}\n${f.fix}`);
    } finally {
      db.close();
    }
  }
  const db = await databaseFrom(actualSql);
  db.exec(migrationScript(findings));
  expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
  return { actual, findings, after: inspectLite(db), rowsAfter: (sql) => rows(db, sql) };
}
