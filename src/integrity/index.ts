import type { ResolvedProject } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { NotARepositoryError } from '../git/base-ref.js';
import type { GitRunner } from '../git/runner.js';
import type { MigrationSet } from '../migrations/types.js';
import type { FileSystem } from '../ports.js';
import { checkAgainstBase } from './check-base.js';
import { LOCK_FILE, parseLock, verifyLock } from './lock.js';

export interface IntegrityOptions {
  /** `--base REF`: compare with the migrations on that ref. */
  readonly base?: string;
  /** Unreadable base → a notice rather than a UsageError (the action's automatic pull-request base). */
  readonly baseIfAvailable?: boolean;
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
    try {
      if (!options.git) throw new UsageError('--base needs git, which is not available here');
      findings.push(...(await checkAgainstBase(options.git, options.base, project, set)));
    } catch (error) {
      if (!(error instanceof UsageError) || !options.baseIfAvailable) throw error;
      // Outside a git repository there is no base at all: nothing to say.
      if (!(error instanceof NotARepositoryError))
        findings.push({
          rule: 'migration-edited',
          severity: 'notice',
          message: `Edited and out-of-order migrations were not checked against the base: ${error.message}.`,
          locations: [],
        });
    }
  }
  if ((await fs.stat(LOCK_FILE))?.kind === 'file')
    findings.push(...verifyLock(parseLock(await fs.readText(LOCK_FILE)), set));
  return findings;
}
