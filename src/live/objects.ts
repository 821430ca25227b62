import type { SchemaChange } from '../diff/index.js';

/** What a schema change is about, named the way a person would ("milestones.app_id", "index idx_x"). */
export interface ChangedObject {
  /** `missing`: the reference has it, the checked side lacks it; `extra`: the reverse. */
  readonly how: 'missing' | 'extra' | 'different';
  /** "table apps", "milestones.app_id", "index idx_apps_name", "foreign key milestones(app_id)". */
  readonly name: string;
  /** Lower-cased key for looking the object up in a schema (see `schemaHas`). */
  readonly kind: 'table' | 'column' | 'index' | 'view' | 'trigger' | 'other';
  readonly table?: string;
  readonly object?: string;
}

/** The object a change is about, and whether it is missing, extra or different. */
export function changedObject(change: SchemaChange): ChangedObject {
  switch (change.kind) {
    case 'table-missing':
      return {
        how: 'missing',
        kind: 'table',
        name: `table ${change.expected.name}`,
        object: change.expected.name,
      };
    case 'table-extra':
      return { how: 'extra', kind: 'table', name: `table ${change.actual.name}`, object: change.actual.name };
    case 'column-missing':
    case 'column-extra': {
      const column = change.kind === 'column-missing' ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === 'column-missing' ? 'missing' : 'extra',
        kind: 'column',
        name: `${table}.${column.name}`,
        table,
        object: column.name,
      };
    }
    case 'index-missing':
    case 'index-extra': {
      const index = change.kind === 'index-missing' ? change.expected : change.actual;
      return {
        how: change.kind === 'index-missing' ? 'missing' : 'extra',
        kind: 'index',
        name: `index ${index.name}`,
        table: change.tables.expected.name,
        object: index.name,
      };
    }
    case 'index-changed':
    case 'index-renamed':
      return {
        how: 'different',
        kind: 'index',
        name: `index ${change.expected.name}`,
        table: change.tables.expected.name,
        object: change.expected.name,
      };
    case 'view-missing':
    case 'view-extra': {
      const view = change.kind === 'view-missing' ? change.expected : change.actual;
      return {
        how: change.kind === 'view-missing' ? 'missing' : 'extra',
        kind: 'view',
        name: `view ${view.name}`,
        object: view.name,
      };
    }
    case 'view-changed':
      return {
        how: 'different',
        kind: 'view',
        name: `view ${change.expected.name}`,
        object: change.expected.name,
      };
    case 'trigger-missing':
    case 'trigger-extra': {
      const trigger = change.kind === 'trigger-missing' ? change.expected : change.actual;
      return {
        how: change.kind === 'trigger-missing' ? 'missing' : 'extra',
        kind: 'trigger',
        name: `trigger ${trigger.name}`,
        object: trigger.name,
      };
    }
    case 'trigger-changed':
      return {
        how: 'different',
        kind: 'trigger',
        name: `trigger ${change.expected.name}`,
        object: change.expected.name,
      };
    case 'primary-key-changed':
      return {
        how: 'different',
        kind: 'other',
        name: `the primary key of ${change.tables.expected.name}`,
        table: change.tables.expected.name,
      };
    case 'foreign-key-missing':
    case 'foreign-key-extra': {
      const fk = change.kind === 'foreign-key-missing' ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === 'foreign-key-missing' ? 'missing' : 'extra',
        kind: 'other',
        name: `foreign key ${table}(${fk.columns.join(', ')}) → ${fk.table}`,
        table,
      };
    }
    case 'foreign-key-changed':
      return {
        how: 'different',
        kind: 'other',
        name: `foreign key ${change.tables.expected.name}(${change.expected.columns.join(', ')})`,
        table: change.tables.expected.name,
      };
    case 'check-missing':
    case 'check-extra':
      return {
        how: change.kind === 'check-missing' ? 'missing' : 'extra',
        kind: 'other',
        name: `a CHECK on ${change.tables.expected.name}`,
        table: change.tables.expected.name,
      };
    default: {
      // column facets: type, nullable, default, generated, collate
      const table = change.tables.expected.name;
      return {
        how: 'different',
        kind: 'column',
        name: `${table}.${change.expected.name} (${change.facet})`,
        table,
        object: change.expected.name,
      };
    }
  }
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "… is missing" / "… are missing" for the objects named. */
export function areOrIs(items: readonly string[]): string {
  return items.length === 1 ? 'is' : 'are';
}

/**
 * A sentence for a list of changes: "milestones.app_id and index idx_x are missing; table t is extra".
 * `labels` phrases each kind of difference from the checked side's point of view.
 */
export function describeChanges(
  changes: readonly SchemaChange[],
  labels: { readonly missing: string; readonly extra: string; readonly different: string } = {
    missing: 'missing',
    extra: 'extra',
    different: 'different',
  },
): string {
  const groups = { missing: [] as string[], extra: [] as string[], different: [] as string[] };
  for (const change of changes) {
    const object = changedObject(change);
    if (!groups[object.how].includes(object.name)) groups[object.how].push(object.name);
  }
  const parts: string[] = [];
  for (const how of ['missing', 'extra', 'different'] as const) {
    const names = groups[how];
    if (names.length > 0) parts.push(`${andList(names)} ${areOrIs(names)} ${labels[how]}`);
  }
  return parts.join('; ');
}
