import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonLoader } from '../../src/migrations/formats/python.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const fs = directoryFs(join(import.meta.dirname, '../fixtures/python-manager'));
const options = { placeholders: {} };

describe('hand-rolled Python migration manager (seed 004)', async () => {
  const set = await pythonLoader.load(fs, 'migrations', options);
  const byName = (name: string) => set.migrations.find((m) => m.name === name)!;

  it('orders .sql files and .py modules by version and ignores the runner itself', () => {
    expect(set.format).toBe('python');
    expect(set.migrations.map((m) => m.path.split('/').pop())).toEqual([
      '001_initial_schema.sql',
      '002_add_settings.py',
      '003_apps.py',
      '004_autopilot_columns.py',
      '005_notifications.py',
      '008_notification_type.py',
      '008_user_preferences.sql',
      '009_backfill_types.py',
      '010_per_tenant.py',
    ]);
  });

  it('reports the shared version 008 as a migration-order finding naming both files', () => {
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ rule: 'migration-order', severity: 'error' });
    expect(set.findings[0]!.message).toContain('008_notification_type.py, 008_user_preferences.sql');
  });

  it('takes execute() / cursor.execute() / text() literals with implicit concatenation, at their lines', () => {
    const m = byName('add_settings');
    expect(m.up.map((s) => [s.sql, s.location.line])).toEqual([
      ['CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT)', 8],
      ["INSERT INTO settings (key, value) VALUES ('theme', 'dark')", 13],
    ]);
    expect(m.down?.map((s) => s.sql)).toEqual(['DROP TABLE settings']);
  });

  it('splits an executescript() constant with exact lines in the .py file', () => {
    const m = byName('apps');
    expect(m.up.map((s) => [s.sql.split('\n')[0], s.location.line, s.location.column])).toEqual([
      ['CREATE TABLE apps (', 4, 1],
      ['CREATE INDEX idx_apps_name ON apps (name);', 8, 1],
    ]);
  });

  it('follows an existence guard as replay from zero would, and unrolls a loop over a literal list', () => {
    expect(byName('autopilot_columns').up.map((s) => [s.sql, s.location.line])).toEqual([
      ['ALTER TABLE milestones ADD COLUMN app_id INTEGER REFERENCES apps(id)', 4],
      ['ALTER TABLE milestones ADD COLUMN autopilot_enabled INTEGER DEFAULT 0', 5],
    ]);
  });

  it('takes the SQL argument of execute_sql(conn, sql, description, dry_run) helpers, not the description', () => {
    expect(byName('notifications').up.map((s) => s.sql)).toEqual([
      'CREATE TABLE notifications (id INTEGER PRIMARY KEY, milestone_id INTEGER, message TEXT)',
      'CREATE INDEX idx_notifications_milestone ON notifications (milestone_id)',
    ]);
  });

  it('blocks a module that defines migrate() instead of upgrade(), naming both', () => {
    const [step] = byName('notification_type').up;
    expect(step?.blocked?.message).toBe(
      '008_notification_type.py defines migrate(); the runner calls upgrade()',
    );
    expect(step?.location).toMatchObject({ path: 'migrations/008_notification_type.py', line: 4 });
  });

  it('keeps the statement that depends on the skipped module, so replay reports it too', () => {
    const [step] = byName('backfill_types').up;
    expect(step?.sql).toContain('SET notification_type');
    expect(step?.location.line).toBe(6);
  });

  it('blocks dynamic SQL at its line and says to use command mode', () => {
    const steps = byName('per_tenant').up;
    expect(steps.map((s) => [s.location.line, s.blocked?.message])).toEqual([
      [7, 'a loop over TENANTS runs SQL known only at run time'],
      [9, 'dynamic SQL (string formatting with %) is only known at run time'],
    ]);
    expect(steps[0]?.blocked?.hint).toContain('command');
  });

  it('honours a configured entry function name', async () => {
    const custom = await pythonLoader.load(fs, 'migrations', { ...options, entry: 'migrate' });
    const m = custom.migrations.find((x) => x.name === 'notification_type')!;
    expect(m.up.map((s) => s.sql)).toEqual([
      "ALTER TABLE notifications ADD COLUMN notification_type TEXT DEFAULT 'info'",
    ]);
    expect(custom.migrations.find((x) => x.name === 'apps')!.up[0]?.blocked?.message).toBe(
      '003_apps.py defines upgrade(); the runner calls migrate()',
    );
  });
});

describe('python format detection', () => {
  it('scores a mixed .sql/.py directory above plain SQL (30)', async () => {
    expect(await pythonLoader.detect(fs, 'migrations')).toBeGreaterThan(30);
  });

  it('leaves plain SQL directories and Alembic revisions to their loaders', async () => {
    const only = memoryFs({ 'db/001_init.sql': 'CREATE TABLE a (id INTEGER);' });
    expect(await pythonLoader.detect(only, 'db')).toBe(0);
    const alembic = memoryFs({
      'versions/001_init.py':
        'revision = "a1"\ndown_revision = None\n\ndef upgrade():\n    op.execute("CREATE TABLE a (id INTEGER)")\n',
    });
    expect(await pythonLoader.detect(alembic, 'versions')).toBe(0);
  });

  it('reads f-strings without placeholders and raw strings', async () => {
    const set = await pythonLoader.load(
      memoryFs({
        'm/001_x.py':
          'def upgrade(conn):\n    conn.execute(f"CREATE TABLE {{braces}} (id INTEGER)")\n    conn.execute(r"INSERT INTO t VALUES (\'a\\\\b\')")\n',
      }),
      'm',
      options,
    );
    expect(set.migrations[0]!.up.map((s) => s.sql)).toEqual([
      'CREATE TABLE {braces} (id INTEGER)',
      "INSERT INTO t VALUES ('a\\\\b')",
    ]);
  });
});
