import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import {
  escapeData,
  escapeProperty,
  formatAnnotations,
  workflowCommand,
} from '../../src/report/annotations.js';
import { summarize } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { loadReport } from './fixtures.js';

function reportWith(counts: Record<Severity, number>): Report {
  const findings: Finding[] = [];
  for (const severity of ['notice', 'warning', 'error'] as const) {
    for (let i = 0; i < counts[severity]; i++) {
      findings.push({
        rule: 'column-missing',
        severity,
        table: `t${i}`,
        message: `${severity} ${i}`,
        locations: [{ path: 'm.py', line: i + 1 }],
      });
    }
  }
  const base = loadReport('clean');
  return { ...base, findings, summary: summarize(findings) };
}

describe('workflow command escaping', () => {
  it('escapes data like @actions/core', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
  });
  it('escapes properties, including the separators', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  it('builds a command with only the properties given', () => {
    expect(workflowCommand('warning', { file: 'a,b.sql', line: undefined, title: 'x' }, 'm')).toBe(
      '::warning file=a%2Cb.sql,title=x::m',
    );
  });
});

describe('formatAnnotations', () => {
  it('emits one command per line, at the file and line', () => {
    const lines = formatAnnotations(loadReport('incident')).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(5);
    expect(lines).toContain(
      '::error file=models.py,line=142,title=driftcheck column-missing::`activity_instances.notes` is in the model; no migration creates it%0AFix: ALTER TABLE activity_instances ADD COLUMN notes VARCHAR;',
    );
  });

  it('caps each level at 10, errors first, and says what was left out', () => {
    const lines = formatAnnotations(reportWith({ error: 12, warning: 3, notice: 15 }))
      .trimEnd()
      .split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(lines[0]).toMatch(/^::error /);
    expect(lines.at(-1)).toBe(
      '::notice title=driftcheck::8 more findings (2 errors, 6 notices) not shown as annotations: GitHub shows 10 per level. See the job summary for all of them.',
    );
  });

  it('prints nothing for a clean report', () => {
    expect(formatAnnotations(loadReport('clean'))).toBe('');
  });

  it('keeps hostile text inside one command', () => {
    const lines = formatAnnotations(loadReport('hostile')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=/);
    expect(lines.join('\n')).not.toContain('\u001b');
  });
});
