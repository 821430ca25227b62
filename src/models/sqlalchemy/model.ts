import type { SourceRef } from '../../schema/types.js';
import type { SaType } from './types.js';

/**
 * The tables a SQLAlchemy project declares, as SQLAlchemy itself would hold them in its MetaData:
 * enough to print the DDL its SQLite dialect emits for `metadata.create_all()`.
 */

export interface FkSpec {
  /** `table.column` as written in ForeignKey('…'), or resolved from `Model.attr`. */
  readonly table: string;
  readonly column: string;
  readonly name?: ConstraintName;
  readonly onDelete?: string;
  readonly onUpdate?: string;
  readonly deferrable?: boolean;
  readonly initially?: string;
}

/** An explicit name, or a `conv()`-wrapped final name the naming convention must not touch. */
export interface ConstraintName {
  readonly value: string;
  readonly final: boolean;
}

export interface ColumnSpec {
  readonly name: string;
  /** Attribute key (`key=` or the Python attribute), used by string references in constraints. */
  readonly key: string;
  readonly type: SaType;
  readonly nullable: boolean;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly index: boolean;
  /** Rendered `DEFAULT` operand (`'x'`, `0`, `(CURRENT_TIMESTAMP)`). */
  readonly serverDefault?: string;
  /** `default=` as written: SQLAlchemy applies it on insert; it is not part of the DDL. */
  readonly clientDefault?: string;
  readonly computed?: string;
  readonly foreignKeys: readonly FkSpec[];
  /** CheckConstraint objects passed to Column(): rendered inline after the column. */
  readonly checks: readonly CheckSpec[];
  readonly source: SourceRef;
}

export interface CheckSpec {
  readonly sql: string;
  readonly name?: ConstraintName;
}

export type ConstraintSpec =
  | { readonly kind: 'unique'; readonly name?: ConstraintName; readonly columns: readonly string[] }
  | { readonly kind: 'check'; readonly name?: ConstraintName; readonly sql: string }
  | {
      readonly kind: 'foreign';
      readonly name?: ConstraintName;
      readonly columns: readonly string[];
      readonly refTable: string;
      readonly refColumns: readonly string[];
      readonly onDelete?: string;
      readonly onUpdate?: string;
      readonly deferrable?: boolean;
      readonly initially?: string;
    }
  | { readonly kind: 'primary'; readonly name?: ConstraintName; readonly columns: readonly string[] };

export interface IndexSpec {
  readonly name?: ConstraintName;
  /** Column keys or names, or rendered SQL expressions (`expression: true`). */
  readonly items: readonly { readonly ref: string; readonly expression: boolean }[];
  readonly unique: boolean;
  readonly where?: string;
  readonly source: SourceRef;
}

export interface NamingConvention {
  readonly [key: string]: string;
}

export interface TableSpec {
  readonly name: string;
  readonly columns: ColumnSpec[];
  /** Table-level constraints given explicitly (`__table_args__`, Table(...) arguments), in creation order. */
  readonly constraints: ConstraintSpec[];
  readonly indexes: IndexSpec[];
  readonly sqliteAutoincrement: boolean;
  readonly withoutRowid: boolean;
  readonly naming: NamingConvention;
  readonly source: SourceRef;
}

export const DEFAULT_NAMING: NamingConvention = { ix: 'ix_%(column_0_label)s' };
