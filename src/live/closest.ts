import { diffSchemas, type SchemaChange } from '../diff/index.js';
import type { Migration } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';

/** Where a database's schema sits in the migration history. */
export interface ClosestState {
  /** How many migrations the best-matching prefix has (0: none). */
  readonly after: number;
  /** Statements of migration `after` (0-based index) that also match, when a partial state fits better. */
  readonly statements?: { readonly applied: number; readonly of: number };
  /** What still differs from that state (the database as the checked side). */
  readonly leftover: readonly SchemaChange[];
}

/** Differences between `db` and a prefix state: how far the database is from it. */
export function distance(db: Schema, state: Schema): readonly SchemaChange[] {
  return diffSchemas(db, state);
}

/**
 * The prefix state closest to the database: fewest differences, the latest one on ties (a
 * migration that changes only data leaves the same schema). `statementStates(k)` gives the
 * states inside migration k, which is tried after the best whole prefix.
 */
export async function closestState(
  db: Schema,
  states: readonly Schema[],
  migrations: readonly Migration[],
  statementStates: (index: number) => Promise<readonly Schema[]>,
): Promise<ClosestState> {
  let best = { after: 0, leftover: distance(db, states[0]!) };
  for (let k = 1; k < states.length; k++) {
    const leftover = distance(db, states[k]!);
    if (leftover.length <= best.leftover.length) best = { after: k, leftover };
  }
  const next = migrations[best.after];
  if (best.leftover.length === 0 || !next || next.up.length < 2) return best;
  const inside = await statementStates(best.after);
  let partial: ClosestState | undefined;
  for (let s = 1; s < next.up.length; s++) {
    const state = inside[s];
    if (!state) continue;
    const leftover = distance(db, state);
    if (leftover.length < (partial ?? best).leftover.length)
      partial = { after: best.after, statements: { applied: s, of: next.up.length }, leftover };
  }
  return partial ?? best;
}

function label(migration: Migration | undefined): string {
  return migration ? migration.version || migration.name : 'none';
}

/** "the state after 0002, plus 1 of 3 statements of 0003" / "an empty database". */
export function describeClosest(closest: ClosestState, migrations: readonly Migration[]): string {
  const base =
    closest.after === 0 ? 'an empty database' : `the state after ${label(migrations[closest.after - 1])}`;
  const partial = closest.statements
    ? `, plus ${closest.statements.applied} of ${closest.statements.of} statements of ${label(migrations[closest.after])}`
    : '';
  return `${base}${partial}`;
}
