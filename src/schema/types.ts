/**
 * The dialect-neutral schema model every source produces (migrations replayed, models parsed,
 * snapshots executed, database files opened). Comparison is always Schema × Schema.
 * Everything here is readonly and JSON-serializable.
 */

/** SQLite column affinity (datatype3.html §3.1). */
export type Affinity = 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC';

/** A place in a repository file: path relative to the repository root, `/`-separated, 1-based line. */
export interface SourceRef {
  readonly path: string;
  readonly line: number;
  readonly column?: number;
}

export interface GeneratedColumn {
  readonly kind: 'virtual' | 'stored';
  /** Normalized SQL expression. */
  readonly expression: string;
}

export interface Column {
  readonly name: string;
  /** Declared type as written (`''` when the column has none). */
  readonly type: string;
  readonly affinity: Affinity;
  readonly notNull: boolean;
  /** Normalized SQL expression of the server-side default. */
  readonly default?: string;
  /**
   * A default the ORM fills in on insert, not the database (SQLAlchemy `default=`, Prisma
   * `uuid()`, Drizzle `$defaultFn`), as written in the model. Only model sources set it; it lets
   * a database default the model does not declare be explained rather than reported as drift.
   */
  readonly appDefault?: string;
  readonly generated?: GeneratedColumn;
  /** Collating sequence when not BINARY, upper-case. */
  readonly collate?: string;
  readonly source?: SourceRef;
}

export interface Index {
  readonly name: string;
  /** Column names, or normalized expressions for expression indexes; `DESC` appended when descending. */
  readonly columns: readonly string[];
  readonly unique: boolean;
  /** Normalized WHERE expression of a partial index. */
  readonly where?: string;
  /** How it came to be: `c` CREATE INDEX, `u` UNIQUE constraint, `pk` PRIMARY KEY constraint. */
  readonly origin: 'c' | 'u' | 'pk';
  readonly source?: SourceRef;
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  /** Referenced columns; empty means the referenced table's primary key. */
  readonly refColumns: readonly string[];
  /** Upper-case action; omitted when NO ACTION. */
  readonly onDelete?: string;
  readonly onUpdate?: string;
  readonly source?: SourceRef;
}

export interface Check {
  readonly name?: string;
  /** Normalized expression inside CHECK ( … ). */
  readonly expression: string;
  readonly source?: SourceRef;
}

export interface Table {
  readonly name: string;
  readonly columns: readonly Column[];
  /** Primary key columns in key order; empty when the table uses the implicit rowid. */
  readonly primaryKey: readonly string[];
  readonly autoincrement?: boolean;
  readonly indexes: readonly Index[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly checks: readonly Check[];
  readonly strict?: boolean;
  readonly withoutRowid?: boolean;
  readonly source?: SourceRef;
}

export interface View {
  readonly name: string;
  /** Normalized `SELECT …` of the view. */
  readonly definition: string;
  readonly source?: SourceRef;
}

export interface Trigger {
  readonly name: string;
  readonly table: string;
  /** Normalized full `CREATE TRIGGER …` statement. */
  readonly definition: string;
  readonly source?: SourceRef;
}

export interface Schema {
  readonly tables: readonly Table[];
  readonly views: readonly View[];
  readonly triggers: readonly Trigger[];
}

/**
 * What a source is able to express. A model source that cannot express an object kind never
 * has it reported as extra on the other side (Prisma and triggers, say).
 */
export interface Capabilities {
  readonly views: boolean;
  readonly triggers: boolean;
  readonly checks: boolean;
  /** Whether index names are meaningful (false: names are generated and only a notice may differ). */
  readonly indexNames: boolean;
}

export const ALL_CAPABILITIES: Capabilities = { views: true, triggers: true, checks: true, indexNames: true };

export const EMPTY_SCHEMA: Schema = { tables: [], views: [], triggers: [] };
