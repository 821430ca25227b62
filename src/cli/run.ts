import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import {
  CHECK_HELP,
  DIFF_HELP,
  INIT_HELP,
  INSPECT_HELP,
  INSTALL_HOOK_HELP,
  LOCK_HELP,
  MAIN_HELP,
  UNINSTALL_HOOK_HELP,
} from './help.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

type CommandModule = { run(args: readonly string[], io: CliIo): Promise<number> };

/** Commands load lazily, so `--help` and `--version` stay fast. */
const COMMANDS: Readonly<Record<string, { help: string; load: () => Promise<CommandModule> }>> = {
  check: { help: CHECK_HELP, load: () => import('./commands/check.js') },
  diff: { help: DIFF_HELP, load: () => import('./commands/diff.js') },
  inspect: { help: INSPECT_HELP, load: () => import('./commands/inspect.js') },
  init: { help: INIT_HELP, load: () => import('./commands/init.js') },
  lock: { help: LOCK_HELP, load: () => import('./commands/lock.js') },
  'install-hook': { help: INSTALL_HOOK_HELP, load: () => import('./commands/install-hook.js') },
  'uninstall-hook': { help: UNINSTALL_HOOK_HELP, load: () => import('./commands/uninstall-hook.js') },
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    io.stdout(topic && COMMANDS[topic] ? COMMANDS[topic].help : MAIN_HELP);
    return 0;
  }
  // `driftcheck` alone, or `driftcheck ROOT --flags`, means `check`.
  const name = first !== undefined && COMMANDS[first] ? first : 'check';
  const args = name === first ? rest : argv;
  const command = COMMANDS[name]!;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  if (
    first !== undefined &&
    name === 'check' &&
    first !== 'check' &&
    !first.startsWith('-') &&
    /^[a-z-]+$/.test(first) &&
    !(await looksLikePath(first, io))
  ) {
    io.stderr(`driftcheck: unknown command "${first}". Run 'driftcheck --help' for the commands.\n`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`driftcheck: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`driftcheck: internal error — please report it with the command you ran.\n${message}\n`);
    return 2;
  }
}

async function looksLikePath(arg: string, io: CliIo): Promise<boolean> {
  const { existsSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  return existsSync(resolve(io.cwd, arg));
}
