import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  MIGRATION_LOADERS,
  detectFormat,
  findMigrationDirs,
  loaderFor
} from "./chunk-KRKVF7FQ.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/sources/migrations.ts
async function loadMigrationSet(fs, projectRoot, config) {
  let dir = config.path;
  let detected;
  if (dir === void 0) {
    const candidates = await findMigrationDirs(fs, projectRoot);
    const best = candidates[0];
    if (!best) return void 0;
    dir = best.dir;
    detected = `migrations: ${best.reason}`;
  } else {
    const found = await fs.stat(dir);
    if (!found) throw new UsageError(`migrations directory not found: ${dir}`);
    if (found.kind !== "dir") throw new UsageError(`migrations path is a file, not a directory: ${dir}`);
  }
  const options = { placeholders: config.placeholders, ...config.entry ? { entry: config.entry } : {} };
  if (config.format !== "auto" && config.format !== "command") {
    const loader = loaderFor(config.format);
    if (!loader) throw new UsageError(`migrations format "${config.format}" is not available in this build`);
    return { set: await loader.load(fs, dir, options), detected };
  }
  const format = await detectFormat(fs, dir, MIGRATION_LOADERS);
  if (!format)
    throw new UsageError(
      `no migrations recognised in ${dir || "."}: set migrations.format in driftcheck.json (or --migrations-format)`
    );
  detected ??= `migrations: ${dir || "."} (${format.format}, detected)`;
  return { set: await format.loader.load(fs, dir, options), detected };
}

export {
  loadMigrationSet
};
