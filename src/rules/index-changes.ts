import type { ChangeOf } from '../diff/index.js';
import { indexNameFor, quoteIdent, renderCreateIndex } from '../schema/render.js';
import type { Index } from '../schema/types.js';
import { describeIndex, differsMessage, extraMessage, list, missingMessage } from './phrases.js';
import type { Draft, FixPlan, RuleContext } from './types.js';

export type IndexChange = ChangeOf<'index-missing' | 'index-extra' | 'index-changed' | 'index-renamed'>;

export const INDEX_KINDS = ['index-missing', 'index-extra', 'index-changed', 'index-renamed'] as const;

/** Whether the change is about uniqueness (either side unique): the `unique` rule's, else `index`'s. */
export function isUniqueChange(change: IndexChange): boolean {
  const sides = [
    change.kind === 'index-extra' ? undefined : change.expected,
    change.kind === 'index-missing' ? undefined : change.actual,
  ];
  return sides.some((i) => i?.unique === true);
}

/** Drafts the finding for an index change; shared by the `index` and `unique` rules. */
export function reportIndexChange(change: IndexChange, { sides }: RuleContext): Draft {
  const { tables } = change;
  const table = tables.expected.name;
  const create = (i: Index) =>
    renderCreateIndex(i, table, { ifNotExists: true, name: indexNameFor(i, table) });
  const drop = (i: Index) => `DROP INDEX IF EXISTS ${quoteIdent(i.name)};`;
  const base = { table, pair: tables, ...singleColumn(change) };
  switch (change.kind) {
    case 'index-missing': {
      const source = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message:
          missingMessage(subject(change.expected, table), sides, source) +
          consequence(change.expected, 'missing'),
        expected: describeIndex(change.expected),
        actual: null,
        locations: [source],
        fix: { sql: create(change.expected) },
      };
    }
    case 'index-extra': {
      const source = change.actual.source ?? tables.actual.source;
      // A UNIQUE constraint's auto-index cannot be dropped; only a rebuild removes it.
      const fix: FixPlan = change.actual.origin === 'c' ? { sql: drop(change.actual) } : { rebuild: tables };
      return {
        ...base,
        message:
          extraMessage(subject(change.actual, table), sides, source) + consequence(change.actual, 'extra'),
        expected: null,
        actual: describeIndex(change.actual),
        locations: [source],
        fix,
      };
    }
    case 'index-changed':
      return {
        ...base,
        message: differsMessage(
          `index ${change.expected.name} on ${table}`,
          sides,
          describeIndex(change.expected),
          describeIndex(change.actual),
        ),
        expected: describeIndex(change.expected),
        actual: describeIndex(change.actual),
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}\n${create(change.expected)}` },
      };
    case 'index-renamed':
      return {
        ...base,
        severity: 'notice',
        message: `${table} ${describeIndex(change.expected)}: the index is named ${change.expected.name} in ${sides.expected.label}, ${change.actual.name} in ${sides.actual.label}`,
        expected: change.expected.name,
        actual: change.actual.name,
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}\n${create(change.expected)}` },
      };
  }
}

function subject(index: Index, table: string): string {
  if (index.origin === 'c') return `index ${index.name} on ${table} ${describeIndex(index)}`;
  return `UNIQUE ${list(index.columns)} on ${table}`;
}

function consequence(index: Index, side: 'missing' | 'extra'): string {
  if (!index.unique) return '';
  return side === 'missing'
    ? ': duplicates can be inserted that the application assumes impossible'
    : ': inserts the application expects to succeed can fail';
}

/** A single-column index names its column, so the finding sorts and groups with that column. */
function singleColumn(change: IndexChange): { column?: string } {
  const index = change.kind === 'index-extra' ? change.actual : change.expected;
  const only = index.columns.length === 1 ? index.columns[0]! : undefined;
  return only && /^[\w$]+$/.test(only) ? { column: only } : {};
}
