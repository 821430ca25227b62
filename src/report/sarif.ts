import { createHash } from 'node:crypto';
import { type Finding, RULE_IDS, type Severity } from '../findings.js';
import { RULES } from '../rules/catalog.js';
import { sortFindings } from './json.js';
import type { Report } from './types.js';

export interface SarifOptions {
  /** Shown by code scanning as the tool's home page. */
  readonly informationUri?: string;
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

function rules() {
  return RULE_IDS.map((id) => {
    const rule = RULES[id];
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.help },
      help: { text: rule.help, markdown: `**${rule.summary}**\n\n${rule.help}` },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: ['database', 'schema', 'sqlite'] },
    };
  });
}

/**
 * Identity of a finding that survives unrelated edits: no line numbers (they move when lines are
 * added above) and no message text (wording may improve); a counter separates true duplicates.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.rule, f.project ?? '', f.table ?? '', f.column ?? '', f.locations[0]?.path ?? ''].join(
      '\u0000',
    );
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n + 1}`;
  });
}

function message(f: Finding): string {
  return f.fix ? `${f.message}\nFix:\n${f.fix}` : f.message;
}

/** SARIF 2.1.0 for code scanning: every rule with its help text, one result per finding. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const findings = sortFindings(report.findings);
  const prints = fingerprints(findings);
  const results = findings.map((f, i) => ({
    ruleId: f.rule,
    ruleIndex: RULE_IDS.indexOf(f.rule),
    level: LEVEL[f.severity],
    message: { text: message(f) },
    locations: f.locations.map((ref) => ({
      physicalLocation: {
        artifactLocation: {
          uri: ref.path.split('/').map(encodeURIComponent).join('/'),
          uriBaseId: '%SRCROOT%',
        },
        region: { startLine: Math.max(1, ref.line), ...(ref.column ? { startColumn: ref.column } : {}) },
      },
    })),
    partialFingerprints: { 'driftcheckFinding/v1': prints[i]! },
    properties: {
      ...(f.project !== undefined ? { project: f.project } : {}),
      ...(f.table !== undefined ? { table: f.table } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
    },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'driftcheck',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules(),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { sqlite: report.engine.sqlite },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
