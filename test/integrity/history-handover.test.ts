/**
 * A short replay hands its worker on to the history analysis (IsolatedReplayOptions.handOver,
 * historyIsolated's `handedOver`): the same findings as in a worker of its own, the worker ended
 * however the analysis goes, and nothing handed over from a replay that needed a second worker.
 */
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { historyIsolated } from '../../src/integrity/history-isolated.js';
import { startHistoryAnalysis } from '../../src/integrity/history-run.js';
import { replayIsolated } from '../../src/sqlite/replay-isolated.js';
import { migrationSet } from '../sqlite/replay-helpers.js';

const FILES = [
  { path: 'm/1.sql', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT, y TEXT);' },
  { path: 'm/2.sql', sql: 'ALTER TABLE a DROP COLUMN x;' },
  { path: 'm/3.sql', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY);' },
  { path: 'm/4.sql', sql: 'DROP TABLE b;' },
];
const RULES = { destructive: true, down: true };

const exited = (worker: Worker) => new Promise<number>((resolve) => worker.once('exit', resolve));

/** Replays `files` asking for the worker; resolves with the replay and what was handed over. */
async function replayHandingOver(files: typeof FILES, options: { budgetMs?: number } = {}) {
  const handed: (Worker | undefined)[] = [];
  const replay = await replayIsolated(migrationSet(files), {
    inspect: false,
    ...options,
    handOver: (worker) => handed.push(worker),
  });
  return { replay, handed };
}

describe('the replay worker handed over to the history analysis', () => {
  it('gives the same findings as a worker of its own, and ends the worker', async () => {
    const set = migrationSet(FILES);
    const request = Promise.resolve({ set, functions: [], rules: RULES, save: true });
    const own = await historyIsolated(request, 10_000).result;
    expect(own.findings.map((f) => f.locations[0]?.path)).toEqual(['m/2.sql', 'm/4.sql']);

    const { replay, handed } = await replayHandingOver(FILES);
    expect(replay.failures).toEqual([]);
    expect(handed).toHaveLength(1);
    const worker = handed[0]!;
    expect(worker).toBeDefined();
    const exit = exited(worker);
    const shared = await historyIsolated(request, 10_000, Promise.resolve(worker)).result;
    expect(JSON.stringify(shared)).toBe(JSON.stringify(own));
    await exit;
  });

  it('hands nothing over from a replay whose statement ran past its budget', async () => {
    const runaway = [
      FILES[0]!,
      {
        path: 'm/2.sql',
        sql: 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;',
      },
    ];
    const { replay, handed } = await replayHandingOver(runaway, { budgetMs: 300 });
    expect(replay.failures.map((f) => f.kind)).toEqual(['timeout']);
    expect(handed).toEqual([undefined]);
  });

  it('without a worker handed over, the analysis starts its own', async () => {
    const request = Promise.resolve({ set: migrationSet(FILES), functions: [], rules: RULES, save: false });
    const result = await historyIsolated(request, 10_000, Promise.resolve(undefined)).result;
    expect(result.complete).toBe(true);
    expect(result.findings).toHaveLength(2);
  });

  it('a worker that ended while it waited makes the analysis fail, not hang', async () => {
    const { handed } = await replayHandingOver(FILES);
    const worker = handed[0]!;
    const exit = exited(worker);
    await worker.terminate();
    await exit;
    const request = Promise.resolve({ set: migrationSet(FILES), functions: [], rules: RULES, save: false });
    await expect(historyIsolated(request, 10_000, Promise.resolve(worker)).result).rejects.toThrow(
      /history worker had exited before it was given its work/,
    );
  });

  it('a stopped analysis ends the worker handed over to it', async () => {
    const { handed } = await replayHandingOver(FILES);
    const worker = handed[0]!;
    const exit = exited(worker);
    const request = Promise.resolve({ set: migrationSet(FILES), functions: [], rules: RULES, save: false });
    const running = historyIsolated(request, 10_000, Promise.resolve(worker));
    running.stop();
    expect(await running.result).toEqual({ findings: [], complete: false });
    await exit;
  });

  it('an analysis stopped while its cache is read ends the worker handed over to it', async () => {
    const { handed } = await replayHandingOver(FILES);
    const worker = handed[0]!;
    const exit = exited(worker);
    let answer: (bytes: undefined) => void = () => undefined;
    const store = {
      keys: async () => [],
      read: () => new Promise<undefined>((resolve) => (answer = resolve)),
      write: async () => undefined,
      remove: async () => undefined,
    };
    const project = { rules: {}, functions: [] } as unknown as Parameters<typeof startHistoryAnalysis>[0];
    const history = startHistoryAnalysis(project, migrationSet(FILES), {
      budgetMs: 10_000,
      cache: { store, identity: { tool: 't', engine: 'e' } },
      worker: Promise.resolve(worker),
    });
    history.stop();
    answer(undefined);
    await exit;
  });

  it('an analysis that does not run (its rules off) ends the worker handed over to it', async () => {
    const { handed } = await replayHandingOver(FILES);
    const worker = handed[0]!;
    const exit = exited(worker);
    const project = {
      rules: { 'destructive-change': 'off', 'down-mismatch': 'off' },
      functions: [],
    } as unknown as Parameters<typeof startHistoryAnalysis>[0];
    const history = startHistoryAnalysis(project, migrationSet(FILES), {
      budgetMs: 10_000,
      worker: Promise.resolve(worker),
    });
    expect(await history.findings()).toEqual([]);
    await exit;
  });
});
