import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli, copyFixture, fingerprint, hasPython, python, scratch } from './helpers.js';

/** Runs the project's own manager (python3 + sqlite3) on the migrations present in the directory. */
const MIGRATE = 'import sys; from migrations.manager import migrate; migrate(sys.argv[1])';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe.skipIf(!hasPython())('--database with a hand-rolled manager (seed 004)', () => {
  /** prod.db migrated up to 003 by the real manager, then 004 marked applied by hand. */
  function project(): string {
    const { dir, cleanup } = scratch('tracker');
    cleanups.push(cleanup);
    copyFixture('live-tracker', dir);
    renameSync(join(dir, 'migrations/004_autopilot_columns.py'), join(dir, '004.tmp'));
    mkdirSync(join(dir, 'data'));
    python(dir, MIGRATE, ['data/prod.db']);
    python(
      dir,
      "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO schema_versions VALUES ('004', 'skipped')\"); c.commit()",
      ['data/prod.db'],
    );
    renameSync(join(dir, '004.tmp'), join(dir, 'migrations/004_autopilot_columns.py'));
    return dir;
  }

  it('reports tracker-mismatch naming 004 and what is missing, exits 1, and leaves the file untouched', async () => {
    const dir = project();
    const before = fingerprint(join(dir, 'data/prod.db'));
    const result = await cli(dir, [
      'check',
      '--migrations',
      'migrations',
      '--database',
      'data/prod.db',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const mismatch = report.findings.filter((f) => f.rule === 'tracker-mismatch' && f.severity === 'error');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.message).toBe(
      '004 is marked applied in schema_versions (a hand-rolled runner); milestones.app_id, milestones.autopilot_enabled and index idx_milestones_app are missing from data/prod.db. data/prod.db matches the state after 003 exactly.',
    );
    expect(mismatch[0]!.project).toMatch(/:data\/prod\.db$/);
    expect(mismatch[0]!.locations[0]).toEqual({
      path: 'migrations/004_autopilot_columns.py',
      line: 4,
      column: 6,
    });
    expect(report.projects[0]!.databases).toEqual([
      { path: 'data/prod.db', tables: 4, tracker: 'schema_versions' },
    ]);
    // The same differences, one finding each with its fix, in the database's section.
    const missing = report.findings
      .filter((f) => f.rule === 'column-missing')
      .map((f) => `${f.table}.${f.column}`);
    expect(missing).toEqual(['milestones.app_id', 'milestones.autopilot_enabled']);
    const after = fingerprint(join(dir, 'data/prod.db'));
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('is quiet about a database the manager migrated fully, and lists pending migrations as a notice', async () => {
    const dir = project();
    // The honest way: let the manager run 004 for real on a fresh database; another one stays at 003.
    python(dir, MIGRATE, ['data/dev.db']);
    python(
      dir,
      'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("DELETE FROM schema_versions WHERE version = \'004\'"); c.commit()',
      ['data/prod.db'],
    );
    const result = await cli(dir, [
      'check',
      '--migrations',
      'migrations',
      '--database',
      'data/dev.db',
      '--database',
      'data/prod.db',
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((f) => [f.project?.split(':')[1], f.rule, f.severity, f.message])).toEqual([
      [
        'data/prod.db',
        'tracker-mismatch',
        'notice',
        'data/prod.db: 1 migration is not applied yet according to schema_versions (a hand-rolled runner): 004.',
      ],
    ]);
    expect(result.code).toBe(0);
  });
});

describe.skipIf(!hasPython())('--database with Alembic', () => {
  const REVISIONS = {
    'migrations/versions/aa01_create_users.py':
      '"""create users"""\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = "aa01"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table(\n        "users",\n        sa.Column("id", sa.Integer(), nullable=False),\n        sa.Column("email", sa.String(length=120), nullable=False),\n        sa.PrimaryKeyConstraint("id"),\n    )\n\n\ndef downgrade():\n    op.drop_table("users")\n',
    'migrations/versions/bb02_add_nickname.py':
      '"""add nickname"""\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = "bb02"\ndown_revision = "aa01"\n\n\ndef upgrade():\n    op.add_column("users", sa.Column("nickname", sa.String(length=40), nullable=True))\n\n\ndef downgrade():\n    op.drop_column("users", "nickname")\n',
  };

  it('names the head revision and the column it should have added', async () => {
    const { dir, cleanup } = scratch('alembic');
    cleanups.push(cleanup);
    mkdirSync(join(dir, 'migrations/versions'), { recursive: true });
    writeFileSync(join(dir, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\n');
    writeFileSync(join(dir, 'migrations/env.py'), '');
    for (const [path, text] of Object.entries(REVISIONS)) writeFileSync(join(dir, path), text);
    // What `alembic stamp head` leaves on a database that only ever ran the first revision.
    python(
      dir,
      [
        'import sqlite3, sys',
        'c = sqlite3.connect(sys.argv[1])',
        'c.execute("CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(120) NOT NULL, PRIMARY KEY (id))")',
        'c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")',
        'c.execute("INSERT INTO alembic_version VALUES (\'bb02\')")',
        'c.commit()',
      ].join('\n'),
      ['app.db'],
    );
    const before = fingerprint(join(dir, 'app.db'));
    const result = await cli(dir, ['check', '--database', 'app.db', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.projects[0]!.migrations?.format).toBe('alembic');
    const mismatch = report.findings.filter((f) => f.rule === 'tracker-mismatch');
    expect(mismatch.map((f) => f.message)).toEqual([
      'bb02 is marked applied in alembic_version (Alembic); users.nickname is missing from app.db. app.db matches the state after aa01 exactly.',
    ]);
    expect(mismatch[0]!.locations[0]!.path).toBe('migrations/versions/bb02_add_nickname.py');
    const after = fingerprint(join(dir, 'app.db'));
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});
