import { matchBy } from './match.js';
import { sameSql } from './sql-text.js';
import type { SchemaChange, TablePair } from './types.js';

/** CHECK constraints, matched by normalized expression (constraint names do not matter). */
export function diffChecks(tables: TablePair): SchemaChange[] {
  const { missing, extra } = matchBy(tables.expected.checks, tables.actual.checks, (e, a) =>
    sameSql(e.expression, a.expression),
  );
  return [
    ...missing.map((expected): SchemaChange => ({ kind: 'check-missing', tables, expected })),
    ...extra.map((actual): SchemaChange => ({ kind: 'check-extra', tables, actual })),
  ];
}
