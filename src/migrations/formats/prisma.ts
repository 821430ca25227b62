import type { Finding } from '../../findings.js';
import { joinPath } from '../../paths.js';
import { splitStatements } from '../../sqlite/split.js';
import { loadFinding, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { isFile, listDir, readFolderScripts, readSource, tryList } from '../read.js';
import { linesOf } from '../text.js';
import type { Migration, MigrationSet } from '../types.js';

/**
 * Prisma Migrate: `<dir>/<timestamp>_<name>/migration.sql`, applied in folder-name order;
 * `migration_lock.toml` names the datasource provider.
 *
 * The schema engine applies each script as one batch without a transaction of its own (generated
 * SQLite scripts toggle `PRAGMA foreign_keys`, which is a no-op inside a transaction), and Prisma's
 * SQLite connection turns `foreign_keys` ON.
 */

const LOCK = 'migration_lock.toml';

/** The `provider = "…"` of migration_lock.toml, with its line. */
export function lockProvider(text: string): { readonly provider: string; readonly line: number } | undefined {
  for (const line of linesOf(text)) {
    const match = /^\s*provider\s*=\s*["']([^"']*)["']/.exec(line.text);
    if (match) return { provider: match[1]!, line: line.number };
  }
  return undefined;
}

export const prismaLoader: MigrationLoader = {
  format: 'prisma',

  async detect(fs, dir) {
    if (await isFile(fs, joinPath(dir, LOCK))) return 95;
    for (const entry of await tryList(fs, dir)) {
      if (entry.kind === 'dir' && (await isFile(fs, joinPath(dir, entry.name, 'migration.sql')))) return 90;
    }
    return 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const findings: Finding[] = [...listing.findings];
    const empty = (extra: Finding[]): MigrationSet => ({
      format: 'prisma',
      dir,
      migrations: [],
      foreignKeys: true,
      findings: [...findings, ...extra],
    });

    const lockPath = joinPath(dir, LOCK);
    if (listing.entries.some((e) => e.kind === 'file' && e.name === LOCK)) {
      const lock = await readSource(fs, lockPath);
      if (!lock.ok) findings.push(lock.finding);
      else {
        const provider = lockProvider(lock.text);
        if (provider && provider.provider.toLowerCase() !== 'sqlite') {
          return empty([
            loadFinding(
              'error',
              `${lockPath} says these migrations are for provider "${provider.provider}": driftcheck replays migrations in SQLite and cannot run the ${provider.provider} dialect`,
              lockPath,
              { line: provider.line },
            ),
          ]);
        }
      }
    }

    const folders = listing.entries.filter((entry) => {
      if (entry.kind === 'file' && entry.name.endsWith('.sql'))
        findings.push(
          strayFileFinding('prisma', joinPath(dir, entry.name), '<timestamp>_<name>/migration.sql'),
        );
      return entry.kind === 'dir' && !entry.name.startsWith('.');
    });
    const scripts = await readFolderScripts(
      fs,
      dir,
      folders,
      'migration.sql',
      (folder) => `${folder} has no migration.sql: prisma migrate deploy fails on this folder`,
      findings,
    );
    const migrations: Migration[] = scripts.map(({ folder, name, path, text }) => {
      const underscore = name.indexOf('_');
      return {
        id: folder,
        version: name,
        name: underscore < 0 ? name : name.slice(underscore + 1),
        path,
        up: splitStatements(text, path),
        transaction: 'none',
        checksumSource: text,
      };
    });
    return { format: 'prisma', dir, migrations, foreignKeys: true, findings };
  },
};
