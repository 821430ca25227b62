import { type Finding, RULE_IDS, type Severity } from '../findings.js';
import type { SourceRef } from '../schema/types.js';
import type { ProjectReport, Report } from './types.js';

/** Code-point order: deterministic on every machine and locale (unlike localeCompare). */
function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

function compareLocation(a: SourceRef | undefined, b: SourceRef | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return compareText(a.path, b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

const ruleOrder = (finding: Finding): number => RULE_IDS.indexOf(finding.rule);

/**
 * The one order every reporter shows: project, table, column, rule (catalog order), then message and
 * location. Findings without a table (replay errors, say) come first in their project.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.project, b.project) ||
      compareText(a.table, b.table) ||
      compareText(a.column, b.column) ||
      ruleOrder(a) - ruleOrder(b) ||
      compareText(a.message, b.message) ||
      compareLocation(a.locations[0], b.locations[0]),
  );
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) summary[finding.severity] += 1;
  return summary;
}

// The functions below rebuild each object with the contract's key order, so the output does not
// depend on how the engine happened to construct its objects.

function sourceRef(ref: SourceRef): SourceRef {
  return { path: ref.path, line: ref.line, column: ref.column };
}

function finding(f: Finding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    project: f.project,
    table: f.table,
    column: f.column,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    locations: f.locations.map(sourceRef),
    fix: f.fix,
  };
}

function project(p: ProjectReport): ProjectReport {
  return {
    name: p.name,
    root: p.root,
    migrations: p.migrations && {
      format: p.migrations.format,
      path: p.migrations.path,
      count: p.migrations.count,
      replayed: p.migrations.replayed,
    },
    models: p.models && { format: p.models.format, path: p.models.path, tables: p.models.tables },
    databases: p.databases?.map((d) => ({ path: d.path, tables: d.tables, tracker: d.tracker })),
    detected: p.detected && [...p.detected],
  };
}

/** The JSON report (the `--format json` contract): stable key order, sorted findings, trailing newline. */
export function formatJson(report: Report): string {
  const out: Report = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    engine: { sqlite: report.engine.sqlite },
    projects: report.projects.map(project),
    findings: sortFindings(report.findings).map(finding),
    summary: { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice },
    timing: { totalMs: report.timing.totalMs },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
