import type {
  Migration,
  MigrationFormat,
  MigrationSet,
  TransactionMode,
} from '../../src/migrations/types.js';
import { splitStatements } from '../../src/sqlite/split.js';

export interface FileSpec {
  readonly path: string;
  readonly sql: string;
  readonly transaction?: TransactionMode;
}

/** A migration set from file texts, split the way loaders split them. */
export function migrationSet(
  files: readonly FileSpec[],
  options: { format?: MigrationFormat; foreignKeys?: boolean; outerTransaction?: boolean } = {},
): MigrationSet {
  const migrations = files.map(
    (f, i): Migration => ({
      id: f.path,
      version: String(i + 1),
      name: f.path,
      path: f.path,
      up: splitStatements(f.sql, f.path),
      transaction: f.transaction ?? 'migration',
      checksumSource: f.sql,
    }),
  );
  return {
    format: options.format ?? 'plain',
    dir: 'migrations',
    migrations,
    foreignKeys: options.foreignKeys ?? false,
    ...(options.outerTransaction ? { outerTransaction: true } : {}),
    findings: [],
  };
}
