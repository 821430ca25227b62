import type { Statement } from '../migrations/types.js';
import type { Schema, SourceRef } from '../schema/types.js';

/**
 * Where each object of a generated schema is declared, keyed by lower-case name
 * (`table`, `table.column`, index name, view name, trigger name). ORM model sources generate DDL
 * the way their ORM would emit it and pass the model file's lines here; the `.sql` snapshot source
 * needs none (the statements' own positions are used).
 */
export interface LocationHints {
  readonly tables?: Readonly<Record<string, SourceRef>>;
  readonly columns?: Readonly<Record<string, SourceRef>>;
  readonly indexes?: Readonly<Record<string, SourceRef>>;
  readonly views?: Readonly<Record<string, SourceRef>>;
  readonly triggers?: Readonly<Record<string, SourceRef>>;
}

export interface StatementError {
  readonly statement: Statement;
  readonly message: string;
}

export interface BuiltSchema {
  readonly schema: Schema;
  /** Statements SQLite rejected; the schema holds what the others built. */
  readonly errors: readonly StatementError[];
}

/**
 * Executes DDL statements in a fresh in-memory sql.js database and inspects the result, with
 * every table, column, index, view and trigger located at the statement (or hint) that declares it.
 */
export async function schemaFromStatements(
  _statements: readonly Statement[],
  _options: { readonly functions?: readonly string[]; readonly hints?: LocationHints } = {},
): Promise<BuiltSchema> {
  throw new Error('schemaFromStatements: not implemented yet');
}
