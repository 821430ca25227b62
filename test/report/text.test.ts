import { describe, expect, it } from 'vitest';
import { formatCompact, formatText } from '../../src/report/text.js';
import { loadReport } from './fixtures.js';

describe('formatText', () => {
  it('colours only when asked', () => {
    const report = loadReport('incident');
    expect(formatText(report, { color: false })).not.toContain('\u001b[');
    expect(formatText(report, { color: true })).toContain('\u001b[31m');
  });
  it('shows path:line on every finding and a summary line', () => {
    const out = formatText(loadReport('incident'), { color: false });
    expect(out).toContain('models.py:142  error    column-missing  `activity_instances.notes`');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '✖ 7 problems (5 errors, 2 warnings) · 41 ms · driftcheck 0.1.0, SQLite 3.54.0',
    );
  });
  it('prints a rebuild that several findings of a table share once, after them', () => {
    const report = loadReport('shared-rebuild');
    const rebuilds = report.findings.filter((f) => f.fix?.startsWith('-- Rebuild'));
    expect(rebuilds.length).toBe(5);
    const out = formatText(report, { color: false });
    expect(out.match(/-- Rebuild activity_instances/g)).toHaveLength(1);
    expect(out).toContain('    fix for activity_instances (5 findings):\n        -- Rebuild');
    expect(out).toContain('fix: ALTER TABLE goals ADD COLUMN completed_at DATETIME;');
  });
  it('never passes control characters from the repository to the terminal', () => {
    expect(formatText(loadReport('hostile'), { color: false })).not.toContain('\u001b');
  });
});

describe('formatCompact', () => {
  it('prints one line per finding and the command that shows details', () => {
    const lines = formatCompact(loadReport('incident'), { detailsCommand: 'npx driftcheck check' })
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(
      'migrations/002_database_improvements.sql:14 replay-error Cannot add a column with non-constant default',
    );
    expect(lines.at(-1)).toBe(
      'driftcheck: 5 errors, 2 warnings. Run `npx driftcheck check` for details and fixes.',
    );
  });
  it('prints nothing when clean', () => {
    expect(formatCompact(loadReport('clean'), { detailsCommand: 'x' })).toBe('');
  });
});

describe('formatCompact colour', () => {
  it('colours only when asked, and keeps one line per finding', () => {
    const report = loadReport('incident');
    expect(formatCompact(report, { detailsCommand: 'x' })).not.toContain('\u001b[');
    const coloured = formatCompact(report, { detailsCommand: 'x', color: true });
    expect(coloured).toContain('\u001b[31mreplay-error');
    expect(coloured.trimEnd().split('\n')).toHaveLength(8);
  });
});
