import { relative, sep } from 'node:path';
import { defaultCacheDir, nodeCacheStore } from '../../cache/node-store.js';
import { runCheckCached } from '../../cache/run-cache.js';
import type { CheckOverrides, CheckPorts } from '../../check.js';
import { exitCodeFor, type FailOn } from '../../exit-code.js';
import { nodePorts } from '../../node/ports.js';
import { formatCompact } from '../../report/text.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { type CliIo, useColor } from '../io.js';
import { formatReport, REPORT_FORMATS } from '../output.js';
import { relativeToRoot, rootArgument } from '../paths.js';

/** `compact` is for hooks: one `path:line rule message` line per finding, then how to see details. */
const CHECK_FORMATS = [...REPORT_FORMATS, 'compact'] as const;

const OPTIONS = {
  config: { type: 'string' },
  project: { type: 'string' },
  migrations: { type: 'string' },
  'migrations-format': { type: 'string' },
  models: { type: 'string' },
  'models-format': { type: 'string' },
  database: { type: 'string', multiple: true },
  base: { type: 'string' },
  'keep-going': { type: 'boolean' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
  staged: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'check');
  const rootDir = rootArgument(positionals, io.cwd, 'check');
  const format = oneOf(values.format, CHECK_FORMATS, '--format', 'text');
  const failOnFlag =
    values['fail-on'] === undefined
      ? undefined
      : oneOf(values['fail-on'], ['error', 'warning', 'notice', 'never'] as const, '--fail-on', 'error');
  // Paths given on the command line are relative to where the user stands; findings to ROOT.
  const rel = (p: unknown) => (typeof p === 'string' ? relativeToRoot(io.cwd, rootDir, p) : undefined);
  const overrides: CheckOverrides = {
    config: rel(values.config),
    project: values.project as string | undefined,
    migrations: rel(values.migrations),
    migrationsFormat: values['migrations-format'] as string | undefined,
    models: rel(values.models),
    modelsFormat: values['models-format'] as string | undefined,
    database: (values.database as string[] | undefined)?.map((d) => relativeToRoot(io.cwd, rootDir, d)),
    keepGoing: values['keep-going'] === true ? true : undefined,
    base: values.base as string | undefined,
    failOn: failOnFlag,
    ...(values['no-cache'] === true ? { cache: false } : {}),
  };
  const staged = values.staged === true;
  const base = await nodePorts(rootDir);
  const git = staged ? (await import('../../git/node-git.js')).nodeGitIndex(rootDir) : undefined;
  try {
    // --staged: what the commit would record, from the git index; unstaged edits are invisible.
    const index = git ? await (await import('../../git/index-fs.js')).indexFileSystem(git) : undefined;
    const store = nodeCacheStore(defaultCacheDir(rootDir, io.env));
    const ports: CheckPorts = { ...base, ...(index ? { fs: index } : {}), replayCache: store };
    // Nothing changed since a previous run: its report, without loading the checking code at all.
    const result = await runCheckCached(
      overrides,
      ports,
      { store, view: index ? 'staged' : 'worktree', ...(index ? { contentId: index.blobId } : {}) },
      async (o, p) => {
        // Most checks replay: the replay worker's thread and sql.js start while the checking code
        // loads and the migrations are read (it is let go if no replay comes).
        (await import('../../sqlite/replay-isolated.js')).warmUpReplayWorker();
        return (await import('../../check.js')).runCheck(o, p);
      },
    );
    const color = !values['no-color'] && useColor(io);
    io.stdout(
      format === 'compact'
        ? formatCompact(result.report, { color, detailsCommand: detailsCommand(io.cwd, rootDir, staged) })
        : formatReport(result.report, format, { color }),
    );
    return exitCodeFor(result.report, result.failOn as FailOn);
  } finally {
    git?.close();
    await base.temp?.cleanup();
  }
}

/** The command that shows the full report for what a compact run checked. */
function detailsCommand(cwd: string, rootDir: string, staged: boolean): string {
  const root = relative(cwd, rootDir).split(sep).join('/');
  return ['npx driftcheck check', staged ? '--staged' : '', root && !root.startsWith('..') ? root : '']
    .filter(Boolean)
    .join(' ');
}
