import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_ALTER_CONSTRAINTS } from '../../src/migrations/formats/alembic/ops.js';
import { alembicLoader } from '../../src/migrations/formats/alembic.js';
import type { Migration } from '../../src/migrations/types.js';
import { type Database, openDatabase } from '../../src/sqlite/engine.js';
import { directoryFs, memoryFs } from '../support/fs.js';
import { findPython, normalizeSql } from './helpers.js';

const PROJECT = join(import.meta.dirname, '../fixtures/alembic-project');
const fs = directoryFs(PROJECT);
const options = { placeholders: {} };
const python = findPython(['sqlalchemy', 'alembic']);
const scratch = mkdtempSync(join(tmpdir(), 'driftcheck-alembic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

if (!python) {
  console.warn(
    '\n⚠️  SKIPPING Alembic ground-truth tests: no Python can import alembic (apt-get install -y python3-alembic)\n',
  );
}

/** Replays up statements in sql.js; returns SQLite's errors by statement. */
async function replay(migrations: readonly Migration[]): Promise<{ db: Database; errors: string[] }> {
  const db = await openDatabase();
  const errors: string[] = [];
  for (const m of migrations) {
    for (const s of m.up) {
      if (s.blocked) {
        errors.push(`${s.location.path}:${s.location.line}: ${s.blocked.message}`);
        continue;
      }
      try {
        db.run(s.sql);
      } catch (error) {
        errors.push(`${s.location.path}:${s.location.line}: ${(error as Error).message}`);
      }
    }
  }
  return { db, errors };
}

/** sqlite_master of user objects, normalized (quotes, IF NOT EXISTS, whitespace). */
function schemaText(db: Database): string[] {
  const rows = db.exec(
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'",
  );
  return (rows[0]?.values ?? [])
    .map((r) =>
      normalizeSql(
        String(r[0])
          .replace(/"/g, '')
          .replace(/ IF NOT EXISTS/i, ''),
      ),
    )
    .sort();
}

describe('Alembic revisions (SQLAlchemy 2.0 project with a batch step)', async () => {
  const set = await alembicLoader.load(fs, 'migrations', options);

  it('detects the Alembic layout and scores it above hand-rolled Python', async () => {
    expect(await alembicLoader.detect(fs, 'migrations')).toBe(80);
    expect(await alembicLoader.detect(fs, 'app')).toBe(0);
  });

  it('orders revisions by the revision graph, not by file name', () => {
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => [m.version, m.path.split('/').pop()])).toEqual([
      ['c1a7e0d2b3f4', '3f2a_create_users.py'],
      ['8d2f6a1c9e07', '1b9c_add_tasks.py'],
      ['27b5d4e8f1a3', 'a0e1_tighten_users.py'],
    ]);
    expect(set.migrations[0]!.name).toBe('create users');
  });

  it('interprets create_table, op.f() indexes, execute and bulk_insert at their lines', () => {
    const tasks = set.migrations[1]!;
    expect(tasks.up.map((s) => [s.location.line, s.sql.split('\n')[0]])).toEqual([
      [16, 'CREATE TABLE tasks ('],
      [26, 'CREATE INDEX ix_tasks_owner_id ON tasks (owner_id)'],
      [28, "INSERT INTO users (id, email) VALUES (1, 'admin@example.com')"],
      [29, "INSERT INTO tasks (id, owner_id, title) VALUES (1, 1, 'Read the docs')"],
      [29, "INSERT INTO tasks (id, owner_id, title) VALUES (2, 1, 'It''s done')"],
    ]);
    expect(tasks.down?.map((s) => s.sql)).toEqual(['DROP TABLE tasks']);
  });

  it('turns batch_alter_table into the move-and-copy rebuild, casting when the affinity stays', () => {
    const batch = set.migrations[2]!;
    expect(batch.up.map((s) => s.sql.split('\n')[0])).toEqual([
      'CREATE TABLE _alembic_tmp_users (',
      'INSERT INTO _alembic_tmp_users (id, email, display_name, created_at) SELECT users.id, users.email, users.display_name, users.created_at ',
      'DROP TABLE users',
      'ALTER TABLE _alembic_tmp_users RENAME TO users',
    ]);
    expect(batch.down?.at(-1)?.sql).toBe('CREATE INDEX ix_users_display_name ON users (display_name)');
  });

  it.skipIf(!python)('replays to exactly the schema real `alembic upgrade head` builds', async () => {
    const dbPath = join(scratch, 'real.db');
    execFileSync(python!, ['-m', 'alembic', 'upgrade', 'head'], {
      cwd: PROJECT,
      env: { ...process.env, DATABASE_URL: `sqlite:///${dbPath}`, PYTHONDONTWRITEBYTECODE: '1' },
      stdio: 'pipe',
    });
    const real = await openDatabase(new Uint8Array(readFileSync(dbPath)));
    const mine = await replay(set.migrations);
    expect(mine.errors).toEqual([]);
    expect(schemaText(mine.db)).toEqual(schemaText(real));
    expect(mine.db.exec('SELECT id, title FROM tasks ORDER BY id')[0]?.values).toEqual(
      real.exec('SELECT id, title FROM tasks ORDER BY id')[0]?.values,
    );
  });

  it.skipIf(!python)('emits the SQL `alembic upgrade --sql` prints for the non-batch revisions', () => {
    const out = execFileSync(python!, ['-m', 'alembic', 'upgrade', 'base:8d2f6a1c9e07', '--sql'], {
      cwd: PROJECT,
      env: { ...process.env, DATABASE_URL: 'sqlite:///offline.db', PYTHONDONTWRITEBYTECODE: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const offline = out
      .split(/;\s*\n/)
      .map((s) => s.replace(/^(--[^\n]*\n|\s)*/g, '').trim())
      .filter((s) => s && !/alembic_version/.test(s))
      .map(normalizeSql);
    const mine = set.migrations
      .slice(0, 2)
      .flatMap((m) => m.up)
      .map((s) => normalizeSql(s.sql));
    expect(mine).toEqual(offline);
  });
});

function revision(id: string, down: string, body: string, extra = ''): string {
  return `"""${id}"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "${id}"\ndown_revision = ${down}\n${extra}\n\ndef upgrade():\n${body}\n`;
}

describe('Alembic revision graph', () => {
  it('names every head when the graph has several', async () => {
    const set = await alembicLoader.load(
      memoryFs({
        'alembic/versions/a.py': revision(
          'a',
          'None',
          '    op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True))',
        ),
        'alembic/versions/b.py': revision('b', '"a"', '    op.add_column("t", sa.Column("x", sa.Integer()))'),
        'alembic/versions/c.py': revision('c', '"a"', '    op.add_column("t", sa.Column("y", sa.Integer()))'),
      }),
      'alembic',
      options,
    );
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]!.rule).toBe('migration-order');
    expect(set.findings[0]!.message).toContain('2 heads: b (b.py), c (c.py)');
    expect(set.migrations.map((m) => m.version)).toEqual(['a', 'b', 'c']);
  });

  it('orders a merge revision (down_revision tuple) and branch labels after both parents', async () => {
    const set = await alembicLoader.load(
      memoryFs({
        'v/1_merge.py': revision('m', '("b", "feature")', '    pass'),
        'v/2_b.py': revision('b', '"a"', '    pass'),
        'v/3_c.py': revision('c', '"a"', '    pass', 'branch_labels = ("feature",)'),
        'v/4_a.py': revision('a', 'None', '    pass'),
      }),
      'v',
      options,
    );
    expect(set.findings).toEqual([]);
    expect(set.migrations.map((m) => m.version)).toEqual(['a', 'b', 'c', 'm']);
  });

  it('reports a cycle clearly', async () => {
    const set = await alembicLoader.load(
      memoryFs({
        'v/a.py': revision('a', 'None', '    pass'),
        'v/b.py': revision('b', '"c"', '    pass'),
        'v/c.py': revision('c', '"b"', '    pass'),
      }),
      'v',
      options,
    );
    expect(set.findings.map((f) => f.message)).toEqual([expect.stringContaining('cycle through b, c')]);
    expect(set.migrations.map((m) => m.version)).toEqual(['a']);
  });
});

describe('Alembic operations that fail on SQLite, as with real Alembic', () => {
  const load = (body: string) =>
    alembicLoader
      .load(memoryFs({ 'v/a.py': revision('a', 'None', body) }), 'v', options)
      .then((s) => s.migrations[0]!.up);

  it('emits ALTER COLUMN for op.alter_column outside batch mode, as Alembic does', async () => {
    const up = await load(
      '    op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("n", sa.String()))\n    op.alter_column("t", "n", nullable=False, type_=sa.String(20))',
    );
    expect(up.slice(1).map((s) => s.sql)).toEqual([
      'ALTER TABLE t ALTER COLUMN n SET NOT NULL',
      'ALTER TABLE t ALTER COLUMN n TYPE VARCHAR(20)',
    ]);
    // SQLite 3.54 (sql.js) accepts SET NOT NULL, which older SQLite rejects; no SQLite accepts TYPE.
    const { errors } = await replay([{ up } as unknown as Migration]);
    expect(errors).toEqual([expect.stringContaining('near "TYPE": syntax error')]);
  });

  it('adds the column, then blocks on its foreign key with Alembic’s own message', async () => {
    const up = await load(
      '    op.add_column("t", sa.Column("org_id", sa.Integer(), sa.ForeignKey("orgs.id"), nullable=True))',
    );
    expect(up[0]!.sql).toBe('ALTER TABLE t ADD COLUMN org_id INTEGER');
    expect(up[1]!.blocked?.message).toBe(NO_ALTER_CONSTRAINTS);
    expect(up[1]!.location.line).toBe(10);
  });

  it('blocks op.create_unique_constraint outside batch mode', async () => {
    const up = await load('    op.create_unique_constraint("uq_t_a", "t", ["a"])');
    expect(up[0]!.blocked?.message).toBe(NO_ALTER_CONSTRAINTS);
  });

  it('blocks code that needs a live connection at its line, saying to use command mode', async () => {
    const up = await load(
      [
        '    conn = op.get_bind()',
        '    if conn.dialect.name == "sqlite":',
        '        op.execute("DELETE FROM t")',
        '    for name in ("a", "b"):',
        '        op.add_column("t", sa.Column(name, sa.Integer()))',
        '    op.execute(f"DROP TABLE {name}")',
      ].join('\n'),
    );
    expect(up.map((s) => [s.location.line, s.blocked?.message])).toEqual([
      [10, expect.stringContaining('needs a live database connection')],
      [11, expect.stringContaining('a condition evaluated at run time')],
      [13, expect.stringContaining('a loop')],
      [15, expect.stringContaining('f-string with placeholders')],
    ]);
    expect(up[0]!.blocked?.hint).toContain('command');
  });
});
