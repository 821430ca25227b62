import type { MigrationSet } from '../migrations/types.js';
import { withoutToolTables } from '../schema/ignore.js';
import type { Schema } from '../schema/types.js';
import type { Database } from '../sqlite/engine.js';
import { inspectSchema } from '../sqlite/inspect.js';
import { replayMigrations } from '../sqlite/replay.js';
import { openReplayDatabase } from '../sqlite/replay-in-process.js';

export interface PrefixStates {
  /** `states[k]`: the schema after the first k migrations (`states[0]` is empty); up to where replay stopped. */
  readonly states: readonly Schema[];
}

function inspectApp(db: Database): Schema {
  return withoutToolTables(inspectSchema(db));
}

/**
 * The schema after every prefix of the migrations, from one in-process replay (inspecting after
 * each migration). Replay stops at the first failing migration: later prefixes are not known.
 */
export async function prefixStates(
  set: MigrationSet,
  options: { readonly functions?: readonly string[]; readonly until?: number } = {},
): Promise<PrefixStates> {
  const db = await openReplayDatabase();
  try {
    const states: Schema[] = [inspectApp(db)];
    replayMigrations(db, set, {
      functions: options.functions,
      until: options.until,
      onMigration: () => states.push(inspectApp(db)),
    });
    return { states };
  } finally {
    db.close();
  }
}

/**
 * The schema after each statement prefix of migration `index` (given the state after the ones
 * before it): `result[s]` is the state after its first s statements, for 0 < s < statement count.
 */
export async function statementStates(
  set: MigrationSet,
  index: number,
  options: { readonly functions?: readonly string[] } = {},
): Promise<readonly Schema[]> {
  const db = await openReplayDatabase();
  try {
    const states: Schema[] = [];
    replayMigrations(db, set, {
      functions: options.functions,
      until: index + 1,
      onStatement: (migration, statement) => {
        if (migration === index && statement > 0) states[statement] = inspectApp(db);
      },
    });
    return states;
  } finally {
    db.close();
  }
}

/** The prefix states of one migration set, computed once on first use and shared by every database. */
export interface History {
  readonly migrations: MigrationSet['migrations'];
  states(): Promise<readonly Schema[]>;
  statementStates(index: number): Promise<readonly Schema[]>;
}

export function historyOf(set: MigrationSet, functions: readonly string[] = []): History {
  let states: Promise<readonly Schema[]> | undefined;
  const inside = new Map<number, Promise<readonly Schema[]>>();
  return {
    migrations: set.migrations,
    states() {
      states ??= prefixStates(set, { functions }).then((r) => r.states);
      return states;
    },
    statementStates(index) {
      let found = inside.get(index);
      if (!found) {
        found = statementStates(set, index, { functions });
        inside.set(index, found);
      }
      return found;
    },
  };
}
