import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/findings.js';
import { formatSarif } from '../../src/report/sarif.js';
import { CASES, loadReport } from './fixtures.js';

// The official OASIS schema, vendored: see test/fixtures/sarif/README.md.
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
) as object;
// A CommonJS module: under NodeNext its default import is `module.exports`, whose `.default` is the class.
const Ajv = AjvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: SarifResult[] }[];
}

describe('formatSarif', () => {
  it.each(CASES)('%s validates against the SARIF 2.1.0 schema', (name) => {
    const log = JSON.parse(formatSarif(loadReport(name)));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that rejects invalid SARIF', () => {
    const bad = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
    };
    expect(validate(bad)).toBe(false);
  });

  it('lists every rule, and each result points at its rule, file and line', () => {
    const log = JSON.parse(formatSarif(loadReport('incident'))) as SarifLog;
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    const missing = run.results.find((r) => r.ruleId === 'column-missing')!;
    expect(run.tool.driver.rules[missing.ruleIndex]!.id).toBe('column-missing');
    expect(missing.level).toBe('error');
    expect(missing.locations[0]!.physicalLocation.artifactLocation.uri).toBe('models.py');
    expect(missing.locations[0]!.physicalLocation.region.startLine).toBe(141);
    expect(run.results.find((r) => r.ruleId === 'foreign-key')!.level).toBe('warning');
  });

  it('keeps fingerprints stable when lines move and distinct between findings', () => {
    const report = loadReport('incident');
    const moved = {
      ...report,
      findings: report.findings.map((f) => ({
        ...f,
        locations: f.locations.map((l) => ({ ...l, line: l.line + 5 })),
      })),
    };
    const prints = (r: typeof report) =>
      (JSON.parse(formatSarif(r)) as SarifLog).runs[0]!.results.map(
        (x) => x.partialFingerprints['driftcheckFinding/v1'],
      );
    expect(prints(moved)).toEqual(prints(report));
    expect(new Set(prints(report)).size).toBe(report.findings.length);
  });
});
