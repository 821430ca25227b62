import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  relativeToRoot,
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  LOCK_FILE,
  parseLock,
  renderLock
} from "./chunk-LBA6YPGD.js";
import {
  loadMigrationSet
} from "./chunk-ACDL3ORN.js";
import "./chunk-KRKVF7FQ.js";
import "./chunk-ZFZZPEBV.js";
import {
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-AHP2YFMZ.js";
import "./chunk-UIRH73ES.js";
import {
  loadConfig,
  repositoryName,
  resolveProjects
} from "./chunk-MZBL4TKY.js";
import "./chunk-NCGKFI47.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-7CDKS73Z.js";
import {
  nodeFileSystem
} from "./chunk-AZUCC5EY.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/lock.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var OPTIONS = {
  config: { type: "string" },
  project: { type: "string" },
  migrations: { type: "string" },
  "migrations-format": { type: "string" }
};
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "lock");
  const rootDir = rootArgument(positionals, io.cwd, "lock");
  const fs = nodeFileSystem(rootDir);
  const rel = (p) => typeof p === "string" ? relativeToRoot(io.cwd, rootDir, p) : void 0;
  const { config } = await loadConfig(fs, rel(values.config));
  const projects = resolveProjects(
    config,
    {
      project: values.project,
      migrations: rel(values.migrations),
      migrationsFormat: values["migrations-format"]
    },
    repositoryName(rootDir)
  );
  const sets = [];
  for (const project of projects) {
    if (project.migrations.format === "command") continue;
    const loaded = await loadMigrationSet(fs, project.root, project.migrations);
    if (loaded) sets.push(loaded.set);
  }
  if (sets.length === 0)
    throw new UsageError(
      "found no migrations to lock: pass --migrations PATH or write a driftcheck.json (driftcheck init)"
    );
  const target = join(rootDir, LOCK_FILE);
  const previous = existsSync(target) ? parseLock(readFileSync(target, "utf8")) : [];
  writeFileSync(target, renderLock(sets, previous));
  const count = sets.reduce((n, s) => n + s.migrations.filter((m) => !m.repeatable).length, 0);
  io.stdout(
    `Wrote ${LOCK_FILE} with ${count} migration${count === 1 ? "" : "s"}. Commit it; check reports edits to them.
`
  );
  return 0;
}
export {
  run
};
