import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/sqlite/engine.js';

/**
 * Seed 002: production lacks what development has (the program_day_templates table,
 * goals.completed_at and program_day_id, program_days.is_completed) and still has the dropped
 * scheduled_sessions table. Both databases hold rows, as real ones do.
 */
const COMMON = `
CREATE TABLE goals (id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT REFERENCES goals (id), created_at DATETIME);
CREATE TABLE session_templates (id TEXT PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO goals (id, name) VALUES ('g1', 'Become a Great Guitar Player');
INSERT INTO session_templates VALUES ('t1', 'Scales');
`;
const PROD = `${COMMON}
CREATE TABLE program_days (id TEXT PRIMARY KEY, name TEXT NOT NULL, day_number INTEGER);
CREATE TABLE scheduled_sessions (id TEXT PRIMARY KEY, program_day_id TEXT REFERENCES program_days (id), session_template_id TEXT);
INSERT INTO program_days VALUES ('d1', 'Monday', 1);
`;
const DEV = `${COMMON}
ALTER TABLE goals ADD COLUMN completed_at DATETIME NULL;
ALTER TABLE goals ADD COLUMN program_day_id TEXT REFERENCES program_days (id);
CREATE TABLE program_days (id TEXT PRIMARY KEY, name TEXT NOT NULL, day_number INTEGER, is_completed BOOLEAN DEFAULT 0);
CREATE TABLE program_day_templates (
  program_day_id TEXT NOT NULL REFERENCES program_days (id) ON DELETE CASCADE,
  session_template_id TEXT NOT NULL REFERENCES session_templates (id) ON DELETE CASCADE,
  "order" INTEGER DEFAULT 0,
  PRIMARY KEY (program_day_id, session_template_id)
);
INSERT INTO program_days VALUES ('d1', 'Monday', 1, 0);
`;

async function databaseFile(path: string, sql: string): Promise<void> {
  const db = await openDatabase();
  try {
    db.run(sql);
    writeFileSync(path, db.export());
  } finally {
    db.close();
  }
}

/** Writes prod.db and dev.db into `dir`. */
export async function writeSeed002(dir: string): Promise<{ prod: string; dev: string }> {
  const prod = join(dir, 'prod.db');
  const dev = join(dir, 'dev.db');
  await databaseFile(prod, PROD);
  await databaseFile(dev, DEV);
  return { prod, dev };
}
