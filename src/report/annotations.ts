import type { Finding, Severity } from '../findings.js';
import { SEVERITY_RANK } from '../findings.js';
import { countsPhrase, plural, visibleControls } from './common.js';
import { sortFindings, summarize } from './json.js';
import type { Report } from './types.js';

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Workflow-command message escaping (what @actions/core's `escapeData` does). */
export function escapeData(text: string): string {
  return visibleControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message` */
export function workflowCommand(
  name: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(f: Finding): string {
  const ref = f.locations[0];
  const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
  return workflowCommand(
    f.severity,
    { file: ref?.path, line: ref && ref.line > 0 ? ref.line : undefined, title: `driftcheck ${f.rule}` },
    text,
  );
}

/**
 * Annotations at the file and line of each finding, most important first and capped per level like
 * GitHub caps them; one notice says what was left out (it counts against the notice cap).
 */
export function formatAnnotations(report: Report): string {
  const findings = sortFindings(report.findings).sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const bySeverity = (s: Severity) => findings.filter((f) => f.severity === s);
  const errors = bySeverity('error');
  const warnings = bySeverity('warning');
  const notices = bySeverity('notice');
  const overflow =
    errors.length > ANNOTATIONS_PER_LEVEL ||
    warnings.length > ANNOTATIONS_PER_LEVEL ||
    notices.length > ANNOTATIONS_PER_LEVEL;
  const shown = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
    ...notices.slice(0, overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL),
  ];
  const lines = shown.map(annotation);
  if (shown.length < findings.length) {
    const kept = new Set(shown);
    const left = summarize(findings.filter((f) => !kept.has(f)));
    lines.push(
      workflowCommand(
        'notice',
        { title: 'driftcheck' },
        `${plural(findings.length - shown.length, 'more finding')} (${countsPhrase(left)}) not shown as annotations: GitHub shows ${ANNOTATIONS_PER_LEVEL} per level. See the job summary for all of them.`,
      ),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
