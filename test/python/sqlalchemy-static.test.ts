import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { camelToSnake } from '../../src/models/sqlalchemy/collect.js';
import { createIndexSql, createTableSql, tableIndexes } from '../../src/models/sqlalchemy/ddl.js';
import { sqlalchemyModels } from '../../src/models/sqlalchemy/loader.js';
import type { TableSpec } from '../../src/models/sqlalchemy/model.js';
import { readSqlalchemyModels } from '../../src/models/sqlalchemy/read.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function columnLines(table: TableSpec | undefined): string[] {
  if (!table) throw new Error('table missing');
  return createTableSql(table)
    .split('\n')
    .slice(1, -1)
    .map((l) => l.trim().replace(/,$/, ''));
}

describe('SQLAlchemy 2.0 models (DeclarativeBase, Mapped, mapped_column)', async () => {
  const models = await readSqlalchemyModels(directoryFs(FIXTURES), 'sqlalchemy-2/models.py');
  const projects = models.tables.find((t) => t.name === 'projects');
  const tasks = models.tables.find((t) => t.name === 'tasks');

  it('reads every table without model errors', () => {
    expect(models.findings).toEqual([]);
    expect(models.tables.map((t) => t.name)).toEqual(['projects', 'tasks']);
  });

  it('derives types and nullability from Mapped[...] annotations, Annotated aliases and the type map', () => {
    expect(columnLines(projects)).toEqual([
      'created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL',
      'updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP)',
      'id INTEGER NOT NULL',
      'name VARCHAR(100) NOT NULL',
      'slug VARCHAR(64) NOT NULL',
      'description VARCHAR',
      'archived BOOLEAN NOT NULL',
      'budget FLOAT',
      'PRIMARY KEY (id)',
      'CONSTRAINT uq_projects_name UNIQUE (name)',
    ]);
  });

  it('handles Uuid keys, enums by member name, renamed columns and string annotations', () => {
    expect(columnLines(tasks)).toEqual([
      'created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL',
      'updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP)',
      'id CHAR(32) NOT NULL',
      'project_id INTEGER NOT NULL',
      'title VARCHAR NOT NULL',
      'priority VARCHAR(8) NOT NULL',
      'due DATE',
      'estimate_minutes INTEGER',
      'PRIMARY KEY (id)',
      'FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE',
    ]);
    expect(tableIndexes(tasks!).map((i) => createIndexSql(tasks!, i))).toEqual([
      'CREATE INDEX ix_tasks_project_id ON tasks (project_id)',
    ]);
  });

  it('places tables, columns and indexes at their model lines', () => {
    expect(models.ddl.hints.tables?.tasks).toEqual({ path: 'sqlalchemy-2/models.py', line: 48 });
    expect(models.ddl.hints.columns?.['tasks.title']).toEqual({ path: 'sqlalchemy-2/models.py', line: 53 });
    expect(models.ddl.hints.columns?.['tasks.created_at']).toEqual({
      path: 'sqlalchemy-2/models.py',
      line: 29,
    });
    expect(models.ddl.hints.indexes?.ix_tasks_project_id).toEqual({
      path: 'sqlalchemy-2/models.py',
      line: 52,
    });
  });
});

describe('what cannot be read statically', async () => {
  const models = await readSqlalchemyModels(directoryFs(FIXTURES), 'sqlalchemy-errors/models.py');

  it('reports a model-error at the line of each construct, and reads the rest', () => {
    const at = models.findings.map((f) => [f.rule, f.locations[0]?.line, f.message]);
    expect(at).toEqual([
      [
        'model-error',
        26,
        expect.stringContaining('custom type JSONEncoded picks its SQL type in load_dialect_impl()'),
      ],
      ['model-error', 27, expect.stringContaining('SQLite has no ARRAY type')],
      ['model-error', 17, expect.stringContaining('Gadget.__tablename__ is computed at run time')],
      ['model-error', 39, expect.stringContaining('Thing.__tablename__ is computed at run time')],
    ]);
    expect(columnLines(models.tables.find((t) => t.name === 'widgets'))).toEqual([
      'id INTEGER NOT NULL',
      'name VARCHAR(30) NOT NULL',
      'PRIMARY KEY (id)',
    ]);
  });

  it('turns a syntax error into a model-error instead of failing', async () => {
    const fs = memoryFs({
      'app/models.py':
        'from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = "a"\n    id = Column(Integer, primary_key=True)\n    def broken(:\n',
    });
    const result = await readSqlalchemyModels(fs, 'app/models.py');
    expect(result.findings[0]).toMatchObject({ rule: 'model-error', locations: [{ path: 'app/models.py' }] });
    expect(result.tables.map((t) => t.name)).toEqual(['a']);
  });
});

describe('Flask-SQLAlchemy table names', () => {
  it('snake-cases class names like Flask-SQLAlchemy 3', () => {
    expect(camelToSnake('UserAccount')).toBe('user_account');
    expect(camelToSnake('HTTPRequestLog')).toBe('http_request_log');
    expect(camelToSnake('Role')).toBe('role');
    expect(camelToSnake('OAuth2Token')).toBe('o_auth2_token');
  });
});

describe('model files and import aliases', () => {
  it('follows `from app import db` into the project and resolves `so.mapped_column`', async () => {
    const fs = memoryFs({
      'app/__init__.py': 'from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n',
      'app/models.py': [
        'from app import db',
        '',
        'class ApiKey(db.Model):',
        '    id = db.Column(db.Integer, primary_key=True)',
        '    token = db.Column(db.String(40), index=True, unique=True)',
        '',
      ].join('\n'),
    });
    const models = await readSqlalchemyModels(fs, 'app/models.py');
    expect(models.findings).toEqual([]);
    const table = models.tables[0]!;
    expect(table.name).toBe('api_key');
    expect(tableIndexes(table).map((i) => createIndexSql(table, i))).toEqual([
      'CREATE UNIQUE INDEX ix_api_key_token ON api_key (token)',
    ]);
  });

  it('detects SQLAlchemy model files and directories', async () => {
    const fs = directoryFs(FIXTURES);
    expect(await sqlalchemyModels.detect(fs, 'sqlalchemy/goals_models.py')).toBe(true);
    expect(await sqlalchemyModels.detect(fs, 'sqlalchemy/shop')).toBe(true);
    expect(await sqlalchemyModels.detect(fs, 'python-manager/migrations/001_initial_schema.sql')).toBe(false);
  });
});

describe('SQLModel', () => {
  it('reports table models as not readable statically, pointing at command mode', async () => {
    const fs = memoryFs({
      'app/models.py': [
        'from sqlmodel import Field, SQLModel',
        '',
        'class HeroBase(SQLModel):',
        '    name: str',
        '',
        'class Hero(HeroBase, table=True):',
        '    id: int | None = Field(default=None, primary_key=True)',
        '',
      ].join('\n'),
    });
    const models = await readSqlalchemyModels(fs, 'app/models.py');
    expect(models.findings).toEqual([
      expect.objectContaining({ rule: 'model-error', locations: [{ path: 'app/models.py', line: 6 }] }),
    ]);
    expect(models.findings[0]!.message).toContain('command mode');
  });
});

describe('DDL SQLite rejects', () => {
  it('reports a PostgreSQL-only CHECK once, at its table, not again for each of its indexes', async () => {
    const fs = memoryFs({
      'models.py': [
        'import sqlalchemy as sa',
        'from sqlalchemy import Column, Integer, String',
        'from sqlalchemy.orm import declarative_base',
        'Base = declarative_base()',
        'class Tag(Base):',
        "    __tablename__ = 'tags'",
        '    id = Column(Integer, primary_key=True)',
        '    color = Column(String(7), index=True)',
        '    __table_args__ = (',
        '        sa.CheckConstraint("color ~ \'^#[0-9a-f]{6}$\'"),',
        "        sa.Index('ix_tags_lower_color', sa.func.lower(color)),",
        '    )',
        'class Note(Base):',
        "    __tablename__ = 'notes'",
        '    id = Column(Integer, primary_key=True)',
        '',
      ].join('\n'),
    });
    const set = await sqlalchemyModels.load('models.py', { fs, rootDir: '/', timeoutMs: 1000 });
    expect(set.findings.map((f) => [f.rule, f.message, f.locations[0]?.line])).toEqual([
      ['model-error', 'SQLite rejects the DDL generated for this model: near "~": syntax error', 5],
    ]);
    expect(set.schema.tables.map((t) => t.name)).toEqual(['notes']);
  });
});
