import type { Finding } from '../findings.js';
import type { SourceRef } from '../schema/types.js';

export const MIGRATION_FORMATS = [
  'plain',
  'flyway',
  'golang-migrate',
  'goose',
  'dbmate',
  'sqlx',
  'prisma',
  'drizzle',
  'diesel',
  'alembic',
  'python',
  'command',
] as const;

export type MigrationFormat = (typeof MIGRATION_FORMATS)[number];

/** Why a step cannot be replayed as SQL (dynamic Python, unresolved placeholder, …). */
export interface Blocked {
  readonly message: string;
  readonly hint?: string;
}

/** One statement of a migration, with the exact place it starts in its file. */
export interface Statement {
  readonly sql: string;
  readonly location: SourceRef;
  /** When set, the step fails on replay with this message instead of running `sql`. */
  readonly blocked?: Blocked;
}

/** How the migration's real runner wraps it. */
export type TransactionMode =
  /** One transaction around the whole migration (most runners). */
  | 'migration'
  /** No transaction: each statement autocommits (goose NO TRANSACTION, dbmate transaction:false). */
  | 'none';

export interface Migration {
  /** Unique within its set: the repository-relative path of its (up) file or folder. */
  readonly id: string;
  /** Version as the tool's tracker records it (`004`, `20240101120000`, `1.1`, an Alembic revision id). */
  readonly version: string;
  /** Human description (file name without version and extension, Alembic message, …). */
  readonly name: string;
  /** Repository-relative path of the file holding the up statements. */
  readonly path: string;
  readonly up: readonly Statement[];
  /** Down statements where the format has them. */
  readonly down?: readonly Statement[];
  readonly downPath?: string;
  readonly transaction: TransactionMode;
  /** Repeatable migrations (Flyway `R__`) re-run whenever they change; they sort after versioned ones. */
  readonly repeatable?: boolean;
  /** Raw text of the migration's file(s), for edit detection and cache keys. */
  readonly checksumSource: string;
}

export interface MigrationSet {
  readonly format: MigrationFormat;
  /** Repository-relative directory the migrations came from. */
  readonly dir: string;
  /** In replay order. */
  readonly migrations: readonly Migration[];
  /** Drizzle's migrator runs the whole batch in one outer transaction. */
  readonly outerTransaction?: boolean;
  /** Whether the runner turns `PRAGMA foreign_keys` on before migrating. */
  readonly foreignKeys: boolean;
  /** Problems found while loading (a `.go` goose migration, duplicate versions, …). */
  readonly findings: readonly Finding[];
}
