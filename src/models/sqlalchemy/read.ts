import type { Finding } from '../../findings.js';
import type { FileSystem } from '../../ports.js';
import { loadPythonParser } from '../../python/parser.js';
import { loadPythonProject } from '../../python/project.js';
import { withAppDefaults } from '../../schema/app-defaults.js';
import { type StatementError, schemaFromStatements } from '../../sqlite/build-schema.js';
import type { ModelLoadContext, ModelSet } from '../types.js';
import { Collector } from './collect.js';
import { type GeneratedDdl, generateDdl } from './ddl.js';
import { pythonFiles } from './files.js';
import type { TableSpec } from './model.js';
import { SaNames } from './names.js';
import { TypeResolver } from './types.js';

export interface SqlalchemyModels {
  readonly tables: readonly TableSpec[];
  readonly ddl: GeneratedDdl;
  readonly findings: readonly Finding[];
}

/**
 * Reads SQLAlchemy models from a file (and the project modules it imports) or a directory, and
 * prints the DDL SQLAlchemy's SQLite dialect would emit for them.
 */
export async function readSqlalchemyModels(fs: FileSystem, path: string): Promise<SqlalchemyModels> {
  const parser = await loadPythonParser();
  const kind = (await fs.stat(path))?.kind;
  const entries = kind === 'dir' ? await pythonFiles(fs, path) : [path];
  const project = await loadPythonProject(fs, parser, entries, true);
  const names = new SaNames(project);
  const reparse = (text: string) => {
    const parsed = parser.parse(`x: ${text}\n`, '<annotation>');
    const stmt = parsed.root.children[0]?.children[0];
    return parsed.errorLines.length === 0 ? stmt?.fields.type : undefined;
  };
  const collector = new Collector(project, names, new TypeResolver(project, names), reparse);
  collector.run();
  const findings: Finding[] = collector.problems.map((p) => ({
    rule: 'model-error',
    severity: 'error',
    ...(p.table ? { table: p.table } : {}),
    ...(p.column ? { column: p.column } : {}),
    message: p.message,
    locations: [p.source],
  }));
  return { tables: collector.tables, ddl: generateDdl(collector.tables), findings };
}

/**
 * A table SQLite rejects (a PostgreSQL-only CHECK, say) takes its indexes down with it: each
 * would add a "no such table" error that says nothing new. Only the table's own error is kept.
 */
function withoutFollowOnErrors(errors: readonly StatementError[]): StatementError[] {
  const failed = new Set<string>();
  const kept: StatementError[] = [];
  for (const error of errors) {
    const created = /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([^\s"(]+)/i.exec(error.statement.sql);
    if (created) failed.add(created[1]!.toLowerCase());
    const missing = /^no such table: (?:main\.)?(.+)$/.exec(error.message);
    if (missing && failed.has(missing[1]!.toLowerCase())) continue;
    kept.push(error);
  }
  return kept;
}

/** `default=` of every column that has one, by `table.column` (lower-case). */
function clientDefaults(tables: readonly TableSpec[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of tables)
    for (const column of table.columns)
      if (column.clientDefault !== undefined)
        out.set(`${table.name}.${column.name}`.toLowerCase(), `default=${column.clientDefault}`);
  return out;
}

/** The models at `path` as a ModelSet: the DDL SQLAlchemy would emit, built in SQLite. */
export async function loadSqlalchemyModels(path: string, context: ModelLoadContext): Promise<ModelSet> {
  const models = await readSqlalchemyModels(context.fs, path);
  const built = await schemaFromStatements(models.ddl.statements, { hints: models.ddl.hints });
  const buildFindings: Finding[] = withoutFollowOnErrors(built.errors).map((e) => ({
    rule: 'model-error',
    severity: 'error',
    message: `SQLite rejects the DDL generated for this model: ${e.message}`,
    locations: [e.statement.location],
    fix: e.statement.sql,
  }));
  return {
    format: 'sqlalchemy',
    path,
    schema: withAppDefaults(built.schema, clientDefaults(models.tables)),
    capabilities: { views: false, triggers: false, checks: true, indexNames: true },
    findings: [...models.findings, ...buildFindings],
  };
}
