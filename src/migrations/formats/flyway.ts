import type { Finding } from '../../findings.js';
import { baseName, compareText, joinPath } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { splitStatements } from '../../sqlite/split.js';
import { duplicateVersionFindings, loadFinding, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader, MigrationLoadOptions } from '../loader.js';
import { isFile, readOptionalSource, readSource, walkFiles } from '../read.js';
import { checksumOf } from '../text.js';
import type { Migration, MigrationSet, Statement } from '../types.js';
import { compareDotted, dottedKey } from '../version.js';

/**
 * Flyway: `V<version>__<description>.sql` (versions compared part by part, `.` or `_` between
 * parts: 1 < 1.1 < 2 < 10), `U<version>__…` undo scripts (the down), `R__<description>.sql`
 * repeatables applied after every versioned one in description order. Flyway scans its locations
 * recursively and replaces `${name}` placeholders before running a script.
 *
 * Flyway runs each migration in its own transaction (`executeInTransaction`, default true, can be
 * turned off per script in `<script>.sql.conf`). The SQLite JDBC driver (xerial sqlite-jdbc) leaves
 * `foreign_keys` off unless the URL asks for it.
 */

const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.*)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
const LOOKS_LIKE_FLYWAY = /^[VUR]\d*[._\d]*_/;
const PATTERN = 'V<version>__<description>.sql, U<version>__…, R__<description>.sql';

/** Flyway's built-in placeholders whose value is fixed for a SQLite database. */
function builtInPlaceholders(fileName: string): Record<string, string> {
  return {
    'flyway:defaultSchema': 'main',
    'flyway:database': 'main',
    'flyway:table': 'flyway_schema_history',
    'flyway:filename': fileName,
  };
}

function lookup(values: Readonly<Record<string, string>>, name: string): string | undefined {
  if (Object.hasOwn(values, name)) return values[name];
  const lower = name.toLowerCase();
  const key = Object.keys(values).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : values[key];
}

/** Replaces `${name}` in each statement; a statement with an unknown placeholder is blocked. */
export function substitutePlaceholders(
  statements: readonly Statement[],
  placeholders: Readonly<Record<string, string>>,
  fileName: string,
): Statement[] {
  const values = { ...builtInPlaceholders(fileName), ...placeholders };
  return statements.map((statement) => {
    const unresolved: string[] = [];
    const sql = statement.sql.replace(/\$\{([^}\s]+)\}/g, (whole, name: string) => {
      const value = lookup(values, name);
      if (value === undefined) {
        unresolved.push(name);
        return whole;
      }
      return value;
    });
    if (unresolved.length === 0) return { ...statement, sql };
    const names = [...new Set(unresolved)];
    const list = names.map((name) => `\${${name}}`).join(', ');
    const example = names.map((name) => `"${name}": "…"`).join(', ');
    return {
      ...statement,
      sql,
      blocked: {
        message: `Flyway placeholder ${list} in ${fileName} has no value, so this statement cannot be replayed`,
        hint: `give it a value under \`placeholders\` in the driftcheck config (placeholders: { ${example} }), the same value as flyway.placeholders.${names[0]} in Flyway's configuration`,
      },
    };
  });
}

/** `executeInTransaction=false` in the script's `.sql.conf`. */
async function runsInTransaction(fs: FileSystem, path: string, findings: Finding[]): Promise<boolean> {
  const confPath = `${path}.conf`;
  if (!(await isFile(fs, confPath))) return true;
  const conf = await readSource(fs, confPath);
  if (!conf.ok) {
    findings.push(conf.finding);
    return true;
  }
  const match = /^\s*executeInTransaction\s*=\s*(\S+)/m.exec(conf.text);
  return match?.[1]?.toLowerCase() !== 'false';
}

interface FlywayFile {
  readonly kind: 'V' | 'U' | 'R';
  readonly path: string;
  readonly version: string;
  readonly description: string;
}

function classify(rel: string, dir: string): FlywayFile | 'stray' | undefined {
  const name = baseName(rel);
  if (!name.endsWith('.sql')) return undefined;
  const path = joinPath(dir, rel);
  const versioned = VERSIONED.exec(name);
  if (versioned) {
    const [, kind, version, description] = versioned;
    return { kind: kind as 'V' | 'U', path, version: version!.replace(/_/g, '.'), description: description! };
  }
  const repeatable = REPEATABLE.exec(name);
  if (repeatable) return { kind: 'R', path, version: '', description: repeatable[1]! };
  return 'stray';
}

export const flywayLoader: MigrationLoader = {
  format: 'flyway',

  async detect(fs, dir) {
    const files = await walkFiles(fs, dir, 3);
    if (files.some((f) => VERSIONED.test(baseName(f)) && baseName(f).startsWith('V'))) return 75;
    if (files.some((f) => REPEATABLE.test(baseName(f)))) return 40;
    return 0;
  },

  async load(fs, dir, options: MigrationLoadOptions): Promise<MigrationSet> {
    const findings: Finding[] = [];
    const files: FlywayFile[] = [];
    if ((await fs.stat(dir).catch(() => undefined))?.kind !== 'dir') {
      findings.push(loadFinding('error', `${dir || '.'} is not a directory`, dir || '.'));
    }
    for (const rel of await walkFiles(fs, dir)) {
      const file = classify(rel, dir);
      if (file === 'stray') {
        const path = joinPath(dir, rel);
        findings.push(
          LOOKS_LIKE_FLYWAY.test(baseName(rel)) || baseName(rel).startsWith('B')
            ? loadFinding(
                'notice',
                `${path} looks like a Flyway script but does not match ${PATTERN} (baseline B scripts are not replayed); Flyway does not run it as a migration`,
                path,
              )
            : strayFileFinding('flyway', path, PATTERN),
        );
      } else if (file) files.push(file);
    }

    const versioned = files.filter((f) => f.kind === 'V');
    const undos = files.filter((f) => f.kind === 'U');
    const repeatables = files.filter((f) => f.kind === 'R');
    versioned.sort((a, b) => compareDotted(a.version, b.version) || compareText(a.path, b.path));
    repeatables.sort((a, b) => compareText(a.description, b.description) || compareText(a.path, b.path));

    findings.push(
      ...duplicateVersionFindings(
        'flyway',
        versioned.map((f) => ({ key: dottedKey(f.version), version: f.version, path: f.path })),
      ),
      ...duplicateVersionFindings(
        'flyway',
        undos.map((f) => ({ key: dottedKey(f.version), version: `U${f.version}`, path: f.path })),
      ),
      ...duplicateVersionFindings(
        'flyway',
        repeatables.map((f) => ({ key: f.description, version: `R__${f.description}`, path: f.path })),
      ),
    );

    const undoByVersion = new Map(undos.map((u) => [dottedKey(u.version), u]));
    const migrations: Migration[] = [];
    for (const file of [...versioned, ...repeatables]) {
      const source = await readSource(fs, file.path);
      if (!source.ok) {
        findings.push(source.finding);
        continue;
      }
      const fileName = baseName(file.path);
      const undo = file.kind === 'V' ? undoByVersion.get(dottedKey(file.version)) : undefined;
      if (undo) undoByVersion.delete(dottedKey(file.version));
      const undoText = await readOptionalSource(fs, undo?.path, findings);
      migrations.push({
        id: file.path,
        version: file.version,
        name: file.description.replace(/_/g, ' '),
        path: file.path,
        up: substitutePlaceholders(splitStatements(source.text, file.path), options.placeholders, fileName),
        ...(undo && undoText !== undefined
          ? {
              down: substitutePlaceholders(
                splitStatements(undoText, undo.path),
                options.placeholders,
                baseName(undo.path),
              ),
              downPath: undo.path,
            }
          : {}),
        transaction: (await runsInTransaction(fs, file.path, findings)) ? 'migration' : 'none',
        ...(file.kind === 'R' ? { repeatable: true } : {}),
        checksumSource: checksumOf(source.text, undoText),
      });
    }
    for (const orphan of undoByVersion.values()) {
      findings.push(
        loadFinding(
          'notice',
          `${orphan.path} undoes version ${orphan.version}, which has no V script`,
          orphan.path,
        ),
      );
    }

    return { format: 'flyway', dir, migrations, foreignKeys: false, findings };
  },
};
