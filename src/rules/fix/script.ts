import type { Finding, RuleId } from '../../findings.js';

/** Order in which fixes can run: tables and their columns before indexes, views and triggers last. */
const STAGE: Partial<Record<RuleId, number>> = {
  'table-missing': 0,
  'table-extra': 0,
  'column-missing': 1,
  'column-extra': 1,
  'column-type': 1,
  'column-nullable': 1,
  'column-default': 1,
  'primary-key': 1,
  'foreign-key': 1,
  check: 1,
  index: 2,
  unique: 2,
  view: 3,
  trigger: 4,
};

/**
 * One migration script from the findings' fixes: grouped by stage, tables in order of first
 * appearance, each distinct fix once (a table rebuild shared by several findings appears once).
 */
export function migrationScript(findings: readonly Finding[]): string {
  const withFix = findings.filter((f) => f.fix !== undefined && STAGE[f.rule] !== undefined);
  const tableOrder = [...new Set(withFix.map((f) => f.table ?? ''))];
  const sorted = [...withFix].sort(
    (a, b) =>
      STAGE[a.rule]! - STAGE[b.rule]! ||
      tableOrder.indexOf(a.table ?? '') - tableOrder.indexOf(b.table ?? ''),
  );
  const fixes = [...new Set(sorted.map((f) => f.fix!))];
  return fixes.length > 0 ? `${fixes.join('\n\n')}\n` : '';
}
