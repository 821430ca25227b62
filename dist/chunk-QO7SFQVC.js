import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  MODEL_CANDIDATES,
  detectModelLoader
} from "./chunk-7ZB6F644.js";
import {
  findMigrationDirs
} from "./chunk-KRKVF7FQ.js";
import "./chunk-YVUUY2XB.js";
import "./chunk-OAPERDND.js";
import "./chunk-ZFZZPEBV.js";
import {
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-AHP2YFMZ.js";
import "./chunk-UIRH73ES.js";
import "./chunk-YUP77SCX.js";
import "./chunk-PIKBUZRJ.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-72U7UVYV.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import {
  nodeFileSystem
} from "./chunk-AZUCC5EY.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/init.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var OPTIONS = { force: { type: "boolean" } };
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "init");
  const rootDir = rootArgument(positionals, io.cwd, "init");
  const target = join(rootDir, "driftcheck.json");
  if (existsSync(target) && !values.force)
    throw new UsageError(`${target} already exists: pass --force to overwrite it`);
  const fs = nodeFileSystem(rootDir);
  const migrations = (await findMigrationDirs(fs, ""))[0];
  let models;
  for (const candidate of MODEL_CANDIDATES) {
    const path = candidate.path;
    if (!await fs.stat(path)) continue;
    const loader = await detectModelLoader(fs, path, candidate.formats);
    if (loader) {
      models = path ? { path, format: loader.format } : { format: loader.format };
      break;
    }
  }
  if (!migrations && !models)
    throw new UsageError(
      'found no migrations or models at the usual places: write driftcheck.json by hand (see README.md, "Configuration")'
    );
  const config = {
    $schema: "./node_modules/driftcheck/schema/driftcheck.schema.json"
  };
  if (migrations) config.migrations = { path: migrations.dir, format: migrations.format };
  if (models) config.models = models;
  writeFileSync(target, `${JSON.stringify(config, null, 2)}
`);
  io.stdout(`wrote ${target}
`);
  if (migrations) io.stdout(`  ${migrations.reason}
`);
  else io.stdout('  no migrations found: add "migrations" to check them\n');
  if (models)
    io.stdout(`  models: ${models.path ?? "found from the project directory"} (${models.format})
`);
  else io.stdout('  no models found: add "models" to compare the migrations with them\n');
  io.stdout("Run 'driftcheck check' next.\n");
  return 0;
}
export {
  run
};
