import { effectiveNotNull } from '../../diff/columns.js';
import { sameShape } from '../../diff/indexes.js';
import { nameKey } from '../../diff/sql-text.js';
import type { TablePair } from '../../diff/types.js';
import {
  indexNameFor,
  quoteIdent,
  renderCreateIndex,
  renderCreateTable,
  renderCreateTrigger,
  renderCreateView,
  standaloneIndexes,
} from '../../schema/render.js';
import type { Capabilities, Index, Schema, Table, Trigger, View } from '../../schema/types.js';
import { mentions } from './mentions.js';

export interface RebuildInput {
  readonly tables: TablePair;
  /** The checked side's whole schema: views and triggers that depend on the table. */
  readonly actualSchema: Schema;
  readonly capabilities: Capabilities;
  /** Columns the comparison ignored: they are kept as they are. */
  readonly ignored?: (table: string, column: string) => boolean;
}

/**
 * The 12-step table rebuild (lang_altertable.html#otheralter) that gives the table its expected
 * definition while keeping the data of the columns both versions have. Views and triggers that
 * name the table are dropped first and recreated as they were, so the rename cannot trip over them.
 */
export function rebuildSql(input: RebuildInput): string {
  const { actual } = input.tables;
  const target = targetTable(input);
  const temp = `new_${target.name}`;
  const copied = target.columns.filter(
    (c) => !c.generated && actual.columns.some((a) => !a.generated && nameKey(a.name) === nameKey(c.name)),
  );
  const { views, triggers } = dependents(actual, input.actualSchema);
  const ownTriggers = input.actualSchema.triggers.filter((t) => nameKey(t.table) === nameKey(actual.name));

  const lines: string[] = [
    `-- Rebuild ${quoteIdent(target.name)} (SQLite cannot alter it in place): https://www.sqlite.org/lang_altertable.html#otheralter`,
    'PRAGMA foreign_keys=OFF;',
    'BEGIN;',
    ...views.map((v) => `DROP VIEW IF EXISTS ${quoteIdent(v.name)};`),
    ...triggers.map((t) => `DROP TRIGGER IF EXISTS ${quoteIdent(t.name)};`),
    renderCreateTable(target, temp),
    ...cautions(
      input.tables,
      target,
      copied.map((c) => c.name),
    ),
  ];
  if (copied.length > 0) {
    const into = copied.map((c) => quoteIdent(c.name)).join(', ');
    const from = copied.map((c) => quoteIdent(actualName(actual, c.name))).join(', ');
    lines.push(
      `INSERT INTO ${quoteIdent(temp)} (${into})\n  SELECT ${from} FROM ${quoteIdent(actual.name)};`,
    );
  }
  lines.push(
    `DROP TABLE ${quoteIdent(actual.name)};`,
    `ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(target.name)};`,
    ...standaloneIndexes(target).map((i) => renderCreateIndex(i, target.name, { name: indexName(i, input) })),
    ...ownTriggers.map(renderCreateTrigger),
    ...triggers.map(renderCreateTrigger),
    ...views.map(renderCreateView),
    'PRAGMA foreign_key_check;',
    'COMMIT;',
    'PRAGMA foreign_keys=ON;',
  );
  return lines.join('\n');
}

/**
 * The expected definition, keeping what the comparison could not judge: ignored columns, and the
 * actual CHECKs when one side cannot express checks.
 */
function targetTable({ tables, capabilities, ignored }: RebuildInput): Table {
  const { expected, actual } = tables;
  const keptColumns = ignored ? actual.columns.filter((c) => ignored(actual.name, c.name)) : [];
  return {
    ...expected,
    columns: [...expected.columns, ...keptColumns],
    checks: capabilities.checks ? expected.checks : actual.checks,
  };
}

/** The expected index's name, or the actual one's when the expected side's names are generated. */
function indexName(index: Index, { tables, capabilities }: RebuildInput): string {
  const same = capabilities.indexNames
    ? undefined
    : tables.actual.indexes.find((a) => a.origin === 'c' && sameShape(a, index));
  return same?.name ?? indexNameFor(index, tables.expected.name);
}

function actualName(table: Table, column: string): string {
  return table.columns.find((c) => nameKey(c.name) === nameKey(column))?.name ?? column;
}

/** Comments where copying the rows can fail, so the reader knows what to prepare. */
function cautions(tables: TablePair, target: Table, copied: readonly string[]): string[] {
  const out: string[] = [];
  for (const column of target.columns) {
    if (!effectiveNotNull(target, column) || column.generated) continue;
    const old = tables.actual.columns.find((c) => nameKey(c.name) === nameKey(column.name));
    if (!copied.some((n) => nameKey(n) === nameKey(column.name))) {
      if (column.default === undefined)
        out.push(
          `-- ${column.name} is new and NOT NULL without a default: existing rows need a value for it.`,
        );
    } else if (old && !effectiveNotNull(tables.actual, old)) {
      out.push(`-- ${column.name} becomes NOT NULL: rows where it is NULL must be updated first.`);
    }
  }
  return out;
}

/**
 * Views and triggers on other tables that name the table, directly or through a view that does:
 * renaming the new table into place fails while they point at a table that is gone.
 */
function dependents(table: Table, schema: Schema): { views: View[]; triggers: Trigger[] } {
  const names = [table.name];
  const views: View[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of schema.views) {
      if (!views.includes(v) && names.some((n) => mentions(v.definition, n))) {
        views.push(v);
        names.push(v.name);
        grew = true;
      }
    }
  }
  const triggers = schema.triggers.filter(
    (t) => nameKey(t.table) !== nameKey(table.name) && names.some((n) => mentions(t.definition, n)),
  );
  return { views: schema.views.filter((v) => views.includes(v)), triggers };
}
