import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnnotations } from '../../src/report/annotations.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { CASES, FIXTURES, loadReport, REPO } from './fixtures.js';

// UPDATE_GOLDEN=1 npx vitest run test/report rewrites the expected files; review the diff.
const update = process.env.UPDATE_GOLDEN === '1';

const outputs: Record<string, (report: Report) => string> = {
  'expected.md': (report) =>
    formatMarkdown(report, {
      marker: report.projects[0]?.name ?? '.',
      repo: REPO,
      fullReportUrl: 'https://github.com/acme/goals/actions/runs/42',
    }),
  'expected.txt': (report) => formatText(report, { color: false }),
  'expected.sarif.json': (report) => formatSarif(report),
  'expected.annotations.txt': (report) => formatAnnotations(report),
};

describe.each(CASES)('golden: %s', (name) => {
  const report = loadReport(name);
  it.each(Object.keys(outputs))('%s', (file) => {
    const actual = outputs[file]!(report);
    const path = join(FIXTURES, name, file);
    if (update || !existsSync(path)) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
