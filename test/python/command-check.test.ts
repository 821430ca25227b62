import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { run } from '../../src/cli/run.js';
import { nodeProcessRunner } from '../../src/node/process.js';
import { nodeTempFiles } from '../../src/node/temp.js';
import type { FileSystem } from '../../src/ports.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { directoryFs, memoryFs, overlayFs } from '../support/fs.js';
import { findPython } from './helpers.js';

/**
 * Command mode end to end: examples/python-command's own runner builds the migrated database and
 * its documented SQLAlchemy create_all one-liner builds the expected one, through runCheck and the
 * CLI, with the real Debian python3. The models declare books.added_at, which no migration adds.
 */

const EXAMPLE = join(import.meta.dirname, '../../examples/python-command');
const python = findPython(['sqlalchemy']);
const temp = nodeTempFiles();
afterAll(() => temp.cleanup());
// Keep the example free of __pycache__ when its code runs.
process.env.PYTHONDONTWRITEBYTECODE = '1';

interface ExampleConfig {
  readonly migrations: { readonly command: string };
  readonly models: { readonly command: string };
}
const shipped = JSON.parse(readFileSync(join(EXAMPLE, 'driftcheck.json'), 'utf8')) as ExampleConfig;

/** The shipped commands with the interpreter that has SQLAlchemy (python3 on PATH may not). */
const withPython = (command: string) => command.replace(/^python3 /, `${python} `);

async function check(config: object): Promise<Report> {
  const fs: FileSystem = overlayFs(
    directoryFs(EXAMPLE),
    memoryFs({ 'driftcheck.json': JSON.stringify(config) }),
  );
  const ports = { fs, rootDir: EXAMPLE, clock: { now: () => 0 }, process: nodeProcessRunner, temp };
  return (await runCheck({}, ports)).report;
}

const brief = (report: Report) =>
  report.findings.map((f) => [f.rule, `${f.table}.${f.column}`, f.locations[0]?.path ?? null]);

describe.skipIf(!python)('command mode through runCheck (examples/python-command)', () => {
  it('migrations and models both from commands: the unmigrated column, nothing else', async () => {
    const report = await check({
      migrations: { command: withPython(shipped.migrations.command) },
      models: { command: withPython(shipped.models.command) },
    });
    expect(report.projects[0]).toMatchObject({
      migrations: { format: 'command' },
      models: { format: 'command', tables: 2 },
    });
    expect(brief(report)).toEqual([['column-missing', 'books.added_at', null]]);
    // No "0 migrations replayed": the runner's migrations are not counted.
    expect(formatText(report, { color: false })).toContain(
      'python-command  migrations built by their command (migrations.command) · models: 2 tables (command, models.command)',
    );
    expect(formatMarkdown(report, { marker: 'x' })).toContain(
      'Built the migrations with their **command** (`migrations.command`)',
    );
  });

  it('migrations from the project’s runner, models read statically: located at the model line', async () => {
    const report = await check({
      migrations: { command: withPython(shipped.migrations.command) },
      models: 'app/models.py',
    });
    expect(report.projects[0]?.models).toMatchObject({ format: 'sqlalchemy' });
    expect(report.findings.map((f) => [f.rule, f.column, f.locations[0]])).toEqual([
      ['column-missing', 'added_at', { path: 'app/models.py', line: 21 }],
    ]);
  });

  it('models from create_all, migrations replayed statically: the same drift', async () => {
    const report = await check({
      migrations: 'migrations',
      models: { command: withPython(shipped.models.command) },
    });
    expect(report.projects[0]?.migrations).toMatchObject({ format: 'plain', replayed: 2 });
    expect(brief(report)).toEqual([['column-missing', 'books.added_at', null]]);
  });

  it('a runner that fails is a replay-error with its stderr, and the models are not compared', async () => {
    const report = await check({
      migrations: {
        command: `${python} -c "import sys; sys.exit('migration 002 failed: no such table: authorz')"`,
      },
      models: 'app/models.py',
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'replay-error',
        message: expect.stringContaining('no such table: authorz'),
      }),
    ]);
  });

  it('the CLI runs the shipped driftcheck.json (exit 1 for the drift)', async () => {
    const out: string[] = [];
    const path = process.env.PATH;
    process.env.PATH = `${dirname(python!)}:${path}`;
    try {
      const code = await run(['check', EXAMPLE, '--format', 'json'], {
        cwd: process.cwd(),
        env: process.env,
        stdout: (text) => out.push(text),
        stderr: (text) => out.push(text),
        isTTY: false,
      });
      expect(code).toBe(1);
    } finally {
      process.env.PATH = path;
    }
    const report = JSON.parse(out.join('')) as Report;
    expect(brief(report)).toEqual([['column-missing', 'books.added_at', null]]);
  });
});

describe('command mode is never the default', () => {
  it('without a command in the configuration, the example is read statically', async () => {
    const report = await check({});
    expect(report.projects[0]).toMatchObject({
      migrations: { format: 'plain' },
      models: { format: 'sqlalchemy', path: 'app/models.py' },
    });
    expect(report.findings.map((f) => [f.rule, f.column])).toEqual([['column-missing', 'added_at']]);
  });
});
