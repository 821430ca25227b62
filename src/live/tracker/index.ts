import type { Database } from '../../sqlite/engine.js';
import { alembicReader } from './alembic.js';
import { dieselReader } from './diesel.js';
import { djangoReader } from './django.js';
import { drizzleReader } from './drizzle.js';
import { flywayReader } from './flyway.js';
import { gooseReader } from './goose.js';
import { prismaReader } from './prisma.js';
import { schemaMigrationsReader, schemaVersionsReader } from './schema-versions.js';
import { queryRows } from './sql.js';
import { sqlxReader } from './sqlx.js';
import type { TrackerReader, TrackerState } from './types.js';

export type { TrackerProblem, TrackerState } from './types.js';

export const TRACKER_READERS: readonly TrackerReader[] = [
  schemaVersionsReader,
  schemaMigrationsReader,
  alembicReader,
  prismaReader,
  drizzleReader,
  gooseReader,
  flywayReader,
  djangoReader,
  dieselReader,
  sqlxReader,
];

const BY_TABLE = new Map(TRACKER_READERS.map((r) => [r.table, r]));

/** Every migration tracker table the database has that a reader recognises. */
export function readTrackers(db: Database): TrackerState[] {
  const tables = queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  const out: TrackerState[] = [];
  for (const row of tables) {
    const name = String(row.name);
    const reader = BY_TABLE.get(name.toLowerCase());
    const state = reader?.read(db, name);
    if (state) out.push(state);
  }
  return out;
}
