import type { MigrationSet } from '../migrations/types.js';
import { quoteIdent } from '../schema/render.js';
import {
  type DdlStatement,
  type ObjectType,
  parseAlterTableSql,
  parseStatement,
  statementTable,
} from './ddl.js';
import type { Database } from './engine.js';
import type { HistoryEvent, Origin, Provenance } from './replay-provenance.js';
import type { FailureKind } from './replay-types.js';
import { firstKeyword, isKeyword, significantTokens, type Token } from './tokenize.js';

/**
 * Fix hints for the replay failures users meet most, from SQLite's message, the statement and what
 * earlier migrations did (provenance). Each hint says why in the user's terms and, where there is
 * one, gives SQL that works.
 */

export interface HintContext {
  readonly message: string;
  /** The failing statement. */
  readonly sql: string;
  readonly kind: FailureKind;
  readonly set: MigrationSet;
  /** Index of the failing migration. */
  readonly migration: number;
  readonly provenance: Provenance;
  /** The replay database, for the few hints that look at the schema (foreign key mismatch). */
  readonly db?: Database;
}

export interface Hint {
  readonly text: string;
  readonly fix?: string;
}

type Rule = (ctx: HintContext) => Hint | undefined;

const REBUILD =
  'rebuild the table with the 12-step procedure (https://www.sqlite.org/lang_altertable.html#otheralter)';

function at(origin: Origin | undefined): string {
  return origin ? `${origin.location.path}:${origin.location.line}` : 'a database snapshot';
}

function described(ctx: HintContext, origin: Origin | undefined): string {
  return origin?.migration === ctx.migration
    ? `earlier in this migration (${at(origin)})`
    : `by ${at(origin)}`;
}

function stripSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*$/, '');
}

/** Removes `DEFAULT <expr>` (and NOT NULL, with `dropNotNull`) from a column definition. */
function withoutDefault(
  tokens: readonly Token[],
  text: string,
  dropNotNull: boolean,
): { def: string; expr?: string } {
  const cut: [number, number][] = [];
  let expr: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isKeyword(t, 'default') && tokens[i + 1]) {
      let j = i + 1;
      if (tokens[j]!.text === '(') {
        let depth = 0;
        for (; j < tokens.length; j++) {
          if (tokens[j]!.text === '(') depth++;
          else if (tokens[j]!.text === ')' && --depth === 0) break;
        }
      } else if ((tokens[j]!.text === '-' || tokens[j]!.text === '+') && tokens[j + 1]) j++;
      const last = tokens[Math.min(j, tokens.length - 1)]!;
      expr = text.slice(tokens[i + 1]!.start, last.end);
      cut.push([t.start, last.end]);
      i = j;
    } else if (dropNotNull && isKeyword(t, 'not') && isKeyword(tokens[i + 1], 'null')) {
      cut.push([t.start, tokens[i + 1]!.end]);
      i++;
    }
  }
  let def = text;
  for (const [from, to] of cut.reverse()) def = def.slice(0, from) + def.slice(to);
  return { def: def.replace(/\s+/g, ' ').trim(), ...(expr ? { expr } : {}) };
}

function rowsNote(ctx: HintContext, table: string): string {
  if (ctx.kind !== 'rows') return '';
  const created = ctx.provenance.object('table', table)?.created;
  return ` The replay's ${table} is empty, so SQLite let it pass here, but it fails on every database where ${table} has rows (${table} was created ${described(ctx, created)}).`;
}

const nonConstantDefault: Rule = (ctx) => {
  if (ctx.message !== 'Cannot add a column with non-constant default') return undefined;
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== 'add-column') return undefined;
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  const { def, expr } = withoutDefault(significantTokens(definition), definition, true);
  const table = quoteIdent(alter.table);
  const column = quoteIdent(alter.action.column.name);
  const notNull = /\bNOT\s+NULL\b/i.test(definition);
  return {
    text:
      `SQLite cannot ADD COLUMN with a default that is an expression (${expr ?? 'non-constant'}) to a table that has rows.${rowsNote(ctx, alter.table)} ` +
      'Add the column without the default, then backfill existing rows with UPDATE. New rows do not get the default: ' +
      `set it in the application, or ${REBUILD} to keep the DEFAULT${notNull ? ' and the NOT NULL' : ''}.`,
    fix: `ALTER TABLE ${table} ADD COLUMN ${def};\nUPDATE ${table} SET ${column} = ${expr ?? 'NULL'};`,
  };
};

function placeholderFor(definition: string): string {
  return /INT|REAL|FLOA|DOUB|NUM|DEC|BOOL/i.test(definition) ? '0' : "''";
}

const notNullWithoutDefault: Rule = (ctx) => {
  if (ctx.message !== 'Cannot add a NOT NULL column with default value NULL') return undefined;
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== 'add-column') return undefined;
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  return {
    text:
      `Existing rows would get NULL in a NOT NULL column.${rowsNote(ctx, alter.table)} ` +
      'Give the column a DEFAULT (existing rows get it), or add it nullable, backfill it with UPDATE, ' +
      `and ${REBUILD} to make it NOT NULL.`,
    fix: `ALTER TABLE ${quoteIdent(alter.table)} ADD COLUMN ${definition.replace(/\s+DEFAULT\s+NULL\b/i, '')} DEFAULT ${placeholderFor(definition)};`,
  };
};

const otherAddColumnLimits: Rule = (ctx) => {
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== 'add-column') return undefined;
  const table = quoteIdent(alter.table);
  const column = quoteIdent(alter.action.column.name);
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  switch (ctx.message) {
    case 'cannot add a STORED column':
      return {
        text: `SQLite can add only VIRTUAL generated columns to a table with rows.${rowsNote(ctx, alter.table)} Make it VIRTUAL, or ${REBUILD}.`,
        fix: `ALTER TABLE ${table} ADD COLUMN ${definition.replace(/\bSTORED\b/i, 'VIRTUAL')};`,
      };
    case 'Cannot add a REFERENCES column with non-NULL default value':
      return {
        text: `With foreign keys on, a column added with REFERENCES must default to NULL.${rowsNote(ctx, alter.table)} Add it without the default, then backfill with UPDATE.`,
      };
    case 'Cannot add a UNIQUE column':
      return {
        text: 'SQLite cannot add a UNIQUE column with ALTER TABLE. Add the column, then a unique index on it.',
        fix: `ALTER TABLE ${table} ADD COLUMN ${definition.replace(/\s*\bUNIQUE\b/i, '')};\nCREATE UNIQUE INDEX ${quoteIdent(`${alter.table}_${alter.action.column.name}_key`)} ON ${table} (${column});`,
      };
    case 'Cannot add a PRIMARY KEY column':
      return { text: `SQLite cannot add a PRIMARY KEY column with ALTER TABLE: ${REBUILD}.` };
    default:
      return undefined;
  }
};

const duplicateColumn: Rule = (ctx) => {
  const m = /^duplicate column name: (.+)$/.exec(ctx.message);
  if (!m) return undefined;
  const name = m[1]!;
  const alter = parseAlterTableSql(ctx.sql);
  if (!alter) {
    return { text: `The statement declares the column ${name} twice.` };
  }
  const existing = ctx.provenance.column(alter.table, name);
  const where = existing?.origin ? described(ctx, existing.origin) : 'by an earlier migration';
  return {
    text:
      `${alter.table}.${name} already exists: it was added ${where}. Remove this statement. ` +
      'If some databases lack the column because a migration was marked applied without running, repair those databases instead of adding it again here.',
  };
};

type Creation = Extract<DdlStatement, { kind: `create-${string}` }>;

const CREATED: Readonly<Record<Creation['kind'], ObjectType>> = {
  'create-table': 'table',
  'create-index': 'index',
  'create-view': 'view',
  'create-trigger': 'trigger',
};

/** What a CREATE statement creates, or undefined when it is not one. */
function parseCreate(sql: string): Creation | undefined {
  const parsed = parseStatement(sql);
  return parsed && parsed.kind in CREATED ? (parsed as Creation) : undefined;
}

/** The first statement after the failing migration that creates `name` (a table, index, view, trigger). */
function createdLater(ctx: HintContext, type: ObjectType | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (let i = ctx.migration + 1; i < ctx.set.migrations.length; i++) {
    for (const st of ctx.set.migrations[i]!.up) {
      if (firstKeyword(st.sql) !== 'CREATE') continue;
      const created = parseCreate(st.sql);
      if (created && created.name.toLowerCase() === lower && (!type || CREATED[created.kind] === type)) {
        return `${st.location.path}:${st.location.line}`;
      }
    }
  }
  return undefined;
}

/** The first statement after the failing migration that adds column `name` (to `table` when known). */
function columnAddedLater(ctx: HintContext, table: string | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (let i = ctx.migration + 1; i < ctx.set.migrations.length; i++) {
    for (const st of ctx.set.migrations[i]!.up) {
      const keyword = firstKeyword(st.sql);
      if (keyword === 'ALTER') {
        const alter = parseAlterTableSql(st.sql);
        const added =
          alter?.action.kind === 'add-column'
            ? alter.action.column.name
            : alter?.action.kind === 'rename-column'
              ? alter.action.to
              : undefined;
        if (
          added?.toLowerCase() === lower &&
          (!table || alter!.table.toLowerCase() === table.toLowerCase())
        ) {
          return `${st.location.path}:${st.location.line}`;
        }
      } else if (keyword === 'CREATE') {
        const created = parseCreate(st.sql);
        if (created?.kind !== 'create-table' || (table && created.name.toLowerCase() !== table.toLowerCase()))
          continue;
        if (created.columns.some((c) => c.name.toLowerCase() === lower)) {
          return `${st.location.path}:${st.location.line}`;
        }
      }
    }
  }
  return undefined;
}

function eventText(ctx: HintContext, event: HistoryEvent, what: string): string {
  return event.action === 'drop'
    ? `${what} was dropped ${described(ctx, event.origin)}.`
    : `${what} was renamed to ${event.to} ${described(ctx, event.origin)}: use the new name.`;
}

const noSuchObject: Rule = (ctx) => {
  const m = /^no such (table|view|index|trigger): (?:main\.)?(.+)$/.exec(ctx.message);
  if (!m) return undefined;
  const type = m[1] as ObjectType;
  const name = m[2]!;
  const event = ctx.provenance.history(type, name)[0];
  if (event) return { text: eventText(ctx, event, `${type[0]!.toUpperCase()}${type.slice(1)} ${name}`) };
  const later = createdLater(ctx, type === 'table' ? undefined : type, name);
  if (later) {
    return {
      text: `${name} is created only later, by ${later}: this migration runs before it. Fix the order (version numbers) of the two migrations.`,
    };
  }
  return {
    text: `No migration before this one creates ${type} ${name}. If it exists in your databases, it was created by hand: add a migration that creates it.`,
  };
};

const noSuchColumn: Rule = (ctx) => {
  const m =
    /^no such column: (.+)$/.exec(ctx.message) ?? /^table (\S+) has no column named (.+)$/.exec(ctx.message);
  if (!m) return undefined;
  let table: string | undefined;
  let name: string;
  if (m[2] !== undefined) {
    table = m[1]!;
    name = m[2];
  } else {
    const parts = m[1]!.split('.');
    name = parts.pop()!;
    table = parts.pop() ?? statementTable(ctx.sql);
  }
  const what = table ? `${table}.${name}` : `Column ${name}`;
  const event = ctx.provenance.history('column', name, table)[0] ?? ctx.provenance.history('column', name)[0];
  if (event) return { text: eventText(ctx, event, event.table ? `${event.table}.${event.name}` : what) };
  const later = columnAddedLater(ctx, table, name);
  if (later) {
    return {
      text: `${what} is added only later, by ${later}: this migration runs before it. Fix the order of the migrations.`,
    };
  }
  const elsewhere = ctx.provenance.tablesWithColumn(name);
  const also = elsewhere.length > 0 ? ` Tables that have a column ${name}: ${elsewhere.join(', ')}.` : '';
  return {
    text: `No migration before this one adds ${table ? `a column ${name} to ${table}` : `a column ${name} to the table this statement uses`}.${also} Add it in an earlier migration, or fix the name.`,
  };
};

const alreadyExists: Rule = (ctx) => {
  const m =
    /^(table|index|view|trigger) (.+?) already exists$/.exec(ctx.message) ??
    /^there is already another (table|index) or \w+ with this name: (.+)$/.exec(ctx.message);
  if (!m) return undefined;
  const name = m[2]!.replace(/^main\./, '').replace(/^"(.*)"$/, '$1');
  const record = ctx.provenance.named(name);
  const where = record ? `It was created ${described(ctx, record.renamed ?? record.created)}.` : '';
  const created = parseCreate(ctx.sql);
  const ifNotExists = created && !created.ifNotExists;
  return {
    text: `${name} already exists. ${where} Remove one of the two, or use IF NOT EXISTS if both create the same thing.`.replace(
      /\s+/g,
      ' ',
    ),
    ...(ifNotExists
      ? {
          fix: ctx.sql.replace(
            /^(\s*CREATE\s+(?:(?:TEMP|TEMPORARY|UNIQUE|VIRTUAL)\s+)?(?:TABLE|INDEX|VIEW|TRIGGER))/i,
            '$1 IF NOT EXISTS',
          ),
        }
      : {}),
  };
};

const foreignKeyMismatch: Rule = (ctx) => {
  const m = /^foreign key mismatch - "(.+)" referencing "(.+)"$/.exec(ctx.message);
  if (!m) return undefined;
  const [, child, parent] = m as unknown as [string, string, string];
  let columns: string[] = [];
  try {
    const rows = ctx.db?.exec(
      'SELECT "to" FROM pragma_foreign_key_list(?) WHERE "table" = ? COLLATE NOCASE',
      [child, parent],
    );
    columns = (rows?.[0]?.values ?? []).map((r) => r[0]).filter((c): c is string => typeof c === 'string');
  } catch {
    // the child table may be gone; the text hint still applies
  }
  const cols = columns.length > 0 ? ` (${columns.map(quoteIdent).join(', ')})` : '';
  return {
    text:
      `${child} has a foreign key to ${parent}${cols}, but those columns are not ${parent}'s PRIMARY KEY or covered by a UNIQUE index` +
      `${columns.length === 0 ? ` (a REFERENCES ${parent} without columns needs ${parent} to have a PRIMARY KEY)` : ''}. ` +
      `Reference ${parent}'s primary key, or make the referenced columns unique.`,
    ...(columns.length > 0
      ? {
          fix: `CREATE UNIQUE INDEX ${quoteIdent(`${parent}_${columns.join('_')}_key`)} ON ${quoteIdent(parent)} (${columns.map(quoteIdent).join(', ')});`,
        }
      : {}),
  };
};

/** Syntax from other databases that SQLite lacks, and what to write instead. */
const DIALECT: readonly (readonly [RegExp, string])[] = [
  [
    /\bAUTO_INCREMENT\b/i,
    "AUTO_INCREMENT is MySQL syntax. In SQLite, declare the column INTEGER PRIMARY KEY (it gets the rowid's automatic values; add AUTOINCREMENT only to forbid reusing deleted ids).",
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:TYPE|SET\s+(?:DATA|DEFAULT)|DROP\s+DEFAULT)\b/i,
    `SQLite cannot change a column's type or default with ALTER COLUMN (recent versions support only SET/DROP NOT NULL there): ${REBUILD}.`,
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\b(?:MODIFY|CHANGE)\b/i,
    `MODIFY/CHANGE COLUMN is MySQL syntax; SQLite cannot change a column in place: ${REBUILD}.`,
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\bADD\s+(?:CONSTRAINT\s+\S+\s+)?(?:PRIMARY|FOREIGN|UNIQUE)\b/i,
    `SQLite cannot add a UNIQUE, PRIMARY KEY or FOREIGN KEY constraint with ALTER TABLE: use CREATE UNIQUE INDEX for a unique constraint; for a primary or foreign key, ${REBUILD}.`,
  ],
  [
    /\bDROP\s+CONSTRAINT\b/i,
    `This SQLite cannot drop this constraint with ALTER TABLE: ${REBUILD}, or drop the unique index that implements it.`,
  ],
  [
    /\bADD\s+(?:COLUMN\s+)?IF\s+NOT\s+EXISTS\b/i,
    'SQLite has no ADD COLUMN IF NOT EXISTS: add the column in exactly one migration.',
  ],
  [
    /\b(?:BIG|SMALL)?SERIAL\b/i,
    'SERIAL is PostgreSQL syntax. In SQLite, declare the column INTEGER PRIMARY KEY.',
  ],
  [/::\s*[A-Za-z]/, 'The :: cast is PostgreSQL syntax. In SQLite write CAST(value AS type).'],
  [
    /\bENGINE\s*=|\bDEFAULT\s+CHARSET\b|\bCHARACTER\s+SET\b/i,
    'ENGINE and CHARSET table options are MySQL syntax; SQLite has none: remove them.',
  ],
  [
    /\bCOMMENT\s+(?:ON\b|')/i,
    'SQLite has no column or table comments: use -- comments in the migration file.',
  ],
  [
    /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TYPE|EXTENSION|SEQUENCE|SCHEMA|FUNCTION|PROCEDURE|DATABASE)\b/i,
    'SQLite has no such object; this migration is written for another database.',
  ],
  [
    /\bUSING\s+(?:btree|hash|gin|gist|brin)\b/i,
    'Index methods (USING btree/gin/…) are PostgreSQL/MySQL syntax: SQLite indexes are all b-trees; remove the USING clause.',
  ],
  [/\bRENAME\s+INDEX\b/i, 'SQLite cannot rename an index: drop it and create it with the new name.'],
];

const syntaxError: Rule = (ctx) => {
  const m = /^(?:near "(.*)": )?syntax error$|^incomplete input$|^unrecognized token: "(.*)"$/.exec(
    ctx.message,
  );
  if (!m) return undefined;
  for (const [pattern, text] of DIALECT) if (pattern.test(ctx.sql)) return { text };
  const token = m[1] ?? m[2];
  const near = token ? ` near "${token}"` : '';
  return {
    text: `SQLite cannot parse this statement${near}. If it is written for another database (PostgreSQL, MySQL), it needs a SQLite version.`,
  };
};

const TX_OPT_OUT: Partial<Record<MigrationSet['format'], string>> = {
  goose: 'or add `-- +goose NO TRANSACTION` to the file',
  dbmate: 'or write `-- migrate:up transaction:false`',
  'golang-migrate': 'or open the database with `x-no-tx-wrap=true`',
  sqlx: 'or add `-- no-transaction` as the first line',
};

const nestedTransaction: Rule = (ctx) => {
  if (ctx.message === 'cannot start a transaction within a transaction') {
    const migration = ctx.set.migrations[ctx.migration];
    const runner = ctx.set.outerTransaction
      ? `${ctx.set.format} runs all pending migrations inside one transaction`
      : `${ctx.set.format} runs each migration inside a transaction`;
    if (!ctx.set.outerTransaction && migration?.transaction === 'none') {
      return {
        text: 'A transaction opened earlier in this migration is still open: COMMIT it before the next BEGIN.',
      };
    }
    const optOut = TX_OPT_OUT[ctx.set.format];
    return {
      text: `The file has its own BEGIN, but ${runner}, so it fails. Remove BEGIN/COMMIT from the file${optOut ? ` (${optOut})` : ''}.`,
    };
  }
  if (ctx.message === 'cannot commit - no transaction is active') {
    return {
      text: 'The file COMMITs without a transaction open: remove the COMMIT, or the BEGIN/COMMIT pair.',
    };
  }
  return undefined;
};

const KNOWN_FUNCTIONS: Readonly<Record<string, string>> = {
  now: "CURRENT_TIMESTAMP or datetime('now')",
  getdate: "CURRENT_TIMESTAMP or datetime('now')",
  sysdate: "CURRENT_TIMESTAMP or datetime('now')",
  uuid: 'lower(hex(randomblob(16)))',
  gen_random_uuid: 'lower(hex(randomblob(16)))',
  uuid_generate_v4: 'lower(hex(randomblob(16)))',
  nvl: 'ifnull(a, b)',
  isnull: 'ifnull(a, b)',
  len: 'length(x)',
  unix_timestamp: 'unixepoch()',
  to_char: 'strftime(format, value)',
};

const unknownFunction: Rule = (ctx) => {
  const m = /^no such function: (.+)$/.exec(ctx.message);
  if (!m) return undefined;
  const name = m[1]!;
  const equivalent = KNOWN_FUNCTIONS[name.toLowerCase()];
  if (equivalent)
    return { text: `${name}() is not a SQLite function; SQLite's equivalent is ${equivalent}.` };
  return {
    text: `${name}() is not a SQLite built-in. If your application registers it (create_function), declare it in driftcheck.json as "functions": ["${name}"] so replay uses a stand-in.`,
  };
};

const otherMessages: Rule = (ctx) => {
  const msg = ctx.message;
  if (ctx.kind === 'timeout') {
    return {
      text: 'The statement was still running when the time budget ran out: typically a recursive CTE without a stopping condition, or a data migration over a huge generated set. Make it terminate (LIMIT, a WHERE in the recursive part), or raise the per-migration time budget in the configuration if it is legitimately slow.',
    };
  }
  let m = /^no such module: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `The virtual table module ${m[1]} is not built into sql.js, the SQLite driftcheck replays with. Ignore the table in the configuration or replay with the command format.`,
    };
  }
  if (msg === 'cannot VACUUM from within a transaction') {
    return {
      text: 'The runner wraps this migration in a transaction, and VACUUM cannot run inside one. Run VACUUM outside migrations, or mark this migration as not transactional.',
    };
  }
  m = /^no such constraint: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `SQLite can drop only named CHECK and NOT NULL constraints with ALTER TABLE (older versions none). For a UNIQUE constraint created as an index, DROP INDEX; otherwise ${REBUILD}.`,
    };
  }
  m = /^no such collation sequence: (.+)$/.exec(msg);
  if (m) return { text: `The collation ${m[1]} is registered by the application, not by SQLite.` };
  if (msg === 'FOREIGN KEY constraint failed (at COMMIT)') {
    return {
      text: 'A deferred foreign key (DEFERRABLE INITIALLY DEFERRED, or PRAGMA defer_foreign_keys) is violated when the migration commits: rows reference parents that do not exist at the end of the migration.',
    };
  }
  if (msg === 'FOREIGN KEY constraint failed') {
    return {
      text: 'The runner turns foreign keys on, and a row references a missing parent (or a DROP TABLE in a rebuild deletes parents). PRAGMA foreign_keys=OFF has no effect inside a transaction: turn it off before the migration’s transaction, or fix the data.',
    };
  }
  m = /^error in (view|trigger|index) (\S+)(?: after (?:rename|drop column))?: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `The ${m[1]} ${m[2]} still refers to what this statement renames or drops (${m[3]}). Drop ${m[2]} before this statement and create it again after.`,
    };
  }
  m = /^cannot drop (PRIMARY KEY|UNIQUE) column: "?([^"]+)"?$/.exec(msg);
  if (m) return { text: `SQLite cannot drop a ${m[1]} column: ${REBUILD}.` };
  if (/^UNIQUE constraint failed: /.test(msg)) {
    return { text: 'Rows inserted by the migrations conflict with a unique constraint on a fresh database.' };
  }
  return undefined;
};

const RULES: readonly Rule[] = [
  nonConstantDefault,
  notNullWithoutDefault,
  otherAddColumnLimits,
  duplicateColumn,
  noSuchObject,
  noSuchColumn,
  alreadyExists,
  foreignKeyMismatch,
  syntaxError,
  nestedTransaction,
  unknownFunction,
  otherMessages,
];

/** The fix hint for a replay failure, when one of the known causes applies. */
export function hintFor(ctx: HintContext): Hint | undefined {
  for (const rule of RULES) {
    const hint = rule(ctx);
    if (hint) return hint;
  }
  return undefined;
}
