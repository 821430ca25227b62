import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';

/** The lock file's name, at the checked root. */
export const LOCK_FILE = 'driftcheck.sum';

const HEADER =
  '# driftcheck.sum: the sha256 of every migration as it was locked. `driftcheck check` reports\n' +
  '# a locked migration that changed or disappeared. Add new migrations with `driftcheck lock`.\n';

export interface LockEntry {
  readonly version: string;
  readonly path: string;
  readonly sha256: string;
  /** 1-based line in the lock file. */
  readonly line: number;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One line per migration (`version path sha256`), repeatable ones left out (they are meant to
 * change). Entries of `previous` outside these sets' directories (other projects) are kept.
 */
export function renderLock(sets: readonly MigrationSet[], previous: readonly LockEntry[] = []): string {
  const kept = previous
    .filter((e) => !sets.some((set) => inDir(e.path, set.dir)))
    .map((e) => `${e.version} ${e.path} ${e.sha256}`);
  const lines = sets.flatMap((set) =>
    set.migrations
      .filter((m) => !m.repeatable)
      .map((m) => `${m.version.replace(/\s+/g, '_') || '-'} ${m.path} ${sha256(m.checksumSource)}`),
  );
  return `${HEADER}${[...kept, ...lines].join('\n')}\n`;
}

/** Entries of a lock file; lines that are not `version path sha256` are skipped. */
export function parseLock(text: string): LockEntry[] {
  const out: LockEntry[] = [];
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = line.split(' ');
    if (parts.length < 3) return;
    const sha = parts[parts.length - 1]!;
    if (!/^[0-9a-f]{64}$/.test(sha)) return;
    out.push({ version: parts[0]!, path: parts.slice(1, -1).join(' '), sha256: sha, line: i + 1 });
  });
  return out;
}

function inDir(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/**
 * Locked migrations of this set's directory that changed (`migration-edited`) or are gone (an
 * error too). Migrations not in the lock file yet are new: fine.
 */
export function verifyLock(
  entries: readonly LockEntry[],
  set: MigrationSet,
  lockPath = LOCK_FILE,
): Finding[] {
  const byPath = new Map(set.migrations.map((m) => [m.path, m]));
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (!inDir(entry.path, set.dir)) continue;
    const at = { path: lockPath, line: entry.line };
    const migration = byPath.get(entry.path);
    if (!migration) {
      findings.push({
        rule: 'migration-edited',
        severity: 'error',
        message: `${entry.path} is in ${lockPath} but no longer in ${set.dir || 'the migrations'}: databases that applied it keep its changes, fresh databases will not. Restore it; undo its changes in a new migration instead.`,
        locations: [at],
      });
    } else if (sha256(migration.checksumSource) !== entry.sha256) {
      findings.push({
        rule: 'migration-edited',
        severity: 'error',
        message: `${entry.path} changed since it was locked in ${lockPath}: databases that applied it will not run it again. Revert the edit and put the change in a new migration (if it was never applied anywhere, run \`driftcheck lock\` again).`,
        locations: [{ path: migration.path, line: 1 }, at],
      });
    }
  }
  return findings;
}
