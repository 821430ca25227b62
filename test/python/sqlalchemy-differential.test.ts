import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIndexSql, createTableSql, tableIndexes } from '../../src/models/sqlalchemy/ddl.js';
import { readSqlalchemyModels } from '../../src/models/sqlalchemy/read.js';
import type { Schema } from '../../src/schema/types.js';
import { schemaFromStatements } from '../../src/sqlite/build-schema.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { inspectSchema } from '../../src/sqlite/inspect.js';
import { directoryFs } from '../support/fs.js';
import { findPython, normalizeSql } from './helpers.js';

/**
 * Differential test: every model fixture is built twice, by real SQLAlchemy (`metadata.create_all`
 * and its SQLite DDL compiler) and by the static reader, and the results must be identical.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/sqlalchemy');
const GROUND_TRUTH = join(import.meta.dirname, 'sqlalchemy_ground_truth.py');
const python = findPython(['sqlalchemy']);
const scratch = mkdtempSync(join(tmpdir(), 'driftcheck-sa-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// CI installs the Debian packages (.ci/run): there, a missing interpreter is a broken set-up, not a skip.
if (!python && process.env.CI) {
  throw new Error(
    'CI needs python3-sqlalchemy and python3-flask-sqlalchemy for the differential test (.ci/run)',
  );
}
if (!python) {
  console.warn(
    '\n⚠️  SKIPPING the SQLAlchemy differential test: no Python interpreter can import sqlalchemy.\n' +
      '   Install the Debian packages: apt-get install -y python3-sqlalchemy python3-flask-sqlalchemy\n',
  );
}

interface Truth {
  readonly version: string;
  readonly tables: readonly {
    readonly name: string;
    readonly create: string;
    readonly indexes: readonly string[];
  }[];
}

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => (e.isFile() && e.name.endsWith('.py')) || e.isDirectory())
  .map((e) => ({
    path: e.name,
    module: e.name.replace(/\.py$/, ''),
    file: e.isFile() ? e.name : join(e.name, '__init__.py'),
  }));

/** Why a fixture cannot be built by the installed Python (a newer SQLAlchemy API, a missing extension). */
function unmetRequirement(py: string, fixture: (typeof fixtures)[number]): string | undefined {
  const text = readFileSync(join(FIXTURES, fixture.file), 'utf8');
  const needs = /^# requires: sqlalchemy>=(\d+)/m.exec(text)?.[1];
  const version = execFileSync(py, ['-c', 'import sqlalchemy; print(sqlalchemy.__version__)'], {
    encoding: 'utf8',
  });
  if (needs && Number(version.split('.')[0]) < Number(needs))
    return `needs SQLAlchemy ${needs}+, found ${version.trim()}`;
  if (/flask_sqlalchemy/.test(text) && !findPython(['flask_sqlalchemy']))
    return 'python3-flask-sqlalchemy is not installed';
  return undefined;
}

function groundTruth(py: string, module: string, dbPath: string): Truth {
  const out = execFileSync(py, [GROUND_TRUTH, FIXTURES, module, dbPath], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return JSON.parse(out) as Truth;
}

/** A Schema without source locations, tables sorted, SQLite's own tables dropped. */
function comparable(schema: Schema): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'source')
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  const tables = schema.tables
    .filter((t) => !t.name.startsWith('sqlite_'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return strip({ ...schema, tables });
}

describe.skipIf(!python)('SQLAlchemy models: static reader vs real SQLAlchemy', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    describe(fixture.path, () => {
      const dbPath = join(scratch, `${fixture.module}.db`);
      const state: { truth?: Truth; skip?: string } = {};
      const load = () => {
        if (state.truth || state.skip) return state;
        state.skip = unmetRequirement(python!, fixture);
        if (state.skip) console.warn(`⚠️  skipping SQLAlchemy fixture ${fixture.path}: ${state.skip}`);
        else state.truth = groundTruth(python!, fixture.module, dbPath);
        return state;
      };

      it('emits the DDL SQLAlchemy emits', async (context) => {
        const { truth, skip } = load();
        if (skip || !truth) return context.skip();
        const models = await readSqlalchemyModels(directoryFs(FIXTURES), fixture.path);
        expect(models.findings).toEqual([]);
        expect(models.tables.map((t) => t.name).sort()).toEqual(truth.tables.map((t) => t.name).sort());
        for (const real of truth.tables) {
          const mine = models.tables.find((t) => t.name === real.name)!;
          expect(normalizeSql(createTableSql(mine)), real.name).toBe(normalizeSql(real.create));
          const indexes = tableIndexes(mine)
            .map((i) => createIndexSql(mine, i)!)
            .sort();
          expect(indexes, `${real.name} indexes`).toEqual(real.indexes);
        }
      });

      it('builds the Schema that inspecting create_all()’s database gives', async (context) => {
        const { truth, skip } = load();
        if (skip || !truth) return context.skip();
        const models = await readSqlalchemyModels(directoryFs(FIXTURES), fixture.path);
        const built = await schemaFromStatements(models.ddl.statements, { hints: models.ddl.hints });
        expect(built.errors).toEqual([]);
        const db = await openDatabase(new Uint8Array(readFileSync(dbPath)));
        try {
          expect(comparable(built.schema)).toEqual(comparable(inspectSchema(db)));
        } finally {
          db.close();
        }
      });
    });
  }
});
