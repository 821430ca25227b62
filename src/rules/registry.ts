import type { ChangeKind, SchemaChange } from '../diff/index.js';
import type { RuleId } from '../findings.js';
import { check } from './check.js';
import { columnDefault } from './column-default.js';
import { columnExtra } from './column-extra.js';
import { columnMissing } from './column-missing.js';
import { columnNullable } from './column-nullable.js';
import { columnType } from './column-type.js';
import { foreignKey } from './foreign-key.js';
import { index } from './index.js';
import { primaryKey } from './primary-key.js';
import { tableExtra } from './table-extra.js';
import { tableMissing } from './table-missing.js';
import { trigger } from './trigger.js';
import type { Draft, Rule, RuleContext, RuleDocs } from './types.js';
import { unique } from './unique.js';
import { view } from './view.js';

/** Every schema-comparison rule, one per rule id. Replay and tracker rules live elsewhere. */
export const SCHEMA_RULES: readonly AnyRule[] = [
  erase(tableMissing),
  erase(tableExtra),
  erase(columnMissing),
  erase(columnExtra),
  erase(columnType),
  erase(columnNullable),
  erase(columnDefault),
  erase(primaryKey),
  erase(foreignKey),
  erase(index),
  erase(unique),
  erase(check),
  erase(view),
  erase(trigger),
];

/** The rule that reports a change. Every change kind has exactly one; a gap is a bug. */
export function ruleFor(change: SchemaChange): AnyRule {
  const rule = SCHEMA_RULES.find((r) => r.kinds.includes(change.kind) && (r.applies?.(change) ?? true));
  if (!rule) throw new Error(`no rule reports schema change ${change.kind}`);
  return rule;
}

/** A rule with its change type widened, for the list; ruleFor only hands it changes of its kinds. */
export interface AnyRule {
  readonly id: RuleId;
  readonly kinds: readonly ChangeKind[];
  readonly docs: RuleDocs;
  readonly applies?: (change: SchemaChange) => boolean;
  report(change: SchemaChange, context: RuleContext): Draft;
}

function erase<K extends ChangeKind>(rule: Rule<K>): AnyRule {
  return rule as unknown as AnyRule;
}
