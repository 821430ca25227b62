import { describe, expect, it } from 'vitest';
import { gooseLoader, parseGoose } from '../../src/migrations/formats/goose.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

describe('goose parsing', () => {
  it('splits Up and Down sections and keeps StatementBegin/End blocks whole', () => {
    const text = [
      '-- +goose Up',
      'CREATE TABLE users (id INTEGER PRIMARY KEY, updated_at TEXT);',
      '-- +goose StatementBegin',
      'CREATE TRIGGER users_touch AFTER UPDATE ON users',
      'BEGIN',
      "  UPDATE users SET updated_at = datetime('now') WHERE id = NEW.id;",
      'END;',
      '-- +goose StatementEnd',
      '',
      '-- +goose Down',
      'DROP TRIGGER users_touch;',
      'DROP TABLE users;',
    ].join('\n');
    const parsed = parseGoose(text, 'db/migrations/00001_users.sql');
    expect(parsed.up.map((s) => s.location.line)).toEqual([2, 4]);
    expect(parsed.up[1]!.sql).toMatch(/^CREATE TRIGGER users_touch[\s\S]*END;$/);
    expect(parsed.down.map((s) => s.sql)).toEqual(['DROP TRIGGER users_touch;', 'DROP TABLE users;']);
    expect(parsed.noTransaction).toBe(false);
    expect(parsed.findings).toEqual([]);
  });

  it('cuts statements where goose does, so a trigger without StatementBegin breaks as it does under goose', () => {
    const text = '-- +goose Up\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  DELETE FROM b;\nEND;\n';
    const parsed = parseGoose(text, 'm/1_t.sql');
    expect(parsed.up.map((s) => s.sql)).toEqual([
      'CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  DELETE FROM b;',
      'END;',
    ]);
  });

  it('reads NO TRANSACTION and notes ENVSUB', () => {
    const parsed = parseGoose(
      '-- +goose NO TRANSACTION\n-- +goose ENVSUB ON\n-- +goose Up\nVACUUM;\n',
      'm/2_v.sql',
    );
    expect(parsed.noTransaction).toBe(true);
    expect(parsed.findings.map((f) => [f.severity, f.locations[0]!.line])).toEqual([['notice', 2]]);
  });

  it('blocks a file without -- +goose Up, as goose refuses it', () => {
    const parsed = parseGoose('CREATE TABLE t (x);\n', 'm/3_t.sql');
    expect(parsed.up).toHaveLength(1);
    expect(parsed.up[0]!.blocked?.message).toContain('-- +goose Up');
  });

  it('blocks the file at the line goose rejects', () => {
    const unclosed = parseGoose('-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n', 'm/4_u.sql');
    expect(unclosed.up).toHaveLength(1);
    expect(unclosed.up[0]!.blocked?.message).toContain('never closed');
    const twice = parseGoose('-- +goose Up\nSELECT 1;\n-- +goose Up\nSELECT 2;\n', 'm/5_t.sql');
    expect(twice.up[0]!.location.line).toBe(3);
    expect(twice.up[0]!.blocked?.message).toContain('duplicate');
  });

  it('reads CRLF files with a byte-order mark', () => {
    const parsed = parseGoose(
      '\uFEFF-- +goose Up\r\nCREATE TABLE t (x);\r\n\r\n-- +goose Down\r\nDROP TABLE t;\r\n',
      'm/6_c.sql',
    );
    expect(parsed.up.map((s) => [s.sql, s.location.line])).toEqual([['CREATE TABLE t (x);', 2]]);
    expect(parsed.down.map((s) => [s.sql, s.location.line])).toEqual([['DROP TABLE t;', 5]]);
  });
});

describe('goose loader', () => {
  it('orders by version, sets transactions, and reports each Go migration', async () => {
    const fs = memoryFs({
      'db/migrations/00010_ten.sql': '-- +goose Up\nCREATE TABLE ten (x);\n',
      'db/migrations/00002_two.sql':
        '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE two (x);\n-- +goose Down\nDROP TABLE two;\n',
      'db/migrations/00003_backfill.go': 'package migrations',
      'db/migrations/migrations_test.go': 'package migrations',
      'db/migrations/main.go': 'package migrations',
    });
    const set = await gooseLoader.load(fs, 'db/migrations', options);
    expect(set.migrations.map((m) => [m.version, m.transaction, m.downPath])).toEqual([
      ['2', 'none', 'db/migrations/00002_two.sql'],
      ['10', 'migration', undefined],
    ]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ rule: 'replay-error', severity: 'notice' });
    expect(set.findings[0]!.message).toContain('00003_backfill.go');
    expect(set.foreignKeys).toBe(false);
  });

  it('reports a .sql and a .go migration sharing a version', async () => {
    const fs = memoryFs({
      'm/00001_a.sql': '-- +goose Up\nSELECT 1;\n',
      'm/00001_b.go': 'package m',
    });
    const set = await gooseLoader.load(fs, 'm', options);
    expect(set.findings.some((f) => f.rule === 'migration-order' && f.locations.length === 2)).toBe(true);
  });
});
