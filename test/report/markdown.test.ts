import { describe, expect, it } from 'vitest';
import {
  formatMarkdown,
  formatResolvedMarkdown,
  hasMarker,
  markerLine,
  RESOLVED_LINE,
} from '../../src/report/markdown.js';
import { loadReport, REPO } from './fixtures.js';

describe('marker', () => {
  it('is a hidden comment that names the key', () => {
    expect(markerLine('services/api')).toBe('<!-- driftcheck:services/api -->');
  });
  it('cannot be closed early by the key', () => {
    expect(markerLine('x --> <b>')).toBe('<!-- driftcheck:x_-___b_ -->');
    expect(markerLine('a\nb')).not.toContain('\n');
  });
  it('matches only our first line for the same key', () => {
    const body = formatMarkdown(loadReport('incident'), { marker: 'services/api' });
    expect(hasMarker(body, 'services/api')).toBe(true);
    expect(hasMarker(body, 'services/web')).toBe(false);
    expect(hasMarker(`quoting:\n${body}`, 'services/api')).toBe(false);
  });
});

describe('formatMarkdown', () => {
  it('puts replay errors first with the failing statement, then tables', () => {
    const md = formatMarkdown(loadReport('incident'), { marker: 'app', repo: REPO });
    const replay = md.indexOf('replay-error');
    expect(replay).toBeGreaterThan(0);
    expect(replay).toBeLessThan(md.indexOf('activity_instances'));
    expect(md).toContain(
      '```sql\nALTER TABLE goals ADD COLUMN updated_at DATETIME DEFAULT CURRENT_TIMESTAMP;\n```',
    );
    expect(md).toContain(`${REPO.serverUrl}/acme/goals/blob/${REPO.sha}/models.py#L141`);
    expect(md.split('\n')[1]).toBe('### ❌ driftcheck found 5 errors, 2 warnings in `app`');
  });

  it('shows a rebuild that several findings share once per table', () => {
    const md = formatMarkdown(loadReport('shared-rebuild'), { marker: 'x' });
    expect(md.match(/-- Rebuild activity_instances/g)).toHaveLength(1);
    expect(md).toContain('-- fix for activity_instances (5 findings)\n-- Rebuild');
    expect(md).toContain('-- column-missing: goals.completed_at\nALTER TABLE goals');
  });
  it('shows plain path:line without repository information', () => {
    const md = formatMarkdown(loadReport('incident'), { marker: 'app' });
    expect(md).toContain('| models.py\\:141 |');
    expect(md).not.toContain('https://');
  });

  it('lets no hostile text become HTML, a mention, or a new table cell', () => {
    const md = formatMarkdown(loadReport('hostile'), { marker: 'x', repo: REPO });
    const outsideCode = md
      .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
      .replace(/(?<!\\)(`+)(?:(?!\1)[\s\S])*?\1/g, ''); // code spans (an escaped backtick opens none)
    expect(outsideCode).not.toMatch(/<(script|img)/);
    expect(outsideCode).not.toMatch(/@[A-Za-z]/);
    for (const row of md.split('\n').filter((l) => l.startsWith('| ⚠️') || l.startsWith('| ❌'))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });

  it('trims a huge report under the limit, keeping errors and pointing to the job summary', () => {
    const report = loadReport('huge');
    const md = formatMarkdown(report, { marker: 'big', repo: REPO, fullReportUrl: 'https://x.example/run' });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toContain('[job summary](https://x.example/run)');
    expect(md).toContain('suggested fixes are left out');
    const shownRows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
    const errors = shownRows.filter((l) => l.startsWith('| ❌'));
    expect(errors).toHaveLength(report.summary.error);
    expect(md).toMatch(/\d+ more findings are not shown/);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('drops only the fixes when that is enough', () => {
    const report = loadReport('incident');
    const full = formatMarkdown(report, { marker: 'app' });
    const md = formatMarkdown(report, { marker: 'app', maxLength: full.length - 1 });
    expect(md).toContain('suggested fixes are left out');
    expect(md).not.toContain('more finding');
    expect(md).not.toContain('Suggested fix');
  });

  it('renders the clean state', () => {
    const md = formatMarkdown(loadReport('clean'), { marker: 'app' });
    expect(md.split('\n').slice(0, 2)).toEqual(['<!-- driftcheck:app -->', '### ✅ No drift in `app`']);
  });
});

describe('formatResolvedMarkdown', () => {
  it('is the marker plus one line with the resolution time', () => {
    const md = formatResolvedMarkdown({ marker: 'app', resolvedAt: '2026-01-01T15:42:07.123Z', repo: REPO });
    const lines = md.trimEnd().split('\n');
    expect(lines).toEqual([
      '<!-- driftcheck:app -->',
      RESOLVED_LINE,
      `✅ **driftcheck**: the schema drift reported here was resolved in [1a2b3c4](https://github.com/acme/goals/commit/${REPO.sha}) (2026-01-01 15\\:42\\:07 UTC).`,
    ]);
  });
});
