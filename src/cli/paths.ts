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
