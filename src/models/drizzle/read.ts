import type { Finding } from '../../findings.js';
import { dirName } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { withAppDefaults } from '../../schema/app-defaults.js';
import { type Capabilities, EMPTY_SCHEMA, type Schema } from '../../schema/types.js';
import { type BuildSchema, buildGenerated } from '../build.js';
import { modelError } from '../model-error.js';
import type { ModelLoadContext, ModelSet } from '../types.js';
import type { Casing } from './casing.js';
import { parseDrizzleConfig } from './config.js';
import { drizzleDdl } from './ddl.js';
import { DrizzleEvaluator } from './evaluate.js';
import { expandSchemaPath } from './glob.js';
import type { DrizzleTable } from './ir.js';
import { findConfig, findSchemaFiles } from './locate.js';
import { ModuleGraph } from './modules.js';
import { loadTypeScript } from './typescript.js';

/** drizzle-kit writes tables, indexes, foreign keys and checks for SQLite; no triggers or views. */
export const DRIZZLE_CAPABILITIES: Capabilities = {
  views: false,
  triggers: false,
  checks: true,
  indexNames: false,
};

const SQLITE_DIALECTS = new Set(['sqlite', 'turso']);

/** Exported tables of the schema files, the way drizzle-kit collects them from the modules' exports. */
export async function readDrizzleTables(
  fs: FileSystem,
  files: readonly string[],
  casing: Casing,
): Promise<{ readonly tables: readonly DrizzleTable[]; readonly findings: readonly Finding[] }> {
  const t = await loadTypeScript();
  const graph = await ModuleGraph.load(t, fs, files);
  const evaluator = new DrizzleEvaluator(graph, casing);
  const seen = new Set<unknown>();
  const tables: DrizzleTable[] = [];
  for (const file of files) {
    const module = graph.module(file);
    if (!module) continue;
    for (const name of graph.exportedNames(module)) {
      const binding = graph.exported(module, name);
      if (binding?.kind !== 'local' || seen.has(binding.node)) continue;
      seen.add(binding.node);
      if (!evaluator.isTable(binding.module, binding.node)) continue;
      const table = evaluator.table(binding.module, binding.node);
      if (table) tables.push(table);
    }
  }
  return { tables, findings: evaluator.findings };
}

/** The schema file, or the innermost directory holding all of them: what messages name as "the model". */
function schemaPath(files: readonly string[]): string | undefined {
  const [first, ...rest] = files;
  if (first === undefined) return undefined;
  if (rest.length === 0) return first;
  let dir = dirName(first);
  while (dir !== '' && !rest.every((f) => f.startsWith(`${dir}/`))) dir = dirName(dir);
  return dir;
}

interface LocatedSchema {
  readonly files: string[];
  readonly casing: Casing;
  readonly findings: Finding[];
  /** ModelSet.path: the schema file or directory; the config file when it names none. */
  readonly setPath: string;
  /** drizzle.config.*, when there is one. */
  readonly configPath?: string;
  readonly dialect?: string;
}

async function schemaFiles(fs: FileSystem, path: string): Promise<LocatedSchema> {
  const configPath = await findConfig(fs, path);
  if (!configPath) {
    const files = await findSchemaFiles(fs, path);
    return { files, casing: undefined, findings: [], setPath: schemaPath(files) ?? path };
  }
  const t = await loadTypeScript();
  const config = parseDrizzleConfig(t, configPath, await fs.readText(configPath));
  const findings = config.problems.map((p) => modelError(`drizzle config: ${p.message}`, p.at));
  const files: string[] = [];
  for (const pattern of config.schema) {
    const matched = await expandSchemaPath(fs, dirName(configPath), pattern);
    if (matched.length === 0) {
      findings.push(
        modelError(`drizzle config: schema path ${pattern} matches no file`, { path: configPath, line: 1 }),
      );
    }
    for (const f of matched) if (!files.includes(f)) files.push(f);
  }
  return {
    files,
    casing: config.casing,
    findings,
    setPath: schemaPath(files) ?? configPath,
    configPath,
    ...(config.dialect === undefined ? {} : { dialect: config.dialect }),
  };
}

/** The Drizzle schema at `path` (a config, a schema file or a directory), built with `build`. */
export async function loadDrizzleModels(
  path: string,
  context: ModelLoadContext,
  build: BuildSchema,
): Promise<ModelSet> {
  const located = await schemaFiles(context.fs, path);
  const set = (schema: Schema, findings: readonly Finding[]): ModelSet => ({
    format: 'drizzle',
    path: located.setPath,
    ...(located.configPath === undefined ? {} : { config: located.configPath }),
    schema,
    capabilities: DRIZZLE_CAPABILITIES,
    findings,
  });
  if (located.dialect !== undefined && !SQLITE_DIALECTS.has(located.dialect)) {
    const message = `drizzle config dialect is "${located.dialect}"; driftcheck checks Drizzle schemas for SQLite (dialect "sqlite" or "turso")`;
    return set(EMPTY_SCHEMA, [
      ...located.findings,
      modelError(message, { path: located.configPath ?? located.setPath, line: 1 }),
    ]);
  }
  if (located.files.length === 0) {
    const message = `no Drizzle schema file (importing drizzle-orm/sqlite-core) found at ${path || '.'}`;
    return set(EMPTY_SCHEMA, [...located.findings, modelError(message, { path: located.setPath, line: 1 })]);
  }
  const read = await readDrizzleTables(context.fs, located.files, located.casing);
  const ddl = drizzleDdl(read.tables);
  const built = await buildGenerated(ddl.statements, ddl.hints, build);
  return set(withAppDefaults(built.schema, ddl.appDefaults), [
    ...located.findings,
    ...read.findings,
    ...built.findings,
  ]);
}
