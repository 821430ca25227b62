import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandCommand, shellQuote, tail } from '../../src/command/scratch-db.js';
import { runMigrationsCommand } from '../../src/migrations/command.js';
import { runModelsCommand } from '../../src/models/command.js';
import { nodeProcessRunner } from '../../src/node/process.js';
import { nodeTempFiles } from '../../src/node/temp.js';
import type { ProcessRunner } from '../../src/ports.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { findPython } from './helpers.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/python-command');
const python = findPython(['sqlalchemy']);
// Keep the example free of __pycache__ when its code runs.
process.env.PYTHONDONTWRITEBYTECODE = '1';
const temp = nodeTempFiles();
afterEach(() => temp.cleanup());

/** The example's documented one-liner, with the interpreter that has SQLAlchemy. */
function exampleModelsCommand(): string {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8');
  const json = /"models": \{\s*"command": "((?:[^"\\]|\\.)*)"/.exec(readme)![1]!;
  return (JSON.parse(`"${json}"`) as string).replace(/^python3 /, `${python} `);
}

async function tablesOf(bytes: Uint8Array): Promise<string[]> {
  const db = await openDatabase(bytes);
  try {
    const rows =
      db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? [];
    return rows.map((r) => String(r[0]));
  } finally {
    db.close();
  }
}

describe('command mode', () => {
  const deps = { process: nodeProcessRunner, temp, rootDir: EXAMPLE, timeoutMs: 30_000 };

  it.skipIf(!python)('runs the documented SQLAlchemy create_all one-liner into {db}', async () => {
    const outcome = await runModelsCommand(exampleModelsCommand(), deps);
    expect(outcome.findings).toEqual([]);
    expect(await tablesOf(outcome.bytes!)).toEqual(['authors', 'books']);
  });

  it.skipIf(!python)('runs the project’s own migration runner against a fresh scratch file', async () => {
    const outcome = await runMigrationsCommand(`${python} migrations/manager.py migrate --db {db}`, deps);
    expect(outcome.findings).toEqual([]);
    expect(await tablesOf(outcome.bytes!)).toEqual(['authors', 'books']);
  });

  it('gives the command DRIFTCHECK_DB and DATABASE_URL', async () => {
    const outcome = await runMigrationsCommand(
      `node -e "require('fs').writeFileSync(process.env.DRIFTCHECK_DB, 'SQLite format 3\\0'); console.log(process.env.DATABASE_URL)"`,
      deps,
    );
    expect(outcome.findings).toEqual([]);
    expect(outcome.stdout.trim()).toMatch(/^sqlite:\/\/\/.+scratch\.db$/);
  });

  it('reports a non-zero exit as replay-error with the tail of stderr', async () => {
    const outcome = await runMigrationsCommand(
      `node -e "console.error('line 1\\nAttributeError: module has no attribute upgrade'); process.exit(3)"`,
      { ...deps, configLocation: { path: '.driftcheck.json', line: 4 } },
    );
    expect(outcome.bytes).toBeUndefined();
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'replay-error',
        severity: 'error',
        locations: [{ path: '.driftcheck.json', line: 4 }],
        message: expect.stringMatching(
          /failed \(exit 3\)[\s\S]*AttributeError: module has no attribute upgrade$/,
        ),
      }),
    ]);
  });

  it('stops a command that runs past the time limit (model-error)', async () => {
    const started = Date.now();
    const outcome = await runModelsCommand(`node -e "setTimeout(() => {}, 60000)"`, {
      ...deps,
      timeoutMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome.findings[0]).toMatchObject({ rule: 'model-error' });
    expect(outcome.findings[0]!.message).toContain('did not finish within 0 s');
  });

  it('reports a command that succeeds without writing the database', async () => {
    const outcome = await runModelsCommand('node -e "0"', deps);
    expect(outcome.findings[0]!.message).toContain('wrote no database');
  });

  it('reports that command mode is unavailable without a process runner', async () => {
    const outcome = await runModelsCommand('anything {db}', { rootDir: EXAMPLE, timeoutMs: 1000 });
    expect(outcome.findings[0]!.message).toContain('not available');
  });

  it('quotes {db} for the shell and passes the environment through the ProcessRunner port', async () => {
    expect(shellQuote("/tmp/a b/it's.db", 'linux')).toBe(`'/tmp/a b/it'\\''s.db'`);
    expect(shellQuote('/tmp/x/scratch.db', 'linux')).toBe('/tmp/x/scratch.db');
    expect(expandCommand('run --db {db} --again {db}', 'C:\\t\\s.db', 'win32')).toBe(
      'run --db "C:\\t\\s.db" --again "C:\\t\\s.db"',
    );
    const calls: { command: string; env?: Readonly<Record<string, string>> }[] = [];
    const fake: ProcessRunner = {
      run: async (command, options) => {
        calls.push({ command, ...(options.env ? { env: options.env } : {}) });
        return { code: 1, stdout: '', stderr: 'x\n'.repeat(50), timedOut: false };
      },
    };
    const outcome = await runMigrationsCommand('migrate --db {db}', { ...deps, process: fake });
    expect(calls[0]!.command).toMatch(/^migrate --db \S+scratch\.db$/);
    expect(calls[0]!.env?.DATABASE_URL).toBe(`sqlite:///${calls[0]!.env?.DRIFTCHECK_DB}`);
    expect(outcome.findings[0]!.message.split('\n')).toHaveLength(21);
    expect(tail('a\nb\nc', 2)).toBe('b\nc');
  });
});
