import { nameKey } from './sql-text.js';
import type { SchemaChange, TablePair } from './types.js';

/**
 * Primary key columns in key order. Inline `id INTEGER PRIMARY KEY` and `PRIMARY KEY (id)` give
 * the same list, so they never differ here; the auto-index behind the key is not an index.
 */
export function diffPrimaryKey(tables: TablePair): SchemaChange[] {
  const expected = tables.expected.primaryKey;
  const actual = tables.actual.primaryKey;
  const same =
    expected.length === actual.length && expected.every((c, i) => nameKey(c) === nameKey(actual[i]!));
  return same ? [] : [{ kind: 'primary-key-changed', tables, expected, actual }];
}
