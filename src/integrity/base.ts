import type { Finding } from '../findings.js';
import type { Migration, MigrationSet } from '../migrations/types.js';
import type { SourceRef } from '../schema/types.js';
import { firstChangedLine, sameTokens } from './same-tokens.js';

function label(m: Migration): string {
  return m.path.split('/').pop() ?? m.path;
}

/** The text a migration's own file(s) hold: for up/down pairs the loaders join both. */
function edited(ref: string, before: Migration, after: Migration): Finding {
  const cosmetic = sameTokens(before.checksumSource, after.checksumSource, after.path);
  const at: SourceRef = {
    path: after.path,
    line: firstChangedLine(before.checksumSource, after.checksumSource),
  };
  return {
    rule: 'migration-edited',
    severity: cosmetic ? 'notice' : 'error',
    message: cosmetic
      ? `${label(after)} is on ${ref} and only its comments or whitespace changed.`
      : `${label(after)} is already on ${ref} and was changed: databases that applied it will not run it again, so they and fresh databases diverge. Revert the edit and put the change in a new migration.`,
    locations: [at],
  };
}

/**
 * Integrity of the migrations against the base branch: migrations on `ref` that were edited,
 * deleted or renamed (`migration-edited`), and new migrations that sort before one already on
 * `ref` (`migration-order`). Repeatable migrations (Flyway `R__`) are meant to change.
 */
export function compareWithBase(ref: string, base: MigrationSet, current: MigrationSet): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(current.migrations.map((m) => [m.id, m]));
  const baseIds = new Set(base.migrations.map((m) => m.id));
  const added = current.migrations.filter((m) => !baseIds.has(m.id));
  const renamedTo = new Set<string>();

  for (const before of base.migrations) {
    if (before.repeatable) continue;
    const after = byId.get(before.id);
    if (after) {
      if (after.checksumSource !== before.checksumSource) findings.push(edited(ref, before, after));
      continue;
    }
    const moved =
      added.find((m) => m.checksumSource === before.checksumSource) ??
      added.find((m) => m.version === before.version && !m.repeatable);
    if (moved) {
      renamedTo.add(moved.id);
      findings.push({
        rule: 'migration-edited',
        severity: 'error',
        message: `${before.path} (on ${ref}) was renamed to ${moved.path}: trackers record it by ${before.version === moved.version ? 'name' : 'version'}, so databases that applied it will run it again. Keep the original name.`,
        locations: [{ path: moved.path, line: 1 }],
      });
    } else {
      findings.push({
        rule: 'migration-edited',
        severity: 'error',
        message: `${before.path} is on ${ref} and was deleted: databases that applied it keep its changes, fresh databases will not have them. Restore it; undo its changes in a new migration instead.`,
        locations: [{ path: before.path, line: 1 }],
      });
    }
  }

  // The newest migration already on the base, by the order the runner applies them now.
  let newestBase = -1;
  current.migrations.forEach((m, i) => {
    if (baseIds.has(m.id) && !m.repeatable) newestBase = i;
  });
  const newest = current.migrations[newestBase];
  current.migrations.forEach((m, i) => {
    if (i >= newestBase || baseIds.has(m.id) || m.repeatable || renamedTo.has(m.id)) return;
    findings.push({
      rule: 'migration-order',
      severity: 'error',
      message: `${label(m)} is new but sorts before ${label(newest!)}, which is already on ${ref}: databases that applied ${label(newest!)} will skip it (or refuse to migrate). Give it a version after ${newest!.version}.`,
      locations: [m.up[0]?.location ?? { path: m.path, line: 1 }],
    });
  });
  return findings;
}
