import { baseName, normalizeJoin } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { findFiles, readTextIfFile } from '../fs-walk.js';

/** Where a Drizzle schema is: drizzle.config.*, or source files that import drizzle-orm/sqlite-core. */

export const CONFIG_NAMES = [
  'drizzle.config.ts',
  'drizzle.config.mts',
  'drizzle.config.cts',
  'drizzle.config.js',
  'drizzle.config.mjs',
  'drizzle.config.cjs',
];

const SOURCE = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/;

export function isConfigFile(path: string): boolean {
  return /^drizzle(\.[\w-]+)?\.config\.[mc]?[jt]s$/.test(baseName(path));
}

export async function findConfig(fs: FileSystem, path: string): Promise<string | undefined> {
  const kind = (await fs.stat(path))?.kind;
  if (kind === 'file') return isConfigFile(path) ? path : undefined;
  if (kind !== 'dir') return undefined;
  for (const name of CONFIG_NAMES) {
    const candidate = normalizeJoin(path, name);
    if ((await fs.stat(candidate))?.kind === 'file') return candidate;
  }
  return undefined;
}

export function importsSqliteCore(text: string): boolean {
  return /from\s+['"]drizzle-orm\/sqlite-core['"]/.test(text);
}

/** Source files under `path` (or `path` itself) that import drizzle-orm/sqlite-core. */
export async function findSchemaFiles(fs: FileSystem, path: string): Promise<string[]> {
  const kind = (await fs.stat(path))?.kind;
  const candidates =
    kind === 'file'
      ? [path]
      : kind === 'dir'
        ? await findFiles(
            fs,
            path,
            (name) => SOURCE.test(name) && !name.endsWith('.d.ts') && !name.includes('.test.'),
            6,
          )
        : [];
  const out: string[] = [];
  for (const file of candidates) {
    const text = await readTextIfFile(fs, file);
    if (text !== undefined && importsSqliteCore(text)) out.push(file);
  }
  return out;
}
