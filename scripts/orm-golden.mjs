#!/usr/bin/env node
// Regenerates the expected.sql of every ORM fixture with the ORMs' own tools (dev only; CI never
// runs this). Prisma: its schema engine (the WebAssembly build, driven directly: the CLI wants a
// native engine download) diffs empty → schema. Drizzle: `drizzle-kit generate` on a copy.
//
//   npm install --prefix /tmp/orm-oracle @prisma/schema-engine-wasm@8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323 \
//     drizzle-kit@0.31.11 drizzle-orm@0.45.4
//   node scripts/orm-golden.mjs /tmp/orm-oracle [case…]
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [oracleArg, ...only] = process.argv.slice(2);
if (!oracleArg) {
  console.error('usage: node scripts/orm-golden.mjs <dir with the oracle packages installed> [case…]');
  process.exit(2);
}
const oracle = resolve(oracleArg);
const fixtures = resolve(import.meta.dirname, '../test/fixtures');
const wanted = (name) => only.length === 0 || only.includes(name);

function listFiles(dir, accept) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name), accept) : accept(e.name) ? [join(dir, e.name)] : [],
    )
    .sort();
}

async function prismaEngine() {
  const dir = join(oracle, 'node_modules/@prisma/schema-engine-wasm');
  const bg = await import(pathToFileURL(join(dir, 'schema_engine_bg.js')).href);
  const module = await WebAssembly.compile(readFileSync(join(dir, 'schema_engine_bg.wasm')));
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bg;
}

async function prismaCase(bg, caseDir) {
  // Prisma 7 rejects `url` in the datasource; it plays no part in the DDL.
  const files = listFiles(caseDir, (n) => n.endsWith('.prisma')).map((path) => ({
    path,
    content: readFileSync(path, 'utf8').replace(/^\s*(url|directUrl|shadowDatabaseUrl)\s*=.*$/gm, ''),
  }));
  const never = (name) => () => {
    throw new Error(`the schema engine touched the database (${name}); empty → schema needs none`);
  };
  const adapter = {
    provider: 'sqlite',
    adapterName: 'driftcheck-oracle',
    queryRaw: never('queryRaw'),
    executeRaw: never('executeRaw'),
    executeScript: never('executeScript'),
    startTransaction: never('startTransaction'),
    getConnectionInfo: () => ({ ok: true, value: { supportsRelationJoins: false } }),
    dispose: async () => {},
  };
  const factory = {
    provider: 'sqlite',
    adapterName: 'driftcheck-oracle',
    connect: async () => ({ ok: true, value: adapter }),
    connectToShadowDb: async () => ({ ok: true, value: adapter }),
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    factory,
  );
  const result = await engine.diff({
    from: { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout;
}

function drizzleCase(caseDir, name) {
  const work = mkdtempSync(join(oracle, `work-${name}-`));
  try {
    cpSync(caseDir, work, { recursive: true });
    const before = new Set(listFiles(work, (n) => n.endsWith('.sql')));
    execFileSync(
      join(oracle, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--config', 'drizzle.config.ts'],
      {
        cwd: work,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const created = listFiles(work, (n) => n.endsWith('.sql')).filter(
      (f) => !before.has(f) && statSync(f).size > 0,
    );
    if (created.length !== 1)
      throw new Error(`${name}: expected one generated migration, got ${created.length}`);
    return readFileSync(created[0], 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const prismaDir = join(fixtures, 'prisma');
if (existsSync(prismaDir)) {
  const bg = await prismaEngine();
  for (const name of readdirSync(prismaDir).filter(wanted)) {
    writeFileSync(join(prismaDir, name, 'expected.sql'), await prismaCase(bg, join(prismaDir, name)));
    console.log(`prisma/${name}/expected.sql`);
  }
}
const drizzleDir = join(fixtures, 'drizzle');
if (existsSync(drizzleDir)) {
  for (const name of readdirSync(drizzleDir).filter(wanted)) {
    writeFileSync(join(drizzleDir, name, 'expected.sql'), drizzleCase(join(drizzleDir, name), name));
    console.log(`drizzle/${name}/expected.sql`);
  }
}
