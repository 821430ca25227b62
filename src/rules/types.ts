import type { ChangeKind, ChangeOf, DiffOptions, TablePair } from '../diff/index.js';
import type { RuleId, Severity } from '../findings.js';
import type { Capabilities, Schema, SourceRef } from '../schema/types.js';

/** One side of a comparison, as messages name it. */
export interface Side {
  /** "the model", "the migrations", "schema.sql", "prod.db". */
  readonly label: string;
  /** Decides the verbs: models declare, migrations create, a schema (snapshot, database) has. */
  readonly kind: 'models' | 'migrations' | 'schema';
}

export interface CompareOptions extends DiffOptions {
  /** Defaults: expected = the model, actual = the migrations. */
  readonly sides?: { readonly expected?: Side; readonly actual?: Side };
  /** Copied into every finding. */
  readonly project?: string;
}

export interface RuleContext {
  readonly actual: Schema;
  readonly expected: Schema;
  readonly sides: { readonly expected: Side; readonly actual: Side };
  /** What both sides can express. */
  readonly capabilities: Capabilities;
}

/**
 * How to make the checked side match: plain SQL, or the 12-step rebuild of a table (rendered
 * once per table, because one rebuild fixes all of that table's differences).
 */
export type FixPlan = { readonly sql: string } | { readonly rebuild: TablePair };

/** A finding as a rule drafts it; compareSchemas resolves the fix and fills in the rest. */
export interface Draft {
  /** Defaults to the catalog's severity for the rule. */
  readonly severity?: Severity;
  readonly table?: string;
  readonly column?: string;
  readonly message: string;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly locations: readonly (SourceRef | undefined)[];
  readonly fix?: FixPlan;
  /** The table this finding is about, when both sides have it (its fix may become the table's rebuild). */
  readonly pair?: TablePair;
}

/** Examples for documentation: what the rule catches and what fixes it. */
export interface RuleDocs {
  readonly antiPattern: string;
  readonly fix: string;
}

export interface Rule<K extends ChangeKind = ChangeKind> {
  readonly id: RuleId;
  /** The schema changes this rule reports. */
  readonly kinds: readonly K[];
  readonly docs: RuleDocs;
  /** Narrows `kinds` when two rules share a change kind (index vs unique). */
  readonly applies?: (change: ChangeOf<K>) => boolean;
  report(change: ChangeOf<K>, context: RuleContext): Draft;
}

/** Declares a rule with its change kinds typed. */
export function defineRule<K extends ChangeKind>(rule: Rule<K>): Rule<K> {
  return rule;
}
