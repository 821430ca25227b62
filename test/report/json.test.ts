import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { formatJson, sortFindings, summarize } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { loadReport } from './fixtures.js';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'column-missing',
  severity: 'error',
  message: 'm',
  locations: [],
  ...over,
});

describe('sortFindings', () => {
  it('orders by project, table, column, then rule in catalog order', () => {
    const findings = [
      f({ project: 'b', table: 'a' }),
      f({ project: 'a', table: 't', column: 'y' }),
      f({ project: 'a', table: 't', column: 'x', rule: 'column-type' }),
      f({ project: 'a', table: 't', column: 'x', rule: 'column-missing' }),
      f({ project: 'a', rule: 'replay-error' }),
    ];
    expect(
      sortFindings(findings).map((x) => `${x.project}/${x.table ?? '-'}/${x.column ?? '-'}/${x.rule}`),
    ).toEqual([
      'a/-/-/replay-error',
      'a/t/x/column-missing',
      'a/t/x/column-type',
      'a/t/y/column-missing',
      'b/a/-/column-missing',
    ]);
  });
  it('breaks remaining ties by message and location, and leaves its input alone', () => {
    const input = [
      f({ message: 'b' }),
      f({ message: 'a', locations: [{ path: 'z', line: 2 }] }),
      f({ message: 'a', locations: [{ path: 'z', line: 1 }] }),
    ];
    const sorted = sortFindings(input);
    expect(sorted.map((x) => `${x.message}${x.locations[0]?.line ?? ''}`)).toEqual(['a1', 'a2', 'b']);
    expect(input[0]!.message).toBe('b');
  });
});

describe('summarize', () => {
  it('counts by severity', () => {
    expect(summarize([f({}), f({ severity: 'notice' }), f({})])).toEqual({ error: 2, warning: 0, notice: 1 });
  });
});

describe('formatJson', () => {
  it('writes the contract keys in a stable order whatever order the input objects have', () => {
    const report = loadReport('incident');
    const shuffled = JSON.parse(
      JSON.stringify(report, (_key, value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Report;
    const reversed: Report = { ...shuffled, findings: [...shuffled.findings].reverse() };
    expect(formatJson(reversed)).toBe(formatJson(report));
    expect(Object.keys(JSON.parse(formatJson(reversed)))).toEqual([
      'version',
      'tool',
      'engine',
      'projects',
      'findings',
      'summary',
      'timing',
    ]);
  });
  it('keeps null for an object one side lacks and omits absent fields', () => {
    const out = JSON.parse(formatJson(loadReport('incident'))) as Report;
    const missing = out.findings.find((x) => x.column === 'notes' && x.rule === 'column-missing')!;
    expect(missing.actual).toBeNull();
    expect(Object.keys(missing)).toEqual([
      'rule',
      'severity',
      'project',
      'table',
      'column',
      'message',
      'expected',
      'actual',
      'locations',
      'fix',
    ]);
    expect(out.findings[0]!.rule).toBe('replay-error');
    expect('table' in out.findings[0]!).toBe(false);
  });
});
