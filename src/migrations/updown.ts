import type { Finding } from '../findings.js';
import { compareText } from '../paths.js';
import type { FileSystem } from '../ports.js';
import { splitStatements } from '../sqlite/split.js';
import { duplicateVersionFindings, loadFinding } from './load-findings.js';
import { readOptionalSource, readSource } from './read.js';
import { checksumOf } from './text.js';
import type { Migration, MigrationFormat, TransactionMode } from './types.js';
import { canonicalInteger, compareNumeric } from './version.js';

/**
 * Shared by the formats that keep one file per direction with an integer version
 * (golang-migrate `1_x.up.sql`/`1_x.down.sql`, sqlx `1_x.up.sql` or `1_x.sql`).
 */

export interface DirectionFile {
  readonly path: string;
  /** Digits as written in the file name. */
  readonly version: string;
  readonly name: string;
  /** `single`: a file without direction (sqlx simple migration), an up with no down. */
  readonly direction: 'up' | 'down' | 'single';
}

export interface PairOptions {
  /** How the tool's runner wraps this migration, from its up file's text. */
  readonly transaction: (upText: string) => TransactionMode;
}

export async function pairUpDown(
  fs: FileSystem,
  format: MigrationFormat,
  files: readonly DirectionFile[],
  options: PairOptions,
): Promise<{ migrations: Migration[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const ups = files
    .filter((f) => f.direction !== 'down')
    .sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
  const downs = files.filter((f) => f.direction === 'down');
  const key = (f: DirectionFile) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path });
  findings.push(
    ...duplicateVersionFindings(format, ups.map(key)),
    ...duplicateVersionFindings(format, downs.map(key)),
  );

  const downByVersion = new Map<string, DirectionFile>();
  for (const down of downs) {
    if (!downByVersion.has(canonicalInteger(down.version)))
      downByVersion.set(canonicalInteger(down.version), down);
  }

  const migrations: Migration[] = [];
  for (const up of ups) {
    const upSource = await readSource(fs, up.path);
    if (!upSource.ok) {
      findings.push(upSource.finding);
      continue;
    }
    const down = downByVersion.get(canonicalInteger(up.version));
    downByVersion.delete(canonicalInteger(up.version));
    const downText = await readOptionalSource(fs, down?.path, findings);
    migrations.push({
      id: up.path,
      version: canonicalInteger(up.version),
      name: up.name,
      path: up.path,
      up: splitStatements(upSource.text, up.path),
      ...(down && downText !== undefined
        ? { down: splitStatements(downText, down.path), downPath: down.path }
        : {}),
      transaction: options.transaction(upSource.text),
      checksumSource: checksumOf(upSource.text, downText),
    });
  }
  for (const orphan of downByVersion.values()) {
    findings.push(
      loadFinding(
        'notice',
        `${orphan.path} is a down migration for version ${orphan.version}, which has no up migration`,
        orphan.path,
      ),
    );
  }
  return { migrations, findings };
}
