import { dirname, relative, resolve, sep } from 'node:path';
import { exitCodeFor } from '../../check.js';
import { DEFAULT_TIMEOUT_MS } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { nodePorts } from '../../node/ports.js';
import { sortFindings, summarize } from '../../report/json.js';
import { compareSchemas } from '../../rules/compare.js';
import { loadSchemaSource } from '../../sources/any.js';
import { sqliteVersion } from '../../sqlite/engine.js';
import { VERSION } from '../../version.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { type CliIo, useColor } from '../io.js';
import { formatReport, REPORT_FORMATS } from '../output.js';

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

/** The deepest directory holding both paths: findings' paths are relative to it. */
export function commonRoot(cwd: string, paths: readonly string[]): string {
  const inCwd = paths.every((p) => !relative(cwd, p).startsWith('..'));
  if (inCwd) return cwd;
  let root = dirname(paths[0]!);
  while (!paths.every((p) => !relative(root, p).startsWith('..')) && dirname(root) !== root)
    root = dirname(root);
  return root;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'diff');
  if (positionals.length !== 2)
    throw new UsageError(
      `diff takes two sources, A and B (got ${positionals.length}): driftcheck diff prod.db dev.db`,
    );
  const format = oneOf(values.format, REPORT_FORMATS, '--format', 'text');
  const failOn = oneOf(
    values['fail-on'],
    ['error', 'warning', 'notice', 'never'] as const,
    '--fail-on',
    'error',
  );
  const absolute = positionals.map((p) => resolve(io.cwd, p));
  const rootDir = commonRoot(io.cwd, absolute);
  const [a, b] = absolute.map((p) => relative(rootDir, p).split(sep).join('/')) as [string, string];
  const ports = await nodePorts(rootDir);
  try {
    const options = { timeoutMs: DEFAULT_TIMEOUT_MS };
    const actual = await loadSchemaSource(ports, a, options);
    const expected = await loadSchemaSource(ports, b, options);
    const findings = sortFindings([
      ...actual.findings,
      ...expected.findings,
      ...compareSchemas(actual.schema, expected.schema, {
        capabilities: { actual: actual.capabilities, expected: expected.capabilities },
        sides: {
          actual: { label: a || '.', kind: 'schema' },
          expected: { label: b || '.', kind: 'schema' },
        },
      }),
    ]);
    const report = {
      version: 1 as const,
      tool: { name: 'driftcheck' as const, version: VERSION },
      engine: { sqlite: await sqliteVersion() },
      projects: [
        {
          name: `${a || '.'} vs ${b || '.'}`,
          root: '.',
          detected: [`A: ${a || '.'} (${actual.kind})`, `B: ${b || '.'} (${expected.kind}, the reference)`],
        },
      ],
      findings,
      summary: summarize(findings),
      timing: { totalMs: Math.round(performance.now() - started) },
    };
    io.stdout(formatReport(report, format, { color: !values['no-color'] && useColor(io) }));
    return exitCodeFor(report, failOn);
  } finally {
    await ports.temp?.cleanup();
  }
}
