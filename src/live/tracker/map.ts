import type { Migration } from '../../migrations/types.js';
import { canonicalInteger, dottedKey, isNumericVersion } from '../../migrations/version.js';
import type { TrackerState } from './types.js';

/** A version as trackers and loaders may spell it: `004` = `4`, `1.0` = `1`, text as it is. */
export function versionKey(version: string): string {
  const v = version.trim();
  if (isNumericVersion(v)) return canonicalInteger(v);
  return dottedKey(v).toLowerCase();
}

/** The names a tracker may record a migration by: its version, or its file/folder name (Django, Prisma). */
function keysOf(migration: Migration): string[] {
  const keys = [versionKey(migration.version)];
  const last = migration.id.split('/').filter(Boolean).pop() ?? '';
  keys.push(last.toLowerCase(), last.replace(/\.[^.]*$/, '').toLowerCase());
  return keys;
}

export interface AppliedMigrations {
  /** Indices (in replay order) of the migrations the tracker counts as applied. */
  readonly applied: readonly number[];
  /** Versions the tracker records that no migration in the directory has. */
  readonly unknown: readonly string[];
  /** Drizzle: applied migrations whose file no longer hashes to what the tracker stored. */
  readonly hashMismatch: readonly number[];
}

/** Maps what a tracker says to the migrations of the set, by each format's version convention. */
export function appliedMigrations(
  tracker: TrackerState,
  migrations: readonly Migration[],
  sha256: (text: string) => string,
): AppliedMigrations {
  const index = new Map<string, number>();
  migrations.forEach((m, i) => {
    if (m.repeatable) return;
    for (const key of keysOf(m)) if (!index.has(key)) index.set(key, i);
  });
  const find = (version: string) => index.get(versionKey(version)) ?? index.get(version.toLowerCase());
  const applied = new Set<number>();
  const unknown: string[] = [];
  const note = (version: string) => {
    if (!unknown.includes(version)) unknown.push(version);
  };
  for (const version of tracker.applied) {
    const i = find(version);
    if (i === undefined) note(version);
    else applied.add(i);
  }
  for (const version of tracker.through) {
    const i = find(version);
    if (i === undefined) note(version);
    else for (let k = 0; k <= i; k++) if (!migrations[k]!.repeatable) applied.add(k);
  }
  for (const version of tracker.before ?? []) {
    const i = find(version);
    if (i === undefined) note(version);
    else for (let k = 0; k < i; k++) if (!migrations[k]!.repeatable) applied.add(k);
  }
  const hashMismatch: number[] = [];
  for (const [version, hash] of tracker.hashes ?? []) {
    const i = find(version);
    if (i !== undefined && sha256(migrations[i]!.checksumSource) !== hash) hashMismatch.push(i);
  }
  return { applied: [...applied].sort((a, b) => a - b), unknown, hashMismatch };
}
