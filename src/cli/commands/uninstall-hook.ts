import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { uninstallHook } from '../../hooks/install.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, 'uninstall-hook');
  if (positionals.length > 1)
    throw new UsageError(
      `uninstall-hook takes one ROOT directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const result = await uninstallHook(resolve(io.cwd, positionals[0] ?? '.'));
  switch (result.status) {
    case 'removed':
      io.stdout(`Removed the driftcheck pre-commit hook: ${result.path}\n`);
      return 0;
    case 'restored':
      io.stdout(`Removed the driftcheck pre-commit hook and put back the one it ran first: ${result.path}\n`);
      return 0;
    case 'absent':
      io.stdout(`No pre-commit hook installed at ${result.path}; nothing to do.\n`);
      return 0;
    default:
      io.stderr(`driftcheck: ${result.path} is not driftcheck's hook; left it alone.\n`);
      return 1;
  }
}
