// Fails when the committed dist/ differs from a fresh build (GitHub Actions run dist/ directly).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'driftcheck-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = join(root, 'dist');
  const list = (dir) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  const a = list(committed);
  const b = list(fresh);
  const problems = [];
  for (const name of new Set([...a, ...b])) {
    if (!a.includes(name)) problems.push(`missing from dist/: ${name}`);
    else if (!b.includes(name)) problems.push(`stale file in dist/: ${name}`);
    else if (!readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name))))
      problems.push(`differs from a fresh build: dist/${name}`);
  }
  if (problems.length > 0) {
    console.error(`dist/ is stale. Run 'npm run build' and commit dist/.\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${a.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
