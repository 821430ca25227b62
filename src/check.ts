import type { Worker } from 'node:worker_threads';
import { cachedSqliteVersion, engineFingerprint } from './cache/engine-id.js';
import { loadModelsCached } from './cache/models-cache.js';
import { lookupReplay, replayWithCache } from './cache/replay-cache.js';
import type { CacheStore } from './cache/types.js';
import { loadConfig } from './config/load.js';
import { type ResolvedProject, repositoryName, resolveProjects } from './config/resolve.js';
import { UsageError } from './errors.js';
import { exitCodeFor, type FailOn } from './exit-code.js';
import type { Finding } from './findings.js';
import type { GitRunner } from './git/runner.js';
import { startHistoryAnalysis } from './integrity/history-run.js';
import { integrityFindings } from './integrity/index.js';
import type { MigrationSet } from './migrations/types.js';
import { favourMemoryOverSpeed } from './node/heap.js';
import type { Clock, FileSystem, ProcessRunner, TempFiles } from './ports.js';
import { sortFindings, summarize } from './report/json.js';
import type { ProjectReport, Report } from './report/types.js';
import { applyRuleSettings, ignoreMatcher } from './rules/apply.js';
import { compareSchemas } from './rules/compare.js';
import { replayErrorFindings } from './rules/replay-error.js';
import { withoutToolTables } from './schema/ignore.js';
import type { Schema } from './schema/types.js';
import { loadMigrationSet } from './sources/migrations.js';
import { type LoadedModels, loadModelSet } from './sources/models.js';
import { sqliteVersion } from './sqlite/engine.js';
import { coolDownReplayWorker, replayIsolated, warmUpReplayWorker } from './sqlite/replay-isolated.js';
import { VERSION } from './version.js';

export { exitCodeFor, type FailOn };

/** Command-line flags or action inputs; each overrides the config file. */
export interface CheckOverrides {
  readonly config?: string;
  /** Check only the project with this name (monorepo configurations). */
  readonly project?: string;
  readonly migrations?: string;
  readonly migrationsFormat?: string;
  readonly models?: string;
  readonly modelsFormat?: string;
  readonly database?: readonly string[];
  readonly keepGoing?: boolean;
  readonly failOn?: FailOn;
  /** Git ref for integrity checks (migration-edited / migration-order against the base branch). */
  readonly base?: string;
  /** When the base cannot be read (no git, not fetchable), report a notice instead of failing. */
  readonly baseIfAvailable?: boolean;
  /** `false` disables the replay cache (`--no-cache`); the config's `cache: false` does too. */
  readonly cache?: boolean;
}

export interface CheckPorts {
  /** The repository as it is to be checked (working tree, or the git index for `--staged`). */
  readonly fs: FileSystem;
  /** Absolute path of the repository root on disk. */
  readonly rootDir: string;
  readonly clock: Clock;
  readonly process?: ProcessRunner;
  readonly temp?: TempFiles;
  /** git in the repository, for `--base`. */
  readonly git?: GitRunner;
  /** Where replay snapshots are kept between runs; without it every run replays from zero. */
  readonly replayCache?: CacheStore;
}

export interface CheckResult {
  readonly report: Report;
  /** The lowest severity that fails the run (flag, then config, then `error`). */
  readonly failOn: FailOn;
  /**
   * Whether the same files always give this report: false when caching is off, or when a replay
   * ran out of its time budget (that depends on the machine and its load, not on the files).
   */
  readonly reusable: boolean;
}

/**
 * Runs every configured project: replays migrations, loads models, compares them, and returns
 * the report. Throws `UsageError` for invalid configuration or arguments.
 */
export async function runCheck(overrides: CheckOverrides, ports: CheckPorts): Promise<CheckResult> {
  const started = ports.clock.now();
  const { config } = await loadConfig(
    ports.fs,
    overrides.config,
    overrides.cache === false ? undefined : ports.replayCache,
  );
  const projects = resolveProjects(config, overrides, repositoryName(ports.rootDir));
  const projectReports: ProjectReport[] = [];
  const findings: Finding[] = [];
  const cacheOff = overrides.cache === false || config.cache === false;
  const cache = cacheOff ? undefined : ports.replayCache;
  let timedOut = false;
  for (const project of projects) {
    const result = await checkProject(project, ports, overrides, cache);
    projectReports.push(result.report);
    findings.push(...result.findings);
    timedOut ||= result.timedOut;
  }
  const sorted = sortFindings(findings);
  return {
    report: {
      version: 1,
      tool: { name: 'driftcheck', version: VERSION },
      engine: { sqlite: cache ? await cachedSqliteVersion(cache) : await sqliteVersion() },
      projects: projectReports,
      findings: sorted,
      summary: summarize(sorted),
      timing: { totalMs: Math.round(ports.clock.now() - started) },
    },
    failOn: overrides.failOn ?? config.failOn ?? 'error',
    reusable: !cacheOff && !timedOut,
  };
}

/**
 * How many migrations to replay make a run favour memory over speed (favourMemoryOverSpeed).
 * Fewer: the heaps stay small anyway, and the lean mode slows the short runs hooks make (~100 ms
 * of 600 on a newly staged migration). More: it slows the run by about a fifth (5,000 migrations:
 * 51 s instead of 42 s, for 242 MB instead of 380 MB). In between it costs no measurable time and
 * keeps a cold run of 1,000 migrations at ~165 MB instead of ~200 MB.
 */
const LEAN_REPLAY = { from: 200, to: 2000 } as const;

/**
 * Up to how many migrations to replay the history analysis waits for the replay's worker instead
 * of starting a thread of its own: a hook run on a newly staged migration saves a thread start and
 * an engine warm-up (each ~100 ms of CPU), more than the few milliseconds the short replay makes
 * the analysis wait. Longer replays run beside the analysis, on the second core.
 */
const SHARED_WORKER_PENDING = 20;

/** A promise and the function that settles it (the first call wins). */
function handOff<T>(): { readonly promise: Promise<T>; readonly give: (value: T) => void } {
  let give: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    give = resolve;
  });
  return { promise, give };
}

interface ProjectOutcome {
  readonly report: ProjectReport;
  readonly findings: readonly Finding[];
  readonly timedOut: boolean;
}

async function checkProject(
  project: ResolvedProject,
  ports: CheckPorts,
  overrides: CheckOverrides,
  cache: CacheStore | undefined,
): Promise<ProjectOutcome> {
  const detected: string[] = [];
  const findings: Finding[] = [];
  const ignore = ignoreMatcher(project.ignore);
  const command = project.migrations.format === 'command' ? project.migrations.command : undefined;
  const loaded = command ? undefined : await loadMigrationSet(ports.fs, project.root, project.migrations);
  const identity = { tool: VERSION, engine: engineFingerprint() };
  const replayOptions = {
    keepGoing: project.keepGoing,
    functions: project.functions,
    budgetMs: project.timeoutMs,
  };
  const lookup =
    loaded && cache ? await lookupReplay(loaded.set, replayOptions, { store: cache, identity }) : undefined;
  const pending = loaded ? loaded.set.migrations.length - (lookup?.base?.count ?? 0) : 0;
  // A long replay: memory before speed, in the threads started from here on (a worker started on
  // speculation is started again with it).
  if (pending >= LEAN_REPLAY.from && pending < LEAN_REPLAY.to && favourMemoryOverSpeed())
    coolDownReplayWorker();
  // A replay is coming: the worker starts (thread, sql.js) now, if the caller has not already
  // started it; when none is, a worker started on speculation is let go.
  if (pending > 0) warmUpReplayWorker();
  else coolDownReplayWorker();
  // A short replay hands its worker on to the history analysis (see SHARED_WORKER_PENDING).
  const worker = pending > 0 && pending <= SHARED_WORKER_PENDING ? handOff<Worker | undefined>() : undefined;
  // The history analysis needs only the set: it runs beside the replay, or after it in its worker
  // (its result is dropped if the replay fails).
  const history = loaded
    ? startHistoryAnalysis(project, loaded.set, {
        ...(cache ? { cache: { store: cache, identity } } : {}),
        budgetMs: project.timeoutMs,
        ...(worker ? { worker: worker.promise } : {}),
      })
    : undefined;
  // The replay request goes out now: the worker replays while this thread loads the models.
  const abandon = new AbortController();
  const isolated = { ...replayOptions, signal: abandon.signal, ...(worker ? { handOver: worker.give } : {}) };
  const replaying = loaded
    ? cache
      ? replayWithCache(loaded.set, isolated, { store: cache, identity, replay: replayIsolated }, lookup)
      : replayIsolated(loaded.set, isolated)
    : undefined;
  // However the replay ends, the analysis is not left waiting for a worker.
  replaying?.finally(() => worker?.give(undefined)).catch(() => undefined);
  // Awaited below; a run that fails before then must not also report an unhandled rejection.
  replaying?.catch(() => undefined);
  let models: LoadedModels | undefined;
  try {
    models = cache
      ? await loadModelsCached(ports, project, { store: cache, identity }, loadModelSet)
      : await loadModelSet(ports, project);
  } catch (error) {
    // The models cannot be loaded (a usage error): the run ends here, without waiting for them.
    abandon.abort();
    history?.stop();
    throw error;
  }
  if (!command && !loaded && !models)
    throw new UsageError(
      `no migrations or models found in ${project.root || 'the repository root'}: pass --migrations PATH and --models PATH, or write a driftcheck.json (driftcheck init)`,
    );
  let report: ProjectReport = { name: project.name, root: project.root || '.' };

  let actual: Schema | undefined;
  let replayComplete = true;
  let replayedSet: MigrationSet | undefined;
  let timedOut = false;
  if (command) {
    // The project's own runner builds the database; driftcheck inspects what it left.
    const [{ runMigrationsCommand }, { schemaFromCommand }] = await Promise.all([
      import('./migrations/command.js'),
      import('./sources/command.js'),
    ]);
    const outcome = await runMigrationsCommand(command, {
      rootDir: ports.rootDir,
      timeoutMs: project.timeoutMs,
      ...(ports.process ? { process: ports.process } : {}),
      ...(ports.temp ? { temp: ports.temp } : {}),
    });
    const built = await schemaFromCommand(outcome);
    findings.push(...built.findings);
    replayComplete = built.schema !== undefined;
    actual = built.schema ? withoutToolTables(built.schema) : undefined;
    report = {
      ...report,
      migrations: { format: 'command', path: 'migrations.command', count: 0, replayed: 0 },
    };
  } else if (loaded) {
    if (loaded.detected) detected.push(loaded.detected);
    const { set } = loaded;
    findings.push(...set.findings);
    const replay = (await replaying)!;
    findings.push(...replayErrorFindings(replay, set));
    // The database checks replay prefixes in process, without a time budget: never a history in
    // which a statement already ran past its budget in the worker.
    timedOut = replay.failures.some((f) => f.kind === 'timeout');
    if (!timedOut) replayedSet = set;
    findings.push(
      ...(await integrityFindings(ports.fs, project, set, {
        base: overrides.base,
        baseIfAvailable: overrides.baseIfAvailable,
        git: ports.git,
      })),
    );
    // Data loss and down round trips mean something only for a history that replays cleanly.
    if (replay.failures.length === 0) {
      findings.push(...(await history!.findings()));
      timedOut ||= history!.timedOut();
    } else history?.stop();
    // The failing migration itself was rolled back (or left half-done), not only the ones after it.
    replayComplete = replay.stoppedAt === undefined;
    actual = replay.schema ? withoutToolTables(replay.schema) : undefined;
    report = {
      ...report,
      migrations: {
        format: set.format,
        path: set.dir || '.',
        count: set.migrations.length,
        replayed: replay.applied,
      },
    };
  }

  if (models) {
    if (models.detected) detected.push(models.detected);
    const { set } = models;
    findings.push(...set.findings);
    const expected = withoutToolTables(set.schema);
    report = {
      ...report,
      models: { format: set.format, path: set.path || '.', tables: expected.tables.length },
    };
    // A replay that stopped early would make everything after the failure look missing: the
    // replay error is the finding; the comparison waits until replay gets through (or --keep-going).
    if (actual && replayComplete) {
      findings.push(
        ...compareSchemas(actual, expected, {
          capabilities: { expected: set.capabilities },
          sides: {
            expected: {
              label: set.path || 'the model source',
              kind: set.format === 'sqlite' ? 'schema' : 'models',
            },
            actual: { label: 'the migrations', kind: 'migrations' },
          },
          ignore,
        }),
      );
    }
  }

  // Loaded only for projects with databases (it brings the in-process replay of prefixes).
  const live =
    project.databases.length > 0
      ? await (await import('./live/databases.js')).checkDatabases(ports.fs, project, {
          set: replayedSet,
          head: replayComplete ? actual : undefined,
        })
      : undefined;
  if (live) report = { ...report, databases: live.databases };

  return {
    timedOut,
    report: detected.length > 0 ? { ...report, detected } : report,
    findings: [
      ...applyRuleSettings(findings, {
        rules: project.rules,
        ignore,
        project: project.name,
      }),
      // Database findings keep their `project:database` name; overrides and ignores still apply.
      ...applyRuleSettings(live?.findings ?? [], { rules: project.rules, ignore }),
    ],
  };
}
