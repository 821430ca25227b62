import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckOverrides, runCheck } from '../../src/check.js';
import type { Finding } from '../../src/findings.js';
import { nodeProcessRunner } from '../../src/node/process.js';
import { nodeTempFiles } from '../../src/node/temp.js';
import type { FileSystem } from '../../src/ports.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { directoryFs, overlayFs } from '../support/fs.js';

/**
 * The Python acceptance stories through runCheck, as `driftcheck check ROOT` runs them: each case
 * directory names a project (`case.json`: root, flags), optionally lays files over it (`overlay/`),
 * lists every error and warning the check must report, and keeps the full report as golden files.
 * UPDATE_GOLDEN=1 npx vitest run test/python/check-golden.test.ts rewrites them; review the diff.
 */

const REPO_ROOT = join(import.meta.dirname, '../..');
const CASES_DIR = join(REPO_ROOT, 'test/fixtures/check-python');
const update = process.env.UPDATE_GOLDEN === '1';
const temp = nodeTempFiles();
afterAll(() => temp.cleanup());

interface CaseSpec {
  /** The project root, relative to this repository. */
  readonly root: string;
  readonly overrides?: CheckOverrides;
  /** Every finding at error or warning level: `rule table.column path:line` (the first location). */
  readonly errorsAndWarnings: readonly string[];
}

const cases = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function brief(finding: Finding): string {
  const what = [finding.table, finding.column].filter(Boolean).join('.');
  const at = finding.locations[0];
  return [finding.rule, what, at ? `${at.path}:${at.line}` : ''].filter(Boolean).join(' ');
}

const outputs: Record<string, (report: Report) => string> = {
  'expected.json': (report) => formatJson(report),
  'expected.md': (report) => formatMarkdown(report, { marker: report.projects.map((p) => p.name).join(',') }),
  'expected.txt': (report) => formatText(report, { color: false }),
};

describe.each(cases)('driftcheck check: %s', (name) => {
  const dir = join(CASES_DIR, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
  const rootDir = join(REPO_ROOT, spec.root);
  const run = (async () => {
    let fs: FileSystem = directoryFs(rootDir);
    if (existsSync(join(dir, 'overlay'))) fs = overlayFs(fs, directoryFs(join(dir, 'overlay')));
    const ports = { fs, rootDir, clock: { now: () => 0 }, process: nodeProcessRunner, temp };
    return (await runCheck(spec.overrides ?? {}, ports)).report;
  })();

  it('reports exactly the expected errors and warnings', async () => {
    const report = await run;
    const found = report.findings.filter((f) => f.severity !== 'notice').map(brief);
    expect(found).toEqual(spec.errorsAndWarnings);
  });

  it.each(Object.keys(outputs))('%s', async (file) => {
    const actual = outputs[file]!(await run);
    const path = join(dir, file);
    if (update || !existsSync(path)) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
