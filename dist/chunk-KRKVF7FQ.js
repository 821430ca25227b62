import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  canonicalInteger,
  compareDotted,
  compareNumeric,
  compareVersions,
  dottedKey
} from "./chunk-ZFZZPEBV.js";
import {
  revisionFiles,
  versionsDir
} from "./chunk-AHP2YFMZ.js";
import {
  candidates
} from "./chunk-UIRH73ES.js";
import {
  baseName,
  compareText,
  joinPath
} from "./chunk-7GNWDYXP.js";
import {
  positionAt
} from "./chunk-RNDVHOK7.js";
import {
  splitStatements,
  stripBom
} from "./chunk-7CDKS73Z.js";

// src/migrations/formats/alembic.ts
var REVISION = /^revision\s*(?::\s*str\s*)?=\s*['"]/m;
var DOWN_REVISION = /^down_revision\s*(?::[^=]+)?=/m;
var alembicLoader = {
  format: "alembic",
  async detect(fs, dir) {
    let files;
    try {
      files = await revisionFiles(fs, await versionsDir(fs, dir));
    } catch {
      return 0;
    }
    for (const f of files) {
      const text = await fs.readText(f);
      if (REVISION.test(text) && DOWN_REVISION.test(text)) return 80;
    }
    return 0;
  },
  async load(fs, dir) {
    const { readAlembicSet } = await import("./chunk-H2P65QVY.js");
    return readAlembicSet(fs, dir);
  }
};

// src/migrations/load-findings.ts
function loadFinding(severity, message, path, options = {}) {
  return {
    rule: options.rule ?? "replay-error",
    severity,
    message,
    locations: [{ path, line: options.line ?? 1 }],
    ...options.fix ? { fix: options.fix } : {}
  };
}
function unreadableFinding(path, error) {
  const reason = error instanceof Error ? error.message : String(error);
  return loadFinding("error", `${path} could not be read (${reason}); it was not replayed`, path);
}
function strayFileFinding(format, path, expected) {
  return loadFinding(
    "notice",
    `${path} does not follow the ${format} naming pattern (${expected}), so ${format} does not run it and it was not replayed`,
    path
  );
}
function duplicateVersionFindings(format, files) {
  const byKey = /* @__PURE__ */ new Map();
  for (const file of files) {
    const group = byKey.get(file.key);
    if (group) group.push(file);
    else byKey.set(file.key, [file]);
  }
  const findings = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const paths = group.map((file) => file.path);
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `version ${group[0].version} is used by ${group.length} ${format} migrations: ${paths.join(", ")}. A tracker that records versions marks all of them applied after the first runs, so the others never run; give each a unique version.`,
      locations: paths.map((path) => ({ path, line: 1 }))
    });
  }
  return findings;
}

// src/migrations/read.ts
async function readSource(fs, path) {
  try {
    return { ok: true, text: await fs.readText(path) };
  } catch (error) {
    return { ok: false, finding: unreadableFinding(path, error) };
  }
}
async function readOptionalSource(fs, path, findings) {
  if (path === void 0) return void 0;
  const source = await readSource(fs, path);
  if (source.ok) return source.text;
  findings.push(source.finding);
  return void 0;
}
var DETECTION_SAMPLE = 25;
async function someFileText(fs, dir, entries, test) {
  for (const entry of entries.slice(0, DETECTION_SAMPLE)) {
    const source = await readSource(fs, joinPath(dir, entry.name));
    if (source.ok && test(source.text)) return true;
  }
  return false;
}
async function listDir(fs, dir) {
  try {
    return { entries: await fs.readdir(dir), findings: [] };
  } catch (error) {
    return { entries: [], findings: [unreadableFinding(dir || ".", error)] };
  }
}
async function tryList(fs, dir) {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}
async function isFile(fs, path) {
  return (await fs.stat(path).catch(() => void 0))?.kind === "file";
}
async function walkFiles(fs, dir, maxDepth = 8) {
  const out = [];
  const visit = async (rel, depth) => {
    for (const entry of await tryList(fs, joinPath(dir, rel))) {
      const child = joinPath(rel, entry.name);
      if (entry.kind === "file") out.push(child);
      else if (depth < maxDepth) await visit(child, depth + 1);
    }
  };
  await visit("", 0);
  return out;
}
async function findUpwards(fs, dir, names) {
  let current = dir;
  for (; ; ) {
    for (const name of names) {
      const path = joinPath(current, name);
      if (await isFile(fs, path)) return path;
    }
    if (current === "") return void 0;
    const slash = current.lastIndexOf("/");
    current = slash < 0 ? "" : current.slice(0, slash);
  }
}
async function readFolderScripts(fs, dir, folders, file, missing, findings) {
  const scripts = [];
  for (const entry of folders) {
    const folder = joinPath(dir, entry.name);
    const path = joinPath(folder, file);
    if (!await isFile(fs, path)) {
      findings.push(loadFinding("error", missing(folder), folder));
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

// src/migrations/text.ts
function linesOf(source) {
  const text = stripBom(source);
  const lines = [];
  let offset = 0;
  let number = 1;
  while (offset <= text.length) {
    const nl = text.indexOf("\n", offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end);
    lines.push({ number, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
    if (nl < 0) break;
    offset = nl + 1;
    number++;
  }
  return lines;
}
function statementsOfLines(lines, path) {
  const first = lines[0];
  if (!first) return [];
  return splitStatements(lines.map((line) => line.text).join("\n"), path, { startLine: first.number });
}
function checksumOf(...texts) {
  return texts.filter((text) => text !== void 0).join("\0");
}

// src/migrations/formats/dbmate.ts
var NAME = /^(\d+)_?(.*)\.sql$/;
var MARKER = /^--\s*migrate:(up|down)\b(.*)$/i;
var UP_MARKER = /^--\s*migrate:up\b/im;
function blockedUp(path, line, message, hint) {
  return [{ sql: "", location: { path, line }, blocked: { message: `${path}: ${message}`, hint } }];
}
function parseDbmate(text, path) {
  let upMarker;
  let downMarker;
  let downBeforeUp = false;
  const sections = { before: [], up: [], down: [] };
  let current = "before";
  for (const line of linesOf(text)) {
    const marker = MARKER.exec(line.text.trim());
    const kind = marker?.[1]?.toLowerCase();
    if (kind === "up" && !upMarker) {
      upMarker = { line, options: marker?.[2] ?? "" };
      current = "up";
    } else if (kind === "down" && !downMarker) {
      downMarker = line;
      downBeforeUp = !upMarker;
      current = "down";
    } else sections[current].push(line);
  }
  const before = sections.before;
  const upLines = sections.up;
  const downLines = sections.down;
  const transaction = !/\btransaction:\s*false\b/i.test(upMarker?.options ?? "");
  if (!upMarker) {
    return {
      up: blockedUp(
        path,
        1,
        "dbmate requires each migration to define an up block with '-- migrate:up'",
        "add -- migrate:up before the statements"
      ),
      transaction
    };
  }
  if (downBeforeUp) {
    return {
      up: blockedUp(
        path,
        downMarker.number,
        "dbmate requires '-- migrate:up' to appear before '-- migrate:down'",
        "move the up block first"
      ),
      transaction
    };
  }
  const outside = statementsOfLines(before, path)[0];
  if (outside) {
    return {
      up: blockedUp(
        path,
        outside.location.line,
        "dbmate does not support statements defined outside of the '-- migrate:up' or '-- migrate:down' blocks",
        "move the statement into the up block"
      ),
      transaction
    };
  }
  return {
    up: statementsOfLines(upLines, path),
    ...downMarker ? { down: statementsOfLines(downLines, path) } : {},
    transaction
  };
}
var dbmateLoader = {
  format: "dbmate",
  async detect(fs, dir) {
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === "file" && NAME.test(e.name));
    return await someFileText(fs, dir, sqlFiles, (text) => UP_MARKER.test(text)) ? 80 : 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const findings = [...listing.findings];
    const files = [];
    for (const entry of listing.entries) {
      if (entry.kind !== "file" || !entry.name.endsWith(".sql")) continue;
      const path = joinPath(dir, entry.name);
      const match = NAME.exec(entry.name);
      if (match) files.push({ path, version: match[1], name: match[2] });
      else findings.push(strayFileFinding("dbmate", path, "<version>_<name>.sql"));
    }
    files.sort((a, b) => compareText(a.path, b.path) || compareNumeric(a.version, b.version));
    findings.push(
      ...duplicateVersionFindings(
        "dbmate",
        files.map((f) => ({ key: f.version, version: f.version, path: f.path }))
      )
    );
    const migrations = [];
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
        ...parsed.down ? { down: parsed.down, downPath: file.path } : {},
        transaction: parsed.transaction ? "migration" : "none",
        checksumSource: source.text
      });
    }
    return { format: "dbmate", dir, migrations, foreignKeys: false, findings };
  }
};

// src/migrations/formats/diesel.ts
var INITIAL_SETUP = "00000000000000_diesel_initial_setup";
var POSTGRES_ONLY = /\bplpgsql\b|\bCREATE\s+OR\s+REPLACE\s+FUNCTION\b|\bregclass\b/i;
function dieselVersion(folder) {
  const underscore = folder.indexOf("_");
  return (underscore < 0 ? folder : folder.slice(0, underscore)).replace(/-/g, "");
}
async function runsInTransaction(fs, folder, findings) {
  const path = joinPath(folder, "metadata.toml");
  if (!await isFile(fs, path)) return true;
  const metadata = await readSource(fs, path);
  if (!metadata.ok) {
    findings.push(metadata.finding);
    return true;
  }
  return !/^\s*run_in_transaction\s*=\s*false\b/m.test(metadata.text);
}
var dieselLoader = {
  format: "diesel",
  async detect(fs, dir) {
    for (const entry of await tryList(fs, dir)) {
      if (entry.kind === "dir" && await isFile(fs, joinPath(dir, entry.name, "up.sql"))) return 85;
    }
    return 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const findings = [...listing.findings];
    const folders = [];
    for (const entry of listing.entries) {
      if (entry.kind === "dir" && entry.name.startsWith(".")) continue;
      if (entry.kind === "dir") folders.push({ name: entry.name, version: dieselVersion(entry.name) });
      else if (entry.name.endsWith(".sql")) {
        findings.push(strayFileFinding("diesel", joinPath(dir, entry.name), "<version>_<name>/up.sql"));
      }
    }
    folders.sort((a, b) => compareVersions(a.version, b.version) || compareText(a.name, b.name));
    findings.push(
      ...duplicateVersionFindings(
        "diesel",
        folders.map((f) => ({ key: f.version, version: f.version, path: joinPath(dir, f.name) }))
      )
    );
    const migrations = [];
    for (const { name, version } of folders) {
      const folder = joinPath(dir, name);
      const upPath = joinPath(folder, "up.sql");
      if (!await isFile(fs, upPath)) {
        findings.push(
          loadFinding("error", `${folder} has no up.sql: diesel cannot run this migration`, folder)
        );
        continue;
      }
      const up = await readSource(fs, upPath);
      if (!up.ok) {
        findings.push(up.finding);
        continue;
      }
      if (name === INITIAL_SETUP && POSTGRES_ONLY.test(up.text)) {
        findings.push(
          loadFinding(
            "notice",
            `${folder} is diesel's PostgreSQL setup migration (plpgsql functions); SQLite projects do not have it, so it was not replayed`,
            upPath
          )
        );
        continue;
      }
      const downPath = joinPath(folder, "down.sql");
      const hasDown = await isFile(fs, downPath);
      const downText = hasDown ? await readOptionalSource(fs, downPath, findings) : void 0;
      const underscore = name.indexOf("_");
      migrations.push({
        id: folder,
        version,
        name: underscore < 0 ? name : name.slice(underscore + 1),
        path: upPath,
        up: splitStatements(up.text, upPath),
        ...downText !== void 0 ? { down: splitStatements(downText, downPath), downPath } : {},
        transaction: await runsInTransaction(fs, folder, findings) ? "migration" : "none",
        checksumSource: checksumOf(up.text, downText)
      });
    }
    return { format: "diesel", dir, migrations, foreignKeys: false, findings };
  }
};

// src/migrations/formats/drizzle.ts
var JOURNAL = "meta/_journal.json";
var BREAKPOINT = "--> statement-breakpoint";
var SQLITE_DIALECTS = /* @__PURE__ */ new Set(["sqlite", "turso"]);
function drizzleStatements(text, path) {
  const source = stripBom(text);
  const statements = [];
  let offset = 0;
  for (const chunk of source.split(BREAKPOINT)) {
    const { line, column } = positionAt(source, offset);
    statements.push(...splitStatements(chunk, path, { startLine: line, startColumn: column }));
    offset += chunk.length + BREAKPOINT.length;
  }
  return statements;
}
function journalLine(text, needle) {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : positionAt(text, at).line;
}
function parseJournal(text, path) {
  let data;
  try {
    data = JSON.parse(stripBom(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? positionAt(text, Number(position[1])).line : 1;
    return {
      entries: [],
      findings: [
        loadFinding("error", `${path} is not valid JSON (${message}); no migration was replayed`, path, {
          line
        })
      ]
    };
  }
  const journal = data;
  if (typeof journal !== "object" || journal === null || !Array.isArray(journal.entries)) {
    return {
      entries: [],
      findings: [loadFinding("error", `${path} has no "entries" array; no migration was replayed`, path)]
    };
  }
  const entries = [];
  const findings = [];
  journal.entries.forEach((raw, position) => {
    const entry = raw;
    if (typeof entry?.tag !== "string" || typeof entry.when !== "number") {
      findings.push(
        loadFinding(
          "error",
          `${path}: entry ${position} lacks a string "tag" or a numeric "when"; it was not replayed`,
          path,
          {
            line: typeof entry?.tag === "string" ? journalLine(text, `"${entry.tag}"`) : 1
          }
        )
      );
      return;
    }
    entries.push({
      idx: typeof entry.idx === "number" ? entry.idx : position,
      when: entry.when,
      tag: entry.tag
    });
  });
  return {
    ...typeof journal.dialect === "string" ? { dialect: journal.dialect } : {},
    entries,
    findings
  };
}
function orderFindings(entries, journalPath, journalText) {
  const findings = [];
  let latest;
  for (const entry of entries) {
    if (latest && entry.when <= latest.when) {
      findings.push({
        rule: "migration-order",
        severity: "error",
        message: `${entry.tag} has "when" ${entry.when}, not later than ${latest.tag} (${latest.when}): drizzle's migrator only runs entries created after the last applied one, so databases that already applied ${latest.tag} never run ${entry.tag}`,
        locations: [{ path: journalPath, line: journalLine(journalText, `"${entry.tag}"`) }],
        fix: `set its "when" later than ${latest.when}, or regenerate the migration`
      });
    }
    if (!latest || entry.when > latest.when) latest = entry;
  }
  return findings;
}
async function loadJournal(fs, dir) {
  const journalPath = joinPath(dir, JOURNAL);
  const base = { format: "drizzle", dir, outerTransaction: true, foreignKeys: true };
  const journalSource = await readSource(fs, journalPath);
  if (!journalSource.ok) return { ...base, migrations: [], findings: [journalSource.finding] };
  const journalText = journalSource.text;
  const journal = parseJournal(journalText, journalPath);
  const findings = [...journal.findings];
  if (journal.dialect && !SQLITE_DIALECTS.has(journal.dialect.toLowerCase())) {
    findings.push(
      loadFinding(
        "error",
        `${journalPath} says these migrations are for dialect "${journal.dialect}": driftcheck replays migrations in SQLite and cannot run the ${journal.dialect} dialect`,
        journalPath,
        { line: journalLine(journalText, '"dialect"') }
      )
    );
    return { ...base, migrations: [], findings };
  }
  findings.push(
    ...duplicateVersionFindings(
      "drizzle",
      journal.entries.map((e) => ({
        key: String(e.idx),
        version: `idx ${e.idx}`,
        path: joinPath(dir, `${e.tag}.sql`)
      }))
    ),
    ...duplicateVersionFindings(
      "drizzle",
      journal.entries.map((e) => ({
        key: e.tag,
        version: `tag ${e.tag}`,
        path: joinPath(dir, `${e.tag}.sql`)
      }))
    ),
    ...orderFindings(journal.entries, journalPath, journalText)
  );
  const listed = /* @__PURE__ */ new Set();
  const migrations = [];
  for (const entry of journal.entries) {
    const path = joinPath(dir, `${entry.tag}.sql`);
    listed.add(path);
    if (!await isFile(fs, path)) {
      findings.push(
        loadFinding(
          "error",
          `${journalPath} lists ${entry.tag}, but ${path} does not exist: drizzle's migrator fails before running anything`,
          journalPath,
          { line: journalLine(journalText, `"${entry.tag}"`) }
        )
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
      transaction: "none",
      checksumSource: source.text
    });
  }
  const listing = await listDir(fs, dir);
  for (const entry of listing.entries) {
    const path = joinPath(dir, entry.name);
    if (entry.kind === "file" && entry.name.endsWith(".sql") && !listed.has(path)) {
      findings.push(
        loadFinding(
          "notice",
          `${path} is not listed in ${journalPath}, so drizzle's migrator does not run it and it was not replayed`,
          path
        )
      );
    }
  }
  return { ...base, migrations, findings };
}
async function loadFolders(fs, dir) {
  const listing = await listDir(fs, dir);
  const findings = [...listing.findings];
  const folders = listing.entries.filter(
    (entry) => entry.kind === "dir" && !entry.name.startsWith(".") && entry.name !== "meta"
  );
  const scripts = await readFolderScripts(
    fs,
    dir,
    folders,
    "migration.sql",
    (folder) => `${folder} has no migration.sql`,
    findings
  );
  const migrations = scripts.map(({ folder, name, path, text }) => {
    const underscore = name.indexOf("_");
    return {
      id: folder,
      version: underscore < 0 ? name : name.slice(0, underscore),
      name,
      path,
      up: drizzleStatements(text, path),
      transaction: "none",
      checksumSource: text
    };
  });
  return { format: "drizzle", dir, migrations, outerTransaction: true, foreignKeys: true, findings };
}
async function hasSnapshotFolders(fs, dir) {
  for (const entry of await tryList(fs, dir)) {
    if (entry.kind === "dir" && await isFile(fs, joinPath(dir, entry.name, "migration.sql")) && await isFile(fs, joinPath(dir, entry.name, "snapshot.json"))) {
      return true;
    }
  }
  return false;
}
var drizzleLoader = {
  format: "drizzle",
  async detect(fs, dir) {
    if (await isFile(fs, joinPath(dir, JOURNAL))) return 100;
    return await hasSnapshotFolders(fs, dir) ? 92 : 0;
  },
  async load(fs, dir) {
    if (await isFile(fs, joinPath(dir, JOURNAL))) return loadJournal(fs, dir);
    if (await hasSnapshotFolders(fs, dir)) return loadFolders(fs, dir);
    return {
      format: "drizzle",
      dir,
      migrations: [],
      outerTransaction: true,
      foreignKeys: true,
      findings: [
        loadFinding(
          "error",
          `${joinPath(dir, JOURNAL)} does not exist: drizzle's migrator needs it to know which migrations to run`,
          dir || "."
        )
      ]
    };
  }
};

// src/migrations/formats/flyway.ts
var VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.*)\.sql$/;
var REPEATABLE = /^R__(.+)\.sql$/;
var LOOKS_LIKE_FLYWAY = /^[VUR]\d*[._\d]*_/;
var PATTERN = "V<version>__<description>.sql, U<version>__\u2026, R__<description>.sql";
function builtInPlaceholders(fileName) {
  return {
    "flyway:defaultSchema": "main",
    "flyway:database": "main",
    "flyway:table": "flyway_schema_history",
    "flyway:filename": fileName
  };
}
function lookup(values, name) {
  if (Object.hasOwn(values, name)) return values[name];
  const lower = name.toLowerCase();
  const key = Object.keys(values).find((k) => k.toLowerCase() === lower);
  return key === void 0 ? void 0 : values[key];
}
function substitutePlaceholders(statements, placeholders, fileName) {
  const values = { ...builtInPlaceholders(fileName), ...placeholders };
  return statements.map((statement) => {
    const unresolved = [];
    const sql = statement.sql.replace(/\$\{([^}\s]+)\}/g, (whole, name) => {
      const value = lookup(values, name);
      if (value === void 0) {
        unresolved.push(name);
        return whole;
      }
      return value;
    });
    if (unresolved.length === 0) return { ...statement, sql };
    const names = [...new Set(unresolved)];
    const list = names.map((name) => `\${${name}}`).join(", ");
    const example = names.map((name) => `"${name}": "\u2026"`).join(", ");
    return {
      ...statement,
      sql,
      blocked: {
        message: `Flyway placeholder ${list} in ${fileName} has no value, so this statement cannot be replayed`,
        hint: `give it a value under \`placeholders\` in the driftcheck config (placeholders: { ${example} }), the same value as flyway.placeholders.${names[0]} in Flyway's configuration`
      }
    };
  });
}
async function runsInTransaction2(fs, path, findings) {
  const confPath = `${path}.conf`;
  if (!await isFile(fs, confPath)) return true;
  const conf = await readSource(fs, confPath);
  if (!conf.ok) {
    findings.push(conf.finding);
    return true;
  }
  const match = /^\s*executeInTransaction\s*=\s*(\S+)/m.exec(conf.text);
  return match?.[1]?.toLowerCase() !== "false";
}
function classify(rel, dir) {
  const name = baseName(rel);
  if (!name.endsWith(".sql")) return void 0;
  const path = joinPath(dir, rel);
  const versioned = VERSIONED.exec(name);
  if (versioned) {
    const [, kind, version, description] = versioned;
    return { kind, path, version: version.replace(/_/g, "."), description };
  }
  const repeatable = REPEATABLE.exec(name);
  if (repeatable) return { kind: "R", path, version: "", description: repeatable[1] };
  return "stray";
}
var flywayLoader = {
  format: "flyway",
  async detect(fs, dir) {
    const files = await walkFiles(fs, dir, 3);
    if (files.some((f) => VERSIONED.test(baseName(f)) && baseName(f).startsWith("V"))) return 75;
    if (files.some((f) => REPEATABLE.test(baseName(f)))) return 40;
    return 0;
  },
  async load(fs, dir, options) {
    const findings = [];
    const files = [];
    if ((await fs.stat(dir).catch(() => void 0))?.kind !== "dir") {
      findings.push(loadFinding("error", `${dir || "."} is not a directory`, dir || "."));
    }
    for (const rel of await walkFiles(fs, dir)) {
      const file = classify(rel, dir);
      if (file === "stray") {
        const path = joinPath(dir, rel);
        findings.push(
          LOOKS_LIKE_FLYWAY.test(baseName(rel)) || baseName(rel).startsWith("B") ? loadFinding(
            "notice",
            `${path} looks like a Flyway script but does not match ${PATTERN} (baseline B scripts are not replayed); Flyway does not run it as a migration`,
            path
          ) : strayFileFinding("flyway", path, PATTERN)
        );
      } else if (file) files.push(file);
    }
    const versioned = files.filter((f) => f.kind === "V");
    const undos = files.filter((f) => f.kind === "U");
    const repeatables = files.filter((f) => f.kind === "R");
    versioned.sort((a, b) => compareDotted(a.version, b.version) || compareText(a.path, b.path));
    repeatables.sort((a, b) => compareText(a.description, b.description) || compareText(a.path, b.path));
    findings.push(
      ...duplicateVersionFindings(
        "flyway",
        versioned.map((f) => ({ key: dottedKey(f.version), version: f.version, path: f.path }))
      ),
      ...duplicateVersionFindings(
        "flyway",
        undos.map((f) => ({ key: dottedKey(f.version), version: `U${f.version}`, path: f.path }))
      ),
      ...duplicateVersionFindings(
        "flyway",
        repeatables.map((f) => ({ key: f.description, version: `R__${f.description}`, path: f.path }))
      )
    );
    const undoByVersion = new Map(undos.map((u) => [dottedKey(u.version), u]));
    const migrations = [];
    for (const file of [...versioned, ...repeatables]) {
      const source = await readSource(fs, file.path);
      if (!source.ok) {
        findings.push(source.finding);
        continue;
      }
      const fileName = baseName(file.path);
      const undo = file.kind === "V" ? undoByVersion.get(dottedKey(file.version)) : void 0;
      if (undo) undoByVersion.delete(dottedKey(file.version));
      const undoText = await readOptionalSource(fs, undo?.path, findings);
      migrations.push({
        id: file.path,
        version: file.version,
        name: file.description.replace(/_/g, " "),
        path: file.path,
        up: substitutePlaceholders(splitStatements(source.text, file.path), options.placeholders, fileName),
        ...undo && undoText !== void 0 ? {
          down: substitutePlaceholders(
            splitStatements(undoText, undo.path),
            options.placeholders,
            baseName(undo.path)
          ),
          downPath: undo.path
        } : {},
        transaction: await runsInTransaction2(fs, file.path, findings) ? "migration" : "none",
        ...file.kind === "R" ? { repeatable: true } : {},
        checksumSource: checksumOf(source.text, undoText)
      });
    }
    for (const orphan of undoByVersion.values()) {
      findings.push(
        loadFinding(
          "notice",
          `${orphan.path} undoes version ${orphan.version}, which has no V script`,
          orphan.path
        )
      );
    }
    return { format: "flyway", dir, migrations, foreignKeys: false, findings };
  }
};

// src/migrations/updown.ts
async function pairUpDown(fs, format, files, options) {
  const findings = [];
  const ups = files.filter((f) => f.direction !== "down").sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
  const downs = files.filter((f) => f.direction === "down");
  const key = (f) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path });
  findings.push(
    ...duplicateVersionFindings(format, ups.map(key)),
    ...duplicateVersionFindings(format, downs.map(key))
  );
  const downByVersion = /* @__PURE__ */ new Map();
  for (const down of downs) {
    if (!downByVersion.has(canonicalInteger(down.version)))
      downByVersion.set(canonicalInteger(down.version), down);
  }
  const migrations = [];
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
      ...down && downText !== void 0 ? { down: splitStatements(downText, down.path), downPath: down.path } : {},
      transaction: options.transaction(upSource.text),
      checksumSource: checksumOf(upSource.text, downText)
    });
  }
  for (const orphan of downByVersion.values()) {
    findings.push(
      loadFinding(
        "notice",
        `${orphan.path} is a down migration for version ${orphan.version}, which has no up migration`,
        orphan.path
      )
    );
  }
  return { migrations, findings };
}

// src/migrations/formats/golang-migrate.ts
var NAME2 = /^(\d+)_(.*)\.(up|down)\.sql$/;
var PATTERN2 = "<version>_<title>.up.sql / .down.sql";
function golangMigrateFiles(entries, dir) {
  const files = [];
  const stray = [];
  for (const entry of entries) {
    if (entry.kind !== "file" || !entry.name.endsWith(".sql")) continue;
    const match = NAME2.exec(entry.name);
    const path = joinPath(dir, entry.name);
    if (!match) stray.push(path);
    else files.push({ path, version: match[1], name: match[2], direction: match[3] });
  }
  return { files, stray };
}
async function upDownScore(fs, dir, nativeManifest) {
  const entries = await tryList(fs, dir);
  if (!entries.some((e) => e.kind === "file" && NAME2.test(e.name) && e.name.endsWith(".up.sql"))) return 0;
  const manifest = await findUpwards(fs, dir, ["go.mod", "Cargo.toml"]);
  if (manifest?.endsWith(nativeManifest)) return 70;
  return nativeManifest === "go.mod" ? 60 : 55;
}
var golangMigrateLoader = {
  format: "golang-migrate",
  detect(fs, dir) {
    return upDownScore(fs, dir, "go.mod");
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const { files, stray } = golangMigrateFiles(listing.entries, dir);
    const paired = await pairUpDown(fs, "golang-migrate", files, { transaction: () => "migration" });
    const findings = [
      ...listing.findings,
      ...stray.map((path) => strayFileFinding("golang-migrate", path, PATTERN2)),
      ...paired.findings
    ];
    return { format: "golang-migrate", dir, migrations: paired.migrations, foreignKeys: false, findings };
  }
};

// src/migrations/formats/goose.ts
var NAME3 = /^(\d+)_(.+)\.(sql|go)$/;
var ANNOTATION = /^--\s*\+goose\s+(.+?)\s*$/i;
var UP_MARKER2 = /^--\s*\+goose\s+up\b/im;
function endsStatement(line) {
  const comment = line.indexOf("--");
  const code = comment < 0 ? line : line.slice(0, comment);
  return code.trimEnd().endsWith(";");
}
function parseGoose(text, path) {
  const up = [];
  const down = [];
  const findings = [];
  let section;
  let hasUp = false;
  let hasDown = false;
  let inBlock = false;
  let noTransaction = false;
  let pending = [];
  let stray;
  let fatal;
  const target = () => section === "down" ? down : up;
  const flush = () => {
    if (section) target().push(...statementsOfLines(pending, path));
    pending = [];
  };
  const fail = (line, message) => {
    fatal ??= { line: line.number, message };
  };
  const lines = linesOf(text);
  for (const line of lines) {
    const annotation = ANNOTATION.exec(line.text.trim());
    if (annotation && line.text.trimStart().startsWith("--")) {
      const command = annotation[1].toLowerCase().replace(/\s+/g, " ");
      if (command === "up" || command === "down") {
        if (inBlock) fail(line, `-- +goose ${annotation[1]} inside a StatementBegin block`);
        flush();
        if (command === "up") {
          if (hasUp) fail(line, "duplicate -- +goose Up annotation");
          hasUp = true;
        } else {
          if (!hasUp)
            fail(
              line,
              `-- +goose Down before -- +goose Up (goose: "must start with '-- +goose Up' annotation")`
            );
          else if (hasDown) fail(line, "duplicate -- +goose Down annotation");
          hasDown = true;
        }
        section = command;
        inBlock = false;
      } else if (command === "statementbegin") {
        flush();
        inBlock = true;
      } else if (command === "statementend") {
        if (!inBlock) fail(line, "-- +goose StatementEnd without StatementBegin");
        const statement = blockStatement(pending, path);
        if (statement && section) target().push(statement);
        pending = [];
        inBlock = false;
      } else if (command === "no transaction") {
        noTransaction = true;
      } else if (command === "envsub on") {
        findings.push(
          loadFinding(
            "notice",
            `${path} turns on goose ENVSUB: \${VAR} references are replayed as written, without environment values`,
            path,
            { line: line.number }
          )
        );
      } else if (command !== "envsub off") {
        findings.push(
          loadFinding(
            "warning",
            `${path}:${line.number}: unknown goose annotation "${line.text.trim()}"`,
            path,
            {
              line: line.number
            }
          )
        );
      }
      continue;
    }
    if (!section) {
      if (line.text.trim() !== "" && !line.text.trimStart().startsWith("--")) stray ??= line;
      continue;
    }
    pending.push(line);
    if (!inBlock && endsStatement(line.text)) flush();
  }
  flush();
  if (inBlock)
    fatal ??= {
      line: lines.length,
      message: "-- +goose StatementBegin is never closed by StatementEnd"
    };
  if (!hasUp)
    fatal = {
      line: 1,
      message: `no "-- +goose Up" annotation (goose: "must start with '-- +goose Up' annotation")`
    };
  if (fatal) {
    const blocked = {
      sql: "",
      location: { path, line: fatal.line },
      blocked: {
        message: `${path}:${fatal.line}: ${fatal.message}; goose refuses to run this file`,
        hint: "see https://github.com/pressly/goose#sql-migrations for the annotations goose expects"
      }
    };
    return { up: [blocked], down: [], hasDown: false, noTransaction, findings };
  }
  if (stray) {
    findings.push(
      loadFinding(
        "warning",
        `${path}:${stray.number}: SQL before "-- +goose Up" belongs to no section and is not run`,
        path,
        {
          line: stray.number
        }
      )
    );
  }
  return { up, down, hasDown, noTransaction, findings };
}
function blockStatement(lines, path) {
  const first = statementsOfLines(lines, path)[0];
  if (!first) return void 0;
  const index = lines.findIndex((l) => l.number === first.location.line);
  const head = lines[index].text.slice((first.location.column ?? 1) - 1);
  const sql = [head, ...lines.slice(index + 1).map((l) => l.text)].join("\n").trimEnd();
  return { sql, location: first.location };
}
var gooseLoader = {
  format: "goose",
  async detect(fs, dir) {
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === "file" && NAME3.test(e.name) && e.name.endsWith(".sql"));
    return await someFileText(fs, dir, sqlFiles, (text) => UP_MARKER2.test(text)) ? 80 : 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const findings = [...listing.findings];
    const files = [];
    for (const entry of listing.entries) {
      if (entry.kind !== "file") continue;
      const path = joinPath(dir, entry.name);
      const match = NAME3.exec(entry.name);
      if (match && !entry.name.endsWith("_test.go")) {
        files.push({ path, version: match[1], name: match[2], go: match[3] === "go" });
      } else if (entry.name.endsWith(".sql")) {
        findings.push(strayFileFinding("goose", path, "<version>_<name>.sql"));
      }
    }
    files.sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
    findings.push(
      ...duplicateVersionFindings(
        "goose",
        files.map((f) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path }))
      )
    );
    const migrations = [];
    for (const file of files) {
      if (file.go) {
        findings.push(
          loadFinding(
            "notice",
            `${file.path} is a Go migration (version ${canonicalInteger(file.version)}): driftcheck replays SQL only, so its changes are missing from the replayed schema`,
            file.path,
            { fix: 'rewrite it as a .sql migration, or check this project with migrations.format "command"' }
          )
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
        ...parsed.hasDown ? { down: parsed.down, downPath: file.path } : {},
        transaction: parsed.noTransaction ? "none" : "migration",
        checksumSource: source.text
      });
    }
    return { format: "goose", dir, migrations, foreignKeys: false, findings };
  }
};

// src/migrations/formats/plain.ts
var NAME4 = /^(\d+)(?:[_.-](.*?))?(?:([._-])(up|down))?\.sql$/i;
var DOWN_DIRS = /* @__PURE__ */ new Set(["down", "downs"]);
function parseName(fileName, path) {
  const match = NAME4.exec(fileName);
  if (!match) return void 0;
  const [, version, rawName = "", , direction] = match;
  return { path, version, name: rawName, down: direction?.toLowerCase() === "down" };
}
var pairKey = (file) => `${canonicalInteger(file.version)}\0${file.name}`;
var plainLoader = {
  format: "plain",
  async detect(fs, dir) {
    const entries = await tryList(fs, dir);
    const numbered = entries.filter((e) => e.kind === "file" && NAME4.test(e.name)).length;
    return numbered > 0 ? 30 : 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const findings = [...listing.findings];
    const ups = [];
    const downs = [];
    for (const entry of listing.entries) {
      if (entry.kind === "dir" && DOWN_DIRS.has(entry.name.toLowerCase())) {
        const downDir = joinPath(dir, entry.name);
        for (const inner of await tryList(fs, downDir)) {
          if (inner.kind !== "file" || !inner.name.toLowerCase().endsWith(".sql")) continue;
          const path2 = joinPath(downDir, inner.name);
          const file2 = parseName(inner.name, path2);
          if (file2) downs.push({ ...file2, down: true });
          else findings.push(strayFileFinding("plain", path2, "<number>_<name>.sql"));
        }
        continue;
      }
      if (entry.kind !== "file" || !entry.name.toLowerCase().endsWith(".sql")) continue;
      const path = joinPath(dir, entry.name);
      const file = parseName(entry.name, path);
      if (!file) findings.push(strayFileFinding("plain", path, "<number>_<name>.sql"));
      else (file.down ? downs : ups).push(file);
    }
    ups.sort((a, b) => compareNumeric(a.version, b.version) || compareText(a.path, b.path));
    findings.push(
      ...duplicateVersionFindings(
        "plain",
        ups.map((f) => ({ key: canonicalInteger(f.version), version: f.version, path: f.path }))
      )
    );
    const downByKey = /* @__PURE__ */ new Map();
    for (const down of downs) downByKey.set(pairKey(down), down);
    const takeDown = (up) => {
      let down = downByKey.get(pairKey(up));
      if (!down) {
        const sameVersion = [...downByKey.values()].filter(
          (d) => compareNumeric(d.version, up.version) === 0
        );
        if (sameVersion.length === 1) down = sameVersion[0];
      }
      if (down) downByKey.delete(pairKey(down));
      return down;
    };
    const migrations = [];
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
        ...down && downSource !== void 0 ? { down: splitStatements(downSource, down.path), downPath: down.path } : {},
        transaction: "none",
        checksumSource: checksumOf(upText.text, downSource)
      });
    }
    for (const orphan of downByKey.values()) {
      findings.push(
        loadFinding(
          "notice",
          `${orphan.path} is a down migration without a matching up migration`,
          orphan.path
        )
      );
    }
    return { format: "plain", dir, migrations, foreignKeys: false, findings };
  }
};

// src/migrations/formats/prisma.ts
var LOCK = "migration_lock.toml";
function lockProvider(text) {
  for (const line of linesOf(text)) {
    const match = /^\s*provider\s*=\s*["']([^"']*)["']/.exec(line.text);
    if (match) return { provider: match[1], line: line.number };
  }
  return void 0;
}
var prismaLoader = {
  format: "prisma",
  async detect(fs, dir) {
    if (await isFile(fs, joinPath(dir, LOCK))) return 95;
    for (const entry of await tryList(fs, dir)) {
      if (entry.kind === "dir" && await isFile(fs, joinPath(dir, entry.name, "migration.sql"))) return 90;
    }
    return 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const findings = [...listing.findings];
    const empty = (extra) => ({
      format: "prisma",
      dir,
      migrations: [],
      foreignKeys: true,
      findings: [...findings, ...extra]
    });
    const lockPath = joinPath(dir, LOCK);
    if (listing.entries.some((e) => e.kind === "file" && e.name === LOCK)) {
      const lock = await readSource(fs, lockPath);
      if (!lock.ok) findings.push(lock.finding);
      else {
        const provider = lockProvider(lock.text);
        if (provider && provider.provider.toLowerCase() !== "sqlite") {
          return empty([
            loadFinding(
              "error",
              `${lockPath} says these migrations are for provider "${provider.provider}": driftcheck replays migrations in SQLite and cannot run the ${provider.provider} dialect`,
              lockPath,
              { line: provider.line }
            )
          ]);
        }
      }
    }
    const folders = listing.entries.filter((entry) => {
      if (entry.kind === "file" && entry.name.endsWith(".sql"))
        findings.push(
          strayFileFinding("prisma", joinPath(dir, entry.name), "<timestamp>_<name>/migration.sql")
        );
      return entry.kind === "dir" && !entry.name.startsWith(".");
    });
    const scripts = await readFolderScripts(
      fs,
      dir,
      folders,
      "migration.sql",
      (folder) => `${folder} has no migration.sql: prisma migrate deploy fails on this folder`,
      findings
    );
    const migrations = scripts.map(({ folder, name, path, text }) => {
      const underscore = name.indexOf("_");
      return {
        id: folder,
        version: name,
        name: underscore < 0 ? name : name.slice(underscore + 1),
        path,
        up: splitStatements(text, path),
        transaction: "none",
        checksumSource: text
      };
    });
    return { format: "prisma", dir, migrations, foreignKeys: true, findings };
  }
};

// src/migrations/formats/python.ts
var pythonLoader = {
  format: "python",
  async detect(fs, dir) {
    let files;
    try {
      files = await candidates(fs, dir);
    } catch {
      return 0;
    }
    const modules = files.filter((f) => f.kind === "py");
    if (modules.length === 0) return 0;
    for (const m of modules) {
      const text = await fs.readText(m.path);
      if (/^\s*down_revision\s*[:=]/m.test(text)) return 0;
    }
    for (const m of modules) {
      const text = await fs.readText(m.path);
      if (/^def\s+\w+\s*\(/m.test(text) && /\.(execute|executescript)\s*\(|execute_sql\s*\(/.test(text))
        return 45;
    }
    return 0;
  },
  async load(fs, dir, options) {
    const { readPythonSet } = await import("./chunk-KTEIC3E7.js");
    return readPythonSet(fs, dir, options);
  }
};

// src/migrations/formats/sqlx.ts
var NAME5 = /^(\d+)_(.+?)(?:\.(up|down))?\.sql$/;
var PATTERN3 = "<version>_<description>.sql or .up.sql / .down.sql";
var NO_TRANSACTION = /^-- no-transaction/;
var sqlxLoader = {
  format: "sqlx",
  async detect(fs, dir) {
    const upDown = await upDownScore(fs, dir, "Cargo.toml");
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === "file" && NAME5.test(e.name));
    if (sqlFiles.length === 0) return upDown;
    if (await someFileText(fs, dir, sqlFiles, (text) => NO_TRANSACTION.test(stripBom(text)))) return 75;
    if (upDown > 0) return upDown;
    return await findUpwards(fs, dir, ["Cargo.toml"]) ? 50 : 0;
  },
  async load(fs, dir) {
    const listing = await listDir(fs, dir);
    const files = [];
    const findings = [...listing.findings];
    for (const entry of listing.entries) {
      if (entry.kind !== "file" || !entry.name.endsWith(".sql")) continue;
      const path = joinPath(dir, entry.name);
      const match = NAME5.exec(entry.name);
      if (!match) findings.push(strayFileFinding("sqlx", path, PATTERN3));
      else {
        const direction = match[3] ?? "single";
        files.push({ path, version: match[1], name: match[2].replace(/_/g, " "), direction });
      }
    }
    const paired = await pairUpDown(fs, "sqlx", files, {
      transaction: (text) => NO_TRANSACTION.test(stripBom(text)) ? "none" : "migration"
    });
    findings.push(...paired.findings);
    return { format: "sqlx", dir, migrations: paired.migrations, foreignKeys: true, findings };
  }
};

// src/migrations/registry.ts
var MIGRATION_LOADERS = [
  drizzleLoader,
  prismaLoader,
  alembicLoader,
  dieselLoader,
  gooseLoader,
  dbmateLoader,
  flywayLoader,
  golangMigrateLoader,
  sqlxLoader,
  pythonLoader,
  plainLoader
];
function loaderFor(format, loaders = MIGRATION_LOADERS) {
  return loaders.find((loader) => loader.format === format);
}

// src/migrations/detect.ts
async function detectFormat(fs, dir, loaders = MIGRATION_LOADERS) {
  const scored = [];
  for (const [order, loader] of loaders.entries()) {
    const score = await loader.detect(fs, dir).catch(() => 0);
    if (score > 0) scored.push({ loader, score, order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0];
  if (!best) return void 0;
  return {
    loader: best.loader,
    format: best.loader.format,
    score: best.score,
    scores: scored.map((s) => ({ format: s.loader.format, score: s.score }))
  };
}
var COMMON_MIGRATION_DIRS = [
  { dir: "migrations", usedBy: "sqlx, diesel, golang-migrate, goose, hand-written runners" },
  { dir: "migrations/sqlite", usedBy: "projects with one migrations folder per database" },
  { dir: "db/migrations", usedBy: "dbmate, golang-migrate, goose" },
  { dir: "db/migrate", usedBy: "Rails-style layouts" },
  { dir: "db/migration", usedBy: "golang-migrate, Flyway" },
  { dir: "prisma/migrations", usedBy: "Prisma Migrate" },
  { dir: "drizzle", usedBy: "drizzle-kit" },
  { dir: "drizzle/migrations", usedBy: "drizzle-kit" },
  { dir: "src/db/migrations", usedBy: "drizzle-kit, hand-written runners" },
  { dir: "server/db/migrations/sqlite", usedBy: "NuxtHub (drizzle-kit)" },
  { dir: "server/db/migrations", usedBy: "NuxtHub (drizzle-kit)" },
  { dir: "server/database/migrations", usedBy: "NuxtHub (drizzle-kit)" },
  { dir: "sql/migrations", usedBy: "goose, hand-written runners" },
  { dir: "sql/schema", usedBy: "goose with sqlc" },
  { dir: "database/migrations", usedBy: "hand-written runners" },
  { dir: "src/main/resources/db/migration", usedBy: "Flyway" },
  { dir: "sql", usedBy: "the Flyway command line" }
];
async function findMigrationDirs(fs, root = "", loaders = MIGRATION_LOADERS) {
  const seen = /* @__PURE__ */ new Set();
  const found = [];
  const places = [...await declaredMigrationDirs(fs, root), ...COMMON_MIGRATION_DIRS];
  for (const [order, place] of places.entries()) {
    const dir = joinPath(root, place.dir);
    if (seen.has(dir)) continue;
    seen.add(dir);
    if ((await fs.stat(dir).catch(() => void 0))?.kind !== "dir") continue;
    const detected = await detectFormat(fs, dir, loaders);
    if (!detected) continue;
    const runnersUp = detected.scores.slice(1).map((s) => s.format).join(", ");
    found.push({
      dir,
      format: detected.format,
      score: detected.score,
      reason: `${dir} ${"namedIn" in place ? `is the migrations folder ${place.namedIn} names` : `is a usual place for migrations (${place.usedBy})`} and its files look like ${detected.format}` + (runnersUp ? ` (also plausible: ${runnersUp})` : ""),
      order
    });
  }
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.map(({ order: _order, ...candidate }) => candidate);
}
var DECLARING_CONFIGS = [
  {
    names: [
      "drizzle.config.ts",
      "drizzle.config.mts",
      "drizzle.config.js",
      "drizzle.config.mjs",
      "drizzle.config.cjs"
    ],
    key: /\bout\s*:\s*(['"`])([^'"`$]+)\1/,
    tool: "drizzle-kit"
  },
  {
    names: ["prisma.config.ts", "prisma.config.mts", "prisma.config.js", "prisma.config.mjs"],
    key: /\bmigrations\s*:\s*\{[^}]*?\bpath\s*:\s*(['"`])([^'"`$]+)\1/,
    tool: "Prisma Migrate"
  }
];
async function declaredMigrationDirs(fs, root) {
  const out = [];
  for (const config of DECLARING_CONFIGS) {
    for (const name of config.names) {
      const path = joinPath(root, name);
      if ((await fs.stat(path).catch(() => void 0))?.kind !== "file") continue;
      const declared = config.key.exec(await fs.readText(path))?.[2];
      const dir = declared && normalizeRelative(declared);
      if (dir) out.push({ dir, usedBy: config.tool, namedIn: name });
      break;
    }
  }
  return out;
}
function normalizeRelative(path) {
  const parts = [];
  for (const part of path.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return void 0;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join("/") : void 0;
}

export {
  MIGRATION_LOADERS,
  loaderFor,
  detectFormat,
  findMigrationDirs
};
