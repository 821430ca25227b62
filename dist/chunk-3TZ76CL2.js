import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  pythonFiles,
  schemaFromStatements
} from "./chunk-YVUUY2XB.js";
import {
  Collector,
  SaNames,
  TypeResolver,
  generateDdl
} from "./chunk-65M7OVQM.js";
import {
  loadPythonParser,
  loadPythonProject
} from "./chunk-DILQ42IL.js";
import {
  withAppDefaults
} from "./chunk-PIKBUZRJ.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/models/sqlalchemy/read.ts
async function readSqlalchemyModels(fs, path) {
  const parser = await loadPythonParser();
  const kind = (await fs.stat(path))?.kind;
  const entries = kind === "dir" ? await pythonFiles(fs, path) : [path];
  const project = await loadPythonProject(fs, parser, entries, true);
  const names = new SaNames(project);
  const reparse = (text) => {
    const parsed = parser.parse(`x: ${text}
`, "<annotation>");
    const stmt = parsed.root.children[0]?.children[0];
    return parsed.errorLines.length === 0 ? stmt?.fields.type : void 0;
  };
  const collector = new Collector(project, names, new TypeResolver(project, names), reparse);
  collector.run();
  const findings = collector.problems.map((p) => ({
    rule: "model-error",
    severity: "error",
    ...p.table ? { table: p.table } : {},
    ...p.column ? { column: p.column } : {},
    message: p.message,
    locations: [p.source]
  }));
  return { tables: collector.tables, ddl: generateDdl(collector.tables), findings };
}
function withoutFollowOnErrors(errors) {
  const failed = /* @__PURE__ */ new Set();
  const kept = [];
  for (const error of errors) {
    const created = /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([^\s"(]+)/i.exec(error.statement.sql);
    if (created) failed.add(created[1].toLowerCase());
    const missing = /^no such table: (?:main\.)?(.+)$/.exec(error.message);
    if (missing && failed.has(missing[1].toLowerCase())) continue;
    kept.push(error);
  }
  return kept;
}
function clientDefaults(tables) {
  const out = /* @__PURE__ */ new Map();
  for (const table of tables)
    for (const column of table.columns)
      if (column.clientDefault !== void 0)
        out.set(`${table.name}.${column.name}`.toLowerCase(), `default=${column.clientDefault}`);
  return out;
}
async function loadSqlalchemyModels(path, context) {
  const models = await readSqlalchemyModels(context.fs, path);
  const built = await schemaFromStatements(models.ddl.statements, { hints: models.ddl.hints });
  const buildFindings = withoutFollowOnErrors(built.errors).map((e) => ({
    rule: "model-error",
    severity: "error",
    message: `SQLite rejects the DDL generated for this model: ${e.message}`,
    locations: [e.statement.location],
    fix: e.statement.sql
  }));
  return {
    format: "sqlalchemy",
    path,
    schema: withAppDefaults(built.schema, clientDefaults(models.tables)),
    capabilities: { views: false, triggers: false, checks: true, indexNames: true },
    findings: [...models.findings, ...buildFindings]
  };
}
export {
  loadSqlalchemyModels,
  readSqlalchemyModels
};
