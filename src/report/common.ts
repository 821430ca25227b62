import type { Finding, Severity } from '../findings.js';
import type { SourceRef } from '../schema/types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** `3 errors, 1 warning` — only the non-zero counts; `no findings` when all are zero. */
export function countsPhrase(summary: Readonly<Record<Severity, number>>): string {
  const parts = SEVERITIES.filter((s) => summary[s] > 0).map((s) => plural(summary[s], s));
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `path:line`, or `path` when the line is unknown (0). */
export function formatRef(ref: SourceRef): string {
  return ref.line > 0 ? `${ref.path}:${ref.line}` : ref.path;
}

export interface FindingGroup<T> {
  readonly key: string | undefined;
  readonly items: readonly T[];
}

/** Consecutive runs with the same key; the input is already sorted, so each key forms one run. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): FindingGroup<T>[] {
  const groups: { key: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

/** `table.column`, `table`, or undefined. */
export function subject(finding: Finding): string | undefined {
  if (finding.table === undefined) return finding.column;
  return finding.column === undefined ? finding.table : `${finding.table}.${finding.column}`;
}

/**
 * Control characters from repository text (an ESC in an identifier, say) would let it recolour or
 * rewrite a terminal or log; show them as `\xNN` instead. Tab, LF and CR are left to the caller.
 */
export function visibleControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/**
 * Fixes that several findings of one table share (a 12-step rebuild fixes all of a table's
 * differences), in order of first appearance, with how many findings carry each: reporters print
 * such a fix once per table, not once per finding.
 */
export function sharedFixes(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.fix) counts.set(f.fix, (counts.get(f.fix) ?? 0) + 1);
  for (const [fix, count] of counts) if (count < 2) counts.delete(fix);
  return counts;
}
