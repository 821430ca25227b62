import type { Finding } from '../../findings.js';
import { joinPath } from '../../paths.js';
import { stripBom } from '../../sqlite/split.js';
import { strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { findUpwards, listDir, someFileText, tryList } from '../read.js';
import type { MigrationSet } from '../types.js';
import { type DirectionFile, pairUpDown } from '../updown.js';
import { upDownScore } from './golang-migrate.js';

/**
 * sqlx (`sqlx migrate`, `sqlx::migrate!`): `<version>_<description>.sql` (simple) or
 * `<version>_<description>.up.sql` / `.down.sql` (reversible).
 *
 * sqlx runs each migration in a transaction unless the file starts with `-- no-transaction`.
 * SqliteConnectOptions turns `foreign_keys` ON by default ("We choose to enable foreign key
 * enforcement by default", sqlx-sqlite options/mod.rs).
 */

const NAME = /^(\d+)_(.+?)(?:\.(up|down))?\.sql$/;
const PATTERN = '<version>_<description>.sql or .up.sql / .down.sql';
const NO_TRANSACTION = /^-- no-transaction/;

export const sqlxLoader: MigrationLoader = {
  format: 'sqlx',

  async detect(fs, dir) {
    const upDown = await upDownScore(fs, dir, 'Cargo.toml');
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === 'file' && NAME.test(e.name));
    if (sqlFiles.length === 0) return upDown;
    // The `-- no-transaction` marker is sqlx's own.
    if (await someFileText(fs, dir, sqlFiles, (text) => NO_TRANSACTION.test(stripBom(text)))) return 75;
    if (upDown > 0) return upDown;
    // Simple `<version>_x.sql` files are plain SQL to anyone else: only claim them in a Rust crate.
    return (await findUpwards(fs, dir, ['Cargo.toml'])) ? 50 : 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const files: DirectionFile[] = [];
    const findings: Finding[] = [...listing.findings];
    for (const entry of listing.entries) {
      if (entry.kind !== 'file' || !entry.name.endsWith('.sql')) continue;
      const path = joinPath(dir, entry.name);
      const match = NAME.exec(entry.name);
      if (!match) findings.push(strayFileFinding('sqlx', path, PATTERN));
      else {
        const direction = (match[3] as 'up' | 'down' | undefined) ?? 'single';
        files.push({ path, version: match[1]!, name: match[2]!.replace(/_/g, ' '), direction });
      }
    }
    const paired = await pairUpDown(fs, 'sqlx', files, {
      transaction: (text) => (NO_TRANSACTION.test(stripBom(text)) ? 'none' : 'migration'),
    });
    findings.push(...paired.findings);
    return { format: 'sqlx', dir, migrations: paired.migrations, foreignKeys: true, findings };
  },
};
