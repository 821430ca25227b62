import type { Finding } from '../../findings.js';
import { compareText, joinPath } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { splitStatements } from '../../sqlite/split.js';
import { duplicateVersionFindings, loadFinding, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { listDir, readOptionalSource, readSource, tryList } from '../read.js';
import { checksumOf } from '../text.js';
import type { Migration, MigrationSet } from '../types.js';
import { canonicalInteger, compareNumeric } from '../version.js';

/**
 * Plain ordered `.sql` files: `001_init.sql`, `2_add_x.sql`, `20240101120000_x.sql`, applied in
 * numeric order (`10_x` after `2_x`). Downs are `*.down.sql`, `*_down.sql` or files in `down/`.
 *
 * The runner is usually hand-written (`sqlite3 db < file`, Python's `executescript`): it adds no
 * transaction of its own (files often carry their own BEGIN/COMMIT) and leaves SQLite's default
 * `foreign_keys=OFF`.
 */

const NAME = /^(\d+)(?:[_.-](.*?))?(?:([._-])(up|down))?\.sql$/i;
const DOWN_DIRS = new Set(['down', 'downs']);

interface PlainFile {
  readonly path: string;
  readonly version: string;
  readonly name: string;
  readonly down: boolean;
}

function parseName(fileName: string, path: string): PlainFile | undefined {
  const match = NAME.exec(fileName);
  if (!match) return undefined;
  const [, version, rawName = '', , direction] = match;
  return { path, version: version!, name: rawName, down: direction?.toLowerCase() === 'down' };
}

/** Key pairing an up with its down: the numeric version and the name. */
const pairKey = (file: PlainFile) => `${canonicalInteger(file.version)}\u0000${file.name}`;

export const plainLoader: MigrationLoader = {
  format: 'plain',

  async detect(fs: FileSystem, dir: string): Promise<number> {
    const entries = await tryList(fs, dir);
    const numbered = entries.filter((e) => e.kind === 'file' && NAME.test(e.name)).length;
    return numbered > 0 ? 30 : 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const findings: Finding[] = [...listing.findings];
    const ups: PlainFile[] = [];
    const downs: PlainFile[] = [];

    for (const entry of listing.entries) {
      if (entry.kind === 'dir' && DOWN_DIRS.has(entry.name.toLowerCase())) {
        const downDir = joinPath(dir, entry.name);
        for (const inner of await tryList(fs, downDir)) {
          if (inner.kind !== 'file' || !inner.name.toLowerCase().endsWith('.sql')) continue;
          const path = joinPath(downDir, inner.name);
          const file = parseName(inner.name, path);
          if (file) downs.push({ ...file, down: true });
          else findings.push(strayFileFinding('plain', path, '<number>_<name>.sql'));
        }
        continue;
      }
      if (entry.kind !== 'file' || !entry.name.toLowerCase().endsWith('.sql')) continue;
      const path = joinPath(dir, entry.name);
      const file = parseName(entry.name, path);
      if (!file) findings.push(strayFileFinding('plain', path, '<number>_<name>.sql'));
      else (file.down ? downs : ups).push(file);
    }

    ups.sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
    findings.push(
      ...duplicateVersionFindings(
        'plain',
        ups.map((f) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path })),
      ),
    );

    const downByKey = new Map<string, PlainFile>();
    for (const down of downs) downByKey.set(pairKey(down), down);
    // A down named differently (`down/003.sql` for `003_add_x.sql`) still pairs when its version is unique.
    const takeDown = (up: PlainFile): PlainFile | undefined => {
      let down = downByKey.get(pairKey(up));
      if (!down) {
        const sameVersion = [...downByKey.values()].filter(
          (d) => compareNumeric(d.version, up.version) === 0,
        );
        if (sameVersion.length === 1) down = sameVersion[0];
      }
      if (down) downByKey.delete(pairKey(down));
      return down;
    };

    const migrations: Migration[] = [];
    for (const up of ups) {
      const upText = await readSource(fs, up.path);
      if (!upText.ok) {
        findings.push(upText.finding);
        continue;
      }
      const down = takeDown(up);
      const downSource = await readOptionalSource(fs, down?.path, findings);
      migrations.push({
        id: up.path,
        version: up.version,
        name: up.name,
        path: up.path,
        up: splitStatements(upText.text, up.path),
        ...(down && downSource !== undefined
          ? { down: splitStatements(downSource, down.path), downPath: down.path }
          : {}),
        transaction: 'none',
        checksumSource: checksumOf(upText.text, downSource),
      });
    }
    for (const orphan of downByKey.values()) {
      findings.push(
        loadFinding(
          'notice',
          `${orphan.path} is a down migration without a matching up migration`,
          orphan.path,
        ),
      );
    }

    return { format: 'plain', dir, migrations, foreignKeys: false, findings };
  },
};
