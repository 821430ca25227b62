import { UsageError } from '../../errors.js';
import { installHook } from '../../hooks/install.js';
import { selfCommand } from '../../hooks/self.js';
import { DEFAULT_WATCH, watchedPaths, watchPattern } from '../../hooks/watch.js';
import { nodePorts } from '../../node/ports.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { relativeToRoot, rootArgument } from '../paths.js';

const OPTIONS = {
  config: { type: 'string' },
  force: { type: 'boolean' },
  chain: { type: 'boolean' },
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'install-hook');
  const rootDir = rootArgument(positionals, io.cwd, 'install-hook');
  if (values.force && values.chain) throw new UsageError('pass either --force or --chain, not both');
  const config =
    typeof values.config === 'string' ? relativeToRoot(io.cwd, rootDir, values.config) : undefined;
  const ports = await nodePorts(rootDir);
  let watched: Awaited<ReturnType<typeof watchedPaths>>;
  try {
    watched = await watchedPaths(ports, config);
  } finally {
    await ports.temp?.cleanup();
  }
  const result = await installHook({
    rootDir,
    watch: (prefix) => (watched ? watchPattern(watched, prefix) : DEFAULT_WATCH),
    self: selfCommand(),
    ...(config ? { config } : {}),
    force: values.force === true,
    chain: values.chain === true,
  });
  const before =
    result.previous === 'chained'
      ? ' (the hook that was there runs first, kept as pre-commit.local)'
      : result.previous === 'replaced'
        ? ' (replaced the hook that was there)'
        : result.previous === 'ours'
          ? ' (updated)'
          : '';
  io.stdout(`Installed the driftcheck pre-commit hook: ${result.path}${before}\n`);
  io.stdout(
    watched
      ? `It checks the staged content when a commit touches: ${result.watch}\n`
      : `It checks the staged content when a commit touches migrations, models or configuration in the usual places (nothing detected yet; re-run install-hook once there is).\n`,
  );
  return 0;
}
