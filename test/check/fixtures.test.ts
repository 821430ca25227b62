import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeFor, runCheck } from '../../src/check.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { directoryFs } from '../support/fs.js';

/**
 * Acceptance per migration format: test/fixtures/check/<format>/ holds a short history in that
 * tool's own layout and naming (a trigger, a unique index created separately where schema.sql says
 * UNIQUE, `DEFAULT 0` where it says `DEFAULT false`, foreign keys, a partial index, ALTER … ADD
 * COLUMN, downs where the tool has them) and an equivalent schema.sql. Each must check clean; the
 * JSON (without timing), markdown and text reports are compared with the golden files
 * (UPDATE_GOLDEN=1 rewrites them: review the diff). Two variants are made from each clean case:
 * one migration statement deleted, and a non-constant ADD COLUMN default added.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/check');
const update = process.env.UPDATE_GOLDEN === '1';
const FORMATS = [
  'plain',
  'flyway',
  'golang-migrate',
  'goose',
  'dbmate',
  'sqlx',
  'prisma',
  'drizzle',
  'diesel',
];
const GOLDEN = new Set(['expected.json', 'expected.md', 'expected.txt']);
/** The statement the deletion variant removes and after which the replay-error variant adds one. */
const ANCHOR = /\bADD\s+(COLUMN\s+)?[`"]?last_login_at\b/i;
const BREAKPOINT = '--> statement-breakpoint';
const BAD_ADD = 'ALTER TABLE posts ADD COLUMN updated_at DATETIME DEFAULT CURRENT_TIMESTAMP;';

const scratch = mkdtempSync(join(tmpdir(), 'driftcheck-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function check(root: string): Promise<{ report: Report; exit: number }> {
  const result = await runCheck({}, { fs: directoryFs(root), rootDir: root, clock: { now: () => 0 } });
  return { report: result.report, exit: exitCodeFor(result.report, result.failOn) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The migration file and 1-based line holding the anchor statement. */
function anchorOf(root: string): { path: string; line: number } {
  for (const path of filesUnder(root)) {
    if (GOLDEN.has(path) || path === 'schema.sql') continue;
    const index = readFileSync(join(root, path), 'utf8')
      .split('\n')
      .findIndex((l) => ANCHOR.test(l));
    if (index >= 0) return { path, line: index + 1 };
  }
  throw new Error(`no ADD COLUMN last_login_at in ${root}`);
}

/** A copy of the clean case (without golden files) whose anchor file `edit` rewrites. */
function variant(format: string, name: string, edit: (lines: string[], index: number) => string[]) {
  const root = join(scratch, name, format);
  cpSync(join(FIXTURES, format), root, {
    recursive: true,
    filter: (src) => !GOLDEN.has(src.split(sep).pop() ?? ''),
  });
  const anchor = anchorOf(root);
  const file = join(root, anchor.path);
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(file, edit(lines, anchor.line - 1).join('\n'));
  return { root, anchor };
}

function schemaLine(format: string, column: string): number {
  const lines = readFileSync(join(FIXTURES, format, 'schema.sql'), 'utf8').split('\n');
  return lines.findIndex((l) => new RegExp(`^\\s*${column}\\b`).test(l)) + 1;
}

const withoutTiming = (report: Report) => {
  const { timing: _timing, ...rest } = report;
  return rest;
};

describe.each(FORMATS)('%s', (format) => {
  const root = join(FIXTURES, format);

  it('checks clean against its schema.sql, and reports match the golden files', async () => {
    const { report, exit } = await check(root);
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(exit).toBe(0);
    expect(report.projects[0]?.migrations).toMatchObject({ format });
    expect(report.projects[0]?.models).toMatchObject({ format: 'sql', path: 'schema.sql', tables: 3 });

    const outputs: Record<string, string> = {
      'expected.json': `${JSON.stringify(withoutTiming(JSON.parse(formatJson(report)) as Report), null, 2)}\n`,
      'expected.md': formatMarkdown(report, { marker: format }),
      'expected.txt': formatText(report, { color: false }),
    };
    for (const [file, actual] of Object.entries(outputs)) {
      const path = join(root, file);
      if (update || !existsSync(path)) writeFileSync(path, actual);
      expect(actual, file).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('deleting the ADD COLUMN statement gives column-missing at the snapshot’s line, exit 1', async () => {
    const { root: copy } = variant(format, 'deleted', (lines, i) => lines.filter((_, k) => k !== i));
    const { report, exit } = await check(copy);
    expect(exit).toBe(1);
    // The untouched down migration still drops the column the up no longer adds: a true
    // down-mismatch warning for the formats that have downs, and nothing else.
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    for (const warning of warnings) {
      expect(warning.rule).toBe('down-mismatch');
      expect(warning.message).toContain('last_login_at');
    }
    expect(report.findings.filter((f) => f.severity === 'error')).toMatchObject([
      {
        rule: 'column-missing',
        severity: 'error',
        table: 'users',
        column: 'last_login_at',
        locations: [{ path: 'schema.sql', line: schemaLine(format, 'last_login_at') }],
        fix: expect.stringMatching(/^ALTER TABLE users ADD COLUMN last_login_at \w+;$/),
      },
    ]);
  });

  it('adding ADD COLUMN … DEFAULT CURRENT_TIMESTAMP gives replay-error at that file and line', async () => {
    const { root: copy, anchor } = variant(format, 'bad-default', (lines, i) => {
      const line = lines[i]!;
      // drizzle-kit separates statements with breakpoints: the added one gets its own.
      const cut = line.indexOf(BREAKPOINT);
      const usesBreakpoints = lines.some((l) => l.includes(BREAKPOINT));
      const before = cut >= 0 ? line.slice(0, cut) : line;
      const after = cut >= 0 ? line.slice(cut) : '';
      return [
        ...lines.slice(0, i),
        usesBreakpoints ? `${before}${BREAKPOINT}` : line,
        `${BAD_ADD}${after}`,
        ...lines.slice(i + 1),
      ];
    });
    const { report, exit } = await check(copy);
    expect(exit).toBe(1);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'replay-error',
      locations: [{ path: anchor.path, line: anchor.line + 1 }],
      message: expect.stringContaining('Cannot add a column with non-constant default'),
    });
  });
});
