import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  MODEL_CANDIDATES,
  detectModelLoader,
  modelLoaderFor
} from "./chunk-RAFUWVPE.js";
import {
  joinPath
} from "./chunk-7GNWDYXP.js";
import {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA
} from "./chunk-72U7UVYV.js";
import {
  inspectSchema
} from "./chunk-47V2VMU6.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/sources/command.ts
async function schemaFromCommand(outcome) {
  if (!outcome.bytes) return { findings: outcome.findings };
  const db = await openDatabase(outcome.bytes);
  try {
    return { schema: inspectSchema(db), findings: outcome.findings };
  } finally {
    db.close();
  }
}

// src/command/scratch-db.ts
function shellQuote(value, platform = process.platform) {
  if (platform === "win32") return `"${value.replace(/"/g, '""')}"`;
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function expandCommand(command, dbPath, platform = process.platform) {
  return command.replace(/\{db\}/g, shellQuote(dbPath, platform));
}
function tail(text, lines = 20, chars = 2e3) {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
  return kept.length > chars ? `\u2026${kept.slice(kept.length - chars)}` : kept;
}
async function runScratchDbCommand(command, deps, rule, what) {
  const fail = (message, stdout = "", stderr = "", fix) => ({
    findings: [
      {
        rule,
        severity: "error",
        message,
        locations: deps.configLocation ? [deps.configLocation] : [],
        ...fix ? { fix } : {}
      }
    ],
    stdout,
    stderr
  });
  if (!deps.process || !deps.temp) {
    return fail(`${what} command mode is not available here (no process runner): ${command}`);
  }
  const dir = await deps.temp.makeDir(rule === "replay-error" ? "migrations" : "models");
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  const dbPath = `${dir}${sep}scratch.db`;
  const url = `sqlite:///${dbPath.replace(/\\/g, "/")}`;
  const expanded = expandCommand(command, dbPath);
  const result = await deps.process.run(expanded, {
    cwd: deps.rootDir,
    env: { DRIFTCHECK_DB: dbPath, DATABASE_URL: url },
    timeoutMs: deps.timeoutMs
  });
  const details = tail(result.stderr) || tail(result.stdout);
  if (result.timedOut) {
    return fail(
      `the ${what} command did not finish within ${Math.round(deps.timeoutMs / 1e3)} s and was stopped: ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  if (result.code !== 0) {
    return fail(
      `the ${what} command failed (exit ${result.code ?? "signal"}): ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  const bytes = deps.temp.readFile ? await deps.temp.readFile(dbPath) : void 0;
  if (!bytes || bytes.length === 0) {
    return fail(
      `the ${what} command succeeded but wrote no database to {db} (${dbPath}); use {db}, $DRIFTCHECK_DB or $DATABASE_URL as its target`,
      result.stdout,
      result.stderr
    );
  }
  return { bytes, findings: [], stdout: result.stdout, stderr: result.stderr };
}

// src/models/command.ts
function runModelsCommand(command, deps) {
  return runScratchDbCommand(command, deps, "model-error", "models");
}
function commandDepsOf(context) {
  return {
    rootDir: context.rootDir,
    timeoutMs: context.timeoutMs,
    ...context.process ? { process: context.process } : {},
    ...context.temp ? { temp: context.temp } : {}
  };
}

// src/sources/models.ts
async function loadModelSet(ports, project) {
  const context = {
    fs: ports.fs,
    rootDir: ports.rootDir,
    process: ports.process,
    temp: ports.temp,
    timeoutMs: project.timeoutMs
  };
  const config = project.models;
  if (config?.format === "command" && config.command) {
    const outcome = await runModelsCommand(config.command, commandDepsOf(context));
    const { schema, findings } = await schemaFromCommand(outcome);
    return {
      set: {
        format: "command",
        path: "models.command",
        schema: schema ?? EMPTY_SCHEMA,
        capabilities: ALL_CAPABILITIES,
        findings
      }
    };
  }
  if (config?.path !== void 0) {
    const found = await ports.fs.stat(config.path);
    if (!found) throw new UsageError(`models not found: ${config.path}`);
    if (config.format !== "auto") {
      const loader2 = modelLoaderFor(config.format);
      if (!loader2) throw new UsageError(`models format "${config.format}" is not available in this build`);
      return { set: await loader2.load(config.path, context) };
    }
    const loader = await detectModelLoader(ports.fs, config.path);
    if (!loader)
      throw new UsageError(
        `could not tell what kind of models ${config.path} holds: set models.format (sql, sqlite, sqlalchemy, prisma, drizzle)`
      );
    return {
      set: await loader.load(config.path, context),
      detected: `models: ${config.path || "."} (${loader.format}, detected)`
    };
  }
  for (const candidate of MODEL_CANDIDATES) {
    const path = joinPath(project.root, candidate.path);
    if (!await ports.fs.stat(path)) continue;
    const loader = config && config.format !== "auto" ? modelLoaderFor(config.format) : await detectModelLoader(ports.fs, path, candidate.formats);
    if (!loader || !await loader.detect(ports.fs, path)) continue;
    const set = await loader.load(path, context);
    const named = set.config === void 0 ? "" : `, named by ${set.config}`;
    return { set, detected: `models: ${set.path || path || "."}${named} (${loader.format}, detected)` };
  }
  return void 0;
}

export {
  runScratchDbCommand,
  schemaFromCommand,
  loadModelSet
};
