import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import type { Report } from '../report/types.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders a report for the terminal or a file. */
export function formatReport(
  report: Report,
  format: ReportFormat,
  options: { readonly color: boolean },
): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report, { marker: report.projects.map((p) => p.name).join(',') || 'driftcheck' });
    case 'sarif':
      return formatSarif(report);
    default:
      return formatText(report, { color: options.color });
  }
}
