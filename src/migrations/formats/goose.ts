import type { Finding } from '../../findings.js';
import { compareText, joinPath } from '../../paths.js';
import { duplicateVersionFindings, loadFinding, strayFileFinding } from '../load-findings.js';
import type { MigrationLoader } from '../loader.js';
import { listDir, readSource, someFileText, tryList } from '../read.js';
import { type Line, linesOf, statementsOfLines } from '../text.js';
import type { Migration, MigrationSet, Statement } from '../types.js';
import { canonicalInteger, compareNumeric } from '../version.js';

/**
 * goose: `<version>_<name>.sql` with `-- +goose Up` / `-- +goose Down` sections,
 * `-- +goose StatementBegin` / `StatementEnd` around statements that hold semicolons, and
 * `-- +goose NO TRANSACTION`. `<version>_<name>.go` migrations are Go code: not replayable.
 *
 * goose runs each SQL migration in a transaction unless it says NO TRANSACTION; its sqlite3
 * dialect sets no pragmas, and the Go SQLite drivers leave `foreign_keys` off by default.
 *
 * Statements are cut where goose cuts them (a line ending in `;` outside StatementBegin/End), so a
 * trigger body without StatementBegin fails on replay just as it fails under goose.
 */

const NAME = /^(\d+)_(.+)\.(sql|go)$/;
const ANNOTATION = /^--\s*\+goose\s+(.+?)\s*$/i;
const UP_MARKER = /^--\s*\+goose\s+up\b/im;

type Section = 'up' | 'down';

interface Parsed {
  readonly up: Statement[];
  readonly down: Statement[];
  readonly hasDown: boolean;
  readonly noTransaction: boolean;
  readonly findings: Finding[];
}

/** goose's end-of-statement test: the line, without a trailing `--` comment, ends in `;`. */
function endsStatement(line: string): boolean {
  const comment = line.indexOf('--');
  const code = comment < 0 ? line : line.slice(0, comment);
  return code.trimEnd().endsWith(';');
}

export function parseGoose(text: string, path: string): Parsed {
  const up: Statement[] = [];
  const down: Statement[] = [];
  const findings: Finding[] = [];
  let section: Section | undefined;
  let hasUp = false;
  let hasDown = false;
  let inBlock = false;
  let noTransaction = false;
  let pending: Line[] = [];
  let stray: Line | undefined;
  // The first layout error goose itself rejects: the file then fails at that line on replay.
  let fatal: { readonly line: number; readonly message: string } | undefined;

  const target = () => (section === 'down' ? down : up);
  const flush = () => {
    if (section) target().push(...statementsOfLines(pending, path));
    pending = [];
  };
  const fail = (line: Line, message: string) => {
    fatal ??= { line: line.number, message };
  };

  const lines = linesOf(text);
  for (const line of lines) {
    const annotation = ANNOTATION.exec(line.text.trim());
    if (annotation && line.text.trimStart().startsWith('--')) {
      const command = annotation[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (command === 'up' || command === 'down') {
        if (inBlock) fail(line, `-- +goose ${annotation[1]} inside a StatementBegin block`);
        flush();
        if (command === 'up') {
          if (hasUp) fail(line, 'duplicate -- +goose Up annotation');
          hasUp = true;
        } else {
          if (!hasUp)
            fail(
              line,
              '-- +goose Down before -- +goose Up (goose: "must start with \'-- +goose Up\' annotation")',
            );
          else if (hasDown) fail(line, 'duplicate -- +goose Down annotation');
          hasDown = true;
        }
        section = command;
        inBlock = false;
      } else if (command === 'statementbegin') {
        flush();
        inBlock = true;
      } else if (command === 'statementend') {
        if (!inBlock) fail(line, '-- +goose StatementEnd without StatementBegin');
        // The whole block is one statement, however many semicolons it holds.
        const statement = blockStatement(pending, path);
        if (statement && section) target().push(statement);
        pending = [];
        inBlock = false;
      } else if (command === 'no transaction') {
        noTransaction = true;
      } else if (command === 'envsub on') {
        findings.push(
          loadFinding(
            'notice',
            `${path} turns on goose ENVSUB: \${VAR} references are replayed as written, without environment values`,
            path,
            { line: line.number },
          ),
        );
      } else if (command !== 'envsub off') {
        findings.push(
          loadFinding(
            'warning',
            `${path}:${line.number}: unknown goose annotation "${line.text.trim()}"`,
            path,
            {
              line: line.number,
            },
          ),
        );
      }
      continue;
    }
    if (!section) {
      if (line.text.trim() !== '' && !line.text.trimStart().startsWith('--')) stray ??= line;
      continue;
    }
    pending.push(line);
    if (!inBlock && endsStatement(line.text)) flush();
  }
  flush();
  if (inBlock)
    fatal ??= {
      line: lines.length,
      message: '-- +goose StatementBegin is never closed by StatementEnd',
    };
  if (!hasUp)
    fatal = {
      line: 1,
      message: 'no "-- +goose Up" annotation (goose: "must start with \'-- +goose Up\' annotation")',
    };
  if (fatal) {
    const blocked: Statement = {
      sql: '',
      location: { path, line: fatal.line },
      blocked: {
        message: `${path}:${fatal.line}: ${fatal.message}; goose refuses to run this file`,
        hint: 'see https://github.com/pressly/goose#sql-migrations for the annotations goose expects',
      },
    };
    return { up: [blocked], down: [], hasDown: false, noTransaction, findings };
  }
  if (stray) {
    findings.push(
      loadFinding(
        'warning',
        `${path}:${stray.number}: SQL before "-- +goose Up" belongs to no section and is not run`,
        path,
        {
          line: stray.number,
        },
      ),
    );
  }
  return { up, down, hasDown, noTransaction, findings };
}

/** A StatementBegin/End block as one statement, from its first token (leading comments dropped). */
function blockStatement(lines: readonly Line[], path: string): Statement | undefined {
  const first = statementsOfLines(lines, path)[0];
  if (!first) return undefined;
  const index = lines.findIndex((l) => l.number === first.location.line);
  const head = lines[index]!.text.slice((first.location.column ?? 1) - 1);
  const sql = [head, ...lines.slice(index + 1).map((l) => l.text)].join('\n').trimEnd();
  return { sql, location: first.location };
}

export const gooseLoader: MigrationLoader = {
  format: 'goose',

  async detect(fs, dir) {
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === 'file' && NAME.test(e.name) && e.name.endsWith('.sql'));
    return (await someFileText(fs, dir, sqlFiles, (text) => UP_MARKER.test(text))) ? 80 : 0;
  },

  async load(fs, dir): Promise<MigrationSet> {
    const listing = await listDir(fs, dir);
    const findings: Finding[] = [...listing.findings];
    const files: { path: string; version: string; name: string; go: boolean }[] = [];
    for (const entry of listing.entries) {
      if (entry.kind !== 'file') continue;
      const path = joinPath(dir, entry.name);
      const match = NAME.exec(entry.name);
      if (match && !entry.name.endsWith('_test.go')) {
        files.push({ path, version: match[1]!, name: match[2]!, go: match[3] === 'go' });
      } else if (entry.name.endsWith('.sql')) {
        findings.push(strayFileFinding('goose', path, '<version>_<name>.sql'));
      }
    }
    files.sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
    findings.push(
      ...duplicateVersionFindings(
        'goose',
        files.map((f) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path })),
      ),
    );

    const migrations: Migration[] = [];
    for (const file of files) {
      if (file.go) {
        findings.push(
          loadFinding(
            'notice',
            `${file.path} is a Go migration (version ${canonicalInteger(file.version)}): driftcheck replays SQL only, so its changes are missing from the replayed schema`,
            file.path,
            { fix: 'rewrite it as a .sql migration, or check this project with migrations.format "command"' },
          ),
        );
        continue;
      }
      const source = await readSource(fs, file.path);
      if (!source.ok) {
        findings.push(source.finding);
        continue;
      }
      const parsed = parseGoose(source.text, file.path);
      findings.push(...parsed.findings);
      migrations.push({
        id: file.path,
        version: canonicalInteger(file.version),
        name: file.name,
        path: file.path,
        up: parsed.up,
        ...(parsed.hasDown ? { down: parsed.down, downPath: file.path } : {}),
        transaction: parsed.noTransaction ? 'none' : 'migration',
        checksumSource: source.text,
      });
    }
    return { format: 'goose', dir, migrations, foreignKeys: false, findings };
  },
};
