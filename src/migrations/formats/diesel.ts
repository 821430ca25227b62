import type { Finding } from '../../findings.js';
import { compareText, joinPath } from '../../paths.js';
import { splitStatements } from '../../sqlite/split.js';
import { duplicateVersionFindings, loadFinding, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { isFile, listDir, readOptionalSource, readSource, tryList } from '../read.js';
import { checksumOf } from '../text.js';
import type { Migration, MigrationSet } from '../types.js';
import { compareVersions } from '../version.js';

/**
 * Diesel: `<dir>/<version>_<name>/up.sql` and `down.sql`. The version is the folder name before the
 * first `_` with `-` removed (`2024-01-01-120000_x` → `20240101120000`); migrations run in version
 * order. `metadata.toml` may set `run_in_transaction = false`.
 *
 * Diesel runs each migration in a transaction by default; its SqliteConnection does not turn
 * `foreign_keys` on. `00000000000000_diesel_initial_setup` is what `diesel setup` writes for
 * PostgreSQL (plpgsql helper functions); SQLite projects have none, so a PostgreSQL-only one is
 * skipped with a notice instead of failing the replay.
 */

const INITIAL_SETUP = '00000000000000_diesel_initial_setup';
const POSTGRES_ONLY = /\bplpgsql\b|\bCREATE\s+OR\s+REPLACE\s+FUNCTION\b|\bregclass\b/i;

export function dieselVersion(folder: string): string {
  const underscore = folder.indexOf('_');
  return (underscore < 0 ? folder : folder.slice(0, underscore)).replace(/-/g, '');
}

async function runsInTransaction(
  fs: Parameters<MigrationLoader['load']>[0],
  folder: string,
  findings: Finding[],
) {
  const path = joinPath(folder, 'metadata.toml');
  if (!(await isFile(fs, path))) return true;
  const metadata = await readSource(fs, path);
  if (!metadata.ok) {
    findings.push(metadata.finding);
    return true;
  }
  return !/^\s*run_in_transaction\s*=\s*false\b/m.test(metadata.text);
}

export const dieselLoader: MigrationLoader = {
  format: 'diesel',

  async detect(fs, dir) {
    for (const entry of await tryList(fs, dir)) {
      if (entry.kind === 'dir' && (await isFile(fs, joinPath(dir, entry.name, 'up.sql')))) return 85;
    }
    return 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const findings: Finding[] = [...listing.findings];
    const folders: { name: string; version: string }[] = [];
    for (const entry of listing.entries) {
      if (entry.kind === 'dir' && entry.name.startsWith('.')) continue;
      if (entry.kind === 'dir') folders.push({ name: entry.name, version: dieselVersion(entry.name) });
      else if (entry.name.endsWith('.sql')) {
        findings.push(strayFileFinding('diesel', joinPath(dir, entry.name), '<version>_<name>/up.sql'));
      }
    }
    folders.sort((a, b) => compareVersions(a.version, b.version) || compareText(a.name, b.name));
    findings.push(
      ...duplicateVersionFindings(
        'diesel',
        folders.map((f) => ({ key: f.version, version: f.version, path: joinPath(dir, f.name) })),
      ),
    );

    const migrations: Migration[] = [];
    for (const { name, version } of folders) {
      const folder = joinPath(dir, name);
      const upPath = joinPath(folder, 'up.sql');
      if (!(await isFile(fs, upPath))) {
        findings.push(
          loadFinding('error', `${folder} has no up.sql: diesel cannot run this migration`, folder),
        );
        continue;
      }
      const up = await readSource(fs, upPath);
      if (!up.ok) {
        findings.push(up.finding);
        continue;
      }
      if (name === INITIAL_SETUP && POSTGRES_ONLY.test(up.text)) {
        findings.push(
          loadFinding(
            'notice',
            `${folder} is diesel's PostgreSQL setup migration (plpgsql functions); SQLite projects do not have it, so it was not replayed`,
            upPath,
          ),
        );
        continue;
      }
      const downPath = joinPath(folder, 'down.sql');
      const hasDown = await isFile(fs, downPath);
      const downText = hasDown ? await readOptionalSource(fs, downPath, findings) : undefined;
      const underscore = name.indexOf('_');
      migrations.push({
        id: folder,
        version,
        name: underscore < 0 ? name : name.slice(underscore + 1),
        path: upPath,
        up: splitStatements(up.text, upPath),
        ...(downText !== undefined ? { down: splitStatements(downText, downPath), downPath } : {}),
        transaction: (await runsInTransaction(fs, folder, findings)) ? 'migration' : 'none',
        checksumSource: checksumOf(up.text, downText),
      });
    }
    return { format: 'diesel', dir, migrations, foreignKeys: false, findings };
  },
};
