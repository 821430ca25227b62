import pc from 'picocolors';
import type { Finding, Severity } from '../findings.js';
import { countsPhrase, formatRef, groupBy, plural, sharedFixes, visibleControls } from './common.js';
import { sortFindings } from './json.js';
import type { ProjectReport, Report } from './types.js';

export interface TextOptions {
  /** The caller decides (TTY, NO_COLOR, FORCE_COLOR); the formatter never looks at the environment. */
  readonly color: boolean;
}

export interface CompactOptions {
  /** The command that shows details and fixes, printed on the last line. */
  readonly detailsCommand: string;
  /** Colour the severity of each line (the caller decides: TTY, NO_COLOR). */
  readonly color?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

function clean(text: string): string {
  return visibleControls(text.replace(/\t/g, ' '));
}

function oneLine(text: string): string {
  return clean(text).replace(/\r\n?|\n/g, ' ');
}

function paint(c: Colors, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.blue(text);
}

function where(finding: Finding): string {
  const ref = finding.locations[0];
  return ref ? oneLine(formatRef(ref)) : '(no location)';
}

function projectLine(project: ProjectReport): string {
  const parts: string[] = [];
  const m = project.migrations;
  // Command mode runs the project's own runner: there is no count of migrations to replay.
  if (m?.format === 'command') parts.push(`migrations built by their command (${m.path})`);
  else if (m) {
    const count =
      m.replayed === m.count
        ? plural(m.count, 'migration')
        : `${m.replayed} of ${plural(m.count, 'migration')}`;
    parts.push(`${count} replayed (${m.format}, ${m.path})`);
  }
  const models = project.models;
  if (models) parts.push(`models: ${plural(models.tables, 'table')} (${models.format}, ${models.path})`);
  for (const db of project.databases ?? [])
    parts.push(`database: ${db.path} (${plural(db.tables, 'table')})`);
  return oneLine(parts.join(' · '));
}

function fixLines(c: Colors, label: string, fix: string, indent: string): string[] {
  const [first = '', ...rest] = clean(fix).split(/\r\n?|\n/);
  const pad = ' '.repeat(label.length + 1);
  return [`${indent}${c.dim(label)} ${first}`, ...rest.map((line) => `${indent}${pad}${line}`)];
}

/** A finding; its fix inline unless `shared` prints it once after the table's findings. */
function findingLines(
  c: Colors,
  finding: Finding,
  indent: string,
  shared: ReadonlyMap<string, number> = new Map(),
): string[] {
  const severity = paint(c, finding.severity, finding.severity.padEnd(7));
  const lines = [
    `${indent}${c.dim(where(finding))}  ${severity}  ${c.bold(finding.rule)}  ${oneLine(finding.message)}`,
  ];
  for (const ref of finding.locations.slice(1))
    lines.push(`${indent}    ${c.dim(`also at ${oneLine(formatRef(ref))}`)}`);
  if (finding.fix && !shared.has(finding.fix))
    lines.push(...fixLines(c, 'fix:', finding.fix, `${indent}    `));
  return lines;
}

/** Terminal output grouped by project, then table; a summary line with counts and timing. */
export function formatText(report: Report, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const findings = sortFindings(report.findings);
  const lines: string[] = [];
  const byProject = groupBy(findings, (f) => f.project);
  const projects = new Map(report.projects.map((p) => [p.name, p]));

  // Without a configuration, say what was detected, so a wrong guess is visible.
  const several = report.projects.length > 1;
  for (const project of report.projects)
    for (const entry of project.detected ?? [])
      lines.push(c.dim(oneLine(`${several ? `${project.name}: ` : ''}detected ${entry}`)));
  if (lines.length > 0) lines.push('');

  for (const group of byProject) {
    const project = group.key === undefined ? undefined : projects.get(group.key);
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
    if (group.key !== undefined || project) {
      const details = project ? projectLine(project) : '';
      lines.push(`${c.bold(oneLine(group.key ?? ''))}${details ? `  ${c.dim(details)}` : ''}`);
    }
    for (const table of groupBy(group.items, (f) => f.table)) {
      if (table.key === undefined) {
        for (const f of table.items) lines.push(...findingLines(c, f, '  '));
      } else {
        lines.push(`  ${c.underline(oneLine(table.key))}`);
        const shared = sharedFixes(table.items);
        for (const f of table.items) lines.push(...findingLines(c, f, '    ', shared));
        for (const [fix, count] of shared) {
          lines.push(`    ${c.dim(`fix for ${oneLine(table.key)} (${count} findings):`)}`);
          lines.push(
            ...clean(fix)
              .split(/\r\n?|\n/)
              .map((line) => `        ${line}`),
          );
        }
      }
    }
  }

  const timing = `${report.timing.totalMs} ms`;
  const engine = `driftcheck ${report.tool.version}, SQLite ${report.engine.sqlite}`;
  if (findings.length === 0) {
    const checked = report.projects.map((p) => oneLine(p.name)).join(', ');
    lines.push(
      `${c.green('✔')} No drift${checked ? ` in ${checked}` : ''}: ${report.projects.map(projectLine).filter(Boolean).join('; ') || 'the two schemas are the same'} · ${timing} · ${engine}`,
    );
  } else {
    const mark =
      report.summary.error > 0 ? c.red('✖') : report.summary.warning > 0 ? c.yellow('⚠') : c.blue('ℹ');
    lines.push(
      '',
      `${mark} ${plural(findings.length, 'problem')} (${countsPhrase(report.summary)}) · ${timing} · ${engine}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One line per finding (`path:line rule message`) for the pre-commit hook, then how to see details. */
export function formatCompact(report: Report, options: CompactOptions): string {
  const findings = sortFindings(report.findings);
  if (findings.length === 0) return '';
  const c = pc.createColors(options.color === true);
  const lines = findings.map(
    // The first paragraph says what is wrong; the statement excerpt and hint are for the details run.
    (f) => `${c.dim(where(f))} ${paint(c, f.severity, f.rule)} ${oneLine(f.message.split(/\n\s*\n/)[0]!)}`,
  );
  lines.push(
    `driftcheck: ${countsPhrase(report.summary)}. Run \`${c.bold(options.detailsCommand)}\` for details and fixes.`,
  );
  return `${lines.join('\n')}\n`;
}
