import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/report/types.js';
import { writeSeed002 } from '../support/seed-002.js';

const dir = mkdtempSync(join(tmpdir(), 'driftcheck-seed-002-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: dir,
    env: {},
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('seed 002: driftcheck diff prod.db dev.db', () => {
  it('lists the tables and columns prod lacks or has extra, exits 1, and leaves prod.db untouched', async () => {
    const { prod } = await writeSeed002(dir);
    const before = { bytes: readFileSync(prod), mtime: statSync(prod).mtimeMs };

    const json = await cli(['diff', 'prod.db', 'dev.db', '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    const found = report.findings
      .filter((f) => f.severity !== 'notice')
      .map((f) => [f.rule, f.column ? `${f.table}.${f.column}` : f.table]);
    expect(found).toEqual([
      ['column-missing', 'goals.completed_at'],
      ['column-missing', 'goals.program_day_id'],
      ['table-missing', 'program_day_templates'],
      ['column-missing', 'program_days.is_completed'],
      ['table-extra', 'scheduled_sessions'],
    ]);
    // The reference (dev.db) is where a missing thing is declared; prod.db where an extra one is.
    expect(report.findings.find((f) => f.table === 'program_day_templates')?.locations[0]?.path).toBe(
      'dev.db',
    );
    expect(report.findings.find((f) => f.table === 'scheduled_sessions')?.locations[0]?.path).toBe('prod.db');

    const text = await cli(['diff', 'prod.db', 'dev.db']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('goals.completed_at');
    expect(text.stdout).toContain('table program_day_templates is in dev.db but prod.db does not have it');

    expect(readFileSync(prod).equals(before.bytes)).toBe(true);
    expect(statSync(prod).mtimeMs).toBe(before.mtime);
  });
});
