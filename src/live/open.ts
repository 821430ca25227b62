import type { Finding } from '../findings.js';
import {
  isSqliteHeader,
  openableCopy,
  WHOLE_FILE_LINE,
  walWarning,
  wholeFile,
} from '../models/sqlite-file.js';
import type { FileSystem } from '../ports.js';
import type { Schema } from '../schema/types.js';
import { openDatabase } from '../sqlite/engine.js';
import { inspectSchema } from '../sqlite/inspect.js';
import { readTrackers, type TrackerState } from './tracker/index.js';

export interface LiveDatabase {
  /** Every table, tracker tables included. */
  readonly schema: Schema;
  readonly trackers: readonly TrackerState[];
}

function unreadable(path: string, message: string): Finding {
  return {
    rule: 'model-error',
    severity: 'error',
    message,
    locations: [{ path, line: WHOLE_FILE_LINE }],
  };
}

/**
 * Reads a database file through the FileSystem port and inspects an in-memory copy: the file is
 * never opened for writing (not even its modification time changes).
 */
export async function readLiveDatabase(
  fs: FileSystem,
  path: string,
): Promise<{ readonly database?: LiveDatabase; readonly findings: readonly Finding[] }> {
  if ((await fs.stat(path))?.kind !== 'file')
    return {
      findings: [
        unreadable(path, `${path} does not exist: pass the path of a SQLite database file to --database.`),
      ],
    };
  const bytes = await fs.readFile(path);
  if (!isSqliteHeader(bytes)) {
    const what = bytes.length === 0 ? 'is empty' : 'does not start with the SQLite 3 header';
    return { findings: [unreadable(path, `${path} is not a SQLite database: the file ${what}.`)] };
  }
  const db = await openDatabase(openableCopy(bytes));
  try {
    const database = { schema: inspectSchema(db, wholeFile(path)), trackers: readTrackers(db) };
    const wal = await walWarning(fs, path);
    return { database, findings: wal ? [wal] : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { findings: [unreadable(path, `${path} could not be read as a SQLite database: ${message}.`)] };
  } finally {
    db.close();
  }
}
