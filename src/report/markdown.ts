import type { Finding } from '../findings.js';
import { SEVERITY_RANK } from '../findings.js';
import type { SourceRef } from '../schema/types.js';
import { countsPhrase, formatRef, groupBy, plural, sharedFixes, subject } from './common.js';
import { sortFindings, summarize } from './json.js';
import { clip, code, encodePath, escapeHtml, escapeText, fence, inlineMarkdown } from './markdown-escape.js';
import type { ProjectReport, Report } from './types.js';

/** Where permalinks point: `<serverUrl>/<repository>/blob/<sha>/<path>#L<line>`. */
export interface RepoLinks {
  readonly serverUrl: string;
  /** `owner/repo`. */
  readonly repository: string;
  /** The head commit the report was made for. */
  readonly sha: string;
}

export interface MarkdownOptions {
  /** Identifies this driftcheck job's comment (the project or working directory); see `markerLine`. */
  readonly marker: string;
  readonly repo?: RepoLinks;
  /** GitHub rejects comments over 65,536 characters; the job summary takes 1 MiB. */
  readonly maxLength?: number;
  /** Where the untrimmed report can be read (the job summary), pointed to when trimmed. */
  readonly fullReportUrl?: string;
}

export interface ResolvedOptions {
  readonly marker: string;
  /** ISO timestamp of the run that found no drift any more. */
  readonly resolvedAt: string;
  readonly repo?: RepoLinks;
  readonly project?: string;
}

export const DEFAULT_MAX_LENGTH = 65_000;
/** Second hidden line of a resolved comment, so a later clean run keeps the first resolution time. */
export const RESOLVED_LINE = '<!-- driftcheck:resolved -->';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
/** Past this many table rows, further tables are collapsed. */
const OPEN_ROWS = 25;
/** Up to this many findings, suggested fixes are shown open. */
const OPEN_FIXES = 10;
const MAX_CELL = 1_000;
const MAX_BLOCK = 4_000;

/** The hidden first line that finds our comment again; safe whatever the key contains. */
export function markerLine(key: string): string {
  const safe = key.replace(/[^\w./:@+-]/g, '_').replace(/-{2,}/g, '-') || '.';
  return `<!-- driftcheck:${safe} -->`;
}

/** Whether a comment body is one we wrote for this key (the first line is the marker). */
export function hasMarker(body: string, key: string): boolean {
  return body.split(/\r?\n/, 1)[0]?.trim() === markerLine(key);
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function where(ref: SourceRef | undefined, repo: RepoLinks | undefined): string {
  if (!ref) return '';
  const label = escapeText(formatRef(ref));
  if (!repo) return label;
  const line = ref.line > 0 ? `#L${ref.line}` : '';
  return `[${label}](${repo.serverUrl}/${encodePath(repo.repository)}/blob/${encodePath(repo.sha)}/${encodePath(ref.path)}${line})`;
}

function projectSentence(p: ProjectReport): string {
  const parts: string[] = [];
  const m = p.migrations;
  // Command mode runs the project's own runner: there is no count of migrations to replay.
  if (m?.format === 'command') parts.push(`Built the migrations with their **command** (${code(m.path)})`);
  else if (m) {
    const count =
      m.replayed === m.count
        ? plural(m.count, 'migration')
        : `${m.replayed} of ${plural(m.count, 'migration')}`;
    parts.push(`Replayed **${count}** (${escapeText(m.format)}, ${code(m.path)}) from zero`);
  }
  if (p.models) {
    parts.push(
      `compared ${m ? 'them ' : ''}with **${plural(p.models.tables, 'table')}** in the models (${escapeText(p.models.format)}, ${code(p.models.path)})`,
    );
  }
  for (const db of p.databases ?? []) parts.push(`checked the database ${code(db.path)}`);
  if (parts.length === 0) return '';
  const text = parts.join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function scope(report: Report): string {
  const names = report.projects.map((p) => p.name);
  if (names.length === 1) return ` in ${code(names[0]!)}`;
  return names.length > 1 ? ` in ${names.length} projects` : '';
}

function footer(report: Report, repo: RepoLinks | undefined): string {
  const parts = [
    `driftcheck ${escapeText(report.tool.version)}`,
    `SQLite ${escapeText(report.engine.sqlite)} (sql.js)`,
    `${report.timing.totalMs} ms`,
  ];
  if (repo) {
    const sha = escapeText(shortSha(repo.sha));
    parts.push(
      `commit [${sha}](${repo.serverUrl}/${encodePath(repo.repository)}/commit/${encodePath(repo.sha)})`,
    );
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}

interface Render {
  /** Findings to show (a subset when trimming), in report order. */
  readonly shown: readonly Finding[];
  readonly fixes: boolean;
  readonly collapseAll: boolean;
}

/** A finding that belongs to no table (replay errors, ordering): a paragraph with its statement. */
function looseFinding(f: Finding, repo: RepoLinks | undefined, fixes: boolean): string[] {
  const at = where(f.locations[0], repo);
  const lines = [
    `${ICON[f.severity]} **${code(f.rule)}**${at ? ` at ${at}` : ''}: ${inlineMarkdown(clip(f.message, MAX_CELL))}`,
  ];
  // A replay error carries the failing statement as `actual`.
  if (f.rule === 'replay-error' && f.actual) lines.push('', fence(clip(f.actual, MAX_BLOCK), 'sql'));
  for (const ref of f.locations.slice(1)) lines.push('', `Also at ${where(ref, repo)}.`);
  if (fixes && f.fix) lines.push('', '**Fix:**', '', fence(clip(f.fix, MAX_BLOCK), 'sql'));
  return lines;
}

function tableRows(items: readonly Finding[], repo: RepoLinks | undefined): string[] {
  const rows = ['| | rule | where | what |', '|---|---|---|---|'];
  for (const f of items) {
    const refs = f.locations.map((ref) => where(ref, repo)).join('<br>');
    rows.push(
      `| ${ICON[f.severity]} | ${code(f.rule)} | ${refs} | ${inlineMarkdown(clip(f.message, MAX_CELL), 'table')} |`,
    );
  }
  return rows;
}

function fixBlock(table: string, items: readonly Finding[], open: boolean): string[] {
  const shared = sharedFixes(items);
  const oneLineTable = table.replace(/[\r\n]+/g, ' ');
  const blocks: string[] = [];
  const printed = new Set<string>();
  for (const f of items) {
    if (!f.fix || printed.has(f.fix)) continue;
    const count = shared.get(f.fix);
    if (count !== undefined) printed.add(f.fix);
    const label =
      count !== undefined
        ? `fix for ${oneLineTable} (${count} findings)`
        : `${f.rule}: ${(subject(f) ?? table).replace(/[\r\n]+/g, ' ')}`;
    blocks.push(`-- ${label}\n${clip(f.fix, MAX_BLOCK)}`);
  }
  if (blocks.length === 0) return [];
  const sql = blocks.join('\n\n');
  return [
    '',
    `<details${open ? ' open' : ''}><summary>Suggested fix for <code>${escapeHtml(table)}</code> (SQLite)</summary>`,
    '',
    fence(sql, 'sql'),
    '',
    '</details>',
  ];
}

function body(report: Report, options: MarkdownOptions, render: Render): string {
  const { repo } = options;
  const all = report.findings;
  const lines: string[] = [markerLine(options.marker)];
  const summary = summarize(all);
  const worst = summary.error > 0 ? 'error' : summary.warning > 0 ? 'warning' : 'notice';
  lines.push(`### ${ICON[worst]} driftcheck found ${countsPhrase(summary)}${scope(report)}`);
  const sentences = report.projects.map(projectSentence).filter(Boolean);
  if (sentences.length > 0) lines.push(sentences.join(' '));

  const multiProject = new Set(render.shown.map((f) => f.project)).size > 1;
  let rows = 0;
  for (const group of groupBy(render.shown, (f) => `${f.project ?? ''}\u0000${f.table ?? ''}`)) {
    const first = group.items[0]!;
    const prefix = multiProject && first.project !== undefined ? `${code(first.project)} › ` : '';
    if (first.table === undefined) {
      lines.push('', `#### ${prefix}Migrations`);
      for (const f of group.items) lines.push('', ...looseFinding(f, repo, render.fixes));
      continue;
    }
    const heading = `${prefix}${code(first.table)} · ${countsPhrase(summarize(group.items))}`;
    const collapse = render.collapseAll || rows >= OPEN_ROWS;
    rows += group.items.length;
    const content = [...tableRows(group.items, repo)];
    if (render.fixes) content.push(...fixBlock(first.table, group.items, all.length <= OPEN_FIXES));
    if (collapse) {
      const summaryHtml = `<code>${escapeHtml(first.table)}</code> · ${countsPhrase(summarize(group.items))}`;
      lines.push('', `<details><summary>${summaryHtml}</summary>`, '', ...content, '', '</details>');
    } else {
      lines.push('', `#### ${heading}`, '', ...content);
    }
  }

  const hidden = all.length - render.shown.length;
  if (hidden > 0 || !render.fixes) {
    const what: string[] = [];
    if (!render.fixes) what.push('suggested fixes are left out');
    if (hidden > 0) what.push(`${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not shown`);
    const full = options.fullReportUrl
      ? `The [job summary](${options.fullReportUrl}) has the full report.`
      : 'Run `driftcheck check` for the full report.';
    lines.push('', `> [!NOTE]`, `> This report is trimmed to fit on GitHub: ${what.join(' and ')}. ${full}`);
  }
  lines.push('', footer(report, repo));
  return `${lines.join('\n')}\n`;
}

function cleanBody(report: Report, options: MarkdownOptions): string {
  const lines = [markerLine(options.marker), `### ✅ No drift${scope(report)}`];
  const sentences = report.projects.map(projectSentence).filter(Boolean);
  if (sentences.length > 0) lines.push(`${sentences.join(' ')} Everything matches.`);
  lines.push('', footer(report, options.repo));
  return `${lines.join('\n')}\n`;
}

/** Most important first: what survives when findings must be cut. */
function byImportance(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/**
 * The PR comment and job summary. Over `maxLength` it is trimmed gracefully: fixes go first, then
 * every table is collapsed, then whole findings are cut (least severe first), with a pointer to the
 * full report.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const findings = sortFindings(report.findings);
  const sorted: Report = { ...report, findings };
  if (findings.length === 0) return cleanBody(sorted, options);
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;

  const full = body(sorted, options, { shown: findings, fixes: true, collapseAll: false });
  if (full.length <= max) return full;
  const noFixes = body(sorted, options, { shown: findings, fixes: false, collapseAll: false });
  if (noFixes.length <= max) return noFixes;
  const collapsed = body(sorted, options, { shown: findings, fixes: false, collapseAll: true });
  if (collapsed.length <= max) return collapsed;

  // Keep the `keep` most important findings, shown in report order; binary search the largest that fits.
  const ranked = byImportance(findings);
  const render = (keep: number): string => {
    const kept = new Set(ranked.slice(0, keep));
    return body(sorted, options, {
      shown: findings.filter((f) => kept.has(f)),
      fixes: false,
      collapseAll: true,
    });
  };
  let lo = 0;
  let hi = findings.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const best = render(lo);
  return best.length <= max ? best : `${best.slice(0, max - 2)}…\n`;
}

/** A comment whose drift was fixed turns into one line that says when. */
export function formatResolvedMarkdown(options: ResolvedOptions): string {
  const at = options.resolvedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  const commit = options.repo
    ? ` in [${escapeText(shortSha(options.repo.sha))}](${options.repo.serverUrl}/${encodePath(options.repo.repository)}/commit/${encodePath(options.repo.sha)})`
    : '';
  const project = options.project ? ` in ${code(options.project)}` : '';
  return `${markerLine(options.marker)}\n${RESOLVED_LINE}\n✅ **driftcheck**: the schema drift reported here${project} was resolved${commit} (${escapeText(at)}).\n`;
}
