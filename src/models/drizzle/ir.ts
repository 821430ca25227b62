import type { SourceRef } from '../../schema/types.js';

/** A Drizzle `sqliteTable(…)` as drizzle-kit sees it: what its SQLite serializer reads off the table. */

export interface DrizzleColumn {
  /** Property key in the columns object. */
  readonly key: string;
  /** Database name: the explicit name, else the key with the configured casing. */
  readonly name: string;
  /** The name drizzle-orm itself holds: the explicit name, else the key (before casing). */
  readonly configName: string;
  /** The column's declared SQL type as drizzle-kit writes it (`integer`, `text(255)`, …). */
  readonly type: string;
  readonly notNull: boolean;
  readonly primaryKey: boolean;
  readonly autoIncrement: boolean;
  /** Rendered `DEFAULT` expression. */
  readonly default?: string;
  /** The value drizzle-orm supplies on insert, as written (`$defaultFn(() => …)`): no DDL. */
  readonly appDefault?: string;
  readonly generated?: { readonly expression: string; readonly mode: 'virtual' | 'stored' };
  /** Name of the unique index `.unique()` makes. */
  readonly uniqueName?: string;
  readonly at: SourceRef;
}

export interface DrizzleIndex {
  readonly name: string;
  /** Column names, or SQL expressions (`expression: true`). */
  readonly columns: readonly { readonly text: string; readonly expression: boolean }[];
  readonly unique: boolean;
  readonly where?: string;
  readonly at: SourceRef;
}

export interface DrizzleForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
  readonly at: SourceRef;
}

export interface DrizzleCheck {
  readonly name: string;
  readonly expression: string;
  readonly at: SourceRef;
}

export interface DrizzleTable {
  readonly name: string;
  /** The name as written in `sqliteTable(…)`, before a `sqliteTableCreator` prefix. */
  readonly baseName: string;
  readonly columns: DrizzleColumn[];
  /** Composite primary key columns (a one-column `primaryKey()` marks the column instead). */
  compositePrimaryKey?: readonly string[];
  readonly indexes: DrizzleIndex[];
  readonly foreignKeys: DrizzleForeignKey[];
  readonly checks: DrizzleCheck[];
  readonly at: SourceRef;
}
