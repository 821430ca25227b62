/**
 * Model source (and `diff` side): a SQLite database file. Its bytes are read through the
 * FileSystem port and opened as an in-memory copy, so the file itself is never written, locked or
 * checkpointed.
 *
 * Locations: a database file has no lines, so every object is located at `{ path, line: 0 }`
 * (`WHOLE_FILE_LINE`): "the file as a whole". Reporters print the path alone for line 0 (and SARIF
 * leaves out the region).
 *
 * WAL mode: a database in WAL mode keeps recent commits in `<file>-wal` until a checkpoint. Only
 * the main file is read (WAL needs shared memory that an in-memory copy does not have; the copy is
 * switched to rollback-journal mode in its header), so un-checkpointed changes are not seen; a
 * non-empty `-wal` sidecar gives a warning that says how to checkpoint it.
 */
import type { Finding } from '../findings.js';
import type { FileSystem } from '../ports.js';
import { ALL_CAPABILITIES, EMPTY_SCHEMA, type Schema, type SourceRef } from '../schema/types.js';
import { type Database, openDatabase } from '../sqlite/engine.js';
import { inspectSchema, type Locator } from '../sqlite/inspect.js';
import type { ModelLoader, ModelSet } from './types.js';

/** The line of locations in a database file: the file as a whole. */
export const WHOLE_FILE_LINE = 0;

/** The 16 bytes every SQLite 3 database file starts with. */
const HEADER = 'SQLite format 3\0';

/** Whether `bytes` start with the SQLite 3 file header. */
export function isSqliteHeader(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER.length) return false;
  for (let k = 0; k < HEADER.length; k++) if (bytes[k] !== HEADER.charCodeAt(k)) return false;
  return true;
}

/** Header offsets of the file format write/read versions: 2 means WAL mode. */
const WRITE_VERSION = 18;
const READ_VERSION = 19;

/** A copy of the file's bytes that SQLite opens in rollback-journal mode (WAL needs shared memory). */
export function openableCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  if (copy[WRITE_VERSION] === 2) copy[WRITE_VERSION] = 1;
  if (copy[READ_VERSION] === 2) copy[READ_VERSION] = 1;
  return copy;
}

/** Locates every object of a database file at the file as a whole. */
export function wholeFile(path: string): Locator {
  const at: SourceRef = { path, line: WHOLE_FILE_LINE };
  return { table: () => at, column: () => at, index: () => at, view: () => at, trigger: () => at };
}

function modelError(path: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule: 'model-error', severity, message, locations: [{ path, line: WHOLE_FILE_LINE }] };
}

/** A warning when a non-empty `-wal` sidecar holds changes the main file does not have yet. */
export async function walWarning(fs: FileSystem, path: string): Promise<Finding | undefined> {
  const wal = `${path}-wal`;
  if ((await fs.stat(wal))?.kind !== 'file') return undefined;
  const size = (await fs.readFile(wal)).length;
  if (size === 0) return undefined;
  return modelError(
    path,
    `${wal} holds ${size} bytes of changes not yet checkpointed into ${path}; they are not seen. ` +
      `Run \`sqlite3 ${path} "PRAGMA wal_checkpoint(TRUNCATE)"\` to include them.`,
    'warning',
  );
}

/** Inspects a SQLite database file; a file that is not one (or is corrupt) gives a `model-error`. */
export async function schemaFromDatabaseFile(
  fs: FileSystem,
  path: string,
): Promise<{ readonly schema: Schema; readonly findings: readonly Finding[] }> {
  const bytes = await fs.readFile(path);
  if (!isSqliteHeader(bytes)) {
    const what = bytes.length === 0 ? 'is empty' : 'does not start with the SQLite 3 header';
    return {
      schema: EMPTY_SCHEMA,
      findings: [modelError(path, `${path} is not a SQLite database: the file ${what}.`)],
    };
  }
  let db: Database | undefined;
  try {
    db = await openDatabase(openableCopy(bytes));
    const schema = inspectSchema(db, wholeFile(path));
    const wal = await walWarning(fs, path);
    return { schema, findings: wal ? [wal] : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      schema: EMPTY_SCHEMA,
      findings: [modelError(path, `${path} could not be read as a SQLite database: ${message}.`)],
    };
  } finally {
    db?.close();
  }
}

const DATABASE_EXTENSIONS = ['.db', '.sqlite', '.sqlite3', '.db3', '.s3db', '.sl3'];

export const sqliteFileModelLoader: ModelLoader = {
  format: 'sqlite',
  /** A file with a database extension, or any other file (not `.sql`) that starts with the SQLite header. */
  async detect(fs, path) {
    if ((await fs.stat(path))?.kind !== 'file') return false;
    const lower = path.toLowerCase();
    if (DATABASE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
    if (
      lower.endsWith('.sql') ||
      lower.endsWith('.py') ||
      lower.endsWith('.prisma') ||
      lower.endsWith('.ts')
    ) {
      return false;
    }
    return isSqliteHeader(await fs.readFile(path));
  },
  async load(path, context): Promise<ModelSet> {
    const { schema, findings } = await schemaFromDatabaseFile(context.fs, path);
    return { format: 'sqlite', path, schema, capabilities: ALL_CAPABILITIES, findings };
  },
};
