import type { ResolvedProject } from '../config/resolve.js';
import type { Finding } from '../findings.js';
import { resolveBase } from '../git/base-ref.js';
import type { GitRunner } from '../git/runner.js';
import { gitTreeFileSystem } from '../git/tree-fs.js';
import type { MigrationSet } from '../migrations/types.js';
import { loadMigrationSet } from '../sources/migrations.js';
import { compareWithBase } from './base.js';

/**
 * Loads the project's migrations as they are on `ref` (same directory and format as now) and
 * compares them with the current ones. Nothing on the base (a new project) means nothing to check.
 */
export async function checkAgainstBase(
  git: GitRunner,
  ref: string,
  project: ResolvedProject,
  current: MigrationSet,
): Promise<Finding[]> {
  const base = await resolveBase(git, ref);
  const fs = await gitTreeFileSystem(git, base.commit, base.prefix);
  const dir = current.dir;
  if (dir && (await fs.stat(dir))?.kind !== 'dir') return [];
  const loaded = await loadMigrationSet(fs, project.root, {
    ...project.migrations,
    path: dir,
    format: current.format,
  });
  if (!loaded) return [];
  return compareWithBase(ref, loaded.set, current);
}
