import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { gitOutput } from '../git/node-git.js';
import { CHAINED_HOOK, hookScript, isDriftcheckHook } from './script.js';

/** Where git looks for hooks (core.hooksPath, the common directory of worktrees), and the work tree's top level. */
export async function gitHookPaths(
  dir: string,
): Promise<{ readonly hooksDir: string; readonly topLevel: string }> {
  const output = await gitOutput(dir, ['rev-parse', '--git-path', 'hooks', '--show-toplevel']).catch(
    (error: Error) => {
      throw new UsageError(
        `not inside a git work tree (${error.message.split('\n')[0]}): run it in your repository`,
      );
    },
  );
  const [hooks, topLevel] = output.toString('utf8').trimEnd().split('\n');
  if (!hooks || !topLevel) throw new UsageError(`not inside a git work tree: run it in your repository`);
  return { hooksDir: resolve(dir, hooks), topLevel };
}

async function readIfPresent(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

export interface InstallOptions {
  /** The project directory (absolute). */
  readonly rootDir: string;
  /** The ERE of staged paths that start a check, given the project's place in the repository. */
  readonly watch: (prefix: string) => string;
  readonly self: readonly string[];
  /** A configuration file other than ROOT/driftcheck.json (repository-relative to ROOT). */
  readonly config?: string;
  /** Replace a hook that is not ours. */
  readonly force: boolean;
  /** Keep a hook that is not ours as pre-commit.local and run it first. */
  readonly chain: boolean;
}

export interface InstallResult {
  readonly path: string;
  readonly watch: string;
  /** What happened to a hook that was there before. */
  readonly previous: 'none' | 'ours' | 'chained' | 'replaced';
}

/** Writes the pre-commit hook. A hook that is not ours stays unless `force` or `chain` says otherwise. */
export async function installHook(options: InstallOptions): Promise<InstallResult> {
  const { hooksDir, topLevel } = await gitHookPaths(options.rootDir);
  const path = join(hooksDir, 'pre-commit');
  const root = relative(topLevel, options.rootDir);
  if (root.startsWith('..') || isAbsolute(root))
    throw new UsageError(`${options.rootDir} is outside the git work tree ${topLevel}`);
  const existing = await readIfPresent(path);
  let previous: InstallResult['previous'] = 'none';
  const alreadyChained = (await readIfPresent(join(hooksDir, CHAINED_HOOK))) !== undefined;
  if (existing !== undefined && isDriftcheckHook(existing)) previous = 'ours';
  else if (existing !== undefined) {
    if (options.chain) {
      if (alreadyChained)
        throw new UsageError(
          `${join(hooksDir, CHAINED_HOOK)} already exists: merge it with ${path} by hand, then run install-hook --chain again`,
        );
      await rename(path, join(hooksDir, CHAINED_HOOK));
      previous = 'chained';
    } else if (options.force) previous = 'replaced';
    else
      throw new UsageError(
        `${path} exists and is not driftcheck's: pass --chain to run it before driftcheck, or --force to replace it`,
      );
  }
  // Reinstalling over our own chained hook keeps the chain.
  const chained =
    previous === 'chained' || (previous === 'ours' && alreadyChained && existing!.includes(CHAINED_HOOK));
  await mkdir(hooksDir, { recursive: true });
  const prefix = root.split(sep).join('/');
  const watch = options.watch(prefix);
  const script = hookScript({
    watch,
    root: prefix,
    ...(options.config ? { config: [prefix, options.config].filter(Boolean).join('/') } : {}),
    self: options.self,
    chained,
  });
  await writeFile(path, script);
  await chmod(path, 0o755);
  return { path, previous, watch };
}

export interface UninstallResult {
  readonly path: string;
  readonly status: 'removed' | 'restored' | 'absent' | 'foreign';
}

/** Removes our hook (only ours), putting back a hook that `--chain` had kept. */
export async function uninstallHook(rootDir: string): Promise<UninstallResult> {
  const { hooksDir } = await gitHookPaths(rootDir);
  const path = join(hooksDir, 'pre-commit');
  const existing = await readIfPresent(path);
  if (existing === undefined) return { path, status: 'absent' };
  if (!isDriftcheckHook(existing)) return { path, status: 'foreign' };
  const chained = join(hooksDir, CHAINED_HOOK);
  if (existing.includes(CHAINED_HOOK) && (await readIfPresent(chained)) !== undefined) {
    await rename(chained, path);
    return { path, status: 'restored' };
  }
  await rm(path);
  return { path, status: 'removed' };
}
