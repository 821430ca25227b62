import type { SourceRef } from './schema/types.js';

/** Stable rule ids: users configure and suppress them by id. */
export const RULE_IDS = [
  'replay-error',
  'migration-order',
  'migration-edited',
  'table-missing',
  'table-extra',
  'column-missing',
  'column-extra',
  'column-type',
  'column-nullable',
  'column-default',
  'primary-key',
  'foreign-key',
  'index',
  'unique',
  'check',
  'view',
  'trigger',
  'tracker-mismatch',
  'destructive-change',
  'down-mismatch',
  'model-error',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly project?: string;
  readonly table?: string;
  readonly column?: string;
  readonly message: string;
  /** What the reference side (models, or B in `diff A B`) has; null when it lacks the object. */
  readonly expected?: string | null;
  /** What the checked side (migrations, or A) has; null when it lacks the object. */
  readonly actual?: string | null;
  readonly locations: readonly SourceRef[];
  /** SQL (or ORM snippet) that would make the checked side match. */
  readonly fix?: string;
}

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
