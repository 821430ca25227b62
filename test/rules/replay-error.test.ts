import { describe, expect, it } from 'vitest';
import { replayErrorFindings } from '../../src/rules/replay-error.js';
import { replayInProcess } from '../../src/sqlite/replay-in-process.js';
import { migrationSet } from '../sqlite/replay-helpers.js';

describe('replay-error findings', () => {
  it('reports the file, line, SQLite message, statement and hint; and the migrations not replayed', async () => {
    const set = migrationSet([
      { path: 'migrations/001_init.sql', sql: 'CREATE TABLE metric_values (id TEXT PRIMARY KEY);' },
      {
        path: 'migrations/002_audit.sql',
        sql: '\nALTER TABLE metric_values\n  ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;',
      },
      { path: 'migrations/003_a.sql', sql: 'CREATE TABLE a (x);' },
      { path: 'migrations/004_b.sql', sql: 'CREATE TABLE b (x);' },
    ]);
    const { db, result } = await replayInProcess(set);
    db.close();
    const findings = replayErrorFindings(result, set, 'app');
    expect(findings).toHaveLength(2);
    const [error, stopped] = findings;
    expect(error).toMatchObject({
      rule: 'replay-error',
      severity: 'error',
      project: 'app',
      table: 'metric_values',
      locations: [{ path: 'migrations/002_audit.sql', line: 2, column: 1 }],
      fix: 'ALTER TABLE metric_values ADD COLUMN created_at DATETIME;\nUPDATE metric_values SET created_at = CURRENT_TIMESTAMP;',
    });
    expect(error!.message).toMatch(
      /^migrations\/002_audit\.sql:2 fails on every database where the table has rows: Cannot add a column with non-constant default\n\n {4}ALTER TABLE metric_values\n {6}ADD COLUMN created_at/,
    );
    expect(error!.message).toContain('backfill existing rows with UPDATE');
    expect(stopped).toMatchObject({
      rule: 'replay-error',
      severity: 'warning',
      locations: [{ path: 'migrations/003_a.sql', line: 1 }],
    });
    expect(stopped!.message).toMatch(
      /^2 later migrations were not replayed because migrations\/002_audit\.sql failed/,
    );
  });

  it("uses a blocked step's own message and no statement", async () => {
    const set = migrationSet([{ path: 'migrations/008_x.py', sql: '' }]);
    const migration = {
      ...set.migrations[0]!,
      up: [
        {
          sql: '',
          location: { path: 'migrations/008_x.py', line: 1 },
          blocked: {
            message: 'no upgrade() in 008_x.py (it defines migrate())',
            hint: 'Rename migrate() to upgrade().',
          },
        },
      ],
    };
    const blockedSet = { ...set, migrations: [migration] };
    const { db, result } = await replayInProcess(blockedSet, { keepGoing: true });
    db.close();
    const [finding] = replayErrorFindings(result, blockedSet);
    expect(finding!.message).toBe(
      'migrations/008_x.py:1 cannot be replayed: no upgrade() in 008_x.py (it defines migrate())\n\nRename migrate() to upgrade().',
    );
    expect(finding!.table).toBeUndefined();
  });
});
