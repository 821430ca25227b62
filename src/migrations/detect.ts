import { joinPath } from '../paths.js';
import type { FileSystem } from '../ports.js';
import type { MigrationLoader } from './loader.js';
import { MIGRATION_LOADERS } from './registry.js';
import type { MigrationFormat } from './types.js';

/** Autodetection: which format a directory is in, and where a repository keeps its migrations. */

export interface FormatScore {
  readonly format: MigrationFormat;
  readonly score: number;
}

export interface DetectedFormat {
  readonly loader: MigrationLoader;
  readonly format: MigrationFormat;
  readonly score: number;
  /** Every format that scored above 0, best first: shows why one won (and what came close). */
  readonly scores: readonly FormatScore[];
}

/** The best-scoring format for `dir`, or undefined when no loader recognises it. */
export async function detectFormat(
  fs: FileSystem,
  dir: string,
  loaders: readonly MigrationLoader[] = MIGRATION_LOADERS,
): Promise<DetectedFormat | undefined> {
  const scored: { loader: MigrationLoader; score: number; order: number }[] = [];
  for (const [order, loader] of loaders.entries()) {
    // A loader that throws while probing is a bug in it, not a property of the directory: it scores 0.
    const score = await loader.detect(fs, dir).catch(() => 0);
    if (score > 0) scored.push({ loader, score, order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0];
  if (!best) return undefined;
  return {
    loader: best.loader,
    format: best.loader.format,
    score: best.score,
    scores: scored.map((s) => ({ format: s.loader.format, score: s.score })),
  };
}

/** Where tools keep migrations by default, and which tools use each place. */
export const COMMON_MIGRATION_DIRS: readonly { readonly dir: string; readonly usedBy: string }[] = [
  { dir: 'migrations', usedBy: 'sqlx, diesel, golang-migrate, goose, hand-written runners' },
  { dir: 'migrations/sqlite', usedBy: 'projects with one migrations folder per database' },
  { dir: 'db/migrations', usedBy: 'dbmate, golang-migrate, goose' },
  { dir: 'db/migrate', usedBy: 'Rails-style layouts' },
  { dir: 'db/migration', usedBy: 'golang-migrate, Flyway' },
  { dir: 'prisma/migrations', usedBy: 'Prisma Migrate' },
  { dir: 'drizzle', usedBy: 'drizzle-kit' },
  { dir: 'drizzle/migrations', usedBy: 'drizzle-kit' },
  { dir: 'src/db/migrations', usedBy: 'drizzle-kit, hand-written runners' },
  { dir: 'server/db/migrations/sqlite', usedBy: 'NuxtHub (drizzle-kit)' },
  { dir: 'server/db/migrations', usedBy: 'NuxtHub (drizzle-kit)' },
  { dir: 'server/database/migrations', usedBy: 'NuxtHub (drizzle-kit)' },
  { dir: 'sql/migrations', usedBy: 'goose, hand-written runners' },
  { dir: 'sql/schema', usedBy: 'goose with sqlc' },
  { dir: 'database/migrations', usedBy: 'hand-written runners' },
  { dir: 'src/main/resources/db/migration', usedBy: 'Flyway' },
  { dir: 'sql', usedBy: 'the Flyway command line' },
];

export interface MigrationDirCandidate {
  readonly dir: string;
  readonly format: MigrationFormat;
  readonly score: number;
  /** One sentence for `driftcheck init` and error messages. */
  readonly reason: string;
}

/**
 * Looks for migration directories at the usual places under `root` (repository-relative) and
 * returns those whose format is recognised, best score first.
 */
export async function findMigrationDirs(
  fs: FileSystem,
  root = '',
  loaders: readonly MigrationLoader[] = MIGRATION_LOADERS,
): Promise<MigrationDirCandidate[]> {
  const seen = new Set<string>();
  const found: (MigrationDirCandidate & { order: number })[] = [];
  // Where the project's ORM config says it writes migrations comes before the usual places.
  const places = [...(await declaredMigrationDirs(fs, root)), ...COMMON_MIGRATION_DIRS];
  for (const [order, place] of places.entries()) {
    const dir = joinPath(root, place.dir);
    if (seen.has(dir)) continue;
    seen.add(dir);
    if ((await fs.stat(dir).catch(() => undefined))?.kind !== 'dir') continue;
    const detected = await detectFormat(fs, dir, loaders);
    if (!detected) continue;
    const runnersUp = detected.scores
      .slice(1)
      .map((s) => s.format)
      .join(', ');
    found.push({
      dir,
      format: detected.format,
      score: detected.score,
      reason:
        `${dir} ${'namedIn' in place ? `is the migrations folder ${place.namedIn} names` : `is a usual place for migrations (${place.usedBy})`} and its files look like ${detected.format}` +
        (runnersUp ? ` (also plausible: ${runnersUp})` : ''),
      order,
    });
  }
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.map(({ order: _order, ...candidate }) => candidate);
}

const DECLARING_CONFIGS: readonly {
  readonly names: readonly string[];
  readonly key: RegExp;
  readonly tool: string;
}[] = [
  {
    names: [
      'drizzle.config.ts',
      'drizzle.config.mts',
      'drizzle.config.js',
      'drizzle.config.mjs',
      'drizzle.config.cjs',
    ],
    key: /\bout\s*:\s*(['"`])([^'"`$]+)\1/,
    tool: 'drizzle-kit',
  },
  {
    names: ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.js', 'prisma.config.mjs'],
    key: /\bmigrations\s*:\s*\{[^}]*?\bpath\s*:\s*(['"`])([^'"`$]+)\1/,
    tool: 'Prisma Migrate',
  },
];

/**
 * Migration folders an ORM config names (drizzle.config `out`, prisma.config `migrations.path`),
 * relative to `root`; read as text, never run.
 */
async function declaredMigrationDirs(
  fs: FileSystem,
  root: string,
): Promise<{ readonly dir: string; readonly usedBy: string; readonly namedIn: string }[]> {
  const out: { dir: string; usedBy: string; namedIn: string }[] = [];
  for (const config of DECLARING_CONFIGS) {
    for (const name of config.names) {
      const path = joinPath(root, name);
      if ((await fs.stat(path).catch(() => undefined))?.kind !== 'file') continue;
      const declared = config.key.exec(await fs.readText(path))?.[2];
      const dir = declared && normalizeRelative(declared);
      if (dir) out.push({ dir, usedBy: config.tool, namedIn: name });
      break;
    }
  }
  return out;
}

/** `./drizzle/` → `drizzle`; undefined for paths that leave the project. */
function normalizeRelative(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}
