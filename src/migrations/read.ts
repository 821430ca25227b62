import type { Finding } from '../findings.js';
import { joinPath } from '../paths.js';
import type { DirEntry, FileSystem } from '../ports.js';
import { loadFinding, unreadableFinding } from './load-findings.js';

/** Reading through the FileSystem port with every failure turned into a finding. */

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly finding: Finding };

export async function readSource(fs: FileSystem, path: string): Promise<ReadResult> {
  try {
    return { ok: true, text: await fs.readText(path) };
  } catch (error) {
    return { ok: false, finding: unreadableFinding(path, error) };
  }
}

/**
 * The text of an optional companion file (a down or undo migration), or undefined when there is
 * none (`path` undefined) or it cannot be read (the finding is added to `findings`).
 */
export async function readOptionalSource(
  fs: FileSystem,
  path: string | undefined,
  findings: Finding[],
): Promise<string | undefined> {
  if (path === undefined) return undefined;
  const source = await readSource(fs, path);
  if (source.ok) return source.text;
  findings.push(source.finding);
  return undefined;
}

/** How many files detection reads at most: it probes many directories and must stay cheap. */
const DETECTION_SAMPLE = 25;

/** Whether one of the first files among `entries` of `dir` has text that `test` accepts (detection). */
export async function someFileText(
  fs: FileSystem,
  dir: string,
  entries: readonly DirEntry[],
  test: (text: string) => boolean,
): Promise<boolean> {
  for (const entry of entries.slice(0, DETECTION_SAMPLE)) {
    const source = await readSource(fs, joinPath(dir, entry.name));
    if (source.ok && test(source.text)) return true;
  }
  return false;
}

/** Entries of `dir`, or none (with a finding) when it cannot be listed. */
export async function listDir(
  fs: FileSystem,
  dir: string,
): Promise<{ readonly entries: readonly DirEntry[]; readonly findings: readonly Finding[] }> {
  try {
    return { entries: await fs.readdir(dir), findings: [] };
  } catch (error) {
    return { entries: [], findings: [unreadableFinding(dir || '.', error)] };
  }
}

/** Entries of `dir` without a finding when it is missing (detection probes many directories). */
export async function tryList(fs: FileSystem, dir: string): Promise<readonly DirEntry[]> {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}

export async function isFile(fs: FileSystem, path: string): Promise<boolean> {
  return (await fs.stat(path).catch(() => undefined))?.kind === 'file';
}

/** Every file under `dir`, depth first in name order, as paths relative to `dir` (`a/b.sql`). */
export async function walkFiles(fs: FileSystem, dir: string, maxDepth = 8): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string, depth: number) => {
    for (const entry of await tryList(fs, joinPath(dir, rel))) {
      const child = joinPath(rel, entry.name);
      if (entry.kind === 'file') out.push(child);
      else if (depth < maxDepth) await visit(child, depth + 1);
    }
  };
  await visit('', 0);
  return out;
}

/** Looks for `names` in `dir` and each of its ancestors up to the root; the first path found. */
export async function findUpwards(
  fs: FileSystem,
  dir: string,
  names: readonly string[],
): Promise<string | undefined> {
  let current = dir;
  for (;;) {
    for (const name of names) {
      const path = joinPath(current, name);
      if (await isFile(fs, path)) return path;
    }
    if (current === '') return undefined;
    const slash = current.lastIndexOf('/');
    current = slash < 0 ? '' : current.slice(0, slash);
  }
}

export interface FolderScript {
  /** Repository-relative folder path, and its name. */
  readonly folder: string;
  readonly name: string;
  /** The script's repository-relative path and text. */
  readonly path: string;
  readonly text: string;
}

/**
 * One script per migration folder (`<dir>/<folder>/migration.sql` for Prisma and drizzle-kit 1.x),
 * in the order of `folders`. A folder without the script, or whose script cannot be read, becomes
 * an error finding (`missing` says what the tool does with such a folder) and is skipped.
 */
export async function readFolderScripts(
  fs: FileSystem,
  dir: string,
  folders: readonly DirEntry[],
  file: string,
  missing: (folder: string) => string,
  findings: Finding[],
): Promise<FolderScript[]> {
  const scripts: FolderScript[] = [];
  for (const entry of folders) {
    const folder = joinPath(dir, entry.name);
    const path = joinPath(folder, file);
    if (!(await isFile(fs, path))) {
      findings.push(loadFinding('error', missing(folder), folder));
      continue;
    }
    const source = await readSource(fs, path);
    if (!source.ok) {
      findings.push(source.finding);
      continue;
    }
    scripts.push({ folder, name: entry.name, path, text: source.text });
  }
  return scripts;
}
