import type {
  Capabilities,
  Check,
  Column,
  ForeignKey,
  Index,
  Table,
  Trigger,
  View,
} from '../schema/types.js';

/** The two versions of one table, matched by name. */
export interface TablePair {
  readonly expected: Table;
  readonly actual: Table;
}

/** A column facet that differs between two versions of the same column. */
export type ColumnFacet = 'type' | 'nullable' | 'default' | 'generated' | 'collate';

/** A column both sides have whose facet differs: kind `column-type-changed`, `column-nullable-changed`, … */
export type ColumnChange = {
  readonly [F in ColumnFacet]: {
    readonly kind: `column-${F}-changed`;
    readonly facet: F;
    readonly tables: TablePair;
    readonly expected: Column;
    readonly actual: Column;
  };
}[ColumnFacet];

/**
 * One difference between the actual schema (migrations, or A in `diff A B`) and the expected one
 * (models, or B). "Missing" is in expected only, "extra" in actual only.
 */
export type SchemaChange =
  | { readonly kind: 'table-missing'; readonly expected: Table }
  | { readonly kind: 'table-extra'; readonly actual: Table }
  | { readonly kind: 'column-missing'; readonly tables: TablePair; readonly expected: Column }
  | { readonly kind: 'column-extra'; readonly tables: TablePair; readonly actual: Column }
  | ColumnChange
  | {
      readonly kind: 'primary-key-changed';
      readonly tables: TablePair;
      readonly expected: readonly string[];
      readonly actual: readonly string[];
    }
  | { readonly kind: 'index-missing'; readonly tables: TablePair; readonly expected: Index }
  | { readonly kind: 'index-extra'; readonly tables: TablePair; readonly actual: Index }
  /** Same name, different columns, uniqueness or WHERE. */
  | {
      readonly kind: 'index-changed';
      readonly tables: TablePair;
      readonly expected: Index;
      readonly actual: Index;
    }
  /** Same columns, uniqueness and WHERE; only the name differs. */
  | {
      readonly kind: 'index-renamed';
      readonly tables: TablePair;
      readonly expected: Index;
      readonly actual: Index;
    }
  | { readonly kind: 'foreign-key-missing'; readonly tables: TablePair; readonly expected: ForeignKey }
  | { readonly kind: 'foreign-key-extra'; readonly tables: TablePair; readonly actual: ForeignKey }
  /** Same columns, different target or actions. */
  | {
      readonly kind: 'foreign-key-changed';
      readonly tables: TablePair;
      readonly expected: ForeignKey;
      readonly actual: ForeignKey;
    }
  | { readonly kind: 'check-missing'; readonly tables: TablePair; readonly expected: Check }
  | { readonly kind: 'check-extra'; readonly tables: TablePair; readonly actual: Check }
  | { readonly kind: 'view-missing'; readonly expected: View }
  | { readonly kind: 'view-extra'; readonly actual: View }
  | { readonly kind: 'view-changed'; readonly expected: View; readonly actual: View }
  | { readonly kind: 'trigger-missing'; readonly expected: Trigger }
  | { readonly kind: 'trigger-extra'; readonly actual: Trigger }
  | { readonly kind: 'trigger-changed'; readonly expected: Trigger; readonly actual: Trigger };

export type ChangeKind = SchemaChange['kind'];

export type ChangeOf<K extends ChangeKind> = Extract<SchemaChange, { readonly kind: K }>;

/** Skip a table (column undefined) or one of its columns. Called with the name as the schema spells it. */
export type IgnorePredicate = (table: string, column?: string) => boolean;

export interface DiffOptions {
  /**
   * What each side can express. An object kind either side cannot express (a model source without
   * triggers, say) is never compared; index names count only when both sides have meaningful names.
   * Default: everything.
   */
  readonly capabilities?: {
    readonly expected?: Capabilities;
    readonly actual?: Capabilities;
  };
  /** Tables and columns to leave out (migration-tool tables, configured ignores). */
  readonly ignore?: IgnorePredicate;
}
