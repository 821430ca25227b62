import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  sealJson,
  unsealJson
} from "./chunk-NCGKFI47.js";
import {
  DEFAULT_BUDGET_MS
} from "./chunk-PCSL5SIG.js";
import {
  MIGRATION_FORMATS,
  MODEL_FORMATS
} from "./chunk-W2UEVIN2.js";
import {
  normalizeJoinInside
} from "./chunk-7GNWDYXP.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/config/load.ts
import { createHash } from "node:crypto";
var CONFIG_FILE = "driftcheck.json";
async function loadConfig(fs, explicitPath, memo) {
  const path = explicitPath ?? CONFIG_FILE;
  const found = await fs.stat(path);
  if (!found) {
    if (explicitPath) throw new UsageError(`config file not found: ${explicitPath}`);
    return { config: {} };
  }
  if (found.kind !== "file") throw new UsageError(`config path is a directory, not a file: ${path}`);
  const text = await fs.readText(path);
  if (!memo) return { config: await parseConfig(text, path), path };
  const key = `config-${createHash("sha256").update(JSON.stringify([VERSION, path, text])).digest("hex").slice(0, 40)}`;
  const remembered = await memo.read(key).catch(() => void 0);
  const known = remembered ? unsealJson(remembered) : void 0;
  if (known && typeof known === "object" && !Array.isArray(known)) return { config: known, path };
  const config = await parseConfig(text, path);
  if (config.cache !== false) await memo.write(key, sealJson(config)).catch(() => void 0);
  return { config, path };
}
async function parseConfig(text, path) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${error.message}`);
  }
  const { Config } = await import("./chunk-QLM5LOFV.js");
  const result = Config.safeParse(data);
  if (result.success) return result.data;
  throw new UsageError(`${path}: ${describeIssue(result.error.issues[0])}`);
}
function keyPath(path) {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "(top level)";
}
function describeIssue(issue, prefix = []) {
  const path = [...prefix, ...issue.path];
  const key = `\`${keyPath(path)}\``;
  switch (issue.code) {
    case "invalid_union": {
      const branches = issue.errors.filter((b) => b.length > 0);
      const deepest = branches.sort((a, b) => depth(b) - depth(a))[0];
      const inner = deepest?.[0];
      if (inner && inner.path.length > 0) return describeIssue(inner, path);
      const expected = branches.flatMap(
        (b) => b[0]?.code === "invalid_type" ? [article(b[0].expected)] : []
      );
      return `${key} must be ${expected.length > 0 ? expected.join(" or ") : "valid"}`;
    }
    case "invalid_value":
      return `${key} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `\`${keyPath([...path, k])}\``).join(", ")} (see the JSON Schema in schema/driftcheck.schema.json)`;
    case "invalid_type":
      return `${key} must be ${article(issue.expected)}`;
    case "too_small":
      return issue.origin === "string" ? `${key} must not be empty` : `${key} must be ${issue.inclusive ? "at least" : "greater than"} ${String(issue.minimum)}`;
    case "invalid_key":
      return `${key} has an invalid key: ${issue.issues[0]?.message ?? issue.message}`;
    default:
      return `${key} ${issue.message.replace(/^Invalid input: /, "")}`;
  }
}
function depth(branch) {
  return Math.max(...branch.map((i) => i.path.length + (i.code === "invalid_type" ? 0 : 0.5)));
}
function article(type) {
  if (type === "array") return "an array";
  if (type === "object") return "an object";
  if (type === "int") return "a whole number";
  return `a ${type}`;
}

// src/config/resolve.ts
var DEFAULT_TIMEOUT_MS = DEFAULT_BUDGET_MS;
function joinInside(...parts) {
  const path = normalizeJoinInside(...parts);
  if (path === void 0)
    throw new UsageError(`path leaves the repository: ${parts.filter(Boolean).join("/")}`);
  return path;
}
function basename(path) {
  return path.split("/").filter(Boolean).pop() ?? "";
}
function asList(value) {
  if (value === void 0) return [];
  return typeof value === "string" ? [value] : value;
}
function repositoryName(rootDir) {
  return rootDir.split(/[\\/]/).filter(Boolean).pop() ?? "app";
}
function resolveProjects(config, overrides, repoName) {
  const defaults = {
    ...config,
    projects: void 0,
    $schema: void 0,
    failOn: void 0,
    cache: void 0
  };
  let projects = config.projects ? config.projects.map((p) => ({ ...defaults, ...p, rules: { ...defaults.rules, ...p.rules } })) : [defaults];
  if (overrides.project) {
    const wanted = overrides.project;
    const match = projects.filter((p, i) => projectName(p, repoName, i) === wanted);
    if (match.length === 0) {
      const names = projects.map((p, i) => projectName(p, repoName, i)).join(", ");
      throw new UsageError(`no project named "${wanted}"; the configuration has: ${names}`);
    }
    projects = match;
  }
  const flagged = overrides.migrations ?? overrides.models ?? overrides.migrationsFormat ?? overrides.modelsFormat;
  if (flagged !== void 0 && projects.length > 1)
    throw new UsageError(
      `--migrations/--models apply to one project, and the configuration has ${projects.length}: add --project NAME`
    );
  return projects.map((p, i) => resolveOne(p, overrides, projectName(p, repoName, i)));
}
function projectName(p, repoName, index) {
  return p.name ?? (p.root ? basename(p.root) : index === 0 ? repoName : `project-${index + 1}`);
}
function checkFormat(value, allowed, flag) {
  if (value === void 0 || value === "auto") return "auto";
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of auto, ${allowed.join(", ")} (got "${value}")`);
}
function resolveOne(p, o, name) {
  const root = joinInside(p.root ?? "");
  const m = typeof p.migrations === "string" ? { path: p.migrations } : p.migrations ?? {};
  const md = typeof p.models === "string" ? { path: p.models } : p.models;
  const migrationsPath = o.migrations !== void 0 ? joinInside(o.migrations) : m.path ? joinInside(root, m.path) : void 0;
  const modelsPath = o.models !== void 0 ? joinInside(o.models) : md?.path ? joinInside(root, md.path) : void 0;
  const migrationsFormat = checkFormat(
    o.migrationsFormat ?? m.format,
    MIGRATION_FORMATS,
    "--migrations-format"
  );
  const modelsFormat = checkFormat(o.modelsFormat ?? md?.format, MODEL_FORMATS, "--models-format");
  const migrationsCommand = o.migrations !== void 0 ? void 0 : m.command;
  const modelsCommand = o.models !== void 0 ? void 0 : md?.command;
  if (migrationsFormat === "command" && !migrationsCommand)
    throw new UsageError('migrations.format "command" needs migrations.command in the configuration');
  if (modelsFormat === "command" && !modelsCommand)
    throw new UsageError('models.format "command" needs models.command in the configuration');
  const databases = o.database && o.database.length > 0 ? o.database.map((d) => joinInside(d)) : asList(p.database).map((d) => joinInside(root, d));
  return {
    name,
    root,
    migrations: {
      path: migrationsPath,
      format: migrationsCommand ? "command" : migrationsFormat,
      command: migrationsCommand,
      entry: m.entry,
      placeholders: { ...p.placeholders, ...m.placeholders }
    },
    models: modelsPath || modelsCommand || modelsFormat !== "auto" ? { path: modelsPath, format: modelsCommand ? "command" : modelsFormat, command: modelsCommand } : void 0,
    modelsConfigured: md !== void 0 || o.models !== void 0,
    databases,
    functions: p.functions ?? [],
    ignore: p.ignore ?? [],
    rules: p.rules ?? {},
    timeoutMs: p.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    keepGoing: o.keepGoing ?? p.keepGoing ?? false
  };
}

export {
  CONFIG_FILE,
  loadConfig,
  DEFAULT_TIMEOUT_MS,
  repositoryName,
  resolveProjects
};
