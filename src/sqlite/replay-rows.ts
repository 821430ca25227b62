import { quoteIdent } from '../schema/render.js';
import type { Database } from './engine.js';

/**
 * SQLite checks some ADD COLUMN limits only when the table has rows (alter.c,
 * sqlite3ErrorIfNotEmpty). A replay from zero runs them on empty tables, so they pass, yet they
 * fail on every database that has data. This reproduces SQLite's own verdict on a one-row copy.
 */
const ROWS_ONLY_ERRORS = new Set([
  'Cannot add a column with non-constant default',
  'Cannot add a NOT NULL column with default value NULL',
  'cannot add a STORED column',
  'Cannot add a REFERENCES column with non-NULL default value',
]);

/** Cheap text filter: only definitions that could hit one of those limits are probed. */
const RISKY =
  /\bNOT\s+NULL\b|\bSTORED\b|\bREFERENCES\b|\bDEFAULT\s+(?![+-]?[\d.]|'|NULL\b|TRUE\b|FALSE\b|X')/i;

const PROBE = 'temp."__driftcheck_rows_probe"';

/**
 * The message SQLite gives for `ALTER TABLE table ADD COLUMN <definition>` when `table` has rows,
 * if it is one of the rows-only errors; undefined when the statement would succeed (or fail anyway).
 */
export function addColumnFailsWithRows(db: Database, table: string, definition: string): string | undefined {
  if (!RISKY.test(definition)) return undefined;
  const source = `main.${quoteIdent(table)}`;
  try {
    // With rows, SQLite rejects the statement itself; the probe is only for an empty table.
    if (db.exec(`SELECT 1 FROM ${source} LIMIT 1`)[0]) return undefined;
    db.run(`CREATE TEMP TABLE ${PROBE} AS SELECT * FROM ${source} WHERE 0`);
  } catch {
    return undefined; // no such table: the statement itself will say so
  }
  try {
    db.run(`INSERT INTO ${PROBE} DEFAULT VALUES`);
    db.run(`ALTER TABLE ${PROBE} ADD COLUMN ${definition}`);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return ROWS_ONLY_ERRORS.has(message) ? message : undefined;
  } finally {
    db.run(`DROP TABLE IF EXISTS ${PROBE}`);
  }
}
