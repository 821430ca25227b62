import { describe, expect, it } from 'vitest';
import type { CommentsApi, IssueComment } from '../../src/action/comment.js';
import { type ActionPorts, run } from '../../src/action/run.js';
import type { CheckOverrides } from '../../src/check.js';
import { UsageError } from '../../src/errors.js';
import type { Report } from '../../src/report/types.js';
import { loadReport } from '../report/fixtures.js';
import { memoryFs } from '../support/fs.js';

const WORKSPACE = '/home/runner/work/goals/goals';
const EVENT = '/home/runner/work/_temp/_github_workflow/event.json';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';

interface World {
  files: Map<string, string>;
  comments: IssueComment[];
  apiCalls: string[];
  checks: { overrides: CheckOverrides; rootDir: string }[];
  log: string[];
  /** Makes the next API calls fail with this HTTP status. */
  failWith?: number;
}

function ports(world: World, env: Record<string, string>, result: Report | Error): ActionPorts {
  const api: CommentsApi = {
    async list() {
      world.apiCalls.push('list');
      return world.comments;
    },
    async create(_issue, body) {
      world.apiCalls.push('create');
      if (world.failWith)
        throw Object.assign(new Error('Resource not accessible by integration'), { status: world.failWith });
      const comment = { id: 100 + world.comments.length, body };
      world.comments.push(comment);
      return comment;
    },
    async update(id, body) {
      world.apiCalls.push(`update ${id}`);
      world.comments = world.comments.map((c) => (c.id === id ? { id, body } : c));
    },
  };
  return {
    env: {
      GITHUB_REPOSITORY: 'acme/goals',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: EVENT,
      GITHUB_SHA: 'merge000merge000merge000merge000merge000',
      GITHUB_WORKSPACE: WORKSPACE,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_STEP_SUMMARY: '/runner/summary.md',
      GITHUB_OUTPUT: '/runner/output.txt',
      RUNNER_TEMP: '/runner/temp',
      'INPUT_GITHUB-TOKEN': 'ghs_token',
      ...env,
    },
    cwd: WORKSPACE,
    write: (text) => world.log.push(text),
    files: {
      async readText(path) {
        const text = world.files.get(path);
        if (text === undefined) throw new Error(`ENOENT: ${path}`);
        return text;
      },
      async writeText(path, text) {
        world.files.set(path, text);
      },
      async appendText(path, text) {
        world.files.set(path, (world.files.get(path) ?? '') + text);
      },
    },
    github: () => api,
    repository(rootDir) {
      const prefix = `${rootDir}/`;
      const under = [...world.files].filter(([path]) => path.startsWith(prefix));
      return memoryFs(Object.fromEntries(under.map(([path, text]) => [path.slice(prefix.length), text])));
    },
    async check(overrides, rootDir) {
      world.checks.push({ overrides, rootDir });
      if (result instanceof Error) throw result;
      return result;
    },
    clock: { now: () => Date.parse('2026-01-02T03:04:05Z') },
    tempDir: '/tmp',
  };
}

function newWorld(): World {
  const payload = { pull_request: { number: 7, head: { sha: HEAD }, base: { sha: 'base0000' } } };
  return {
    files: new Map([[EVENT, JSON.stringify(payload)]]),
    comments: [],
    apiCalls: [],
    checks: [],
    log: [],
  };
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIM\nvalue\nDELIM`). */
function outputs(world: World): Record<string, string> {
  const text = world.files.get('/runner/output.txt') ?? '';
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

describe('run', () => {
  it('reports drift everywhere and fails at fail-on', async () => {
    const world = newWorld();
    const code = await run(ports(world, { INPUT_SARIF: 'out/driftcheck.sarif' }, loadReport('incident')));
    expect(code).toBe(1);
    const log = world.log.join('');
    expect(log).toContain(
      '::error file=models.py,line=142,title=driftcheck column-missing::`activity_instances.notes` is in the model',
    );
    expect(world.files.get('/runner/summary.md')).toContain('### ❌ driftcheck found 5 errors, 2 warnings');
    expect(outputs(world)).toEqual({
      errors: '5',
      warnings: '2',
      notices: '0',
      report: '/runner/temp/driftcheck-report.json',
      sarif: `${WORKSPACE}/out/driftcheck.sarif`,
    });
    expect(JSON.parse(world.files.get('/runner/temp/driftcheck-report.json')!).summary).toEqual({
      error: 5,
      warning: 2,
      notice: 0,
    });
    expect(JSON.parse(world.files.get(`${WORKSPACE}/out/driftcheck.sarif`)!).version).toBe('2.1.0');
    expect(world.comments).toHaveLength(1);
    expect(world.comments[0]!.body.split('\n')[0]).toBe('<!-- driftcheck:. -->');
    // Permalinks point at the PR head, not the merge commit.
    expect(world.comments[0]!.body).toContain(`https://github.com/acme/goals/blob/${HEAD}/models.py#L142`);
    expect(world.checks).toEqual([
      {
        overrides: {
          config: undefined,
          migrations: undefined,
          models: undefined,
          database: undefined,
          base: 'base0000',
          baseIfAvailable: true,
        },
        rootDir: WORKSPACE,
      },
    ]);
  });

  it('updates the same comment, then turns it into the resolved line', async () => {
    const world = newWorld();
    await run(ports(world, {}, loadReport('incident')));
    await run(ports(world, {}, { ...loadReport('incident'), timing: { totalMs: 77 } }));
    expect(world.comments).toHaveLength(1);
    expect(world.comments[0]!.body).toContain('77 ms');
    const code = await run(ports(world, {}, loadReport('clean')));
    expect(code).toBe(0);
    expect(world.comments).toHaveLength(1);
    expect(world.comments[0]!.body).toContain('was resolved in [abcdef0]');
    expect(world.comments[0]!.body).toContain('2026-01-02 03\\:04\\:05 UTC');
    expect(world.apiCalls).toEqual(['list', 'create', 'list', 'update 100', 'list', 'update 100']);
  });

  it('posts nothing on a clean pull request that has no comment', async () => {
    const world = newWorld();
    expect(await run(ports(world, {}, loadReport('clean')))).toBe(0);
    expect(world.comments).toEqual([]);
    expect(world.files.get('/runner/summary.md')).toContain('### ✅ No drift');
  });

  it('keeps the result and explains the workflow_run pattern when the token cannot comment', async () => {
    const world = { ...newWorld(), failWith: 403 };
    const code = await run(ports(world, {}, loadReport('incident')));
    expect(code).toBe(1);
    const log = world.log.join('');
    expect(log).toMatch(/^::warning title=driftcheck could not comment::.*HTTP 403.*workflow_run/m);
    expect(log).toContain('::error file=models.py,line=141');
    expect(log).not.toMatch(/\n\s+at /);
    expect(world.files.get('/runner/summary.md')).toContain('column-missing');
  });

  it('reports through summary and annotations only on push', async () => {
    const world = newWorld();
    const code = await run(ports(world, { GITHUB_EVENT_NAME: 'push' }, loadReport('incident')));
    expect(code).toBe(1);
    expect(world.apiCalls).toEqual([]);
    expect(world.files.get('/runner/summary.md')).toContain(
      'https://github.com/acme/goals/blob/merge000merge000merge000merge000merge000/models.py#L141',
    );
  });

  it('checks the working directory, links repository paths, and keys the comment by it', async () => {
    const world = newWorld();
    world.comments.push({ id: 1, body: '<!-- driftcheck:services/web -->\n### ❌ other job' });
    await run(ports(world, { 'INPUT_WORKING-DIRECTORY': 'services/api' }, loadReport('incident')));
    expect(world.checks[0]!.rootDir).toBe(`${WORKSPACE}/services/api`);
    expect(outputs(world).report).toBe('/runner/temp/driftcheck-report-services_api.json');
    expect(world.comments).toHaveLength(2);
    expect(world.comments[0]!.body).toBe('<!-- driftcheck:services/web -->\n### ❌ other job');
    expect(world.comments[1]!.body.split('\n')[0]).toBe('<!-- driftcheck:services/api -->');
    expect(world.log.join('')).toContain('::error file=services/api/models.py,line=141');
    expect(world.comments[1]!.body).toContain(`/blob/${HEAD}/services/api/models.py#L141`);
  });

  it('honours fail-on', async () => {
    const warningsOnly: Report = {
      ...loadReport('incident'),
      findings: loadReport('incident').findings.filter((f) => f.severity === 'warning'),
      summary: { error: 0, warning: 2, notice: 0 },
    };
    expect(await run(ports(newWorld(), {}, warningsOnly))).toBe(0);
    expect(await run(ports(newWorld(), { 'INPUT_FAIL-ON': 'warning' }, warningsOnly))).toBe(1);
    expect(await run(ports(newWorld(), { 'INPUT_FAIL-ON': 'never' }, loadReport('incident')))).toBe(0);
  });

  it('fails with one line and no stack trace on a usage error', async () => {
    const world = newWorld();
    const code = await run(
      ports(world, {}, new UsageError('No driftcheck.json in services/api: run `driftcheck init`.')),
    );
    expect(code).toBe(2);
    expect(world.log).toEqual([
      '::error title=driftcheck::No driftcheck.json in services/api: run `driftcheck init`.\n',
    ]);
    expect(world.files.has('/runner/summary.md')).toBe(false);
  });

  it('refuses command sources unless allow-commands is true, running nothing', async () => {
    const world = newWorld();
    const config = { migrations: 'migrations', models: { command: 'python make_schema.py {db}' } };
    world.files.set(`${WORKSPACE}/driftcheck.json`, JSON.stringify(config));
    expect(await run(ports(world, {}, loadReport('clean')))).toBe(2);
    expect(world.checks).toEqual([]);
    expect(world.log).toHaveLength(1);
    expect(world.log[0]).toMatch(
      /^::error title=driftcheck::The configuration sets models\.command, which runs code from the repository; nothing was run\. To run it, set the input 'allow-commands: true' — but not in a pull_request_target workflow .*\n$/,
    );
    expect(world.files.has('/runner/summary.md')).toBe(false);

    expect(await run(ports(world, { 'INPUT_ALLOW-COMMANDS': 'true' }, loadReport('clean')))).toBe(0);
    expect(world.checks).toHaveLength(1);
  });

  it('names every command of every project, and lets an input path replace a command', async () => {
    const world = newWorld();
    const config = {
      projects: [
        { name: 'api', root: 'api', migrations: { command: 'make migrate DB={db}' } },
        { name: 'web', root: 'web', models: { command: 'node schema.js {db}' } },
      ],
    };
    world.files.set(`${WORKSPACE}/driftcheck.json`, JSON.stringify(config));
    expect(await run(ports(world, {}, loadReport('clean')))).toBe(2);
    expect(world.log[0]).toContain(
      'The configuration sets migrations.command (api), models.command (web), which runs code',
    );

    const single = newWorld();
    single.files.set(
      `${WORKSPACE}/driftcheck.json`,
      JSON.stringify({ migrations: { command: 'make migrate DB={db}' }, models: 'models.sql' }),
    );
    expect(await run(ports(single, { INPUT_MIGRATIONS: 'db/migrations' }, loadReport('clean')))).toBe(0);
    expect(single.checks).toHaveLength(1);
  });

  it('rejects an invalid input before running the check', async () => {
    const world = newWorld();
    expect(await run(ports(world, { INPUT_COMMENT: 'sometimes' }, loadReport('clean')))).toBe(2);
    expect(world.checks).toEqual([]);
    expect(world.log.join('')).toBe(
      "::error title=driftcheck::Input 'comment' must be one of auto, always, never; got 'sometimes'.\n",
    );
  });

  it('fences the readable log so repository text cannot issue workflow commands', async () => {
    const world = newWorld();
    const report = loadReport('incident');
    const name = '::error::injected';
    const hostile: Report = {
      ...report,
      projects: [{ ...report.projects[0]!, name }],
      findings: report.findings.map((f) => ({ ...f, project: name })),
    };
    await run(ports(world, {}, hostile));
    const log = world.log.join('');
    const stop = log.match(/^::stop-commands::(\S+)$/m)?.[1];
    expect(stop).toBeTruthy();
    const fenced = log.slice(log.indexOf(`::stop-commands::${stop}`), log.indexOf(`::${stop}::`));
    expect(fenced).toContain('::error::injected');
  });
});
