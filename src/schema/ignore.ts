import type { Schema } from './types.js';

/**
 * Tables that belong to migration tools or to SQLite itself, not to the application. Inspection
 * keeps them (a tracker check needs `schema_versions`); comparisons leave them out by default.
 */
export const MIGRATION_TOOL_TABLES: readonly string[] = [
  'alembic_version',
  'schema_versions',
  'schema_migrations',
  '_prisma_migrations',
  '__drizzle_migrations',
  'flyway_schema_history',
  'goose_db_version',
  'django_migrations',
  '__diesel_schema_migrations',
  '_sqlx_migrations',
  'sqlite_sequence',
];

const TOOL_TABLES: ReadonlySet<string> = new Set(MIGRATION_TOOL_TABLES);

/** Whether `name` is a migration tool's or SQLite's bookkeeping table (`sqlite_stat1` … included). */
export function isMigrationToolTable(name: string): boolean {
  const lower = name.toLowerCase();
  return TOOL_TABLES.has(lower) || /^sqlite_stat\d+$/.test(lower);
}

/** The schema without migration-tool and SQLite bookkeeping tables (and their triggers). */
export function withoutToolTables(schema: Schema): Schema {
  return {
    tables: schema.tables.filter((t) => !isMigrationToolTable(t.name)),
    views: schema.views,
    triggers: schema.triggers.filter((t) => !isMigrationToolTable(t.table)),
  };
}
