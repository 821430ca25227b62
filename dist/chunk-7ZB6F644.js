import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  pythonFiles,
  schemaFromStatements
} from "./chunk-YVUUY2XB.js";
import {
  sqliteFileModelLoader
} from "./chunk-OAPERDND.js";
import {
  buildGenerated,
  findConfig,
  findFiles,
  findSchemaFiles,
  readTextIfFile
} from "./chunk-YUP77SCX.js";
import {
  withAppDefaults
} from "./chunk-PIKBUZRJ.js";
import {
  modelError
} from "./chunk-XPKFVV7V.js";
import {
  dirName,
  normalizeJoin
} from "./chunk-7GNWDYXP.js";
import {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA
} from "./chunk-72U7UVYV.js";
import {
  parseStatement
} from "./chunk-6NLCI4VA.js";
import {
  isKeyword,
  significantTokens
} from "./chunk-RNDVHOK7.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";

// src/models/drizzle/loader.ts
function createDrizzleLoader(build = schemaFromStatements) {
  return {
    format: "drizzle",
    async detect(fs, path) {
      const config = await findConfig(fs, path);
      if (config)
        return !/dialect\s*:\s*['"](postgresql|mysql|singlestore|gel)['"]/.test(await fs.readText(config));
      return (await findSchemaFiles(fs, path)).length > 0;
    },
    async load(path, context) {
      const { loadDrizzleModels } = await import("./chunk-YCMZQIJL.js");
      return loadDrizzleModels(path, context, build);
    }
  };
}
var drizzleModelLoader = createDrizzleLoader();

// src/models/prisma/locate.ts
var isPrisma = (name) => name.endsWith(".prisma");
async function configuredSchema(fs, dir) {
  const pkg = await readTextIfFile(fs, normalizeJoin(dir, "package.json"));
  if (pkg) {
    try {
      const schema = JSON.parse(pkg).prisma?.schema;
      if (typeof schema === "string") return normalizeJoin(dir, schema);
    } catch {
    }
  }
  for (const name of ["prisma.config.ts", "prisma.config.mts", "prisma.config.js", "prisma.config.mjs"]) {
    const text = await readTextIfFile(fs, normalizeJoin(dir, name));
    const schema = text && /\bschema\s*:\s*(['"`])([^'"`]+)\1/.exec(text)?.[2];
    if (schema) return normalizeJoin(dir, schema);
  }
  return void 0;
}
async function fromFile(fs, path) {
  const text = await fs.readText(path);
  if (/previewFeatures\s*=\s*\[[^\]]*"prismaSchemaFolder"/.test(text)) {
    const dir = dirName(path);
    return { path: dir, files: await findFiles(fs, dir, isPrisma) };
  }
  return { path, files: [path] };
}
async function fromFolder(fs, dir) {
  const files = await findFiles(fs, dir, isPrisma);
  return files.length > 0 ? { path: dir, files } : void 0;
}
async function locatePrismaSchema(fs, path) {
  const stat = await fs.stat(path);
  if (!stat) return void 0;
  if (stat.kind === "file") return isPrisma(path) ? fromFile(fs, path) : void 0;
  const configured = await configuredSchema(fs, path);
  if (configured) {
    const kind = (await fs.stat(configured))?.kind;
    if (kind === "file") return fromFile(fs, configured);
    if (kind === "dir") return fromFolder(fs, configured);
  }
  for (const candidate of ["prisma/schema.prisma", "schema.prisma"]) {
    if ((await fs.stat(normalizeJoin(path, candidate)))?.kind === "file")
      return fromFile(fs, normalizeJoin(path, candidate));
  }
  for (const folder of ["prisma/schema", "prisma"]) {
    if ((await fs.stat(normalizeJoin(path, folder)))?.kind === "dir") {
      const found = await fromFolder(fs, normalizeJoin(path, folder));
      if (found) return found;
    }
  }
  const direct = (await fs.readdir(path)).filter((e) => e.kind === "file" && isPrisma(e.name));
  return direct.length > 0 ? fromFolder(fs, path) : void 0;
}

// src/models/prisma/loader.ts
var PRISMA_CAPABILITIES = {
  views: false,
  triggers: false,
  checks: false,
  indexNames: false
};
function createPrismaLoader(build = schemaFromStatements) {
  return {
    format: "prisma",
    async detect(fs, path) {
      return await locatePrismaSchema(fs, path) !== void 0;
    },
    async load(path, context) {
      const location = await locatePrismaSchema(context.fs, path);
      if (!location) {
        const finding = modelError(`no Prisma schema (.prisma file) found at ${path || "."}`, {
          path,
          line: 1
        });
        return set(path, EMPTY_SCHEMA, [finding]);
      }
      const files = await Promise.all(
        location.files.map(async (file) => ({ path: file, text: await context.fs.readText(file) }))
      );
      const [{ parsePrismaFiles }, { prismaDdl }] = await Promise.all([
        import("./chunk-OTM5KPHQ.js"),
        import("./chunk-SWM7G3AZ.js")
      ]);
      const { document, findings } = parsePrismaFiles(files);
      const other = document.datasources.find((d) => d.provider !== void 0 && d.provider !== "sqlite");
      if (other) {
        const message = `datasource provider is "${other.provider}"; driftcheck checks Prisma schemas whose provider is "sqlite"`;
        return set(location.path, EMPTY_SCHEMA, [...findings, modelError(message, other.at)]);
      }
      const ddl = prismaDdl(document);
      const built = await buildGenerated(ddl.statements, ddl.hints, build);
      return set(location.path, withAppDefaults(built.schema, ddl.appDefaults), [
        ...findings,
        ...ddl.findings,
        ...built.findings
      ]);
    }
  };
}
function set(path, schema, findings) {
  return { format: "prisma", path, schema, capabilities: PRISMA_CAPABILITIES, findings };
}
var prismaModelLoader = createPrismaLoader();

// src/models/sql.ts
var DATA_STATEMENTS = /* @__PURE__ */ new Set(["insert", "replace", "update", "delete"]);
var TRANSACTION_STATEMENTS = /* @__PURE__ */ new Set([
  "begin",
  "commit",
  "end",
  "rollback",
  "savepoint",
  "release"
]);
function createsInternalTable(tokens) {
  if (!isKeyword(tokens[0], "create") || !isKeyword(tokens[1], "table")) return false;
  let k = 2;
  if (isKeyword(tokens[k], "if")) k += 3;
  const name = tokens[k];
  const text = name?.kind === "quoted" || name?.kind === "string" ? name.value : name?.text ?? "";
  return text.toLowerCase().startsWith("sqlite_");
}
function dumpedSchemaRow(tokens) {
  const target = tokens[2]?.text.toLowerCase();
  if (!isKeyword(tokens[1], "into") || target !== "sqlite_schema" && target !== "sqlite_master")
    return void 0;
  const sql = tokens.filter((t) => t.kind === "string").at(-1)?.value;
  return sql && /^\s*create\s/i.test(sql) ? sql : void 0;
}
function snapshotStatements(statements) {
  const kept = [];
  for (const statement of statements) {
    const tokens = significantTokens(statement.sql);
    const first = tokens[0]?.text.toLowerCase() ?? "";
    if (first === "insert") {
      const sql = dumpedSchemaRow(tokens);
      if (sql) kept.push({ ...statement, sql });
      continue;
    }
    if (DATA_STATEMENTS.has(first) || TRANSACTION_STATEMENTS.has(first) || first === "analyze") continue;
    if (first === "pragma" && isKeyword(tokens[1], "writable_schema")) continue;
    if (createsInternalTable(tokens)) continue;
    kept.push(statement);
  }
  return kept;
}
function tableOf(parsed) {
  switch (parsed?.kind) {
    case "create-table":
      return parsed.name;
    case "create-index":
    case "create-trigger":
    case "alter-table":
      return parsed.table;
    default:
      return void 0;
  }
}
function statementErrorFinding(error, what) {
  const table = tableOf(parseStatement(error.statement.sql));
  const { path, line } = error.statement.location;
  return {
    rule: "model-error",
    severity: "error",
    ...table !== void 0 && { table },
    message: `${what} ${path}:${line} is rejected by SQLite: ${error.message}`,
    locations: [error.statement.location]
  };
}
async function schemaFromSqlText(text, path, options = {}) {
  const statements = snapshotStatements(splitStatements(text, path));
  const built = await schemaFromStatements(statements, options);
  return {
    schema: built.schema,
    findings: built.errors.map((e) => statementErrorFinding(e, "The statement at"))
  };
}
var sqlModelLoader = {
  format: "sql",
  async detect(fs, path) {
    return path.toLowerCase().endsWith(".sql") && (await fs.stat(path))?.kind === "file";
  },
  async load(path, context) {
    const text = await context.fs.readText(path);
    const { schema, findings } = await schemaFromSqlText(text, path);
    return { format: "sql", path, schema, capabilities: ALL_CAPABILITIES, findings };
  }
};

// src/models/sqlalchemy/loader.ts
var SQLALCHEMY_MARKER = /\b(sqlalchemy|flask_sqlalchemy|db\.Model|db\.Column|mapped_column)\b/;
var sqlalchemyModels = {
  format: "sqlalchemy",
  async detect(fs, path) {
    const kind = (await fs.stat(path))?.kind;
    const files = kind === "dir" ? await pythonFiles(fs, path) : kind === "file" && path.endsWith(".py") ? [path] : [];
    for (const file of files) if (SQLALCHEMY_MARKER.test(await fs.readText(file))) return true;
    return false;
  },
  async load(path, context) {
    const { loadSqlalchemyModels } = await import("./chunk-3TZ76CL2.js");
    return loadSqlalchemyModels(path, context);
  }
};

// src/models/registry.ts
var MODEL_LOADERS = [
  sqliteFileModelLoader,
  sqlModelLoader,
  prismaModelLoader,
  drizzleModelLoader,
  sqlalchemyModels
];
var MODEL_CANDIDATES = [
  { path: "schema.sql" },
  { path: "db/schema.sql" },
  { path: "sql/schema.sql" },
  { path: "database/schema.sql" },
  { path: "structure.sql" },
  { path: "db/structure.sql" },
  { path: "models.py" },
  { path: "app/models.py" },
  { path: "src/models.py" },
  { path: "models", formats: ["sqlalchemy"] },
  { path: "app/models", formats: ["sqlalchemy"] },
  // Last, the project directory itself: the ORM loaders find their own files from there
  // (prisma/schema.prisma, drizzle.config.*). SQLAlchemy is not asked: Alembic revisions import
  // sqlalchemy too, so only the usual model places above count for it.
  { path: "", formats: ["prisma", "drizzle"] }
];
function modelLoaderFor(format) {
  return MODEL_LOADERS.find((loader) => loader.format === format);
}
async function detectModelLoader(fs, path, formats) {
  for (const loader of MODEL_LOADERS) {
    if (formats && !formats.includes(loader.format)) continue;
    if (await loader.detect(fs, path).catch(() => false)) return loader;
  }
  return void 0;
}

export {
  MODEL_CANDIDATES,
  modelLoaderFor,
  detectModelLoader
};
