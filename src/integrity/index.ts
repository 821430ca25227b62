import type { ResolvedProject } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GitRunner } from '../git/runner.js';
import type { MigrationSet } from '../migrations/types.js';
import type { FileSystem } from '../ports.js';
import { checkAgainstBase } from './check-base.js';
import { LOCK_FILE, parseLock, verifyLock } from './lock.js';

export interface IntegrityOptions {
  /** `--base REF`: compare with the migrations on that ref. */
  readonly base?: string;
  readonly git?: GitRunner;
}

/** Edited, removed and out-of-order migrations: against the base ref and against driftcheck.sum. */
export async function integrityFindings(
  fs: FileSystem,
  project: ResolvedProject,
  set: MigrationSet,
  options: IntegrityOptions,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (options.base) {
    if (!options.git) throw new UsageError('--base needs git, which is not available here');
    findings.push(...(await checkAgainstBase(options.git, options.base, project, set)));
  }
  if ((await fs.stat(LOCK_FILE))?.kind === 'file')
    findings.push(...verifyLock(parseLock(await fs.readText(LOCK_FILE)), set));
  return findings;
}
