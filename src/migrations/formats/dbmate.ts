import type { Finding } from '../../findings.js';
import { compareText, joinPath } from '../../paths.js';
import { duplicateVersionFindings, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { listDir, readSource, someFileText, tryList } from '../read.js';
import { type Line, linesOf, statementsOfLines } from '../text.js';
import type { Migration, MigrationSet, Statement } from '../types.js';
import { compareNumeric } from '../version.js';

/**
 * dbmate: `<version>_<name>.sql` (version = the leading digits, usually a timestamp) with
 * `-- migrate:up` and `-- migrate:down` blocks. Options follow the marker: `-- migrate:up transaction:false`.
 *
 * dbmate runs each block in a transaction unless `transaction:false`; its SQLite driver (go-sqlite3)
 * leaves `foreign_keys` off.
 */

const NAME = /^(\d+)_?(.*)\.sql$/;
const MARKER = /^--\s*migrate:(up|down)\b(.*)$/i;
const UP_MARKER = /^--\s*migrate:up\b/im;

interface Parsed {
  readonly up: Statement[];
  readonly down?: Statement[];
  readonly transaction: boolean;
}

function blockedUp(path: string, line: number, message: string, hint: string): Statement[] {
  return [{ sql: '', location: { path, line }, blocked: { message: `${path}: ${message}`, hint } }];
}

/** Splits a dbmate file into its blocks; a layout dbmate rejects becomes a blocked up statement. */
export function parseDbmate(text: string, path: string): Parsed {
  let upMarker: { line: Line; options: string } | undefined;
  let downMarker: Line | undefined;
  let downBeforeUp = false;
  const sections: Record<'before' | 'up' | 'down', Line[]> = { before: [], up: [], down: [] };
  let current: keyof typeof sections = 'before';
  for (const line of linesOf(text)) {
    const marker = MARKER.exec(line.text.trim());
    const kind = marker?.[1]?.toLowerCase();
    if (kind === 'up' && !upMarker) {
      upMarker = { line, options: marker?.[2] ?? '' };
      current = 'up';
    } else if (kind === 'down' && !downMarker) {
      downMarker = line;
      downBeforeUp = !upMarker;
      current = 'down';
    } else sections[current].push(line);
  }
  const before = sections.before;
  const upLines = sections.up;
  const downLines = sections.down;
  const transaction = !/\btransaction:\s*false\b/i.test(upMarker?.options ?? '');
  if (!upMarker) {
    return {
      up: blockedUp(
        path,
        1,
        "dbmate requires each migration to define an up block with '-- migrate:up'",
        'add -- migrate:up before the statements',
      ),
      transaction,
    };
  }
  if (downBeforeUp) {
    return {
      up: blockedUp(
        path,
        downMarker!.number,
        "dbmate requires '-- migrate:up' to appear before '-- migrate:down'",
        'move the up block first',
      ),
      transaction,
    };
  }
  const outside = statementsOfLines(before, path)[0];
  if (outside) {
    return {
      up: blockedUp(
        path,
        outside.location.line,
        "dbmate does not support statements defined outside of the '-- migrate:up' or '-- migrate:down' blocks",
        'move the statement into the up block',
      ),
      transaction,
    };
  }
  return {
    up: statementsOfLines(upLines, path),
    ...(downMarker ? { down: statementsOfLines(downLines, path) } : {}),
    transaction,
  };
}

export const dbmateLoader: MigrationLoader = {
  format: 'dbmate',

  async detect(fs, dir) {
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === 'file' && NAME.test(e.name));
    return (await someFileText(fs, dir, sqlFiles, (text) => UP_MARKER.test(text))) ? 80 : 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const findings: Finding[] = [...listing.findings];
    const files: { path: string; version: string; name: string }[] = [];
    for (const entry of listing.entries) {
      if (entry.kind !== 'file' || !entry.name.endsWith('.sql')) continue;
      const path = joinPath(dir, entry.name);
      const match = NAME.exec(entry.name);
      if (match) files.push({ path, version: match[1]!, name: match[2]! });
      else findings.push(strayFileFinding('dbmate', path, '<version>_<name>.sql'));
    }
    // dbmate records the version string as written, and applies files in name order.
    files.sort((a, b) => compareText(a.path, b.path) || compareNumeric(a.version, b.version));
    findings.push(
      ...duplicateVersionFindings(
        'dbmate',
        files.map((f) => ({ key: f.version, version: f.version, path: f.path })),
      ),
    );
    const migrations: Migration[] = [];
    for (const file of files) {
      const source = await readSource(fs, file.path);
      if (!source.ok) {
        findings.push(source.finding);
        continue;
      }
      const parsed = parseDbmate(source.text, file.path);
      migrations.push({
        id: file.path,
        version: file.version,
        name: file.name,
        path: file.path,
        up: parsed.up,
        ...(parsed.down ? { down: parsed.down, downPath: file.path } : {}),
        transaction: parsed.transaction ? 'migration' : 'none',
        checksumSource: source.text,
      });
    }
    return { format: 'dbmate', dir, migrations, foreignKeys: false, findings };
  },
};
