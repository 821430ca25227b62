import { alembicLoader } from './formats/alembic.js';
import { dbmateLoader } from './formats/dbmate.js';
import { dieselLoader } from './formats/diesel.js';
import { drizzleLoader } from './formats/drizzle.js';
import { flywayLoader } from './formats/flyway.js';
import { golangMigrateLoader } from './formats/golang-migrate.js';
import { gooseLoader } from './formats/goose.js';
import { plainLoader } from './formats/plain.js';
import { prismaLoader } from './formats/prisma.js';
import { pythonLoader } from './formats/python.js';
import { sqlxLoader } from './formats/sqlx.js';
import type { MigrationLoader } from './loader.js';
import type { MigrationFormat } from './types.js';

/**
 * Every migration format driftcheck reads. Autodetection asks each for a score; on a tie the one
 * listed first wins, so more specific formats come first. Add a format by appending its loader.
 */
export const MIGRATION_LOADERS: readonly MigrationLoader[] = [
  drizzleLoader,
  prismaLoader,
  alembicLoader,
  dieselLoader,
  gooseLoader,
  dbmateLoader,
  flywayLoader,
  golangMigrateLoader,
  sqlxLoader,
  pythonLoader,
  plainLoader,
];

export function loaderFor(
  format: MigrationFormat,
  loaders: readonly MigrationLoader[] = MIGRATION_LOADERS,
): MigrationLoader | undefined {
  return loaders.find((loader) => loader.format === format);
}
