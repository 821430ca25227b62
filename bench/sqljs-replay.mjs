// The engine floor for the benchmarks: sql.js (the SQLite build driftcheck replays with) running
// the same files the simplest way — one `exec` of each file's text in its own transaction — with
// nothing driftcheck adds (statement locations, provenance, checks, inspection, comparison).
//
//   node bench/sqljs-replay.mjs [--export DB] DIR FILE...   (files relative to DIR/migrations, in order)
//
// --export writes the database it ends with to DB (the hook floor, sqljs-hook.mjs, starts from it).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js');
const args = process.argv.slice(2);
const exportTo = args[0] === '--export' ? args[1] : undefined;
const [dir, ...files] = exportTo ? args.slice(2) : args;
const SQL = await initSqlJs();
const db = new SQL.Database();
for (const file of files) {
  db.exec('BEGIN');
  db.exec(readFileSync(join(dir, 'migrations', file), 'utf8'));
  db.exec('COMMIT');
}
if (exportTo) writeFileSync(exportTo, db.export());
db.close();
