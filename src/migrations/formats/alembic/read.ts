import type { Database } from 'sql.js';
import type { Finding } from '../../../findings.js';
import type { FileSystem } from '../../../ports.js';
import { loadPythonParser, type PyModule } from '../../../python/parser.js';
import { moduleStatements, PythonProject } from '../../../python/project.js';
import { openDatabase } from '../../../sqlite/engine.js';
import type { Migration, MigrationSet, Statement } from '../../types.js';
import { revisionFiles, versionsDir } from './files.js';
import { orderRevisions, type Revision, readRevision } from './graph.js';
import { RevisionInterpreter } from './ops.js';

/**
 * Reads an Alembic history: its revisions ordered by their revision graph, each upgrade() and
 * downgrade() interpreted into the SQL Alembic emits on SQLite. Loaded only for Alembic projects
 * (it brings the Python parser and interpreter).
 */

function functionNamed(module: PyModule, name: string) {
  for (const stmt of moduleStatements(module.root)) {
    const fn = stmt.type === 'decorated_definition' ? stmt.fields.definition : stmt;
    if (fn?.type === 'function_definition' && fn.fields.name?.text === name) return fn;
  }
  return undefined;
}

function interpret(module: PyModule, fnName: string, db: Database | undefined): Statement[] | undefined {
  const fn = functionNamed(module, fnName);
  if (!fn) return undefined;
  const project = new PythonProject();
  const file = project.add(module);
  const interpreter = new RevisionInterpreter(project, file, db);
  interpreter.run(fn);
  return interpreter.statements;
}

/** The revisions under `dir` (or its `versions/`), in revision-graph order. */
export async function readAlembicSet(fs: FileSystem, dir: string): Promise<MigrationSet> {
  const parser = await loadPythonParser();
  const vdir = await versionsDir(fs, dir);
  const findings: Finding[] = [];
  const revisions: Revision[] = [];
  const texts = new Map<string, string>();
  for (const path of await revisionFiles(fs, vdir)) {
    const text = await fs.readText(path);
    texts.set(path, text);
    const module = parser.parse(text, path);
    const revision = readRevision(module);
    if ('error' in revision) {
      findings.push({
        rule: 'migration-order',
        severity: 'error',
        message: revision.error,
        locations: [{ path, line: revision.line }],
      });
      continue;
    }
    revisions.push(revision);
  }
  const ordered = orderRevisions(revisions);
  findings.push(...ordered.findings);

  // A scratch database follows the history so batch_alter_table can reflect tables as they are.
  const db = await openDatabase();
  const migrations: Migration[] = [];
  try {
    for (const revision of ordered.order) {
      const module = revision.module;
      const up = interpret(module, 'upgrade', db) ?? [
        {
          sql: '',
          location: { path: module.path, line: 1 },
          blocked: { message: `no upgrade() in ${module.path.split('/').pop()}` },
        },
      ];
      // downgrade() reflects the state right after this revision, on a copy.
      const needsCopy = /batch_alter_table/.test(texts.get(module.path) ?? '');
      const copy = needsCopy ? await openDatabase(db.export()) : undefined;
      let down: Statement[] | undefined;
      try {
        down = interpret(module, 'downgrade', copy);
      } finally {
        copy?.close();
      }
      migrations.push({
        id: module.path,
        version: revision.id,
        name: revision.message,
        path: module.path,
        up,
        ...(down ? { down, downPath: module.path } : {}),
        transaction: 'migration',
        checksumSource: texts.get(module.path) ?? '',
      });
    }
  } finally {
    db.close();
  }
  return { format: 'alembic', dir: vdir, migrations, foreignKeys: false, findings };
}
