// The engine floor for the benchmarks: sql.js (the SQLite build driftcheck replays with) running
// the same files the simplest way — one `exec` of each file's text in its own transaction — with
// nothing driftcheck adds (statement locations, provenance, checks, inspection, comparison).
//
//   node bench/sqljs-replay.mjs DIR FILE...   (files relative to DIR/migrations, in order)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js');
const [dir, ...files] = process.argv.slice(2);
const SQL = await initSqlJs();
const db = new SQL.Database();
for (const file of files) {
  db.exec('BEGIN');
  db.exec(readFileSync(join(dir, 'migrations', file), 'utf8'));
  db.exec('COMMIT');
}
db.close();
