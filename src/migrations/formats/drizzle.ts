import type { Finding } from '../../findings.js';
import { joinPath } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { splitStatements, stripBom } from '../../sqlite/split.js';
import { positionAt } from '../../sqlite/tokenize.js';
import { duplicateVersionFindings, loadFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { isFile, listDir, readFolderScripts, readSource, tryList } from '../read.js';
import type { Migration, MigrationSet, Statement } from '../types.js';

/**
 * Drizzle (drizzle-kit + drizzle-orm's migrator): the order comes from `meta/_journal.json`
 * (`entries[].tag` → `<tag>.sql`, in array order), never from file names; statements are separated
 * by `--> statement-breakpoint`. drizzle-kit 1.x drops the journal and writes
 * `<timestamp>_<name>/migration.sql` folders beside a `snapshot.json`, applied in folder order.
 *
 * The SQLite migrator runs the whole batch inside one `BEGIN … COMMIT` (SQLiteSyncDialect.migrate),
 * so each migration has no transaction of its own and the set is `outerTransaction`. That is why
 * hand-edited files start with `COMMIT; PRAGMA foreign_keys=OFF; BEGIN;`: they are split into those
 * statements and replay gives them their meaning. better-sqlite3, the usual driver, is compiled with
 * foreign keys enforced by default.
 */

const JOURNAL = 'meta/_journal.json';
const BREAKPOINT = '--> statement-breakpoint';
const SQLITE_DIALECTS = new Set(['sqlite', 'turso']);

/** Statements of a drizzle file: cut at each breakpoint, then at each semicolon, with exact places. */
export function drizzleStatements(text: string, path: string): Statement[] {
  const source = stripBom(text);
  const statements: Statement[] = [];
  let offset = 0;
  for (const chunk of source.split(BREAKPOINT)) {
    const { line, column } = positionAt(source, offset);
    statements.push(...splitStatements(chunk, path, { startLine: line, startColumn: column }));
    offset += chunk.length + BREAKPOINT.length;
  }
  return statements;
}

interface JournalEntry {
  readonly idx: number;
  readonly when: number;
  readonly tag: string;
}

function journalLine(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : positionAt(text, at).line;
}

/** Reads the journal; problems become findings located in it. */
function parseJournal(
  text: string,
  path: string,
): { readonly dialect?: string; readonly entries: JournalEntry[]; readonly findings: Finding[] } {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? positionAt(text, Number(position[1])).line : 1;
    return {
      entries: [],
      findings: [
        loadFinding('error', `${path} is not valid JSON (${message}); no migration was replayed`, path, {
          line,
        }),
      ],
    };
  }
  const journal = data as { dialect?: unknown; entries?: unknown };
  if (typeof journal !== 'object' || journal === null || !Array.isArray(journal.entries)) {
    return {
      entries: [],
      findings: [loadFinding('error', `${path} has no "entries" array; no migration was replayed`, path)],
    };
  }
  const entries: JournalEntry[] = [];
  const findings: Finding[] = [];
  journal.entries.forEach((raw: unknown, position: number) => {
    const entry = raw as { idx?: unknown; when?: unknown; tag?: unknown };
    if (typeof entry?.tag !== 'string' || typeof entry.when !== 'number') {
      findings.push(
        loadFinding(
          'error',
          `${path}: entry ${position} lacks a string "tag" or a numeric "when"; it was not replayed`,
          path,
          {
            line: typeof entry?.tag === 'string' ? journalLine(text, `"${entry.tag}"`) : 1,
          },
        ),
      );
      return;
    }
    entries.push({
      idx: typeof entry.idx === 'number' ? entry.idx : position,
      when: entry.when,
      tag: entry.tag,
    });
  });
  return {
    ...(typeof journal.dialect === 'string' ? { dialect: journal.dialect } : {}),
    entries,
    findings,
  };
}

/** Entries the migrator would skip on a database that already ran an earlier one (`when` not increasing). */
function orderFindings(
  entries: readonly JournalEntry[],
  journalPath: string,
  journalText: string,
): Finding[] {
  const findings: Finding[] = [];
  let latest: JournalEntry | undefined;
  for (const entry of entries) {
    if (latest && entry.when <= latest.when) {
      findings.push({
        rule: 'migration-order',
        severity: 'error',
        message:
          `${entry.tag} has "when" ${entry.when}, not later than ${latest.tag} (${latest.when}): drizzle's migrator only runs ` +
          `entries created after the last applied one, so databases that already applied ${latest.tag} never run ${entry.tag}`,
        locations: [{ path: journalPath, line: journalLine(journalText, `"${entry.tag}"`) }],
        fix: `set its "when" later than ${latest.when}, or regenerate the migration`,
      });
    }
    if (!latest || entry.when > latest.when) latest = entry;
  }
  return findings;
}

async function loadJournal(fs: FileSystem, dir: string): Promise<MigrationSet> {
  const journalPath = joinPath(dir, JOURNAL);
  const base = { format: 'drizzle', dir, outerTransaction: true, foreignKeys: true } as const;
  const journalSource = await readSource(fs, journalPath);
  if (!journalSource.ok) return { ...base, migrations: [], findings: [journalSource.finding] };
  const journalText = journalSource.text;
  const journal = parseJournal(journalText, journalPath);
  const findings: Finding[] = [...journal.findings];
  if (journal.dialect && !SQLITE_DIALECTS.has(journal.dialect.toLowerCase())) {
    findings.push(
      loadFinding(
        'error',
        `${journalPath} says these migrations are for dialect "${journal.dialect}": driftcheck replays migrations in SQLite and cannot run the ${journal.dialect} dialect`,
        journalPath,
        { line: journalLine(journalText, '"dialect"') },
      ),
    );
    return { ...base, migrations: [], findings };
  }
  findings.push(
    ...duplicateVersionFindings(
      'drizzle',
      journal.entries.map((e) => ({
        key: String(e.idx),
        version: `idx ${e.idx}`,
        path: joinPath(dir, `${e.tag}.sql`),
      })),
    ),
    ...duplicateVersionFindings(
      'drizzle',
      journal.entries.map((e) => ({
        key: e.tag,
        version: `tag ${e.tag}`,
        path: joinPath(dir, `${e.tag}.sql`),
      })),
    ),
    ...orderFindings(journal.entries, journalPath, journalText),
  );

  const listed = new Set<string>();
  const migrations: Migration[] = [];
  for (const entry of journal.entries) {
    const path = joinPath(dir, `${entry.tag}.sql`);
    listed.add(path);
    if (!(await isFile(fs, path))) {
      findings.push(
        loadFinding(
          'error',
          `${journalPath} lists ${entry.tag}, but ${path} does not exist: drizzle's migrator fails before running anything`,
          journalPath,
          { line: journalLine(journalText, `"${entry.tag}"`) },
        ),
      );
      continue;
    }
    const source = await readSource(fs, path);
    if (!source.ok) {
      findings.push(source.finding);
      continue;
    }
    migrations.push({
      id: path,
      // __drizzle_migrations records `when` as created_at: that is the tracker's version.
      version: String(entry.when),
      name: entry.tag,
      path,
      up: drizzleStatements(source.text, path),
      transaction: 'none',
      checksumSource: source.text,
    });
  }

  const listing = await listDir(fs, dir);
  for (const entry of listing.entries) {
    const path = joinPath(dir, entry.name);
    if (entry.kind === 'file' && entry.name.endsWith('.sql') && !listed.has(path)) {
      findings.push(
        loadFinding(
          'notice',
          `${path} is not listed in ${journalPath}, so drizzle's migrator does not run it and it was not replayed`,
          path,
        ),
      );
    }
  }
  return { ...base, migrations, findings };
}

/** drizzle-kit 1.x: `<timestamp>_<name>/migration.sql` (+ snapshot.json) folders, in name order. */
async function loadFolders(fs: FileSystem, dir: string): Promise<MigrationSet> {
  const listing = await listDir(fs, dir);
  const findings: Finding[] = [...listing.findings];
  const folders = listing.entries.filter(
    (entry) => entry.kind === 'dir' && !entry.name.startsWith('.') && entry.name !== 'meta',
  );
  const scripts = await readFolderScripts(
    fs,
    dir,
    folders,
    'migration.sql',
    (folder) => `${folder} has no migration.sql`,
    findings,
  );
  const migrations: Migration[] = scripts.map(({ folder, name, path, text }) => {
    const underscore = name.indexOf('_');
    return {
      id: folder,
      version: underscore < 0 ? name : name.slice(0, underscore),
      name,
      path,
      up: drizzleStatements(text, path),
      transaction: 'none',
      checksumSource: text,
    };
  });
  return { format: 'drizzle', dir, migrations, outerTransaction: true, foreignKeys: true, findings };
}

async function hasSnapshotFolders(fs: FileSystem, dir: string): Promise<boolean> {
  for (const entry of await tryList(fs, dir)) {
    if (
      entry.kind === 'dir' &&
      (await isFile(fs, joinPath(dir, entry.name, 'migration.sql'))) &&
      (await isFile(fs, joinPath(dir, entry.name, 'snapshot.json')))
    ) {
      return true;
    }
  }
  return false;
}

export const drizzleLoader: MigrationLoader = {
  format: 'drizzle',

  async detect(fs, dir) {
    if (await isFile(fs, joinPath(dir, JOURNAL))) return 100;
    // Above Prisma's `*/migration.sql` (90): only drizzle writes snapshot.json beside it.
    return (await hasSnapshotFolders(fs, dir)) ? 92 : 0;
  },

  async load(fs, dir) {
    if (await isFile(fs, joinPath(dir, JOURNAL))) return loadJournal(fs, dir);
    if (await hasSnapshotFolders(fs, dir)) return loadFolders(fs, dir);
    return {
      format: 'drizzle',
      dir,
      migrations: [],
      outerTransaction: true,
      foreignKeys: true,
      findings: [
        loadFinding(
          'error',
          `${joinPath(dir, JOURNAL)} does not exist: drizzle's migrator needs it to know which migrations to run`,
          dir || '.',
        ),
      ],
    };
  },
};
