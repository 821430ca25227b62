import { affinityOf } from '../../src/schema/affinity.js';
import type { Column, ForeignKey, Index, Schema, SourceRef, Table } from '../../src/schema/types.js';

/** A column from its declared type; affinity follows SQLite's rules. */
export function col(
  name: string,
  type = '',
  extra: Partial<Omit<Column, 'name' | 'type' | 'affinity'>> = {},
): Column {
  return { name, type, affinity: affinityOf(type), notNull: false, ...extra };
}

export function table(
  name: string,
  columns: readonly Column[],
  extra: Partial<Omit<Table, 'name' | 'columns'>> = {},
): Table {
  return { name, columns, primaryKey: [], indexes: [], foreignKeys: [], checks: [], ...extra };
}

export function idx(
  name: string,
  columns: readonly string[],
  extra: Partial<Omit<Index, 'name' | 'columns'>> = {},
): Index {
  return { name, columns, unique: false, origin: 'c', ...extra };
}

export function fk(
  columns: readonly string[],
  target: string,
  refColumns: readonly string[] = [],
  extra: Partial<ForeignKey> = {},
): ForeignKey {
  return { columns, table: target, refColumns, ...extra };
}

export function schema(tables: readonly Table[], extra: Partial<Omit<Schema, 'tables'>> = {}): Schema {
  return { tables, views: [], triggers: [], ...extra };
}

export const at = (path: string, line: number): SourceRef => ({ path, line });
