import { queryRows, quoteString } from '../live/tracker/sql.js';
import type { Database } from '../sqlite/engine.js';
import {
  type ChildKey,
  type EffectReads,
  sqliteKey,
  type TriggerEffect,
  triggerEffect,
} from './statement-effect.js';

/** A table as the listing of the seeded replay knows it: what following a write needs of it. */
export interface ListedDefinition {
  readonly name: string;
  /** sqliteKey(name): how statements' table names find it. */
  readonly match: string;
  /** A constraint resolves conflicts by REPLACE, or by ROLLBACK (its sql says so, conservatively). */
  readonly replaces: boolean;
  readonly rollsBack: boolean;
}

/** The current tables (each object stays the same while its definition does). */
export interface Listing {
  all(): readonly ListedDefinition[];
  find(match: string): ListedDefinition | undefined;
}

/** EffectReads that keep what they read until told what may have changed it. */
export interface WriteTraitsReader extends EffectReads {
  /** A statement ran that may have changed table definitions, triggers, or `PRAGMA foreign_keys`. */
  changed(what: {
    readonly tables: boolean;
    readonly triggers: boolean;
    readonly foreignKeys: boolean;
  }): void;
  /** The database changed in a way no statement told: read everything again. */
  reset(): void;
}

/** A foreign key as pragma_foreign_key_list tells it. */
interface Reference {
  readonly parent: string;
  readonly onUpdate: string;
  readonly onDelete: string;
}

const TRIGGERS_SQL =
  "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' UNION ALL SELECT tbl_name, sql FROM sqlite_temp_schema WHERE type = 'trigger'";

/** What a trigger that cannot be parsed may do: anything, on any event. */
const UNKNOWN_TRIGGER: readonly TriggerEffect[] = (['insert', 'update', 'delete'] as const).map((event) => ({
  event,
  writes: 'all',
}));

/** Whether foreign keys are enforced right now. */
function foreignKeysOn(db: Database): boolean {
  return Number(queryRows(db, 'SELECT foreign_keys AS on_ FROM pragma_foreign_keys')[0]?.on_) === 1;
}

/**
 * What writing each table of `db` sets off, for the seeded replay's statementEffect: its triggers
 * (parsed once per trigger), the foreign keys referencing it (read once per table definition), its
 * conflict clauses (from the listing), whether foreign keys are enforced. Each is read when first
 * needed and kept until `changed` says a statement may have changed it.
 */
export function writeTraitsReader(db: Database, listing: Listing): WriteTraitsReader {
  /** Triggers by the sqliteKey of the table (or view) they fire on. */
  let triggered: ReadonlyMap<string, readonly TriggerEffect[]> | undefined;
  /** Each trigger's effects by its sql: most triggers outlive many readings of the list. */
  const triggerEffects = new Map<string, readonly TriggerEffect[]>();
  /**
   * Whether the TEMP schema holds a table. An unqualified name may then mean a TEMP table that
   * hides the listed one, so no write is followed from what the listing says.
   */
  let tempTables: boolean | undefined;
  /** Foreign keys of each listed table, read once per definition when first needed. */
  const references = new WeakMap<ListedDefinition, readonly Reference[]>();
  /** The foreign keys referencing each table, by sqliteKey: for the listing they were read from. */
  let childIndex:
    | { readonly of: readonly ListedDefinition[]; readonly children: Map<string, ChildKey[]> }
    | undefined;
  let enforced: boolean | undefined;

  const effectsOf = (sql: string): readonly TriggerEffect[] => {
    let effects = triggerEffects.get(sql);
    if (!effects) {
      const effect = triggerEffect(sql);
      effects = effect ? [effect] : UNKNOWN_TRIGGER;
      triggerEffects.set(sql, effects);
    }
    return effects;
  };

  const triggersByTable = (): ReadonlyMap<string, readonly TriggerEffect[]> => {
    if (triggered) return triggered;
    const found = new Map<string, TriggerEffect[]>();
    for (const row of queryRows(db, TRIGGERS_SQL)) {
      const table = sqliteKey(String(row.tbl_name));
      const effects = found.get(table) ?? [];
      effects.push(...effectsOf(String(row.sql)));
      found.set(table, effects);
    }
    triggered = found;
    return found;
  };

  const hasTempTables = () =>
    (tempTables ??=
      queryRows(db, "SELECT 1 FROM sqlite_temp_schema WHERE type = 'table' LIMIT 1").length > 0);

  const referencesOf = (table: ListedDefinition): readonly Reference[] => {
    let found = references.get(table);
    if (!found) {
      found = queryRows(
        db,
        `SELECT "table" AS parent, on_update, on_delete FROM pragma_foreign_key_list(${quoteString(table.name)})`,
      ).map((r) => ({
        parent: String(r.parent),
        onUpdate: String(r.on_update),
        onDelete: String(r.on_delete),
      }));
      references.set(table, found);
    }
    return found;
  };

  const childrenOf = (parent: string): readonly ChildKey[] | undefined => {
    if (hasTempTables()) return undefined;
    const list = listing.all();
    if (childIndex?.of !== list) {
      const children = new Map<string, ChildKey[]>();
      for (const table of list)
        for (const r of referencesOf(table)) {
          const k = sqliteKey(r.parent);
          const referencing = children.get(k) ?? [];
          referencing.push({ table: table.name, onUpdate: r.onUpdate, onDelete: r.onDelete });
          children.set(k, referencing);
        }
      childIndex = { of: list, children };
    }
    return childIndex.children.get(sqliteKey(parent)) ?? [];
  };

  return {
    table(name) {
      if (hasTempTables()) return undefined;
      const match = sqliteKey(name);
      const table = listing.find(match);
      if (!table) return undefined;
      return {
        triggers: triggersByTable().get(match) ?? [],
        children: () => childrenOf(name),
        replaces: table.replaces,
        rollsBack: table.rollsBack,
      };
    },
    foreignKeys: () => (enforced ??= foreignKeysOn(db)),
    changed(what) {
      if (what.tables) tempTables = undefined;
      if (what.triggers) triggered = undefined;
      if (what.foreignKeys) enforced = undefined;
    },
    reset() {
      triggered = undefined;
      tempTables = undefined;
      enforced = undefined;
    },
  };
}
