/**
 * Runs the bundled action exactly as a GitHub runner does: `node action.js` with INPUT_* variables,
 * a pull_request event payload, GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files, and GITHUB_API_URL
 * pointing at a stand-in for the REST API on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { node24 } from '../support/node-binaries.js';

/** GitHub runs the action on node24 (action.yml): test it there when the binary is available. */
const ACTION_NODE = node24() ?? process.execPath;

const ROOT = join(import.meta.dirname, '../..');
const HEAD = '0123456789abcdef0123456789abcdef01234567';

let work: string;
let bundle: string;
let github: FakeGitHub;

const MIGRATIONS = {
  '001_init.sql': 'CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT NOT NULL\n);\n',
  '002_posts.sql':
    'CREATE TABLE posts (\n  id INTEGER PRIMARY KEY,\n  user_id INTEGER NOT NULL REFERENCES users(id),\n  title TEXT NOT NULL\n);\n',
};

/** The model snapshot; `display_name` (line 4) is what no migration creates. */
const SCHEMA_WITH_DRIFT =
  'CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT NOT NULL,\n  display_name TEXT\n);\n\n' +
  'CREATE TABLE posts (\n  id INTEGER PRIMARY KEY,\n  user_id INTEGER NOT NULL REFERENCES users(id),\n  title TEXT NOT NULL\n);\n';

const FIX_MIGRATION = { '003_display_name.sql': 'ALTER TABLE users ADD COLUMN display_name TEXT;\n' };

function writeProject(name: string, migrations: Record<string, string>, schema: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'migrations'), { recursive: true });
  for (const [file, sql] of Object.entries(migrations)) writeFileSync(join(dir, 'migrations', file), sql);
  writeFileSync(join(dir, 'schema.sql'), schema);
  writeFileSync(
    join(dir, 'driftcheck.json'),
    JSON.stringify({ migrations: 'migrations', models: 'schema.sql' }),
  );
  return dir;
}

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

/** `node action.js` in a workspace, with only what a runner sets (no inherited GITHUB_* variables). */
async function runAction(
  workspace: string,
  pr: number,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  const temp = mkdtempSync(join(work, 'runner-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: pr,
      pull_request: { number: pr, head: { sha: HEAD }, base: { sha: HEAD } },
    }),
  );
  const summaryPath = join(temp, 'step_summary.md');
  const outputPath = join(temp, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '99',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'ghs_e2e',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'auto',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  // Asynchronous on purpose: the fake API answers from this same process.
  const child = spawn(ACTION_NODE, [join(bundle, 'action.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[m[1]!] = m[3]!;
  }
  return { code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputs };
}

const commentsOn = (pr: number) => github.comments.get(pr) ?? [];
const requests = (method: string, pr?: number) =>
  github.requests.filter(
    (r) => r.method === method && (pr === undefined || r.path.includes(`/issues/${pr}/`)),
  );

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'driftcheck-e2e-'));
  // The committed bundle (npm test checks it is fresh first), copied away from node_modules as a
  // runner has it: the action must be self-contained.
  bundle = join(work, 'dist');
  cpSync(process.env.DRIFTCHECK_E2E_DIST ?? join(ROOT, 'dist'), bundle, { recursive: true });
  github = await startFakeGitHub();
}, 120_000);

afterAll(async () => {
  await github?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the bundled action on a pull request', () => {
  it('1. drift: exits 1, creates one comment naming the column, annotates the model line, writes summary and outputs', async () => {
    const project = writeProject('shop', MIGRATIONS, SCHEMA_WITH_DRIFT);
    const result = await runAction(project, 1);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(commentsOn(1)).toHaveLength(1);
    const body = commentsOn(1)[0]!.body;
    expect(body.split('\n')[0]).toBe('<!-- driftcheck:. -->');
    expect(body).toContain('display_name');
    expect(body).toContain(`https://github.example/acme/shop/blob/${HEAD}/schema.sql#L4`);
    expect(result.stdout).toMatch(
      /^::error file=schema\.sql,line=4,title=driftcheck column-missing::.*display_name/m,
    );
    expect(result.summary).toContain('display_name');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.findings.some((f: { column?: string }) => f.column === 'display_name')).toBe(true);
    expect(requests('GET', 1)[0]!.authorization).toBe('token ghs_e2e');
  });

  it('2. same drift again: updates the same comment', async () => {
    const before = commentsOn(1)[0]!.id;
    const result = await runAction(join(work, 'shop'), 1);
    expect(result.code).toBe(1);
    expect(commentsOn(1)).toHaveLength(1);
    expect(commentsOn(1)[0]!.id).toBe(before);
    expect(requests('POST', 1)).toHaveLength(1);
  });

  it('3. drift fixed: exits 0 and turns the comment into the resolved state', async () => {
    const project = writeProject('shop', { ...MIGRATIONS, ...FIX_MIGRATION }, SCHEMA_WITH_DRIFT);
    const result = await runAction(project, 1);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(commentsOn(1)).toHaveLength(1);
    expect(commentsOn(1)[0]!.body).toMatch(/^<!-- driftcheck:\. -->\n<!-- driftcheck:resolved -->\n✅/);
    expect(requests('POST', 1)).toHaveLength(1);
    expect(result.outputs.errors).toBe('0');
  });

  it('4. read-only token (403 on create): warns, still exits 1 with summary and annotations, no stack trace', async () => {
    const project = writeProject('fork', MIGRATIONS, SCHEMA_WITH_DRIFT);
    github.failures.push({
      method: 'POST',
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    const result = await runAction(project, 2);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::warning title=driftcheck could not comment::.*403.*workflow_run/m);
    expect(result.stdout).toMatch(/^::error file=schema\.sql,line=4/m);
    expect(result.summary).toContain('display_name');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    expect(commentsOn(2)).toHaveLength(0);
  });

  it('5a. a 5xx from the API is retried, then the comment is created', async () => {
    const project = writeProject('flaky', MIGRATIONS, SCHEMA_WITH_DRIFT);
    github.failures.push({ method: 'POST', status: 502, times: 1 });
    const result = await runAction(project, 3);
    expect(result.code).toBe(1);
    expect(requests('POST', 3)).toHaveLength(2);
    expect(commentsOn(3)).toHaveLength(1);
  });

  it('5b. an oversized report is trimmed to fit a comment, the summary keeps it all', async () => {
    const columns = Array.from({ length: 1500 }, (_, i) => `  model_only_column_with_a_long_name_${i} TEXT`);
    const schema = `CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT NOT NULL,\n${columns.join(',\n')}\n);\n`;
    const project = writeProject('huge', { '001_init.sql': MIGRATIONS['001_init.sql'] }, schema);
    const result = await runAction(project, 4);
    expect(result.code).toBe(1);
    const body = commentsOn(4)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('trimmed');
    expect(body).toContain('https://github.example/acme/shop/actions/runs/99');
    expect(result.summary).toContain('model_only_column_with_a_long_name_1499');
    expect(result.outputs.errors).toBe('1500');
  });
});
