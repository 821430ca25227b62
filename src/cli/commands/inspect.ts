import { relative, resolve, sep } from 'node:path';
import { DEFAULT_TIMEOUT_MS } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { nodePorts } from '../../node/ports.js';
import { renderSchema } from '../../schema/render.js';
import { loadSchemaSource } from '../../sources/any.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { commonRoot } from './diff.js';

const OPTIONS = { format: { type: 'string' } } as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'inspect');
  if (positionals.length !== 1) throw new UsageError(`inspect takes one SOURCE (got ${positionals.length})`);
  const format = oneOf(values.format, ['sql', 'json'] as const, '--format', 'sql');
  const absolute = resolve(io.cwd, positionals[0]!);
  const rootDir = commonRoot(io.cwd, [absolute]);
  const path = relative(rootDir, absolute).split(sep).join('/');
  const ports = await nodePorts(rootDir);
  try {
    const source = await loadSchemaSource(ports, path, { timeoutMs: DEFAULT_TIMEOUT_MS, keepGoing: true });
    for (const finding of source.findings) {
      const at = finding.locations[0];
      io.stderr(`${at ? `${at.path}:${at.line}: ` : ''}${finding.severity}: ${finding.message}\n`);
    }
    io.stdout(format === 'json' ? `${JSON.stringify(source.raw, null, 2)}\n` : renderSchema(source.raw));
    return source.findings.some((f) => f.severity === 'error') ? 1 : 0;
  } finally {
    await ports.temp?.cleanup();
  }
}
