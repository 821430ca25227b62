import type { Finding, RuleId } from '../findings.js';

export type SeverityOverride = 'error' | 'warning' | 'notice' | 'off';

/** `*` matches any run of characters; matching ignores case like SQLite identifiers do. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * A predicate for the configuration's `ignore` list: `table` patterns skip a whole table,
 * `table.column` patterns one column.
 */
export function ignoreMatcher(patterns: readonly string[]): (table: string, column?: string) => boolean {
  const tables: RegExp[] = [];
  const columns: { table: RegExp; column: RegExp }[] = [];
  for (const pattern of patterns) {
    const dot = pattern.indexOf('.');
    if (dot < 0) tables.push(patternToRegExp(pattern));
    else
      columns.push({
        table: patternToRegExp(pattern.slice(0, dot)),
        column: patternToRegExp(pattern.slice(dot + 1)),
      });
  }
  return (table, column) => {
    if (tables.some((t) => t.test(table))) return true;
    if (column === undefined) return false;
    return columns.some((c) => c.table.test(table) && c.column.test(column));
  };
}

/** Applies severity overrides (`off` drops the rule), the ignore list, and the project name. */
export function applyRuleSettings(
  findings: readonly Finding[],
  settings: {
    readonly rules: Readonly<Partial<Record<RuleId, SeverityOverride>>>;
    readonly ignore?: (table: string, column?: string) => boolean;
    readonly project?: string;
  },
): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = settings.rules[finding.rule];
    if (override === 'off') continue;
    if (finding.table !== undefined && settings.ignore?.(finding.table, finding.column)) continue;
    out.push({
      ...finding,
      ...(settings.project !== undefined ? { project: settings.project } : {}),
      ...(override ? { severity: override } : {}),
    });
  }
  return out;
}
