import { uninstallHook } from '../../hooks/install.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { rootArgument } from '../paths.js';

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, 'uninstall-hook');
  const result = await uninstallHook(rootArgument(positionals, io.cwd, 'uninstall-hook', false));
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
