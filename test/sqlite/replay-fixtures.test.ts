import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationFormat } from '../../src/migrations/types.js';
import { replayInProcess } from '../../src/sqlite/replay-in-process.js';
import { migrationSet } from './replay-helpers.js';

/**
 * Each folder under test/fixtures/replay holds migrations/*.sql (replayed in numeric order),
 * set.json (runner behaviour and replay options) and expected.json. Run with
 * UPDATE_FIXTURES=1 to rewrite expected.json after reviewing a change.
 */
const ROOT = join(import.meta.dirname, '../fixtures/replay');

interface CaseOptions {
  readonly format?: MigrationFormat;
  readonly foreignKeys?: boolean;
  readonly outerTransaction?: boolean;
  readonly keepGoing?: boolean;
  readonly functions?: readonly string[];
  readonly rowCounts?: readonly string[];
}

async function run(name: string): Promise<unknown> {
  const dir = join(ROOT, name);
  const options = JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8')) as CaseOptions;
  const files = readdirSync(join(dir, 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => ({ path: `migrations/${f}`, sql: readFileSync(join(dir, 'migrations', f), 'utf8') }));
  const set = migrationSet(files, options);
  const { db, result } = await replayInProcess(set, options);
  const locate = result.provenance.locator();
  const tables: Record<string, string[]> = {};
  const rows = db.exec("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")[0]?.values ?? [];
  for (const [table] of rows) {
    const columns = db.exec(`SELECT name FROM pragma_table_xinfo('${String(table)}')`)[0]?.values ?? [];
    tables[String(table)] = columns.map(([column]) => {
      const at = locate.column?.(String(table), String(column));
      return `${String(column)} @ ${at ? `${at.path}:${at.line}` : '?'}`;
    });
  }
  const counts = Object.fromEntries(
    (options.rowCounts ?? []).map((t) => [t, db.exec(`SELECT count(*) FROM ${t}`)[0]!.values[0]![0]]),
  );
  db.close();
  return {
    applied: result.applied,
    ...(result.stoppedAt !== undefined
      ? { stoppedAt: result.stoppedAt, notReplayed: result.notReplayed }
      : {}),
    failures: result.failures.map((f) => ({
      kind: f.kind,
      at: `${f.location.path}:${f.location.line}`,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    })),
    tables,
    ...(options.rowCounts ? { rowCounts: counts } : {}),
  };
}

describe('replay fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, async () => {
      const actual = await run(name);
      const file = join(ROOT, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES || !existsSync(file))
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
