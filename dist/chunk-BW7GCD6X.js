import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  REPORT_FORMATS,
  formatReport,
  useColor
} from "./chunk-LYJF5OS3.js";
import {
  nodePorts
} from "./chunk-AN4CIZ7U.js";
import {
  relativeToRoot,
  requireDirectory
} from "./chunk-NYQFV2HX.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-SW7BL2HM.js";
import "./chunk-WCBB5UAT.js";
import {
  exitCodeFor,
  runCheck
} from "./chunk-74QJE2F3.js";
import "./chunk-OVKB7YQ5.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-EEW26NA2.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-26M6GGNJ.js";
import "./chunk-7YJIGHC5.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/check.ts
import { resolve } from "node:path";
var OPTIONS = {
  config: { type: "string" },
  project: { type: "string" },
  migrations: { type: "string" },
  "migrations-format": { type: "string" },
  models: { type: "string" },
  "models-format": { type: "string" },
  database: { type: "string", multiple: true },
  "keep-going": { type: "boolean" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  "no-color": { type: "boolean" }
};
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "check");
  if (positionals.length > 1)
    throw new UsageError(
      `check takes one ROOT directory, got ${positionals.length}: ${positionals.join(" ")}`
    );
  const rootDir = resolve(io.cwd, positionals[0] ?? ".");
  requireDirectory(rootDir, "ROOT directory");
  const format = oneOf(values.format, REPORT_FORMATS, "--format", "text");
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : oneOf(values["fail-on"], ["error", "warning", "notice", "never"], "--fail-on", "error");
  const rel = (p) => typeof p === "string" ? relativeToRoot(io.cwd, rootDir, p) : void 0;
  const overrides = {
    config: rel(values.config),
    project: values.project,
    migrations: rel(values.migrations),
    migrationsFormat: values["migrations-format"],
    models: rel(values.models),
    modelsFormat: values["models-format"],
    database: values.database?.map((d) => relativeToRoot(io.cwd, rootDir, d)),
    keepGoing: values["keep-going"] === true ? true : void 0,
    failOn: failOnFlag
  };
  const ports = await nodePorts(rootDir);
  try {
    const result = await runCheck(overrides, ports);
    io.stdout(formatReport(result.report, format, { color: !values["no-color"] && useColor(io) }));
    return exitCodeFor(result.report, result.failOn);
  } finally {
    await ports.temp?.cleanup();
  }
}
export {
  run
};
