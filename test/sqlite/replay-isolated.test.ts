import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/sqlite/engine.js';
import {
  coolDownReplayWorker,
  replayIsolated,
  warmUpReplayWorker,
} from '../../src/sqlite/replay-isolated.js';
import { migrationSet } from './replay-helpers.js';

const RUNAWAY = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;';

const FILES = [
  { path: 'm/1.sql', sql: 'CREATE TABLE a (x);' },
  { path: 'm/2.sql', sql: `CREATE TABLE b (y);\n-- count forever\n${RUNAWAY}\nCREATE TABLE c (z);` },
  { path: 'm/3.sql', sql: 'CREATE TABLE d (w);' },
];

describe('replayIsolated', () => {
  it('turns a runaway statement into a timeout failure and stops there', async () => {
    const started = Date.now();
    const result = await replayIsolated(migrationSet(FILES), {
      budgetMs: 400,
      inspect: false,
      exportDatabase: true,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.failures).toEqual([
      expect.objectContaining({
        kind: 'timeout',
        migration: 1,
        statement: 1,
        location: { path: 'm/2.sql', line: 3, column: 1 },
      }),
    ]);
    expect(result.failures[0]!.message).toContain('400 ms');
    expect(result.failures[0]!.hint).toContain('recursive CTE');
    expect(result.applied).toBe(1);
    expect(result.stoppedAt).toBe(1);
    expect(result.notReplayed).toBe(1);
    expect(result.timing.workers).toBe(2);
    // the migration that timed out was rolled back, as a runner would on failure
    const db = await openDatabase(result.database);
    expect(
      db.exec("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")[0]!.values.flat(),
    ).toEqual(['a']);
    db.close();
  });

  it('with keepGoing, skips the runaway statement and replays the rest', async () => {
    const result = await replayIsolated(migrationSet(FILES), {
      budgetMs: 400,
      inspect: false,
      keepGoing: true,
    });
    expect(result.failures.map((f) => f.kind)).toEqual(['timeout']);
    // m/2.sql lost its runaway statement: kept, not counted as replayed.
    expect(result.applied).toBe(2);
    expect(result.provenance.objects.map((o) => o.name).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives each migration its own budget, however long the whole history takes', async () => {
    const busy =
      'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000) SELECT count(*) FROM r;';
    const migration = (k: number) => ({ path: `m/${k + 1}.sql`, sql: busy });
    // A budget of five migrations' time on this machine, for a history of fourteen.
    const one = await replayIsolated(migrationSet([migration(0)]), { inspect: false });
    const budgetMs = Math.max(50, Math.ceil(5 * one.timing.replayMs));
    const files = Array.from({ length: 14 }, (_, k) => migration(k));
    const result = await replayIsolated(migrationSet(files), { budgetMs, inspect: false });
    expect(result.failures).toEqual([]);
    expect(result.applied).toBe(14);
    expect(result.timing.workers).toBe(1);
  });

  it('returns failures, provenance and the database bytes, and resumes from them', async () => {
    const files = [
      { path: 'm/1.sql', sql: 'CREATE TABLE a (x);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
      { path: 'm/3.sql', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
    ];
    const set = migrationSet(files);
    const prefix = await replayIsolated(set, { until: 2, inspect: false, exportDatabase: true });
    expect(prefix.failures).toEqual([]);
    expect(prefix.database).toBeInstanceOf(Uint8Array);
    expect(prefix.timing.workerStartMs).toBeGreaterThan(0);

    const rest = await replayIsolated(set, {
      from: 2,
      database: prefix.database,
      provenance: prefix.provenance,
      inspect: false,
    });
    expect(rest.failures).toEqual([
      expect.objectContaining({
        message: 'duplicate column name: y',
        location: { path: 'm/3.sql', line: 1, column: 1 },
      }),
    ]);
    expect(rest.failures[0]!.hint).toContain('it was added by m/2.sql:1');
  });

  it('uses a worker warmed up ahead of time', async () => {
    warmUpReplayWorker();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await replayIsolated(migrationSet(FILES.slice(0, 1)), { inspect: false });
    expect(result.failures).toEqual([]);
    expect(result.applied).toBe(1);
    expect(result.provenance.objects.map((o) => o.name)).toEqual(['a']);
    expect(result.timing.warmed).toBe(true);
    // the next run has no warm worker left and starts its own
    const next = await replayIsolated(migrationSet(FILES.slice(0, 1)), { inspect: false });
    expect(next.timing.warmed).toBe(false);
  });

  it('lets a worker warmed up on speculation go when no replay comes', async () => {
    warmUpReplayWorker();
    coolDownReplayWorker();
    const result = await replayIsolated(migrationSet(FILES.slice(0, 1)), { inspect: false });
    expect(result.timing.warmed).toBe(false);
    expect(result.applied).toBe(1);
  });

  it('ends a replay whose result is no longer wanted, runaway statement and all', async () => {
    const abandon = new AbortController();
    const started = Date.now();
    const replaying = replayIsolated(migrationSet(FILES), {
      budgetMs: 60_000,
      inspect: false,
      signal: abandon.signal,
    });
    setTimeout(() => abandon.abort(), 300);
    await expect(replaying).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects when the worker itself fails (a database that is not SQLite)', async () => {
    await expect(
      replayIsolated(migrationSet(FILES.slice(0, 1)), {
        database: new TextEncoder().encode('not a database'),
        inspect: false,
      }),
    ).rejects.toThrow(/replay worker: file is not a database/);
  });
});
