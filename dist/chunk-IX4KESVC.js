import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  quoteIdent
} from "./chunk-PANHAJIG.js";
import {
  absolutePosition,
  locationAt,
  parseAlterTableSql,
  parseCreateTableSql,
  parseStatement,
  statementTable
} from "./chunk-6NLCI4VA.js";
import {
  firstKeyword,
  identifierName,
  isIdentifier,
  isKeyword,
  significantTokens,
  skipTrivia
} from "./chunk-RNDVHOK7.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";
import {
  openScratchDatabase
} from "./chunk-FGG54ITE.js";

// src/sqlite/hints.ts
var REBUILD = "rebuild the table with the 12-step procedure (https://www.sqlite.org/lang_altertable.html#otheralter)";
function at(origin) {
  return origin ? `${origin.location.path}:${origin.location.line}` : "a database snapshot";
}
function described(ctx, origin) {
  return origin?.migration === ctx.migration ? `earlier in this migration (${at(origin)})` : `by ${at(origin)}`;
}
function stripSemicolon(sql) {
  return sql.trim().replace(/;\s*$/, "");
}
function withoutDefault(tokens, text, dropNotNull) {
  const cut = [];
  let expr;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isKeyword(t, "default") && tokens[i + 1]) {
      let j = i + 1;
      if (tokens[j].text === "(") {
        let depth = 0;
        for (; j < tokens.length; j++) {
          if (tokens[j].text === "(") depth++;
          else if (tokens[j].text === ")" && --depth === 0) break;
        }
      } else if ((tokens[j].text === "-" || tokens[j].text === "+") && tokens[j + 1]) j++;
      const last = tokens[Math.min(j, tokens.length - 1)];
      expr = text.slice(tokens[i + 1].start, last.end);
      cut.push([t.start, last.end]);
      i = j;
    } else if (dropNotNull && isKeyword(t, "not") && isKeyword(tokens[i + 1], "null")) {
      cut.push([t.start, tokens[i + 1].end]);
      i++;
    }
  }
  let def = text;
  for (const [from, to] of cut.reverse()) def = def.slice(0, from) + def.slice(to);
  return { def: def.replace(/\s+/g, " ").trim(), ...expr ? { expr } : {} };
}
function rowsNote(ctx, table) {
  if (ctx.kind !== "rows") return "";
  const created = ctx.provenance.object("table", table)?.created;
  return ` The replay's ${table} is empty, so SQLite let it pass here, but it fails on every database where ${table} has rows (${table} was created ${described(ctx, created)}).`;
}
var nonConstantDefault = (ctx) => {
  if (ctx.message !== "Cannot add a column with non-constant default") return void 0;
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== "add-column") return void 0;
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  const { def, expr } = withoutDefault(significantTokens(definition), definition, true);
  const table = quoteIdent(alter.table);
  const column = quoteIdent(alter.action.column.name);
  const notNull = /\bNOT\s+NULL\b/i.test(definition);
  return {
    text: `SQLite cannot ADD COLUMN with a default that is an expression (${expr ?? "non-constant"}) to a table that has rows.${rowsNote(ctx, alter.table)} Add the column without the default, then backfill existing rows with UPDATE. New rows do not get the default: set it in the application, or ${REBUILD} to keep the DEFAULT${notNull ? " and the NOT NULL" : ""}.`,
    fix: `ALTER TABLE ${table} ADD COLUMN ${def};
UPDATE ${table} SET ${column} = ${expr ?? "NULL"};`
  };
};
function placeholderFor(definition) {
  return /INT|REAL|FLOA|DOUB|NUM|DEC|BOOL/i.test(definition) ? "0" : "''";
}
var notNullWithoutDefault = (ctx) => {
  if (ctx.message !== "Cannot add a NOT NULL column with default value NULL") return void 0;
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== "add-column") return void 0;
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  return {
    text: `Existing rows would get NULL in a NOT NULL column.${rowsNote(ctx, alter.table)} Give the column a DEFAULT (existing rows get it), or add it nullable, backfill it with UPDATE, and ${REBUILD} to make it NOT NULL.`,
    fix: `ALTER TABLE ${quoteIdent(alter.table)} ADD COLUMN ${definition.replace(/\s+DEFAULT\s+NULL\b/i, "")} DEFAULT ${placeholderFor(definition)};`
  };
};
var otherAddColumnLimits = (ctx) => {
  const alter = parseAlterTableSql(ctx.sql);
  if (alter?.action.kind !== "add-column") return void 0;
  const table = quoteIdent(alter.table);
  const column = quoteIdent(alter.action.column.name);
  const definition = stripSemicolon(ctx.sql.slice(alter.action.definitionStart));
  switch (ctx.message) {
    case "cannot add a STORED column":
      return {
        text: `SQLite can add only VIRTUAL generated columns to a table with rows.${rowsNote(ctx, alter.table)} Make it VIRTUAL, or ${REBUILD}.`,
        fix: `ALTER TABLE ${table} ADD COLUMN ${definition.replace(/\bSTORED\b/i, "VIRTUAL")};`
      };
    case "Cannot add a REFERENCES column with non-NULL default value":
      return {
        text: `With foreign keys on, a column added with REFERENCES must default to NULL.${rowsNote(ctx, alter.table)} Add it without the default, then backfill with UPDATE.`
      };
    case "Cannot add a UNIQUE column":
      return {
        text: "SQLite cannot add a UNIQUE column with ALTER TABLE. Add the column, then a unique index on it.",
        fix: `ALTER TABLE ${table} ADD COLUMN ${definition.replace(/\s*\bUNIQUE\b/i, "")};
CREATE UNIQUE INDEX ${quoteIdent(`${alter.table}_${alter.action.column.name}_key`)} ON ${table} (${column});`
      };
    case "Cannot add a PRIMARY KEY column":
      return { text: `SQLite cannot add a PRIMARY KEY column with ALTER TABLE: ${REBUILD}.` };
    default:
      return void 0;
  }
};
var duplicateColumn = (ctx) => {
  const m = /^duplicate column name: (.+)$/.exec(ctx.message);
  if (!m) return void 0;
  const name = m[1];
  const alter = parseAlterTableSql(ctx.sql);
  if (!alter) {
    return { text: `The statement declares the column ${name} twice.` };
  }
  const existing = ctx.provenance.column(alter.table, name);
  const where = existing?.origin ? described(ctx, existing.origin) : "by an earlier migration";
  return {
    text: `${alter.table}.${name} already exists: it was added ${where}. Remove this statement. If some databases lack the column because a migration was marked applied without running, repair those databases instead of adding it again here.`
  };
};
var CREATED = {
  "create-table": "table",
  "create-index": "index",
  "create-view": "view",
  "create-trigger": "trigger"
};
function parseCreate(sql) {
  const parsed = parseStatement(sql);
  return parsed && parsed.kind in CREATED ? parsed : void 0;
}
function createdLater(ctx, type, name) {
  const lower2 = name.toLowerCase();
  for (let i = ctx.migration + 1; i < ctx.set.migrations.length; i++) {
    for (const st of ctx.set.migrations[i].up) {
      if (firstKeyword(st.sql) !== "CREATE") continue;
      const created = parseCreate(st.sql);
      if (created && created.name.toLowerCase() === lower2 && (!type || CREATED[created.kind] === type)) {
        return `${st.location.path}:${st.location.line}`;
      }
    }
  }
  return void 0;
}
function columnAddedLater(ctx, table, name) {
  const lower2 = name.toLowerCase();
  for (let i = ctx.migration + 1; i < ctx.set.migrations.length; i++) {
    for (const st of ctx.set.migrations[i].up) {
      const keyword = firstKeyword(st.sql);
      if (keyword === "ALTER") {
        const alter = parseAlterTableSql(st.sql);
        const added = alter?.action.kind === "add-column" ? alter.action.column.name : alter?.action.kind === "rename-column" ? alter.action.to : void 0;
        if (added?.toLowerCase() === lower2 && (!table || alter.table.toLowerCase() === table.toLowerCase())) {
          return `${st.location.path}:${st.location.line}`;
        }
      } else if (keyword === "CREATE") {
        const created = parseCreate(st.sql);
        if (created?.kind !== "create-table" || table && created.name.toLowerCase() !== table.toLowerCase())
          continue;
        if (created.columns.some((c) => c.name.toLowerCase() === lower2)) {
          return `${st.location.path}:${st.location.line}`;
        }
      }
    }
  }
  return void 0;
}
function eventText(ctx, event, what) {
  return event.action === "drop" ? `${what} was dropped ${described(ctx, event.origin)}.` : `${what} was renamed to ${event.to} ${described(ctx, event.origin)}: use the new name.`;
}
var noSuchObject = (ctx) => {
  const m = /^no such (table|view|index|trigger): (?:main\.)?(.+)$/.exec(ctx.message);
  if (!m) return void 0;
  const type = m[1];
  const name = m[2];
  const event = ctx.provenance.history(type, name)[0];
  if (event) return { text: eventText(ctx, event, `${type[0].toUpperCase()}${type.slice(1)} ${name}`) };
  const later = createdLater(ctx, type === "table" ? void 0 : type, name);
  if (later) {
    return {
      text: `${name} is created only later, by ${later}: this migration runs before it. Fix the order (version numbers) of the two migrations.`
    };
  }
  return {
    text: `No migration before this one creates ${type} ${name}. If it exists in your databases, it was created by hand: add a migration that creates it.`
  };
};
var noSuchColumn = (ctx) => {
  const m = /^no such column: (.+)$/.exec(ctx.message) ?? /^table (\S+) has no column named (.+)$/.exec(ctx.message);
  if (!m) return void 0;
  let table;
  let name;
  if (m[2] !== void 0) {
    table = m[1];
    name = m[2];
  } else {
    const parts = m[1].split(".");
    name = parts.pop();
    table = parts.pop() ?? statementTable(ctx.sql);
  }
  const what = table ? `${table}.${name}` : `Column ${name}`;
  const event = ctx.provenance.history("column", name, table)[0] ?? ctx.provenance.history("column", name)[0];
  if (event) return { text: eventText(ctx, event, event.table ? `${event.table}.${event.name}` : what) };
  const later = columnAddedLater(ctx, table, name);
  if (later) {
    return {
      text: `${what} is added only later, by ${later}: this migration runs before it. Fix the order of the migrations.`
    };
  }
  const elsewhere = ctx.provenance.tablesWithColumn(name);
  const also = elsewhere.length > 0 ? ` Tables that have a column ${name}: ${elsewhere.join(", ")}.` : "";
  return {
    text: `No migration before this one adds ${table ? `a column ${name} to ${table}` : `a column ${name} to the table this statement uses`}.${also} Add it in an earlier migration, or fix the name.`
  };
};
var alreadyExists = (ctx) => {
  const m = /^(table|index|view|trigger) (.+?) already exists$/.exec(ctx.message) ?? /^there is already another (table|index) or \w+ with this name: (.+)$/.exec(ctx.message);
  if (!m) return void 0;
  const name = m[2].replace(/^main\./, "").replace(/^"(.*)"$/, "$1");
  const record = ctx.provenance.named(name);
  const where = record ? `It was created ${described(ctx, record.renamed ?? record.created)}.` : "";
  const created = parseCreate(ctx.sql);
  const ifNotExists = created && !created.ifNotExists;
  return {
    text: `${name} already exists. ${where} Remove one of the two, or use IF NOT EXISTS if both create the same thing.`.replace(
      /\s+/g,
      " "
    ),
    ...ifNotExists ? {
      fix: ctx.sql.replace(
        /^(\s*CREATE\s+(?:(?:TEMP|TEMPORARY|UNIQUE|VIRTUAL)\s+)?(?:TABLE|INDEX|VIEW|TRIGGER))/i,
        "$1 IF NOT EXISTS"
      )
    } : {}
  };
};
var foreignKeyMismatch = (ctx) => {
  const m = /^foreign key mismatch - "(.+)" referencing "(.+)"$/.exec(ctx.message);
  if (!m) return void 0;
  const [, child, parent] = m;
  let columns = [];
  try {
    const rows = ctx.db?.exec(
      'SELECT "to" FROM pragma_foreign_key_list(?) WHERE "table" = ? COLLATE NOCASE',
      [child, parent]
    );
    columns = (rows?.[0]?.values ?? []).map((r) => r[0]).filter((c) => typeof c === "string");
  } catch {
  }
  const cols = columns.length > 0 ? ` (${columns.map(quoteIdent).join(", ")})` : "";
  return {
    text: `${child} has a foreign key to ${parent}${cols}, but those columns are not ${parent}'s PRIMARY KEY or covered by a UNIQUE index${columns.length === 0 ? ` (a REFERENCES ${parent} without columns needs ${parent} to have a PRIMARY KEY)` : ""}. Reference ${parent}'s primary key, or make the referenced columns unique.`,
    ...columns.length > 0 ? {
      fix: `CREATE UNIQUE INDEX ${quoteIdent(`${parent}_${columns.join("_")}_key`)} ON ${quoteIdent(parent)} (${columns.map(quoteIdent).join(", ")});`
    } : {}
  };
};
var DIALECT = [
  [
    /\bAUTO_INCREMENT\b/i,
    "AUTO_INCREMENT is MySQL syntax. In SQLite, declare the column INTEGER PRIMARY KEY (it gets the rowid's automatic values; add AUTOINCREMENT only to forbid reusing deleted ids)."
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:TYPE|SET\s+(?:DATA|DEFAULT)|DROP\s+DEFAULT)\b/i,
    `SQLite cannot change a column's type or default with ALTER COLUMN (recent versions support only SET/DROP NOT NULL there): ${REBUILD}.`
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\b(?:MODIFY|CHANGE)\b/i,
    `MODIFY/CHANGE COLUMN is MySQL syntax; SQLite cannot change a column in place: ${REBUILD}.`
  ],
  [
    /\bALTER\s+TABLE\b[\s\S]*\bADD\s+(?:CONSTRAINT\s+\S+\s+)?(?:PRIMARY|FOREIGN|UNIQUE)\b/i,
    `SQLite cannot add a UNIQUE, PRIMARY KEY or FOREIGN KEY constraint with ALTER TABLE: use CREATE UNIQUE INDEX for a unique constraint; for a primary or foreign key, ${REBUILD}.`
  ],
  [
    /\bDROP\s+CONSTRAINT\b/i,
    `This SQLite cannot drop this constraint with ALTER TABLE: ${REBUILD}, or drop the unique index that implements it.`
  ],
  [
    /\bADD\s+(?:COLUMN\s+)?IF\s+NOT\s+EXISTS\b/i,
    "SQLite has no ADD COLUMN IF NOT EXISTS: add the column in exactly one migration."
  ],
  [
    /\b(?:BIG|SMALL)?SERIAL\b/i,
    "SERIAL is PostgreSQL syntax. In SQLite, declare the column INTEGER PRIMARY KEY."
  ],
  [/::\s*[A-Za-z]/, "The :: cast is PostgreSQL syntax. In SQLite write CAST(value AS type)."],
  [
    /\bENGINE\s*=|\bDEFAULT\s+CHARSET\b|\bCHARACTER\s+SET\b/i,
    "ENGINE and CHARSET table options are MySQL syntax; SQLite has none: remove them."
  ],
  [
    /\bCOMMENT\s+(?:ON\b|')/i,
    "SQLite has no column or table comments: use -- comments in the migration file."
  ],
  [
    /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TYPE|EXTENSION|SEQUENCE|SCHEMA|FUNCTION|PROCEDURE|DATABASE)\b/i,
    "SQLite has no such object; this migration is written for another database."
  ],
  [
    /\bUSING\s+(?:btree|hash|gin|gist|brin)\b/i,
    "Index methods (USING btree/gin/\u2026) are PostgreSQL/MySQL syntax: SQLite indexes are all b-trees; remove the USING clause."
  ],
  [/\bRENAME\s+INDEX\b/i, "SQLite cannot rename an index: drop it and create it with the new name."]
];
var syntaxError = (ctx) => {
  const m = /^(?:near "(.*)": )?syntax error$|^incomplete input$|^unrecognized token: "(.*)"$/.exec(
    ctx.message
  );
  if (!m) return void 0;
  for (const [pattern, text] of DIALECT) if (pattern.test(ctx.sql)) return { text };
  const token = m[1] ?? m[2];
  const near = token ? ` near "${token}"` : "";
  return {
    text: `SQLite cannot parse this statement${near}. If it is written for another database (PostgreSQL, MySQL), it needs a SQLite version.`
  };
};
var TX_OPT_OUT = {
  goose: "or add `-- +goose NO TRANSACTION` to the file",
  dbmate: "or write `-- migrate:up transaction:false`",
  "golang-migrate": "or open the database with `x-no-tx-wrap=true`",
  sqlx: "or add `-- no-transaction` as the first line"
};
var nestedTransaction = (ctx) => {
  if (ctx.message === "cannot start a transaction within a transaction") {
    const migration = ctx.set.migrations[ctx.migration];
    const runner = ctx.set.outerTransaction ? `${ctx.set.format} runs all pending migrations inside one transaction` : `${ctx.set.format} runs each migration inside a transaction`;
    if (!ctx.set.outerTransaction && migration?.transaction === "none") {
      return {
        text: "A transaction opened earlier in this migration is still open: COMMIT it before the next BEGIN."
      };
    }
    const optOut = TX_OPT_OUT[ctx.set.format];
    return {
      text: `The file has its own BEGIN, but ${runner}, so it fails. Remove BEGIN/COMMIT from the file${optOut ? ` (${optOut})` : ""}.`
    };
  }
  if (ctx.message === "cannot commit - no transaction is active") {
    return {
      text: "The file COMMITs without a transaction open: remove the COMMIT, or the BEGIN/COMMIT pair."
    };
  }
  return void 0;
};
var KNOWN_FUNCTIONS = {
  now: "CURRENT_TIMESTAMP or datetime('now')",
  getdate: "CURRENT_TIMESTAMP or datetime('now')",
  sysdate: "CURRENT_TIMESTAMP or datetime('now')",
  uuid: "lower(hex(randomblob(16)))",
  gen_random_uuid: "lower(hex(randomblob(16)))",
  uuid_generate_v4: "lower(hex(randomblob(16)))",
  nvl: "ifnull(a, b)",
  isnull: "ifnull(a, b)",
  len: "length(x)",
  unix_timestamp: "unixepoch()",
  to_char: "strftime(format, value)"
};
var unknownFunction = (ctx) => {
  const m = /^no such function: (.+)$/.exec(ctx.message);
  if (!m) return void 0;
  const name = m[1];
  const equivalent = KNOWN_FUNCTIONS[name.toLowerCase()];
  if (equivalent)
    return { text: `${name}() is not a SQLite function; SQLite's equivalent is ${equivalent}.` };
  return {
    text: `${name}() is not a SQLite built-in. If your application registers it (create_function), declare it in driftcheck.json as "functions": ["${name}"] so replay uses a stand-in.`
  };
};
var otherMessages = (ctx) => {
  const msg = ctx.message;
  if (ctx.kind === "timeout") {
    return {
      text: "The statement was still running when the time budget ran out: typically a recursive CTE without a stopping condition, or a data migration over a huge generated set. Make it terminate (LIMIT, a WHERE in the recursive part), or raise the per-migration time budget in the configuration if it is legitimately slow."
    };
  }
  let m = /^no such module: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `The virtual table module ${m[1]} is not built into sql.js, the SQLite driftcheck replays with. Ignore the table in the configuration or replay with the command format.`
    };
  }
  if (msg === "cannot VACUUM from within a transaction") {
    return {
      text: "The runner wraps this migration in a transaction, and VACUUM cannot run inside one. Run VACUUM outside migrations, or mark this migration as not transactional."
    };
  }
  m = /^no such constraint: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `SQLite can drop only named CHECK and NOT NULL constraints with ALTER TABLE (older versions none). For a UNIQUE constraint created as an index, DROP INDEX; otherwise ${REBUILD}.`
    };
  }
  m = /^no such collation sequence: (.+)$/.exec(msg);
  if (m) return { text: `The collation ${m[1]} is registered by the application, not by SQLite.` };
  if (msg === "FOREIGN KEY constraint failed (at COMMIT)") {
    return {
      text: "A deferred foreign key (DEFERRABLE INITIALLY DEFERRED, or PRAGMA defer_foreign_keys) is violated when the migration commits: rows reference parents that do not exist at the end of the migration."
    };
  }
  if (msg === "FOREIGN KEY constraint failed") {
    return {
      text: "The runner turns foreign keys on, and a row references a missing parent (or a DROP TABLE in a rebuild deletes parents). PRAGMA foreign_keys=OFF has no effect inside a transaction: turn it off before the migration\u2019s transaction, or fix the data."
    };
  }
  m = /^error in (view|trigger|index) (\S+)(?: after (?:rename|drop column))?: (.+)$/.exec(msg);
  if (m) {
    return {
      text: `The ${m[1]} ${m[2]} still refers to what this statement renames or drops (${m[3]}). Drop ${m[2]} before this statement and create it again after.`
    };
  }
  m = /^cannot drop (PRIMARY KEY|UNIQUE) column: "?([^"]+)"?$/.exec(msg);
  if (m) return { text: `SQLite cannot drop a ${m[1]} column: ${REBUILD}.` };
  if (/^UNIQUE constraint failed: /.test(msg)) {
    return { text: "Rows inserted by the migrations conflict with a unique constraint on a fresh database." };
  }
  return void 0;
};
var RULES = [
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
  otherMessages
];
function hintFor(ctx) {
  for (const rule of RULES) {
    const hint = rule(ctx);
    if (hint) return hint;
  }
  return void 0;
}

// src/sqlite/libsql-alter-column.ts
function parseAlterColumn(sql) {
  const tokens = significantTokens(sql);
  const end = tokens.at(-1)?.text === ";" ? tokens.length - 1 : tokens.length;
  if (!isKeyword(tokens[0], "alter") || !isKeyword(tokens[1], "table")) return void 0;
  let i = 2;
  if (tokens[i + 1]?.text === ".") i += 2;
  const table = tokens[i];
  if (!isIdentifier(table) || !isKeyword(tokens[i + 1], "alter") || !isKeyword(tokens[i + 2], "column")) {
    return void 0;
  }
  const column = tokens[i + 3];
  const to = tokens[i + 4];
  const first = tokens[i + 5];
  const last = tokens[end - 1];
  if (!isIdentifier(column) || !isKeyword(to, "to") || !isIdentifier(first) || !last) return void 0;
  if (tokens.slice(i + 5, end).some((t) => t.text === ";")) return void 0;
  return {
    table: identifierName(table),
    column: identifierName(column),
    definition: sql.slice(first.start, last.end)
  };
}
function definitionSpans(tokens) {
  const open = tokens.findIndex((t) => t.text === "(");
  if (open < 0) return [];
  const spans = [];
  let depth = 0;
  let first;
  let last;
  for (const token of tokens.slice(open + 1)) {
    if (depth === 0 && (token.text === "," || token.text === ")")) {
      if (first && last) spans.push({ start: first.start, end: last.end, first });
      if (token.text === ")") break;
      first = void 0;
      continue;
    }
    if (token.text === "(") depth++;
    else if (token.text === ")") depth--;
    first ??= token;
    last = token;
  }
  return spans;
}
var lower = (name) => name.toLowerCase();
function applyAlterColumn(db, alter) {
  const rows = db.exec(
    "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE",
    [alter.table]
  );
  const [name, create] = rows[0]?.values[0] ?? [];
  if (name === void 0 || typeof create !== "string") throw new Error(`no such table: ${alter.table}`);
  const nameToken = significantTokens(alter.definition)[0];
  const newName = nameToken ? identifierName(nameToken) : "";
  if (lower(newName) !== lower(alter.column)) {
    throw new Error(
      `ALTER COLUMN ${alter.column} TO ${newName}: renaming in ALTER COLUMN is not replayed; use RENAME COLUMN`
    );
  }
  const span = definitionSpans(significantTokens(create)).find(
    (s) => isIdentifier(s.first) && lower(identifierName(s.first)) === lower(alter.column)
  );
  if (!span) throw new Error(`no such column: "${alter.column}"`);
  const rewritten = create.slice(0, span.start) + alter.definition + create.slice(span.end);
  const body = rewritten.slice(rewritten.indexOf("("));
  db.prepare(`CREATE TEMP TABLE "${name.replaceAll('"', '""')}" ${body}`).free();
  const version = Number(db.exec("PRAGMA schema_version")[0]?.values[0]?.[0] ?? 0);
  db.run("PRAGMA writable_schema = ON");
  try {
    db.run("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?", [rewritten, name]);
    db.run(`PRAGMA schema_version = ${version + 1}`);
  } finally {
    db.run("PRAGMA writable_schema = OFF");
  }
}

// src/sqlite/replay-functions.ts
function registerStandIns(db, names) {
  if (names.length === 0) return;
  const known = new Set(
    (db.exec("SELECT DISTINCT lower(name) FROM pragma_function_list")[0]?.values ?? []).map(
      (r) => String(r[0])
    )
  );
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    const standIn = (...args) => args.length > 0 ? args[0] : null;
    Object.defineProperty(standIn, "length", { value: -1 });
    db.create_function(name, standIn);
  }
}

// src/sqlite/replay-provenance.ts
var SCHEMA_QUERY = "SELECT type, name, tbl_name, rootpage, sql, rowid FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
var TABLE_QUERY = `${SCHEMA_QUERY} AND type = 'table' AND name = ? COLLATE NOCASE`;
var NEW_QUERY = `${SCHEMA_QUERY} AND rowid > ?`;
var ALL = { kind: "all" };
var keyOf = (type, name) => `${type}:${name.toLowerCase()}`;
var COLUMNS_QUERY = "SELECT name FROM pragma_table_xinfo(?, 'main')";
var prepared = /* @__PURE__ */ new WeakMap();
function query(db, sql, params = []) {
  let cache = prepared.get(db);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    prepared.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  const rows = [];
  try {
    statement.bind(params);
    while (statement.step()) rows.push(statement.get());
  } finally {
    statement.reset();
  }
  return rows;
}
function readColumnNames(db, table) {
  return query(db, COLUMNS_QUERY, [table]).map((row) => String(row[0]));
}
function columnPositions(sql) {
  const positions = /* @__PURE__ */ new Map();
  for (const column of parseCreateTableSql(sql)?.columns ?? []) {
    const key = column.name.toLowerCase();
    if (!positions.has(key)) positions.set(key, column.position);
  }
  return positions;
}
var Provenance = class _Provenance {
  objects = /* @__PURE__ */ new Map();
  columns = /* @__PURE__ */ new Map();
  events = [];
  undoLog = [];
  marks = [];
  /** Highest sqlite_schema rowid seen by the last full read (undefined: read everything next time). */
  maxRowid;
  static fromSnapshot(snapshot) {
    const p = new _Provenance();
    for (const o of snapshot.objects) p.objects.set(keyOf(o.type, o.name), o);
    for (const [table, cols] of Object.entries(snapshot.columns)) p.columns.set(table, cols);
    p.events.push(...snapshot.history);
    return p;
  }
  snapshot() {
    return {
      objects: [...this.objects.values()],
      columns: Object.fromEntries(this.columns),
      history: [...this.events]
    };
  }
  // --- transaction mirroring -------------------------------------------------------------
  begin() {
    this.marks.push({ name: void 0, at: this.undoLog.length });
  }
  savepoint(name) {
    this.marks.push({ name: name.toLowerCase(), at: this.undoLog.length });
  }
  /** RELEASE: forgets the savepoint and those after it; releasing the outermost one commits. */
  release(name) {
    const k = this.findMark(name);
    if (k < 0) return false;
    this.marks.length = k;
    if (k === 0) this.undoLog = [];
    return true;
  }
  commit() {
    this.marks = [];
    this.undoLog = [];
  }
  rollback() {
    this.undoTo(0);
    this.marks = [];
  }
  /** ROLLBACK TO: undoes changes after the savepoint, which stays open. */
  rollbackTo(name) {
    const k = this.findMark(name);
    if (k < 0) return false;
    this.undoTo(this.marks[k].at);
    this.marks.length = k + 1;
    return true;
  }
  findMark(name) {
    const lower2 = name.toLowerCase();
    for (let k = this.marks.length - 1; k >= 0; k--) if (this.marks[k].name === lower2) return k;
    return -1;
  }
  undoTo(at2) {
    while (this.undoLog.length > at2) this.undoLog.pop()();
  }
  // --- mutations (recorded for undo while a transaction is open) ---------------------------
  setObject(key, record) {
    const before = this.objects.get(key);
    if (record) this.objects.set(key, record);
    else this.objects.delete(key);
    if (this.marks.length > 0) {
      this.undoLog.push(() => {
        if (before) this.objects.set(key, before);
        else this.objects.delete(key);
      });
    }
  }
  setColumns(table, columns) {
    const key = table.toLowerCase();
    const before = this.columns.get(key);
    if (columns) this.columns.set(key, columns);
    else this.columns.delete(key);
    if (this.marks.length > 0) {
      this.undoLog.push(() => {
        if (before) this.columns.set(key, before);
        else this.columns.delete(key);
      });
    }
  }
  record(event) {
    this.events.push(event);
    if (this.marks.length > 0) this.undoLog.push(() => void this.events.pop());
  }
  // --- observing the schema -----------------------------------------------------------------
  /**
   * Compares `sqlite_schema` with the last state and attributes every difference to `origin`.
   * `statementSql` is the statement as written at `origin.location` (to find column lines).
   * With no origin, the current state is adopted silently (starting snapshot, resync).
   */
  observe(db, origin, statementSql = "", scope = ALL) {
    if (scope.kind === "table") {
      const rows = query(db, TABLE_QUERY, [scope.name]);
      const row = rows[0];
      const before = row && this.objects.get(keyOf(row[0], row[1]));
      if (!before) this.observeAll(db, origin, statementSql);
      else if (before.sql !== row[4]) this.changed(db, before, row, origin);
      return;
    }
    if (scope.kind === "new" && this.maxRowid !== void 0) {
      const rows = query(db, NEW_QUERY, [this.maxRowid]);
      if (rows.some((row) => this.objects.has(keyOf(row[0], row[1])))) {
        this.observeAll(db, origin, statementSql);
        return;
      }
      for (const row of rows) {
        this.maxRowid = Math.max(this.maxRowid, row[5]);
        this.created(db, row, origin, statementSql);
      }
      return;
    }
    this.observeAll(db, origin, statementSql);
  }
  observeAll(db, origin, statementSql) {
    const rows = query(db, SCHEMA_QUERY);
    const current = /* @__PURE__ */ new Map();
    let maxRowid = 0;
    for (const row of rows) {
      current.set(keyOf(row[0], row[1]), row);
      maxRowid = Math.max(maxRowid, row[5]);
    }
    this.maxRowid = maxRowid;
    const removed = [];
    for (const [key, record] of this.objects) if (!current.has(key)) removed.push(record);
    const added = [];
    for (const [key, row] of current) {
      const before = this.objects.get(key);
      if (!before) added.push(row);
      else if (before.sql !== row[4] || before.table !== row[2]) this.changed(db, before, row, origin);
      else if (before.rootpage !== row[3]) this.setObject(key, { ...before, rootpage: row[3] });
    }
    for (const record of removed) {
      const renamedTo = record.type === "table" && record.rootpage > 0 ? added.findIndex((row) => row[0] === "table" && row[3] === record.rootpage) : -1;
      if (renamedTo >= 0) {
        const [row] = added.splice(renamedTo, 1);
        this.renamedTable(db, record, row, origin);
      } else {
        this.setObject(keyOf(record.type, record.name), void 0);
        if (record.type === "table") this.setColumns(record.name, void 0);
        if (origin)
          this.record({ action: "drop", type: record.type, table: record.table, name: record.name, origin });
      }
    }
    for (const row of added) this.created(db, row, origin, statementSql);
  }
  created(db, row, origin, statementSql) {
    const [type, name, table, rootpage, sql] = row;
    this.setObject(keyOf(type, name), { type, name, table, rootpage, sql, created: origin });
    if (type !== "table") return;
    const positions = origin ? columnPositions(statementSql) : /* @__PURE__ */ new Map();
    const columns = readColumnNames(db, name).map((column) => {
      const position = positions.get(column.toLowerCase());
      if (!origin) return { name: column };
      if (position === void 0) return { name: column, origin };
      const { location } = origin;
      return {
        name: column,
        origin: { ...origin, location: { path: location.path, ...absolutePosition(location, position) } }
      };
    });
    this.setColumns(name, columns);
  }
  renamedTable(db, before, row, origin) {
    const [type, name, table, rootpage, sql] = row;
    this.setObject(keyOf(before.type, before.name), void 0);
    this.setObject(keyOf(type, name), {
      ...before,
      name,
      table,
      rootpage,
      sql,
      renamed: origin,
      changed: origin
    });
    const columns = this.columns.get(before.name.toLowerCase());
    this.setColumns(before.name, void 0);
    this.setColumns(name, columns ?? readColumnNames(db, name).map((c) => ({ name: c })));
    if (origin)
      this.record({
        action: "rename",
        type: "table",
        table: before.name,
        name: before.name,
        to: name,
        origin
      });
  }
  changed(db, before, row, origin) {
    this.setObject(keyOf(before.type, before.name), {
      ...before,
      table: row[2],
      sql: row[4],
      changed: origin
    });
    if (before.type === "table") this.diffColumns(db, row[1], origin);
  }
  /** An ALTER changes one column at a time: match by name, then pair leftovers by position (a rename). */
  diffColumns(db, table, origin) {
    const old = this.columns.get(table.toLowerCase()) ?? [];
    const names = readColumnNames(db, table);
    const oldByName = new Map(old.map((c) => [c.name.toLowerCase(), c]));
    const newNames = new Set(names.map((n) => n.toLowerCase()));
    const goneOld = old.filter((c) => !newNames.has(c.name.toLowerCase()));
    const freshIdx = names.flatMap((n, i) => oldByName.has(n.toLowerCase()) ? [] : [i]);
    const renames = goneOld.length === freshIdx.length ? goneOld : [];
    const columns = names.map((name, i) => {
      const kept = oldByName.get(name.toLowerCase());
      if (kept) return kept.name === name ? kept : { ...kept, name };
      const from = renames[freshIdx.indexOf(i)];
      if (from && origin) {
        this.record({ action: "rename", type: "column", table, name: from.name, to: name, origin });
      }
      return { name, origin };
    });
    if (origin && renames.length === 0) {
      for (const c of goneOld) this.record({ action: "drop", type: "column", table, name: c.name, origin });
    }
    this.setColumns(table, columns);
  }
  // --- lookups -----------------------------------------------------------------------------
  object(type, name) {
    return this.objects.get(keyOf(type, name));
  }
  /** Any object with this name (SQLite shares one namespace for tables, indexes, views, triggers). */
  named(name) {
    for (const type of ["table", "view", "index", "trigger"]) {
      const record = this.objects.get(keyOf(type, name));
      if (record) return record;
    }
    return void 0;
  }
  columnsOf(table) {
    return this.columns.get(table.toLowerCase()) ?? [];
  }
  column(table, column) {
    const lower2 = column.toLowerCase();
    return this.columnsOf(table).find((c) => c.name.toLowerCase() === lower2);
  }
  /** Tables that currently have a column with this name. */
  tablesWithColumn(column) {
    const lower2 = column.toLowerCase();
    const tables = [];
    for (const [key, cols] of this.columns) {
      if (cols.some((c) => c.name.toLowerCase() === lower2))
        tables.push(this.object("table", key)?.name ?? key);
    }
    return tables;
  }
  /** Drops and renames of objects (or columns) with this name, latest first. */
  history(type, name, table) {
    const lower2 = name.toLowerCase();
    return this.events.filter(
      (e) => e.type === type && e.name.toLowerCase() === lower2 && (table === void 0 || e.table.toLowerCase() === table.toLowerCase())
    ).reverse();
  }
  /** Where the objects of the replayed database come from, for `inspectSchema`. */
  locator() {
    const tableRef = (table) => {
      const record = this.object("table", table);
      return (record?.renamed ?? record?.created)?.location;
    };
    return {
      table: tableRef,
      column: (table, column) => this.column(table, column)?.origin?.location ?? tableRef(table),
      index: (index, table) => this.object("index", index)?.created?.location ?? tableRef(table),
      view: (view) => this.object("view", view)?.created?.location,
      trigger: (trigger) => this.object("trigger", trigger)?.created?.location
    };
  }
};

// src/sqlite/replay-rows.ts
var ROWS_ONLY_ERRORS = /* @__PURE__ */ new Set([
  "Cannot add a column with non-constant default",
  "Cannot add a NOT NULL column with default value NULL",
  "cannot add a STORED column",
  "Cannot add a REFERENCES column with non-NULL default value"
]);
var RISKY = /\bNOT\s+NULL\b|\bSTORED\b|\bREFERENCES\b|\bDEFAULT\s+(?![+-]?[\d.]|'|NULL\b|TRUE\b|FALSE\b|X')/i;
var PROBE = 'temp."__driftcheck_rows_probe"';
function addColumnFailsWithRows(db, table, definition) {
  if (!RISKY.test(definition)) return void 0;
  const source = `main.${quoteIdent(table)}`;
  try {
    if (db.exec(`SELECT 1 FROM ${source} LIMIT 1`)[0]) return void 0;
    db.run(`CREATE TEMP TABLE ${PROBE} AS SELECT * FROM ${source} WHERE 0`);
  } catch {
    return void 0;
  }
  try {
    db.run(`INSERT INTO ${PROBE} DEFAULT VALUES`);
    db.run(`ALTER TABLE ${PROBE} ADD COLUMN ${definition}`);
    return void 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return ROWS_ONLY_ERRORS.has(message) ? message : void 0;
  } finally {
    db.run(`DROP TABLE IF EXISTS ${PROBE}`);
  }
}

// src/sqlite/replay.ts
var DDL = /* @__PURE__ */ new Set(["CREATE", "ALTER", "DROP", "VACUUM"]);
var SCHEMA_WRITE = /sqlite_(?:master|schema)/i;
var TRANSACTION = /* @__PURE__ */ new Set(["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"]);
var NO_TRANSACTION = /^cannot (?:commit|rollback) - no transaction is active$/;
function observeScope(keyword, alter) {
  if (keyword === "CREATE") return { kind: "new" };
  const kind = alter?.action.kind;
  if (kind === "add-column" || kind === "drop-column") return { kind: "table", name: alter.table };
  return { kind: "all" };
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function replayMigrations(db, set, options = {}) {
  return new Replay(db, set, options).run();
}
var Replay = class {
  constructor(db, set, options) {
    this.db = db;
    this.set = set;
    this.options = options;
    this.forced = new Map((options.forcedFailures ?? []).map((f) => [`${f.migration}:${f.statement}`, f]));
    if (options.provenance) {
      this.provenance = Provenance.fromSnapshot(options.provenance);
    } else {
      this.provenance = new Provenance();
      this.provenance.observe(db);
    }
  }
  db;
  set;
  options;
  provenance;
  failures = [];
  forced;
  /** The last ALTER statement parsed: the rows check and provenance both need it. */
  lastAlter;
  run() {
    const { db, set, options } = this;
    registerStandIns(db, options.functions ?? []);
    const from = options.from ?? 0;
    const until = Math.min(options.until ?? set.migrations.length, set.migrations.length);
    if (set.foreignKeys) db.run("PRAGMA foreign_keys=ON");
    if (set.outerTransaction) this.control("BEGIN");
    let applied = 0;
    let stoppedAt;
    for (let i = from; i < until; i++) {
      options.onMigrationStart?.(i);
      const migration = set.migrations[i];
      const wrap = migration.transaction === "migration" && !set.outerTransaction;
      if (wrap) this.control("BEGIN");
      let failed = false;
      let skipped = false;
      for (let s = 0; s < migration.up.length && !failed; s++) {
        options.onStatement?.(i, s);
        const failure = this.statement(i, s, migration.up[s]);
        if (!failure) continue;
        this.failures.push(failure);
        failed = !options.keepGoing;
        skipped = true;
      }
      const commitFailed = !failed && wrap && this.commit(i);
      if (failed || commitFailed) {
        this.control("ROLLBACK");
        if (failed || !options.keepGoing) {
          stoppedAt = i;
          break;
        }
        continue;
      }
      if (!skipped) applied++;
      options.onMigration?.(i, db);
    }
    if (set.outerTransaction && stoppedAt === void 0 && this.commit(until - 1)) {
      this.control("ROLLBACK");
      applied = 0;
    }
    return {
      applied,
      failures: this.failures,
      stoppedAt,
      notReplayed: stoppedAt === void 0 ? 0 : until - stoppedAt - 1,
      provenance: this.provenance
    };
  }
  /**
   * BEGIN/COMMIT/ROLLBACK issued on the runner's behalf. A file may have ended the transaction
   * itself (nothing to commit) or left one open (BEGIN then runs inside it); any other error is
   * returned.
   */
  control(sql) {
    try {
      this.db.run(sql);
    } catch (error) {
      const message = errorMessage(error);
      if (NO_TRANSACTION.test(message) || message === "cannot start a transaction within a transaction") {
        return void 0;
      }
      return message;
    }
    this.mirror(sql, sql);
    return void 0;
  }
  /** The runner's COMMIT after migration `index`; a failure is recorded at its last statement. */
  commit(index) {
    const message = this.control("COMMIT");
    if (message === void 0) return false;
    const migration = this.set.migrations[index];
    const last = migration.up[migration.up.length - 1];
    const statement = last ?? { sql: "", location: { path: migration.path, line: 1 } };
    this.failures.push(
      this.failure(
        "sqlite",
        index,
        Math.max(0, migration.up.length - 1),
        statement,
        0,
        `${message} (at COMMIT)`
      )
    );
    return true;
  }
  /** Keeps provenance in step with the transaction state after a transaction statement succeeded. */
  mirror(keyword, sql) {
    const p = this.provenance;
    if (keyword === "BEGIN") {
      p.begin();
      return;
    }
    if (keyword === "COMMIT" || keyword === "END") {
      p.commit();
      return;
    }
    const tokens = significantTokens(sql);
    const last = tokens.findLast(isIdentifier);
    const target = last ? identifierName(last) : "";
    let known = true;
    if (keyword === "SAVEPOINT") p.savepoint(target);
    else if (keyword === "RELEASE") known = p.release(target);
    else if (keyword === "ROLLBACK") {
      if (tokens.some((t) => isKeyword(t, "to"))) known = p.rollbackTo(target);
      else p.rollback();
    }
    if (keyword === "ROLLBACK" || !known) p.observe(this.db);
  }
  statement(migration, index, statement) {
    const forced = this.forced.size > 0 ? this.forced.get(`${migration}:${index}`) : void 0;
    if (forced) return this.failure(forced.kind, migration, index, statement, 0, forced.message);
    if (statement.blocked) {
      const { message, hint } = statement.blocked;
      return { ...this.failure("blocked", migration, index, statement, 0, message), hint };
    }
    if (firstKeyword(statement.sql) === "ALTER") {
      const alter = this.parseAlter(statement.sql);
      const rows = this.rowsOnlyFailure(migration, statement.sql, alter);
      if (rows) return this.failure("rows", migration, index, statement, 0, rows);
      const alterColumn = alter ? void 0 : parseAlterColumn(statement.sql);
      if (alterColumn) return this.libsqlAlterColumn(migration, index, statement, alterColumn);
    }
    return this.execute(migration, index, statement);
  }
  parseAlter(sql) {
    if (this.lastAlter?.sql !== sql) this.lastAlter = { sql, parsed: parseAlterTableSql(sql) };
    return this.lastAlter.parsed;
  }
  /** libSQL's ALTER COLUMN (drizzle-kit, turso dialect), which SQLite cannot parse: done as libSQL does it. */
  libsqlAlterColumn(migration, index, statement, alter) {
    const start = skipTrivia(statement.sql);
    try {
      applyAlterColumn(this.db, alter);
    } catch (error) {
      return this.failure("sqlite", migration, index, statement, start, errorMessage(error));
    }
    this.after(migration, statement, statement.sql, start, statement.sql.length);
    return void 0;
  }
  /** An ADD COLUMN on a table from an earlier migration that SQLite accepts only while the table is empty. */
  rowsOnlyFailure(migration, sql, alter) {
    if (alter?.action.kind !== "add-column") return void 0;
    const table = this.provenance.object("table", alter.table);
    if (!table || table.created && table.created.migration >= migration) return void 0;
    return addColumnFailsWithRows(this.db, table.name, sql.slice(alter.action.definitionStart));
  }
  /** Runs every statement in `statement.sql` (usually one), noting where each starts. */
  execute(migration, index, statement) {
    const { sql } = statement;
    const iterator = this.db.iterateStatements(sql);
    let start = skipTrivia(sql);
    try {
      for (; ; ) {
        const next = iterator.next();
        if (next.done) return void 0;
        const prepared2 = next.value;
        while (prepared2.step()) {
        }
        const end = sql.length - iterator.getRemainingSQL().length;
        this.after(migration, statement, sql, start, end);
        start = skipTrivia(sql, end);
      }
    } catch (error) {
      return this.failure("sqlite", migration, index, statement, start, errorMessage(error));
    } finally {
      iterator.return?.();
    }
  }
  /** Provenance and transaction bookkeeping after the statement at sql[start, end) succeeded. */
  after(migration, statement, sql, start, end) {
    const keyword = firstKeyword(sql, start);
    if (DDL.has(keyword) || SCHEMA_WRITE.test(sql) && keyword !== "SELECT") {
      const text = start === 0 && end === sql.length ? sql : sql.slice(start, end);
      const origin = {
        migration,
        location: start === 0 ? statement.location : locationAt(statement.location, sql, start)
      };
      const alter = keyword === "ALTER" ? this.parseAlter(text) : void 0;
      this.provenance.observe(this.db, origin, text, observeScope(keyword, alter));
    } else if (TRANSACTION.has(keyword)) {
      this.mirror(keyword, sql.slice(start, end));
    }
  }
  failure(kind, migration, index, statement, start, message) {
    const m = this.set.migrations[migration];
    const rest = start === 0 ? statement.sql : statement.sql.slice(start);
    const sql = (splitStatements(rest, "").length > 1 ? splitStatements(rest, "")[0].sql : rest).trim();
    const hint = kind === "blocked" ? void 0 : hintFor({ message, sql, kind, set: this.set, migration, provenance: this.provenance, db: this.db });
    return {
      kind,
      migration,
      migrationId: m.id,
      statement: index,
      sql,
      message,
      ...hint?.text ? { hint: hint.text } : {},
      ...hint?.fix ? { fix: hint.fix } : {},
      location: start === 0 ? statement.location : locationAt(statement.location, statement.sql, start)
    };
  }
};

// src/sqlite/replay-in-process.ts
function openReplayDatabase(bytes) {
  return openScratchDatabase(bytes);
}

export {
  replayMigrations,
  openReplayDatabase
};
