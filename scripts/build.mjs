// Builds the self-contained bundles GitHub Actions and the CLI run directly: dist/cli.js,
// dist/action.js, their lazily loaded chunks, and the WASM files they load at run time.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));
const require = createRequire(join(root, 'package.json'));

// ESM output has no require/__filename/__dirname; bundled CommonJS dependencies expect them.
const banner = [
  "import { createRequire as __dcCreateRequire } from 'node:module';",
  "import { fileURLToPath as __dcFileURLToPath } from 'node:url';",
  "import { dirname as __dcDirname } from 'node:path';",
  'const require = __dcCreateRequire(import.meta.url);',
  'const __filename = __dcFileURLToPath(import.meta.url);',
  'const __dirname = __dcDirname(__filename);',
].join(' ');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  // replay-worker runs migrations off the main thread, history-worker the destructive-change and
  // down-mismatch analysis beside it (see src/sqlite/replay-isolated.ts, which finds both beside
  // itself).
  entryPoints: {
    cli: 'src/cli/main.ts',
    action: 'src/action/main.ts',
    'replay-worker': 'src/sqlite/replay-worker.ts',
    'history-worker': 'src/integrity/history-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.DRIFTCHECK_BUNDLED': '"1"' },
});

const wasm = [
  require.resolve('sql.js/dist/sql-wasm.wasm'),
  join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm'),
  require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
];
for (const file of wasm) copyFileSync(file, join(outdir, file.split('/').pop()));

console.log(`built ${readdirSync(outdir).length} files into ${outdir}`);

// schema/driftcheck.schema.json (for editors, via `$schema`) is generated from the zod schema.
// A build into another directory (check-dist's fresh copy) leaves the repository's file alone.
if (process.argv[2] === undefined) {
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: ['src/config/schema.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(bundled.outputFiles[0].contents).toString('base64');
  const { configJsonSchemaText } = await import(`data:text/javascript;base64,${code}`);
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema/driftcheck.schema.json'), configJsonSchemaText());
  console.log('wrote schema/driftcheck.schema.json');
}
