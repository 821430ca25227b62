import { resolve } from 'node:path';
import { type CheckOverrides, exitCodeFor, type FailOn, runCheck } from '../../check.js';
import { UsageError } from '../../errors.js';
import { nodePorts } from '../../node/ports.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { type CliIo, useColor } from '../io.js';
import { formatReport, REPORT_FORMATS } from '../output.js';
import { relativeToRoot, requireDirectory } from '../paths.js';

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
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'check');
  if (positionals.length > 1)
    throw new UsageError(
      `check takes one ROOT directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const rootDir = resolve(io.cwd, positionals[0] ?? '.');
  requireDirectory(rootDir, 'ROOT directory');
  const format = oneOf(values.format, REPORT_FORMATS, '--format', 'text');
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
  };
  const ports = await nodePorts(rootDir);
  try {
    const result = await runCheck(overrides, ports);
    io.stdout(formatReport(result.report, format, { color: !values['no-color'] && useColor(io) }));
    return exitCodeFor(result.report, result.failOn as FailOn);
  } finally {
    await ports.temp?.cleanup();
  }
}
