import { dirName, normalizeJoin } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { findFiles, readTextIfFile } from '../fs-walk.js';

/**
 * Where a project's Prisma schema is, the way the Prisma CLI looks for it: `prisma.schema` in
 * package.json, `schema` in prisma.config.*, then `prisma/schema.prisma`, `schema.prisma`, and the
 * multi-file folder `prisma/schema/`.
 */

export interface PrismaSchemaLocation {
  /** The schema file, or the folder of a multi-file schema. */
  readonly path: string;
  /** Every `.prisma` file of the schema, sorted. */
  readonly files: readonly string[];
}

const isPrisma = (name: string) => name.endsWith('.prisma');

async function configuredSchema(fs: FileSystem, dir: string): Promise<string | undefined> {
  const pkg = await readTextIfFile(fs, normalizeJoin(dir, 'package.json'));
  if (pkg) {
    try {
      const schema = (JSON.parse(pkg) as { prisma?: { schema?: unknown } }).prisma?.schema;
      if (typeof schema === 'string') return normalizeJoin(dir, schema);
    } catch {
      // A broken package.json is not ours to report.
    }
  }
  for (const name of ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.js', 'prisma.config.mjs']) {
    const text = await readTextIfFile(fs, normalizeJoin(dir, name));
    const schema = text && /\bschema\s*:\s*(['"`])([^'"`]+)\1/.exec(text)?.[2];
    if (schema) return normalizeJoin(dir, schema);
  }
  return undefined;
}

/** A `.prisma` file alone, or with its folder when it opts into the folder preview feature. */
async function fromFile(fs: FileSystem, path: string): Promise<PrismaSchemaLocation> {
  const text = await fs.readText(path);
  if (/previewFeatures\s*=\s*\[[^\]]*"prismaSchemaFolder"/.test(text)) {
    const dir = dirName(path);
    return { path: dir, files: await findFiles(fs, dir, isPrisma) };
  }
  return { path, files: [path] };
}

async function fromFolder(fs: FileSystem, dir: string): Promise<PrismaSchemaLocation | undefined> {
  const files = await findFiles(fs, dir, isPrisma);
  return files.length > 0 ? { path: dir, files } : undefined;
}

export async function locatePrismaSchema(
  fs: FileSystem,
  path: string,
): Promise<PrismaSchemaLocation | undefined> {
  const stat = await fs.stat(path);
  if (!stat) return undefined;
  if (stat.kind === 'file') return isPrisma(path) ? fromFile(fs, path) : undefined;
  const configured = await configuredSchema(fs, path);
  if (configured) {
    const kind = (await fs.stat(configured))?.kind;
    if (kind === 'file') return fromFile(fs, configured);
    if (kind === 'dir') return fromFolder(fs, configured);
  }
  for (const candidate of ['prisma/schema.prisma', 'schema.prisma']) {
    if ((await fs.stat(normalizeJoin(path, candidate)))?.kind === 'file')
      return fromFile(fs, normalizeJoin(path, candidate));
  }
  for (const folder of ['prisma/schema', 'prisma']) {
    if ((await fs.stat(normalizeJoin(path, folder)))?.kind === 'dir') {
      const found = await fromFolder(fs, normalizeJoin(path, folder));
      if (found) return found;
    }
  }
  // The path itself may be a schema folder.
  const direct = (await fs.readdir(path)).filter((e) => e.kind === 'file' && isPrisma(e.name));
  return direct.length > 0 ? fromFolder(fs, path) : undefined;
}
