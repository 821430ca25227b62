import type { Schema, SourceRef } from '../schema/types.js';
import type { Database } from './engine.js';

/** Tells where each object of an inspected database was declared (statement positions, provenance). */
export interface Locator {
  table?(table: string): SourceRef | undefined;
  column?(table: string, column: string): SourceRef | undefined;
  index?(index: string, table: string): SourceRef | undefined;
  view?(view: string): SourceRef | undefined;
  trigger?(trigger: string): SourceRef | undefined;
}

/** Introspects a database into a Schema (migration tool tables are left to the caller to ignore). */
export function inspectSchema(_db: Database, _locate: Locator = {}): Schema {
  throw new Error('inspectSchema: not implemented yet');
}
