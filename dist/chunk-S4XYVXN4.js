import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  MODEL_CANDIDATES,
  detectModelLoader,
  modelLoaderFor
} from "./chunk-7ZB6F644.js";
import {
  runScratchDbCommand
} from "./chunk-W5767NB5.js";
import {
  joinPath
} from "./chunk-7GNWDYXP.js";
import {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA
} from "./chunk-72U7UVYV.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

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
    const { schemaFromCommand } = await import("./chunk-A5H5R5QT.js");
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
  loadModelSet
};
