import type { Finding } from '../../findings.js';
import { joinPath } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { findUpwards, listDir, tryList } from '../read.js';
import type { MigrationSet } from '../types.js';
import { type DirectionFile, pairUpDown } from '../updown.js';

/**
 * golang-migrate: `<version>_<title>.up.sql` / `.down.sql` (its source parser's pattern is
 * `^([0-9]+)_(.*)\.(down|up)\.(.*)$`, so `name..up.sql` is accepted too).
 *
 * Its sqlite3/sqlite drivers wrap each migration in an implicit transaction unless the URL sets
 * `x-no-tx-wrap=true` (database/sqlite3/README.md), which the files cannot tell us: the default is
 * assumed. mattn/go-sqlite3 and modernc sqlite leave `foreign_keys` off unless the DSN enables it.
 */

const NAME = /^(\d+)_(.*)\.(up|down)\.sql$/;
const PATTERN = '<version>_<title>.up.sql / .down.sql';

export function golangMigrateFiles(
  entries: readonly { name: string; kind: string }[],
  dir: string,
): { files: DirectionFile[]; stray: string[] } {
  const files: DirectionFile[] = [];
  const stray: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.sql')) continue;
    const match = NAME.exec(entry.name);
    const path = joinPath(dir, entry.name);
    if (!match) stray.push(path);
    else files.push({ path, version: match[1]!, name: match[2]!, direction: match[3] as 'up' | 'down' });
  }
  return { files, stray };
}

/** Score for a directory of `.up.sql` files; sqlx reads the same names, so project files break the tie. */
export async function upDownScore(fs: FileSystem, dir: string, nativeManifest: string): Promise<number> {
  const entries = await tryList(fs, dir);
  if (!entries.some((e) => e.kind === 'file' && NAME.test(e.name) && e.name.endsWith('.up.sql'))) return 0;
  const manifest = await findUpwards(fs, dir, ['go.mod', 'Cargo.toml']);
  if (manifest?.endsWith(nativeManifest)) return 70;
  return nativeManifest === 'go.mod' ? 60 : 55;
}

export const golangMigrateLoader: MigrationLoader = {
  format: 'golang-migrate',

  detect(fs, dir) {
    return upDownScore(fs, dir, 'go.mod');
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const { files, stray } = golangMigrateFiles(listing.entries, dir);
    const paired = await pairUpDown(fs, 'golang-migrate', files, { transaction: () => 'migration' });
    const findings: Finding[] = [
      ...listing.findings,
      ...stray.map((path) => strayFileFinding('golang-migrate', path, PATTERN)),
      ...paired.findings,
    ];
    return { format: 'golang-migrate', dir, migrations: paired.migrations, foreignKeys: false, findings };
  },
};
