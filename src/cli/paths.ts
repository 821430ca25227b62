import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Turns a path the user typed (relative to their working directory) into a repository-relative,
 * `/`-separated path under `rootDir`.
 */
export function relativeToRoot(cwd: string, rootDir: string, path: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(rootDir, absolute);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new UsageError(`${path} is outside the checked directory ${rootDir}; pass a path inside it`);
  return rel.split(sep).join('/');
}

/** Checks a directory argument exists. */
export function requireDirectory(dir: string, what: string): void {
  if (!existsSync(dir)) throw new UsageError(`${what} not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${what} is not a directory: ${dir}`);
}

/**
 * The optional ROOT argument of a command: at most one, resolved against the working directory,
 * and (unless `mustExist` is false) an existing directory.
 */
export function rootArgument(
  positionals: readonly string[],
  cwd: string,
  command: string,
  mustExist = true,
): string {
  if (positionals.length > 1)
    throw new UsageError(
      `${command} takes one ROOT directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const rootDir = resolve(cwd, positionals[0] ?? '.');
  if (mustExist) requireDirectory(rootDir, 'ROOT directory');
  return rootDir;
}
