import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/migrations/types.js';
import { schemaFromStatements } from '../../src/sqlite/build-schema.js';
import { splitStatements } from '../../src/sqlite/split.js';

const SNAPSHOT = `-- schema snapshot
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  team_id INTEGER REFERENCES teams (id),
  CHECK (length(email) > 3)
);

CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT,
  CONSTRAINT teams_name UNIQUE (name));
  CREATE INDEX users_team ON users (team_id);
ALTER TABLE users ADD COLUMN created_at DATETIME;
CREATE VIEW team_users AS SELECT u.id, t.name FROM users u JOIN teams t ON t.id = u.team_id;
CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN
  UPDATE users SET created_at = created_at WHERE id = NEW.id;
END;
`;

describe('schemaFromStatements', () => {
  it('locates tables, columns, keys, checks, indexes, views and triggers at their statements', async () => {
    const { schema, errors } = await schemaFromStatements(splitStatements(SNAPSHOT, 'schema.sql'));
    expect(errors).toEqual([]);
    const users = schema.tables.find((t) => t.name === 'users')!;
    const teams = schema.tables.find((t) => t.name === 'teams')!;
    const at = (line: number, column?: number) => ({ path: 'schema.sql', line, ...(column && { column }) });
    expect(users.source).toEqual(at(2, 1));
    expect(users.columns.map((c) => [c.name, c.source])).toEqual([
      ['id', at(3, 3)],
      ['email', at(4, 3)],
      ['team_id', at(5, 3)],
      ['created_at', at(12, 1)], // ALTER TABLE ADD COLUMN: that statement
    ]);
    expect(users.checks[0]?.source).toEqual(at(6, 3));
    expect(users.foreignKeys[0]?.source).toEqual(at(5, 19));
    expect(users.indexes.map((i) => [i.name, i.source])).toEqual([
      ['sqlite_autoindex_users_1', at(4, 23)], // the UNIQUE constraint
      ['users_team', at(11, 3)],
    ]);
    expect(teams.source).toEqual(at(9, 1));
    expect(teams.indexes.map((i) => [i.name, i.source])).toEqual([
      ['sqlite_autoindex_teams_1', at(10, 3)], // a named constraint is located at CONSTRAINT
    ]);
    expect(schema.views[0]?.source).toEqual(at(13, 1));
    expect(schema.triggers[0]?.source).toEqual(at(14, 1));
  });

  it('carries locations through a table rebuild and a column rename', async () => {
    const sql = [
      'CREATE TABLE t (a INT, b INT);',
      'CREATE TABLE t_new (a INT NOT NULL,',
      '  b INT);',
      'INSERT INTO t_new SELECT * FROM t;',
      'DROP TABLE t;',
      'ALTER TABLE t_new RENAME TO t;',
      'ALTER TABLE t RENAME COLUMN b TO c;',
    ].join('\n');
    const { schema } = await schemaFromStatements(splitStatements(sql, 'm.sql'));
    expect(
      schema.tables.map((t) => [t.name, t.source?.line, t.columns.map((c) => [c.name, c.source?.line])]),
    ).toEqual([
      [
        't',
        2,
        [
          ['a', 2],
          ['c', 3],
        ],
      ],
    ]);
  });

  it('collects statements SQLite rejects and keeps going', async () => {
    const statements = splitStatements(
      'CREATE TABLE a (x);\nCREATE TABLE a (y);\nCREATE INDEX i ON missing (x);\nCREATE TABLE b (z);',
      'bad.sql',
    );
    const blocked: Statement = {
      sql: 'x',
      location: { path: 'm.py', line: 9 },
      blocked: { message: 'dynamic SQL' },
    };
    const { schema, errors } = await schemaFromStatements([...statements, blocked]);
    expect(schema.tables.map((t) => t.name)).toEqual(['a', 'b']);
    expect(errors.map((e) => [e.statement.location.line, e.message])).toEqual([
      [2, 'table a already exists'],
      [3, 'no such table: main.missing'],
      [9, 'dynamic SQL'],
    ]);
  });

  it('lets hints override statement positions', async () => {
    const statements = splitStatements(
      'CREATE TABLE Users (id INTEGER PRIMARY KEY, name TEXT UNIQUE);',
      'gen.sql',
    );
    const model = (line: number) => ({ path: 'models.py', line });
    const { schema } = await schemaFromStatements(statements, {
      hints: { tables: { users: model(10) }, columns: { 'users.name': model(12) } },
    });
    const users = schema.tables[0]!;
    expect(users.source).toEqual(model(10));
    expect(users.columns.map((c) => c.source)).toEqual([{ path: 'gen.sql', line: 1, column: 21 }, model(12)]);
  });

  it('declares app functions so DDL that calls them runs', async () => {
    const statements = splitStatements(
      "CREATE TABLE t (x TEXT);\nUPDATE t SET x = normalize(x);\nCREATE VIEW v AS SELECT slug(x, '-') FROM t;\nSELECT normalize('a'), slug('a', 'b');",
      'f.sql',
    );
    const without = await schemaFromStatements(statements);
    expect(without.errors.map((e) => [e.statement.location.line, e.message])).toEqual([
      [2, 'no such function: normalize'],
      [4, 'no such function: normalize'],
    ]);
    const withFns = await schemaFromStatements(statements, { functions: ['normalize', 'slug'] });
    expect(withFns.errors).toEqual([]);
    expect(withFns.schema.views.map((v) => v.definition)).toEqual(["select slug(x, '-') from t"]);
  });
});
