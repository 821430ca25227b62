import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  RULE_IDS
} from "./chunk-NTFL5Q3W.js";

// src/report/json.ts
function compareText(a, b) {
  if (a === b) return 0;
  if (a === void 0) return -1;
  if (b === void 0) return 1;
  return a < b ? -1 : 1;
}
function compareLocation(a, b) {
  if (a === void 0 || b === void 0) return a === b ? 0 : a === void 0 ? -1 : 1;
  return compareText(a.path, b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
var ruleOrder = (finding2) => RULE_IDS.indexOf(finding2.rule);
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => compareText(a.project, b.project) || compareText(a.table, b.table) || compareText(a.column, b.column) || ruleOrder(a) - ruleOrder(b) || compareText(a.message, b.message) || compareLocation(a.locations[0], b.locations[0])
  );
}
function summarize(findings) {
  const summary = { error: 0, warning: 0, notice: 0 };
  for (const finding2 of findings) summary[finding2.severity] += 1;
  return summary;
}
function sourceRef(ref) {
  return { path: ref.path, line: ref.line, column: ref.column };
}
function finding(f) {
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
    fix: f.fix
  };
}
function project(p) {
  return {
    name: p.name,
    root: p.root,
    migrations: p.migrations && {
      format: p.migrations.format,
      path: p.migrations.path,
      count: p.migrations.count,
      replayed: p.migrations.replayed
    },
    models: p.models && { format: p.models.format, path: p.models.path, tables: p.models.tables },
    databases: p.databases?.map((d) => ({ path: d.path, tables: d.tables, tracker: d.tracker })),
    detected: p.detected && [...p.detected]
  };
}
function formatJson(report) {
  const out = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    engine: { sqlite: report.engine.sqlite },
    projects: report.projects.map(project),
    findings: sortFindings(report.findings).map(finding),
    summary: { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice },
    timing: { totalMs: report.timing.totalMs }
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

export {
  sortFindings,
  summarize,
  formatJson
};
