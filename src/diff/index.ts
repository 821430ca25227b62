import type { Schema } from '../schema/types.js';
import { diffChecks } from './checks.js';
import { diffColumns } from './columns.js';
import { ignoreOf, sharedCapabilities } from './context.js';
import { diffForeignKeys } from './foreign-keys.js';
import { diffIndexes } from './indexes.js';
import { matchByName } from './match.js';
import { diffPrimaryKey } from './primary-key.js';
import type { DiffOptions, SchemaChange } from './types.js';
import { diffTriggers, diffViews } from './views.js';

export type {
  ChangeKind,
  ChangeOf,
  ColumnChange,
  ColumnFacet,
  DiffOptions,
  IgnorePredicate,
  SchemaChange,
  TablePair,
} from './types.js';

/**
 * Every difference between `actual` (migrations, or A) and `expected` (models, or B), in a fixed
 * order: missing then extra tables; per table in expected order its columns, primary key,
 * indexes, foreign keys and checks; then views and triggers. Pure and deterministic.
 */
export function diffSchemas(actual: Schema, expected: Schema, options: DiffOptions = {}): SchemaChange[] {
  const can = sharedCapabilities(options);
  const ignore = ignoreOf(options);
  const tables = matchByName(
    expected.tables.filter((t) => !ignore(t.name)),
    actual.tables.filter((t) => !ignore(t.name)),
  );

  const changes: SchemaChange[] = [];
  for (const t of tables.missing) changes.push({ kind: 'table-missing', expected: t });
  for (const t of tables.extra) changes.push({ kind: 'table-extra', actual: t });
  for (const pair of tables.pairs) {
    changes.push(
      ...diffColumns(pair, ignore),
      ...diffPrimaryKey(pair),
      ...diffIndexes(pair, ignore, can.indexNames),
      ...diffForeignKeys(pair, actual, expected),
      ...(can.checks ? diffChecks(pair) : []),
    );
  }
  if (can.views) {
    const keep = (v: { name: string }) => !ignore(v.name);
    changes.push(...diffViews(expected.views.filter(keep), actual.views.filter(keep)));
  }
  if (can.triggers) {
    const keep = (t: { table: string }) => !ignore(t.table);
    changes.push(...diffTriggers(expected.triggers.filter(keep), actual.triggers.filter(keep)));
  }
  return changes;
}
