import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/integrity/lock.js';
import type { Report } from '../../src/report/types.js';
import { cli, scratch } from '../live/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('driftcheck lock / driftcheck.sum', () => {
  it('locks every migration, then check reports edits and removals and accepts new ones', async () => {
    const { dir, cleanup } = scratch('lock');
    cleanups.push(cleanup);
    const m = (name: string) => join(dir, 'migrations', name);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'migrations'));
    const first = 'CREATE TABLE a (id INTEGER PRIMARY KEY);\n';
    writeFileSync(m('001_a.sql'), first);
    writeFileSync(m('002_b.sql'), 'CREATE TABLE b (id INTEGER PRIMARY KEY);\n');
    writeFileSync(m('003_c.sql'), 'CREATE TABLE c (id INTEGER PRIMARY KEY);\n');

    const locked = await cli(dir, ['lock']);
    expect(locked).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Wrote driftcheck\.sum with 3 migrations/),
      stderr: '',
    });
    const sum = readFileSync(join(dir, 'driftcheck.sum'), 'utf8');
    expect(sum.split('\n').filter((l) => l && !l.startsWith('#'))[0]).toBe(
      `001 migrations/001_a.sql ${sha256(first)}`,
    );
    expect((await cli(dir, ['check'])).code).toBe(0);

    writeFileSync(m('001_a.sql'), 'CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);\n');
    rmSync(m('002_b.sql'));
    writeFileSync(m('004_d.sql'), 'CREATE TABLE d (id INTEGER PRIMARY KEY);\n');
    const result = await cli(dir, ['check', '--format', 'json']);
    const report = JSON.parse(result.stdout) as Report;
    expect(
      report.findings.map((f) => [
        f.rule,
        f.message.split(':')[0],
        f.locations.map((l) => `${l.path}:${l.line}`),
      ]),
    ).toEqual([
      [
        'migration-edited',
        'migrations/001_a.sql changed since it was locked in driftcheck.sum',
        ['migrations/001_a.sql:1', 'driftcheck.sum:3'],
      ],
      [
        'migration-edited',
        'migrations/002_b.sql is in driftcheck.sum but no longer in migrations',
        ['driftcheck.sum:4'],
      ],
    ]);
    expect(result.code).toBe(1);
  });
});
