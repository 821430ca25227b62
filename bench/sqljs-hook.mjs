// The engine floor of a hook run on a newly staged migration: the least SQLite work any check of
// that commit needs, done with bare sql.js in one thread — open the snapshot of the history so far
// (what the replay cache holds), run the new migration, read every table's columns, indexes and
// foreign keys; build schema.sql in a second database and read it the same way. Nothing driftcheck
// adds (git, config, the worker that can stop a runaway statement, the history analysis,
// comparison, report).
//
//   node bench/sqljs-hook.mjs DIR SNAPSHOT FILE   (FILE relative to DIR/migrations)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js');
const [dir, snapshot, file] = process.argv.slice(2);
const SQL = await initSqlJs();

const FACETS = [
  'pragma_table_xinfo(t.name)',
  'pragma_index_list(t.name) AS l JOIN pragma_index_xinfo(l.name)',
  'pragma_foreign_key_list(t.name)',
];

/** Each facet of every table in one query, as driftcheck's inspector reads them. */
function readSchema(db) {
  let rows = 0;
  for (const facet of FACETS) {
    const result = db.exec(
      `SELECT t.name, * FROM pragma_table_list AS t JOIN ${facet} WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%'`,
    );
    rows += result[0]?.values.length ?? 0;
  }
  rows += db.exec('SELECT type, name, tbl_name, sql FROM sqlite_schema')[0]?.values.length ?? 0;
  return rows;
}

const replayed = new SQL.Database(readFileSync(snapshot));
replayed.exec('BEGIN');
replayed.exec(readFileSync(join(dir, 'migrations', file), 'utf8'));
replayed.exec('COMMIT');
readSchema(replayed);
replayed.close();

const models = new SQL.Database();
models.exec(readFileSync(join(dir, 'schema.sql'), 'utf8'));
readSchema(models);
models.close();
