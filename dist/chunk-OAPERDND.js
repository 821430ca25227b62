import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA
} from "./chunk-72U7UVYV.js";
import {
  inspectSchema
} from "./chunk-6NLCI4VA.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";

// src/models/sqlite-file.ts
var WHOLE_FILE_LINE = 0;
var HEADER = "SQLite format 3\0";
function isSqliteHeader(bytes) {
  if (bytes.length < HEADER.length) return false;
  for (let k = 0; k < HEADER.length; k++) if (bytes[k] !== HEADER.charCodeAt(k)) return false;
  return true;
}
var WRITE_VERSION = 18;
var READ_VERSION = 19;
function openableCopy(bytes) {
  const copy = new Uint8Array(bytes);
  if (copy[WRITE_VERSION] === 2) copy[WRITE_VERSION] = 1;
  if (copy[READ_VERSION] === 2) copy[READ_VERSION] = 1;
  return copy;
}
function wholeFile(path) {
  const at = { path, line: WHOLE_FILE_LINE };
  return { table: () => at, column: () => at, index: () => at, view: () => at, trigger: () => at };
}
function modelError(path, message, severity = "error") {
  return { rule: "model-error", severity, message, locations: [{ path, line: WHOLE_FILE_LINE }] };
}
async function walWarning(fs, path) {
  const wal = `${path}-wal`;
  if ((await fs.stat(wal))?.kind !== "file") return void 0;
  const size = (await fs.readFile(wal)).length;
  if (size === 0) return void 0;
  return modelError(
    path,
    `${wal} holds ${size} bytes of changes not yet checkpointed into ${path}; they are not seen. Run \`sqlite3 ${path} "PRAGMA wal_checkpoint(TRUNCATE)"\` to include them.`,
    "warning"
  );
}
async function schemaFromDatabaseFile(fs, path) {
  const bytes = await fs.readFile(path);
  if (!isSqliteHeader(bytes)) {
    const what = bytes.length === 0 ? "is empty" : "does not start with the SQLite 3 header";
    return {
      schema: EMPTY_SCHEMA,
      findings: [modelError(path, `${path} is not a SQLite database: the file ${what}.`)]
    };
  }
  let db;
  try {
    db = await openDatabase(openableCopy(bytes));
    const schema = inspectSchema(db, wholeFile(path));
    const wal = await walWarning(fs, path);
    return { schema, findings: wal ? [wal] : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      schema: EMPTY_SCHEMA,
      findings: [modelError(path, `${path} could not be read as a SQLite database: ${message}.`)]
    };
  } finally {
    db?.close();
  }
}
var DATABASE_EXTENSIONS = [".db", ".sqlite", ".sqlite3", ".db3", ".s3db", ".sl3"];
var sqliteFileModelLoader = {
  format: "sqlite",
  /** A file with a database extension, or any other file (not `.sql`) that starts with the SQLite header. */
  async detect(fs, path) {
    if ((await fs.stat(path))?.kind !== "file") return false;
    const lower = path.toLowerCase();
    if (DATABASE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
    if (lower.endsWith(".sql") || lower.endsWith(".py") || lower.endsWith(".prisma") || lower.endsWith(".ts")) {
      return false;
    }
    return isSqliteHeader(await fs.readFile(path));
  },
  async load(path, context) {
    const { schema, findings } = await schemaFromDatabaseFile(context.fs, path);
    return { format: "sqlite", path, schema, capabilities: ALL_CAPABILITIES, findings };
  }
};

export {
  WHOLE_FILE_LINE,
  isSqliteHeader,
  openableCopy,
  wholeFile,
  walWarning,
  sqliteFileModelLoader
};
