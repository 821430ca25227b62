import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli, hasPython, python, scratch } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const MIGRATIONS = {
  'migrations/001_goals.sql':
    'CREATE TABLE goals (id TEXT PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE program_days (id TEXT PRIMARY KEY);\nCREATE TABLE session_templates (id TEXT PRIMARY KEY);\n',
  'migrations/002_program_day_templates.sql':
    'CREATE TABLE program_day_templates (\n  program_day_id TEXT REFERENCES program_days(id) ON DELETE CASCADE,\n  session_template_id TEXT REFERENCES session_templates(id) ON DELETE CASCADE,\n  "order" INTEGER DEFAULT 0\n);\n' +
    'ALTER TABLE goals ADD COLUMN completed_at DATETIME NULL;\n',
};

/** Builds a database with Python's sqlite3 from the given migration files, no tracker (as in seed 002). */
function build(dir: string, db: string, files: readonly string[]): void {
  python(
    dir,
    'import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nfor f in sys.argv[2:]:\n    c.executescript(open(f).read())\nc.commit()',
    [db, ...files],
  );
}

describe.skipIf(!hasPython())('seed 002: prod lacks what dev has', () => {
  function project(): string {
    const { dir, cleanup } = scratch('seed002');
    cleanups.push(cleanup);
    for (const [path, text] of Object.entries(MIGRATIONS)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    build(dir, 'prod.db', ['migrations/001_goals.sql']);
    build(dir, 'dev.db', Object.keys(MIGRATIONS));
    return dir;
  }

  it('diff prod.db dev.db lists the column and the table prod lacks', async () => {
    const dir = project();
    const result = await cli(dir, ['diff', 'prod.db', 'dev.db', '--format', 'json']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((f) => [f.rule, f.table, f.column])).toEqual([
      ['column-missing', 'goals', 'completed_at'],
      ['table-missing', 'program_day_templates', undefined],
    ]);
    expect(result.code).toBe(1);
  });

  it('check --database prod.db reports the same against the migrations, and where prod stands', async () => {
    const dir = project();
    const result = await cli(dir, [
      'check',
      '--database',
      'prod.db',
      '--database',
      'dev.db',
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report;
    expect(
      report.findings.map((f) => [f.project?.split(':')[1], f.rule, f.severity, f.table, f.column]),
    ).toEqual([
      ['prod.db', 'tracker-mismatch', 'notice', undefined, undefined],
      ['prod.db', 'column-missing', 'error', 'goals', 'completed_at'],
      ['prod.db', 'table-missing', 'error', 'program_day_templates', undefined],
    ]);
    expect(report.findings[0]!.message).toBe(
      'prod.db has no migration tracker table, so which migrations it has is unknown; prod.db matches the state after 001 exactly.',
    );
    expect(report.findings[1]!.message).toContain('no');
    expect(result.code).toBe(1);
    const text = await cli(dir, ['check', '--database', 'prod.db', '--no-color']);
    expect(text.stdout).toContain(':prod.db');
  });
});
