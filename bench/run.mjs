// Benchmarks (not tests): driftcheck against native SQLite on synthetic histories, the CLI's
// start-up, the pre-commit path, peak memory. Uses the built bundle (dist/cli.js: `npm run build`).
//
//   npm run bench                         sizes 100, 1000, 5000
//   npm run bench -- --sizes 100,1000     chosen sizes
//   npm run bench -- --runs 5             repetitions per measurement (median; default 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendMigration, generateHistory } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
if (spawnSync('sqlite3', ['-version']).status !== 0)
  throw new Error('the sqlite3 CLI is missing (apt-get install sqlite3)');

/**
 * Runs a command; returns wall milliseconds, CPU milliseconds (user + system) and peak RSS (KB) of
 * the process (via /usr/bin/time when present), and its status.
 */
function measure(command, args, options = {}) {
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const result = spawnSync(timed ? TIME : command, timed ? ['-f', '%M %U %S', command, ...args] : args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [rss, user, system] = timed ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [];
  const cpuMs = timed ? (user + system) * 1000 : Number.NaN;
  return {
    ms,
    cpuMs,
    rssKb: timed ? rss : Number.NaN,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function repeat(n, fn) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(fn(i));
  return {
    ms: median(results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    rssKb: Math.max(...results.map((r) => r.rssKb)),
    last: results.at(-1),
  };
}

/** A sqlite3 script replaying every migration in its own transaction, as runners do. */
function nativeScript(dir, files) {
  const lines = ['.bail on'];
  for (const file of files) lines.push('BEGIN;', `.read '${join(dir, 'migrations', file)}'`, 'COMMIT;');
  const path = join(dir, 'native.sqlite3-script');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function nativeReplay(dir, files) {
  const script = nativeScript(dir, files);
  return measure('sqlite3', [':memory:', `.read '${script}'`]);
}

/** sql.js running the same files with plain `exec`, whole process: the floor the engine sets. */
function sqljsReplay(dir, files) {
  return measure(process.execPath, [join(ROOT, 'bench/sqljs-replay.mjs'), dir, ...files]);
}

/** The models: the schema SQLite itself ends with (`.schema` of a native replay), as a .sql snapshot. */
function writeModels(dir, files) {
  const script = nativeScript(dir, files);
  const schema = execFileSync('sqlite3', [':memory:', `.read '${script}'`, '.schema'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  writeFileSync(join(dir, 'schema.sql'), schema.replace(/^CREATE TABLE sqlite_sequence\(name,seq\);\n/m, ''));
}

function driftcheck(dir, cacheDir, extra = []) {
  return measure(process.execPath, [CLI, 'check', dir, '--format', 'json', ...extra], {
    env: { ...process.env, DRIFTCHECK_CACHE_DIR: cacheDir },
  });
}

function checkRun(r, what) {
  if (r.status !== 0 && r.status !== 1) throw new Error(`${what} failed (${r.status}): ${r.stderr}`);
  return r;
}

const cpu = (r) => (Number.isNaN(r.cpuMs) ? '' : ` (CPU ${fmt(r.cpuMs)})`);
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mb = (kb) => (Number.isNaN(kb) ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const rows = [];
const work = mkdtempSync(join(tmpdir(), 'driftcheck-bench-'));
try {
  console.log(
    `driftcheck benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, load ${(
      await import('node:os')
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `sqlite3 CLI ${execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).split(' ')[0]}; median of ${runs} run(s)\n`,
  );

  const startup = repeat(runs + 2, () => measure(process.execPath, [CLI, '--version']));
  const nodeBare = repeat(runs + 2, () => measure(process.execPath, ['-e', '0']));

  for (const size of sizes) {
    const dir = join(work, `h${size}`);
    const history = generateHistory(dir, size);
    writeModels(dir, history.files);
    writeFileSync(
      join(dir, 'driftcheck.json'),
      JSON.stringify({ migrations: 'migrations', models: 'schema.sql' }),
    );
    const native = repeat(runs, () => checkRun(nativeReplay(dir, history.files), 'sqlite3'));
    const engine = repeat(runs, () => checkRun(sqljsReplay(dir, history.files), 'sql.js'));
    const cacheDir = join(work, `cache-${size}`);
    const cold = repeat(runs, () => {
      rmSync(cacheDir, { recursive: true, force: true });
      return checkRun(driftcheck(dir, cacheDir), 'driftcheck cold');
    });
    const report = JSON.parse(cold.last.stdout);
    const warm = repeat(runs, () => checkRun(driftcheck(dir, cacheDir), 'driftcheck warm'));
    // One migration appended (and the models updated to match): only it is replayed.
    const appended = repeat(runs, () => {
      // Cache of the history as it is, then one migration more (models updated to match).
      rmSync(cacheDir, { recursive: true, force: true });
      checkRun(driftcheck(dir, cacheDir), 'prime');
      const file = appendMigration(dir, history);
      writeModels(dir, history.files);
      const r = checkRun(driftcheck(dir, cacheDir), 'driftcheck appended');
      rmSync(join(dir, 'migrations', file));
      history.files.pop();
      writeModels(dir, history.files);
      return r;
    });
    rows.push({
      size,
      native,
      engine,
      cold,
      warm,
      appended,
      findings: report.findings.length,
      replayed: report.projects[0]?.migrations?.replayed,
    });
    console.log(
      `${String(size).padStart(5)} migrations: native ${fmt(native.ms)}${cpu(native)} · sql.js exec ${fmt(engine.ms)}${cpu(engine)} · cold ${fmt(cold.ms)}${cpu(cold)} · warm ${fmt(warm.ms)}${cpu(warm)} · +1 appended ${fmt(appended.ms)}${cpu(appended)} · peak RSS cold ${mb(cold.rssKb)} · ${report.findings.length} findings`,
    );
  }

  const hook = hookBench(work);

  console.log(
    '\n| migrations | native sqlite3 | sql.js exec (engine floor) | driftcheck cold | ratio (target ≤ 1.5×) | warm | ratio (target ≤ 0.15×) | +1 appended | ratio | peak RSS cold (target ≤ 200 MB at 1,000) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.size} | ${fmt(r.native.ms)} | ${fmt(r.engine.ms)} (${ratio(r.engine.ms, r.native.ms)}) | ${fmt(r.cold.ms)} | ${ratio(r.cold.ms, r.native.ms)} | ${fmt(r.warm.ms)} | ${ratio(r.warm.ms, r.native.ms)} | ${fmt(r.appended.ms)} | ${ratio(r.appended.ms, r.native.ms)} | ${mb(r.cold.rssKb)} |`,
    );
  // CPU time (user + system) is what the wall clock shows on an idle machine; it stays meaningful
  // when other work competes for the cores.
  console.log('\nCPU time, user + system:\n');
  console.log(
    '| migrations | native sqlite3 | sql.js exec | driftcheck cold | ratio | warm | ratio | +1 appended | ratio |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.size} | ${fmt(r.native.cpuMs)} | ${fmt(r.engine.cpuMs)} (${ratio(r.engine.cpuMs, r.native.cpuMs)}) | ${fmt(r.cold.cpuMs)} | ${ratio(r.cold.cpuMs, r.native.cpuMs)} | ${fmt(r.warm.cpuMs)} | ${ratio(r.warm.cpuMs, r.native.cpuMs)} | ${fmt(r.appended.cpuMs)} | ${ratio(r.appended.cpuMs, r.native.cpuMs)} |`,
    );
  console.log(
    `\nCLI start-up (--version): ${fmt(startup.ms)}${cpu(startup)} (bare node -e 0: ${fmt(nodeBare.ms)}${cpu(nodeBare)})`,
  );
  console.log(
    `pre-commit hook, 100 migrations, a migration staged (target ≤ 150 ms): ${fmt(hook.staged.ms)}${cpu(hook.staged)} for the whole git commit`,
  );
  console.log(
    `  the hook alone (sh + git diff + driftcheck check --staged), a new migration staged: ${fmt(hook.hookNew.ms)}${cpu(hook.hookNew)}`,
  );
  console.log(
    `  its engine floor (bare sql.js: the new migration on a snapshot, schema.sql, both read; one thread): ${fmt(hook.hookFloor.ms)}${cpu(hook.hookFloor)} (the hook alone is ${ratio(hook.hookNew.ms, hook.hookFloor.ms)} of it)`,
  );
  console.log(
    `  the hook alone, a staged state it already checked: ${fmt(hook.hookSame.ms)}${cpu(hook.hookSame)}`,
  );
  console.log(`pre-commit hook, nothing relevant staged (target ≤ 50 ms): hook ${fmt(hook.skipped.ms)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The pre-commit path end to end on a 100-migration project: install-hook, then real commits. */
function hookBench(work) {
  const dir = join(work, 'hook');
  const history = generateHistory(dir, 100);
  writeModels(dir, history.files);
  writeFileSync(
    join(dir, 'driftcheck.json'),
    JSON.stringify({ migrations: 'migrations', models: 'schema.sql' }),
  );
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'b',
    GIT_AUTHOR_EMAIL: 'b@example.com',
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@example.com',
    DRIFTCHECK_CACHE_DIR: join(work, 'cache-hook'),
    NO_COLOR: '1',
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'history');
  execFileSync(process.execPath, [CLI, 'install-hook'], { cwd: dir, env });
  // Warm the cache with the committed state, as the previous commit's hook run would have.
  execFileSync(process.execPath, [CLI, 'check', '--staged'], { cwd: dir, env });
  const hookPath = join(dir, '.git/hooks/pre-commit');
  const staged = repeat(runs, () => {
    appendMigration(dir, history);
    writeModels(dir, history.files);
    git('add', '-A');
    const r = measure('git', ['commit', '-q', '-m', 'next'], { cwd: dir, env });
    if (r.status !== 0) throw new Error(`hook commit failed: ${r.stdout}${r.stderr}`);
    return r;
  });
  // The hook alone on a newly staged migration (the caches hold the committed state, as after the
  // previous commit): what a commit that touches the migrations costs.
  const hookNew = repeat(runs, () => {
    appendMigration(dir, history);
    writeModels(dir, history.files);
    git('add', '-A');
    const r = measure(hookPath, [], { cwd: dir, env });
    if (r.status !== 0) throw new Error(`hook failed: ${r.stdout}${r.stderr}`);
    git('commit', '-q', '--no-verify', '-m', 'next');
    return r;
  });
  // The engine floor of that case (sqljs-hook.mjs): bare sql.js doing the least SQLite work the
  // check of a newly staged migration needs, starting from a snapshot of the committed history.
  const snapshot = join(work, 'hook-prefix.db');
  execFileSync(process.execPath, [
    join(ROOT, 'bench/sqljs-replay.mjs'),
    '--export',
    snapshot,
    dir,
    ...history.files,
  ]);
  const newest = appendMigration(dir, history);
  writeModels(dir, history.files);
  const hookFloor = repeat(runs, () => {
    const r = measure(process.execPath, [join(ROOT, 'bench/sqljs-hook.mjs'), dir, snapshot, newest]);
    if (r.status !== 0) throw new Error(`sqljs-hook failed: ${r.stderr}`);
    return r;
  });
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'next');
  // The hook again on a staged state it already checked (a commit retried, or amended without changes).
  appendMigration(dir, history);
  writeModels(dir, history.files);
  git('add', '-A');
  measure(hookPath, [], { cwd: dir, env });
  const hookSame = repeat(runs, () => {
    const r = measure(hookPath, [], { cwd: dir, env });
    if (r.status !== 0) throw new Error(`hook failed: ${r.stdout}${r.stderr}`);
    return r;
  });
  git('commit', '-q', '--no-verify', '-m', 'next');
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs/readme.md'), 'x\n');
  git('add', '-A');
  const skipped = repeat(runs + 2, () => measure(hookPath, [], { cwd: dir, env }));
  return { staged, hookNew, hookFloor, hookSame, skipped };
}
