import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  candidates
} from "./chunk-UIRH73ES.js";
import {
  COMMAND_MODE_HINT,
  SqlExtractor
} from "./chunk-D252OGIH.js";
import {
  loadPythonParser,
  moduleStatements
} from "./chunk-DILQ42IL.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";
import "./chunk-7RUNULLM.js";

// src/migrations/formats/python/read.ts
var DEFAULT_ENTRY = "upgrade";
var OTHER_ENTRIES = ["migrate", "run", "apply", "up", "forward", "main", "upgrade", "execute"];
function functionsOf(module) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of moduleStatements(module.root)) {
    const fn = stmt.type === "decorated_definition" ? stmt.fields.definition : stmt;
    const name = fn?.type === "function_definition" ? fn.fields.name?.text : void 0;
    if (fn && name) out.set(name, fn);
  }
  return out;
}
function constantsOf(module) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of moduleStatements(module.root)) {
    if (stmt.type === "assignment" && stmt.fields.left?.type === "identifier" && stmt.fields.right) {
      out.set(stmt.fields.left.text, stmt.fields.right);
    }
  }
  return out;
}
function extract(module, fn) {
  const extractor = new SqlExtractor({
    path: module.path,
    functions: functionsOf(module),
    constants: constantsOf(module)
  });
  extractor.run(fn);
  return extractor.statements;
}
function pythonModuleStatements(module, entry) {
  const functions = functionsOf(module);
  const fileName = module.path.split("/").pop();
  const upFn = functions.get(entry);
  let up;
  if (upFn) {
    up = extract(module, upFn);
  } else {
    const other = OTHER_ENTRIES.find((name) => name !== entry && functions.has(name));
    const at = other ? functions.get(other) : void 0;
    const message = other ? `${fileName} defines ${other}(); the runner calls ${entry}()` : `no ${entry}() in ${fileName}`;
    up = [
      {
        sql: "",
        location: { path: module.path, line: at?.line ?? 1, ...at ? { column: at.column } : {} },
        blocked: {
          message,
          hint: `rename ${other ?? "the migration function"}() to ${entry}(conn), as the runner expects`
        }
      }
    ];
  }
  const downFn = functions.get(entry === DEFAULT_ENTRY ? "downgrade" : `${entry}_down`) ?? functions.get("downgrade");
  return downFn ? { up, down: extract(module, downFn) } : { up };
}
function duplicateFindings(files) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const f of files) byVersion.set(Number(f.version), [...byVersion.get(Number(f.version)) ?? [], f]);
  const findings = [];
  for (const [, group] of byVersion) {
    if (group.length < 2) continue;
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `${group.length} migrations share version ${group[0].version}: ${group.map((g) => g.path.split("/").pop()).join(", ")}; the runner records only one of them as applied`,
      locations: group.map((g) => ({ path: g.path, line: 1 }))
    });
  }
  return findings;
}
async function readPythonSet(fs, dir, options) {
  const entry = options.entry ?? DEFAULT_ENTRY;
  const files = await candidates(fs, dir);
  const parser = files.some((f) => f.kind === "py") ? await loadPythonParser() : void 0;
  const migrations = [];
  for (const file of files) {
    const text = await fs.readText(file.path);
    const base = {
      id: file.path,
      version: file.version,
      name: file.name,
      path: file.path,
      transaction: "migration",
      checksumSource: text
    };
    if (file.kind === "sql") {
      migrations.push({ ...base, up: splitStatements(text, file.path) });
      continue;
    }
    const module = parser.parse(text, file.path);
    if (module.errorLines.length > 0) {
      const line = module.errorLines[0];
      migrations.push({
        ...base,
        up: [
          {
            sql: "",
            location: { path: file.path, line },
            blocked: {
              message: `${file.path} has a Python syntax error near line ${line}`,
              hint: COMMAND_MODE_HINT
            }
          }
        ]
      });
      continue;
    }
    const { up, down } = pythonModuleStatements(module, entry);
    migrations.push({ ...base, up, ...down ? { down, downPath: file.path } : {} });
  }
  return { format: "python", dir, migrations, foreignKeys: false, findings: duplicateFindings(files) };
}
export {
  pythonModuleStatements,
  readPythonSet
};
