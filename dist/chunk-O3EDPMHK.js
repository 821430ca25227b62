import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  baseName,
  compareText,
  joinPath
} from "./chunk-7GNWDYXP.js";
import {
  affinityOf,
  positionAt,
  splitStatements,
  stripBom
} from "./chunk-NXNO3E5L.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";

// src/python/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/python/ast.ts
function toPyNode(node, errorLines) {
  const fields = {};
  const children = [];
  const count = node.childCount;
  for (let i = 0; i < count; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.isError || child.isMissing) errorLines.push(child.startPosition.row + 1);
    if (child.type === "comment") continue;
    const field = node.fieldNameForChild(i);
    const converted = child.isNamed || field ? toPyNode(child, errorLines) : void 0;
    if (!converted) continue;
    if (field && !(field in fields)) fields[field] = converted;
    if (child.isNamed) children.push(converted);
  }
  return {
    type: node.type,
    text: node.text,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    fields,
    children
  };
}
function unwrap(node) {
  let n = node;
  while (n.type === "parenthesized_expression" && n.children.length === 1) n = n.children[0];
  return n;
}
function dottedName(node) {
  const n = unwrap(node);
  if (n.type === "identifier") return n.text;
  if (n.type === "attribute") {
    const object = n.fields.object;
    const attribute = n.fields.attribute;
    if (!object || !attribute) return void 0;
    const left = dottedName(object);
    return left === void 0 ? void 0 : `${left}.${attribute.text}`;
  }
  if (n.type === "dotted_name") return n.children.map((c) => c.text).join(".");
  return void 0;
}
function callArgs(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  let splat = false;
  const list2 = call.fields.arguments;
  if (list2 && list2.type === "argument_list") {
    for (const arg of list2.children) {
      if (arg.type === "keyword_argument") {
        const name = arg.fields.name?.text;
        const value = arg.fields.value;
        if (name && value) keywords.set(name, value);
      } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
        splat = true;
      } else {
        positional.push(arg);
      }
    }
  } else if (list2) {
    positional.push(list2);
  }
  return { positional, keywords, splat };
}
function statementsOf(block) {
  if (!block) return [];
  return block.children.map(
    (s) => s.type === "expression_statement" && s.children.length === 1 ? s.children[0] : s
  );
}
function boolValue(node) {
  if (!node) return void 0;
  const n = unwrap(node);
  if (n.type === "true") return true;
  if (n.type === "false") return false;
  return void 0;
}
function intValue(node) {
  if (!node) return void 0;
  const n = unwrap(node);
  if (n.type === "integer" && /^[0-9_]+$/.test(n.text)) return Number(n.text.replace(/_/g, ""));
  if (n.type === "unary_operator" && n.text.startsWith("-")) {
    const inner = n.fields.argument ? intValue(n.fields.argument) : void 0;
    return inner === void 0 ? void 0 : -inner;
  }
  return void 0;
}
function sequenceItems(node) {
  if (!node) return void 0;
  const n = unwrap(node);
  if (n.type === "tuple" || n.type === "list" || n.type === "set" || n.type === "expression_list")
    return n.children;
  return void 0;
}

// src/python/parser.ts
var loading;
function locate(file, fromPackage) {
  const beside = join(dirname(fileURLToPath(import.meta.url)), file);
  return existsSync(beside) ? beside : fromPackage();
}
async function load() {
  const { Parser, Language } = await import("./chunk-L5YVTPO7.js");
  const require2 = createRequire(import.meta.url);
  const runtime = locate(
    "web-tree-sitter.wasm",
    () => join(dirname(require2.resolve("web-tree-sitter")), "web-tree-sitter.wasm")
  );
  await Parser.init({ locateFile: () => runtime });
  const grammar = locate(
    "tree-sitter-python.wasm",
    () => require2.resolve("tree-sitter-python/tree-sitter-python.wasm")
  );
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source2, path) {
      const tree = parser.parse(source2);
      if (!tree) throw new Error(`tree-sitter could not parse ${path}`);
      try {
        const errorLines = [];
        const root = toPyNode(tree.rootNode, errorLines);
        return { path, source: source2, root, errorLines };
      } finally {
        tree.delete();
      }
    }
  };
}
function loadPythonParser() {
  loading ??= load().catch((error) => {
    loading = void 0;
    throw error;
  });
  return loading;
}

// src/python/imports.ts
function moduleNameOf(path) {
  const parts = path.replace(/\.py$/, "").split("/");
  if (parts[parts.length - 1] === "__init__") parts.pop();
  return parts.join(".");
}
function packageOf(module, isPackage) {
  if (isPackage) return module;
  const dot = module.lastIndexOf(".");
  return dot < 0 ? "" : module.slice(0, dot);
}
function absoluteModule(spec, module, isPackage) {
  if (spec.type !== "relative_import") return dottedName(spec) ?? spec.text;
  const prefix = spec.children.find((c) => c.type === "import_prefix")?.text.length ?? 1;
  const rest = spec.children.find((c) => c.type === "dotted_name");
  let base = packageOf(module, isPackage);
  for (let i = 1; i < prefix; i++) base = packageOf(base, false);
  const tail = rest ? dottedName(rest) ?? rest.text : "";
  return [base, tail].filter(Boolean).join(".");
}
function importScope(root, path) {
  const module = moduleNameOf(path);
  const isPackage = path.endsWith("__init__.py");
  const names = /* @__PURE__ */ new Map();
  const stars = [];
  const visit = (block) => {
    for (const stmt of block) {
      if (stmt.type === "import_statement") {
        for (const item of stmt.children) {
          if (item.type === "aliased_import") {
            const name = item.fields.name && dottedName(item.fields.name);
            const alias = item.fields.alias?.text;
            if (name && alias) names.set(alias, name);
          } else {
            const name = dottedName(item);
            if (name) names.set(name.split(".")[0], name.split(".")[0]);
          }
        }
      } else if (stmt.type === "import_from_statement") {
        const spec = stmt.fields.module_name;
        if (!spec) continue;
        const from = absoluteModule(spec, module, isPackage);
        if (stmt.children.some((c) => c.type === "wildcard_import")) stars.push(from);
        for (const item of stmt.children) {
          if (item === spec) continue;
          if (item.type === "aliased_import") {
            const name = item.fields.name && dottedName(item.fields.name);
            const alias = item.fields.alias?.text;
            if (name && alias) names.set(alias, `${from}.${name}`);
          } else if (item.type === "dotted_name") {
            const name = dottedName(item);
            if (name) names.set(name, `${from}.${name}`);
          }
        }
      } else if (stmt.type === "try_statement" || stmt.type === "if_statement" || stmt.type === "else_clause" || stmt.type === "except_clause" || stmt.type === "finally_clause" || stmt.type === "block") {
        visit(stmt.children);
      }
    }
  };
  visit(root.children);
  return { module, names, stars };
}
function qualify(scope, node) {
  const name = dottedName(unwrap(node));
  if (name === void 0) return void 0;
  return qualifyName(scope, name);
}
function qualifyName(scope, name) {
  const dot = name.indexOf(".");
  const head = dot < 0 ? name : name.slice(0, dot);
  const bound = scope.names.get(head);
  if (bound === void 0) return name;
  return dot < 0 ? bound : bound + name.slice(dot);
}

// src/python/project.ts
function moduleStatements(root) {
  const out = [];
  const visit = (stmts) => {
    for (const s of stmts) {
      if ([
        "if_statement",
        "try_statement",
        "else_clause",
        "elif_clause",
        "except_clause",
        "finally_clause"
      ].includes(s.type)) {
        visit(s.children.flatMap((c) => c.type === "block" ? statementsOf(c) : [c]));
      } else {
        out.push(s);
      }
    }
  };
  visit(statementsOf(root));
  return out;
}
function definitionsOf(file) {
  const defs = [];
  const add = (stmt, decorators) => {
    if (stmt.type === "class_definition" || stmt.type === "function_definition") {
      const name = stmt.fields.name?.text;
      if (name)
        defs.push({
          kind: stmt.type === "class_definition" ? "class" : "function",
          name,
          node: stmt,
          decorators,
          file
        });
    } else if (stmt.type === "decorated_definition") {
      const inner = stmt.fields.definition;
      if (inner)
        add(
          inner,
          stmt.children.filter((c) => c.type === "decorator")
        );
    } else if (stmt.type === "assignment") {
      const left = stmt.fields.left;
      let right = stmt.fields.right;
      while (right?.type === "assignment") right = right.fields.right;
      if (left?.type === "identifier" && right) {
        defs.push({ kind: "value", name: left.text, node: right, decorators: [], file });
      }
    }
  };
  for (const stmt of moduleStatements(file.module.root)) add(stmt, []);
  return defs;
}
var PythonProject = class {
  byModule = /* @__PURE__ */ new Map();
  files = [];
  add(module) {
    const definitions = [];
    const file = {
      path: module.path,
      module,
      scope: importScope(module.root, module.path),
      definitions
    };
    definitions.push(...definitionsOf(file));
    this.files.push(file);
    this.byModule.set(file.scope.module, file);
    return file;
  }
  /** The file of a dotted module name: exact, or the one whose path-based name ends with it. */
  findModule(name) {
    const exact = this.byModule.get(name);
    if (exact) return exact;
    const suffix = `.${name}`;
    for (const [module, file] of this.byModule) if (module.endsWith(suffix)) return file;
    return void 0;
  }
  /** The definition a qualified name refers to, following re-exports and star imports. */
  lookup(qualified, depth = 0) {
    if (depth > 12) return void 0;
    const parts = qualified.split(".");
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const file = this.findModule(parts.slice(0, cut).join("."));
      if (!file) continue;
      const rest = parts.slice(cut);
      if (rest.length !== 1) return void 0;
      return this.lookupIn(file, rest[0], depth);
    }
    return void 0;
  }
  /** A name as seen from inside `file` (its own definitions first, then its imports). */
  lookupIn(file, name, depth = 0) {
    let found;
    for (const def of file.definitions) if (def.name === name) found = def;
    if (found) return found;
    const imported = file.scope.names.get(name);
    if (imported !== void 0 && imported !== `${file.scope.module}.${name}`) {
      return this.lookup(imported, depth + 1);
    }
    for (const star of file.scope.stars) {
      const target = this.findModule(star);
      if (target && target !== file) {
        const def = this.lookupIn(target, name, depth + 1);
        if (def) return def;
      }
    }
    return void 0;
  }
  /** Resolves a dotted name written in `file` to a definition (`Base`, `models.Base`). */
  resolve(file, dotted) {
    if (!dotted.includes(".")) return this.lookupIn(file, dotted);
    return this.lookup(qualifyName(file.scope, dotted));
  }
};
function candidatePaths(module, roots) {
  const rel = module.split(".").join("/");
  return roots.flatMap((root) => {
    const base = root ? `${root}/${rel}` : rel;
    return [`${base}.py`, `${base}/__init__.py`];
  });
}
function ancestors(path) {
  const parts = path.split("/").slice(0, -1);
  const out = [];
  for (let i = parts.length; i >= 0; i--) out.push(parts.slice(0, i).join("/"));
  return out;
}
async function loadPythonProject(fs, parser, paths, follow) {
  const project = new PythonProject();
  const seen = /* @__PURE__ */ new Set();
  const queue = [...paths];
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const file = project.add(parser.parse(await fs.readText(path), path));
    if (!follow) continue;
    const modules = /* @__PURE__ */ new Set([...file.scope.names.values(), ...file.scope.stars]);
    for (const qualified of modules) {
      const parts = qualified.split(".");
      for (let cut = parts.length; cut >= 1; cut--) {
        for (const candidate of candidatePaths(parts.slice(0, cut).join("."), ancestors(path))) {
          if (seen.has(candidate) || queue.includes(candidate)) continue;
          if ((await fs.stat(candidate))?.kind === "file") queue.push(candidate);
        }
      }
    }
  }
  return project;
}

// src/python/strings.ts
var SIMPLE_ESCAPES = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function decodeEscapes(body, bytes) {
  return body.replace(
    /\\(\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g,
    (all, esc) => {
      const simple = SIMPLE_ESCAPES[esc];
      if (simple !== void 0) return simple;
      if (/^[0-7]/.test(esc)) return String.fromCharCode(Number.parseInt(esc, 8));
      if (esc[0] === "x") return String.fromCharCode(Number.parseInt(esc.slice(1), 16));
      if (!bytes && (esc[0] === "u" || esc[0] === "U"))
        return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      return all;
    }
  );
}
function evalOne(node) {
  const match = /^([a-zA-Z]*)('''|"""|'|")/.exec(node.text);
  if (!match) return { dynamic: "not a string literal" };
  const prefix = match[1].toLowerCase();
  const quote = match[2];
  const open = match[0].length;
  const body = node.text.slice(open, node.text.length - quote.length);
  const raw = prefix.includes("r");
  const formatted = prefix.includes("f") || prefix.includes("t");
  if (formatted && node.children.some((c) => c.type === "interpolation")) {
    return { dynamic: "an f-string with placeholders" };
  }
  let value = raw ? body : decodeEscapes(body, prefix.includes("b"));
  if (formatted) value = value.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  const firstLineBreak = node.text.indexOf("\n");
  const openOnFirstLine = firstLineBreak < 0 || firstLineBreak >= open;
  return {
    value,
    line: node.line,
    column: node.column + (openOnFirstLine ? open : 0),
    verbatim: value === body && openOnFirstLine
  };
}
function evalString(input) {
  const node = unwrap(input);
  if (node.type === "string") {
    const piece = evalOne(node);
    if ("dynamic" in piece) return { kind: "dynamic", node, reason: piece.dynamic };
    return { kind: "string", ...piece };
  }
  if (node.type === "concatenated_string") {
    const pieces = [];
    for (const part of node.children) {
      const piece = evalOne(part);
      if ("dynamic" in piece) return { kind: "dynamic", node, reason: piece.dynamic };
      pieces.push(piece);
    }
    const first = pieces[0];
    if (!first) return { kind: "none" };
    return {
      kind: "string",
      value: pieces.map((p) => p.value).join(""),
      line: first.line,
      column: first.column,
      verbatim: pieces.length === 1 && first.verbatim
    };
  }
  if (node.type === "binary_operator" && node.fields.operator?.text === "%") {
    const left = node.fields.left && evalString(node.fields.left);
    if (left && left.kind !== "none") return { kind: "dynamic", node, reason: "string formatting with %" };
  }
  if (node.type === "binary_operator" && node.fields.operator?.text === "+") {
    const left = node.fields.left ? evalString(node.fields.left) : { kind: "none" };
    const right = node.fields.right ? evalString(node.fields.right) : { kind: "none" };
    if (left.kind === "string" && right.kind === "string") {
      return { ...left, value: left.value + right.value, verbatim: false };
    }
    if (left.kind !== "none" || right.kind !== "none") {
      return { kind: "dynamic", node, reason: "strings joined with + from a non-literal" };
    }
  }
  if (node.type === "call") {
    const fn = node.fields.function;
    if (fn?.type === "attribute" && fn.fields.attribute?.text === "format" && fn.fields.object) {
      const target = evalString(fn.fields.object);
      if (target.kind !== "none") return { kind: "dynamic", node, reason: "str.format()" };
    }
  }
  return { kind: "none" };
}
function stringValue(node) {
  if (!node) return void 0;
  const result = evalString(node);
  return result.kind === "string" ? result.value : void 0;
}

// src/migrations/formats/alembic/graph.ts
function strings(node) {
  if (!node) return [];
  const n = unwrap(node);
  if (n.type === "none") return [];
  const single = stringValue(n);
  if (single !== void 0) return [single];
  const items = sequenceItems(n);
  if (!items) return void 0;
  const values = items.map((i) => stringValue(i));
  return values.every((v) => v !== void 0) ? values : void 0;
}
function readRevision(module) {
  const values = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  for (const stmt of moduleStatements(module.root)) {
    if (stmt.type === "assignment" && stmt.fields.left?.type === "identifier" && stmt.fields.right) {
      values.set(stmt.fields.left.text, stmt.fields.right);
      lines.set(stmt.fields.left.text, stmt.line);
    }
  }
  const id = values.get("revision") && stringValue(values.get("revision"));
  if (!id)
    return { error: `${module.path}: no literal \`revision = "\u2026"\``, line: lines.get("revision") ?? 1 };
  const down = strings(values.get("down_revision"));
  if (!down)
    return { error: `${module.path}: down_revision is not a literal`, line: lines.get("down_revision") ?? 1 };
  const doc = module.root.children[0];
  const docText = doc?.type === "expression_statement" ? stringValue(doc.children[0]) : void 0;
  return {
    id,
    downRevisions: down,
    branchLabels: strings(values.get("branch_labels")) ?? [],
    dependsOn: strings(values.get("depends_on")) ?? [],
    module,
    message: docText?.trim().split("\n")[0] ?? module.path.split("/").pop().replace(/\.py$/, "")
  };
}
function orderRevisions(revisions) {
  const findings = [];
  const byId = /* @__PURE__ */ new Map();
  for (const r of revisions) {
    const existing = byId.get(r.id);
    if (existing) {
      findings.push({
        rule: "migration-order",
        severity: "error",
        message: `revision ${r.id} is declared twice: ${existing.module.path} and ${r.module.path}`,
        locations: [
          { path: existing.module.path, line: 1 },
          { path: r.module.path, line: 1 }
        ]
      });
      continue;
    }
    byId.set(r.id, r);
  }
  const labels = /* @__PURE__ */ new Map();
  for (const r of byId.values()) for (const l of r.branchLabels) labels.set(l, r.id);
  const resolve = (ref) => {
    if (byId.has(ref)) return ref;
    if (labels.has(ref)) return labels.get(ref);
    const matches = [...byId.keys()].filter((id) => id.startsWith(ref));
    return matches.length === 1 ? matches[0] : void 0;
  };
  const parents = /* @__PURE__ */ new Map();
  for (const r of byId.values()) {
    const ps = [];
    for (const ref of [...r.downRevisions, ...r.dependsOn]) {
      const id = resolve(ref);
      if (id) ps.push(id);
      else {
        findings.push({
          rule: "migration-order",
          severity: "error",
          message: `revision ${r.id} (${r.module.path}) names ${ref} as its down revision, and no revision has that id or label`,
          locations: [{ path: r.module.path, line: 1 }]
        });
      }
    }
    parents.set(r.id, ps);
  }
  const placed = /* @__PURE__ */ new Map();
  const order = [];
  const remaining = new Set(byId.keys());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => parents.get(id).every((p) => placed.has(p)));
    if (ready.length === 0) break;
    ready.sort((a, b) => {
      const pa = Math.max(-1, ...parents.get(a).map((p) => placed.get(p)));
      const pb = Math.max(-1, ...parents.get(b).map((p) => placed.get(p)));
      return pa - pb || (a < b ? -1 : 1);
    });
    const next = ready[0];
    placed.set(next, order.length);
    order.push(byId.get(next));
    remaining.delete(next);
  }
  if (remaining.size > 0) {
    const cycle = [...remaining].sort();
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `the revision graph has a cycle through ${cycle.join(", ")}: down_revision chains never reach a base revision, so Alembic cannot order them`,
      locations: cycle.map((id) => ({ path: byId.get(id).module.path, line: 1 }))
    });
  }
  const children = /* @__PURE__ */ new Set();
  for (const [, ps] of parents) for (const p of ps) children.add(p);
  const heads = order.filter((r) => !children.has(r.id));
  if (heads.length > 1) {
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `the revision graph has ${heads.length} heads: ${heads.map((h) => `${h.id} (${h.module.path.split("/").pop()})`).join(", ")}; \`alembic upgrade head\` fails until a merge revision joins them (alembic merge heads)`,
      locations: heads.map((h) => ({ path: h.module.path, line: 1 }))
    });
  }
  return { order, findings };
}

// src/models/sqlalchemy/annotations.ts
function termOf(file, input, reparse) {
  const node = input.type === "type" && input.children.length === 1 ? input.children[0] : unwrap(input);
  switch (node.type) {
    case "identifier":
    case "attribute":
      return { kind: "name", name: qualifyName(file.scope, node.text.replace(/\s+/g, "")), args: [], node };
    case "none":
      return { kind: "none" };
    case "generic_type": {
      const head = node.children[0];
      const params = node.children.find((c) => c.type === "type_parameter");
      return {
        kind: "name",
        name: qualifyName(file.scope, head.text),
        args: (params?.children ?? []).map((p) => termOf(file, p, reparse)),
        node
      };
    }
    case "subscript": {
      const value = node.fields.value;
      const subs = node.children.slice(1);
      return {
        kind: "name",
        name: qualifyName(file.scope, value.text.replace(/\s+/g, "")),
        args: subs.map((s) => termOf(file, s, reparse)),
        node
      };
    }
    case "binary_operator":
      if (node.fields.operator?.text === "|" && node.fields.left && node.fields.right) {
        const flat = (t) => t.kind === "union" ? [...t.items] : [t];
        return {
          kind: "union",
          items: [
            ...flat(termOf(file, node.fields.left, reparse)),
            ...flat(termOf(file, node.fields.right, reparse))
          ]
        };
      }
      return { kind: "value", node };
    case "string": {
      const text = stringValue(node);
      const parsed = text !== void 0 && reparse ? reparse(text) : void 0;
      return parsed ? termOf(file, parsed, reparse) : { kind: "value", node };
    }
    default:
      return { kind: "value", node };
  }
}
var OPTIONAL = /* @__PURE__ */ new Set(["typing.Optional", "Optional", "typing_extensions.Optional"]);
var UNION = /* @__PURE__ */ new Set(["typing.Union", "Union"]);
var ANNOTATED = /* @__PURE__ */ new Set(["typing.Annotated", "Annotated", "typing_extensions.Annotated"]);
function unwrapOptional(term, resolveAlias, depth = 0) {
  if (depth > 8) return { inner: term, optional: false, annotatedColumns: [] };
  if (term.kind === "name" && OPTIONAL.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    return { ...inner, optional: true };
  }
  const unionItems = term.kind === "union" ? term.items : term.kind === "name" && UNION.has(term.name) ? term.args : void 0;
  if (unionItems) {
    const rest = unionItems.filter((t) => t.kind !== "none");
    const optional = rest.length < unionItems.length;
    if (rest.length === 1) {
      const inner = unwrapOptional(rest[0], resolveAlias, depth + 1);
      return { ...inner, optional: optional || inner.optional };
    }
    return { inner: term, optional, annotatedColumns: [] };
  }
  if (term.kind === "name" && ANNOTATED.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    const columns = term.args.slice(1).filter((a) => a.kind === "value").map((a) => a.node).filter((n) => n.type === "call");
    return { ...inner, annotatedColumns: [...columns, ...inner.annotatedColumns] };
  }
  if (term.kind === "name" && term.args.length === 0) {
    const alias = resolveAlias(term.name);
    if (alias) return unwrapOptional(alias, resolveAlias, depth + 1);
  }
  return { inner: term, optional: false, annotatedColumns: [] };
}

// src/models/sqlalchemy/quote.ts
var RESERVED = new Set(
  `add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast check
collate column commit conflict constraint create cross current_date current_time current_timestamp database
default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists
explain false fail for foreign from full glob group having if ignore immediate in index indexed initially inner
insert instead intersect into is isnull join key left like limit match natural not notnull null of offset on or
order outer plan pragma primary query raise references reindex rename replace restrict right rollback row select
set table temp temporary then to transaction trigger true union unique update using vacuum values view virtual
when where`.split(/\s+/)
);
function requiresQuotes(name) {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || /^[0-9$]/.test(name) || !/^[A-Z0-9_$]+$/i.test(name) || lower !== name;
}
function quoteIdent(name) {
  return requiresQuotes(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

// src/models/sqlalchemy/ddl.ts
function applyNaming(naming, kind, explicit, context) {
  if (explicit?.final) return explicit.value;
  const template = naming[kind];
  if (!template || explicit && !template.includes("%(constraint_name)s")) return explicit?.value;
  if (!explicit && template.includes("%(constraint_name)s")) return void 0;
  const cols = context.columns;
  const refs = context.refColumns ?? [];
  return template.replace(/%\((\w+)\)s/g, (all, token) => {
    if (token === "table_name") return context.table;
    if (token === "constraint_name") return explicit?.value ?? "";
    if (token === "referred_table_name") return context.refTable ?? "";
    const m = /^(referred_)?column_(0_N|0N|\d+)_(name|key|label)$/.exec(token);
    if (!m) return all;
    const list2 = m[1] ? refs : cols;
    const table = m[1] ? context.refTable ?? "" : context.table;
    const render = (c) => m[3] === "label" ? `${table}_${c}` : c;
    if (m[2] === "0_N") return list2.map(render).join("_");
    if (m[2] === "0N") return list2.map(render).join("");
    return render(list2[Number(m[2])] ?? "");
  });
}
function constraintPrefix(name) {
  return name === void 0 ? "" : `CONSTRAINT ${quoteIdent(name)} `;
}
function list(names) {
  return names.map(quoteIdent).join(", ");
}
function isIntegerType(sql) {
  return /^(INTEGER|SMALLINT|BIGINT)$/.test(sql);
}
function inlinePrimaryKey(table) {
  if (!table.sqliteAutoincrement) return void 0;
  const pk = primaryKeyColumns(table);
  if (pk.columns.length !== 1) return void 0;
  const column = table.columns.find((c) => c.name === pk.columns[0]);
  return column && isIntegerType(column.type.sql) && column.foreignKeys.length === 0 ? column : void 0;
}
function primaryKeyColumns(table) {
  const explicit = table.constraints.find((c) => c.kind === "primary");
  if (explicit?.kind === "primary") {
    return {
      columns: explicit.columns.map((k) => columnByKey(table, k)?.name ?? k),
      ...explicit.name ? { name: explicit.name } : {}
    };
  }
  return { columns: table.columns.filter((c) => c.primaryKey).map((c) => c.name) };
}
function columnByKey(table, ref) {
  return table.columns.find((c) => c.key === ref) ?? table.columns.find((c) => c.name === ref);
}
function columnSpec(table, column, pkColumns, inline) {
  let sql = `${quoteIdent(column.name)} ${column.type.sql}${column.type.collation ?? ""}`;
  if (column.serverDefault !== void 0) sql += ` DEFAULT ${column.serverDefault}`;
  const notNull = !column.nullable || pkColumns.includes(column.name);
  if (notNull) sql += " NOT NULL";
  if (inline === column) sql += " PRIMARY KEY AUTOINCREMENT";
  if (column.computed !== void 0) sql += ` GENERATED ALWAYS AS (${column.computed})`;
  for (const check of column.checks) {
    const name = applyNaming(table.naming, "ck", check.name, { table: table.name, columns: [column.name] });
    sql += ` ${constraintPrefix(name)}CHECK (${check.sql})`;
  }
  return sql;
}
function renderConstraint(table, c) {
  const names = (refs) => refs.map((r) => columnByKey(table, r)?.name ?? r);
  switch (c.kind) {
    case "unique": {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, "uq", c.name, { table: table.name, columns });
      return `${constraintPrefix(name)}UNIQUE (${list(columns)})`;
    }
    case "check": {
      const name = applyNaming(table.naming, "ck", c.name, { table: table.name, columns: [] });
      return `${constraintPrefix(name)}CHECK (${c.sql})`;
    }
    case "foreign": {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, "fk", c.name, {
        table: table.name,
        columns,
        refTable: c.refTable,
        refColumns: c.refColumns
      });
      let sql = `${constraintPrefix(name)}FOREIGN KEY(${list(columns)}) REFERENCES ${quoteIdent(c.refTable)} (${list(c.refColumns)})`;
      if (c.onDelete) sql += ` ON DELETE ${c.onDelete}`;
      if (c.onUpdate) sql += ` ON UPDATE ${c.onUpdate}`;
      if (c.deferrable !== void 0) sql += c.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
      if (c.initially) sql += ` INITIALLY ${c.initially}`;
      return sql;
    }
    case "primary":
      return void 0;
  }
}
function derivedConstraints(table) {
  const out = [];
  for (const column of table.columns) {
    if (column.unique && !column.index) out.push({ kind: "unique", columns: [column.name] });
    const check = column.type.check;
    if (check) {
      const values = check.values === "boolean" ? "0, 1" : check.values.map((v) => quoteLiteral(v)).join(", ");
      out.push({
        kind: "check",
        sql: `${quoteIdent(column.name)} IN (${values})`,
        ...check.name ? { name: { value: check.name, final: false } } : {}
      });
    }
    for (const fk of column.foreignKeys) {
      out.push({
        kind: "foreign",
        columns: [column.name],
        refTable: fk.table,
        refColumns: [fk.column],
        ...fk.name ? { name: fk.name } : {},
        ...fk.onDelete ? { onDelete: fk.onDelete } : {},
        ...fk.onUpdate ? { onUpdate: fk.onUpdate } : {},
        ...fk.deferrable !== void 0 ? { deferrable: fk.deferrable } : {},
        ...fk.initially ? { initially: fk.initially } : {}
      });
    }
  }
  return out;
}
function createTableSql(table) {
  const pk = primaryKeyColumns(table);
  const inline = inlinePrimaryKey(table);
  const lines = table.columns.map((c) => columnSpec(table, c, pk.columns, inline));
  if (pk.columns.length > 0 && !inline) {
    const name = applyNaming(table.naming, "pk", pk.name, { table: table.name, columns: pk.columns });
    lines.push(`${constraintPrefix(name)}PRIMARY KEY (${list(pk.columns)})`);
  }
  for (const c of [...table.constraints, ...derivedConstraints(table)]) {
    const sql = renderConstraint(table, c);
    if (sql !== void 0) lines.push(sql);
  }
  const suffix = table.withoutRowid ? "\n WITHOUT ROWID" : "";
  return `CREATE TABLE ${quoteIdent(table.name)} (
	${lines.join(", \n	")}
)${suffix}`;
}
function tableIndexes(table) {
  const implicit = table.columns.filter((c) => c.index).map((c) => ({ items: [{ ref: c.name, expression: false }], unique: c.unique, source: c.source }));
  return [...table.indexes, ...implicit];
}
function indexName(table, index) {
  const columns = index.items.filter((i) => !i.expression).map((i) => columnByKey(table, i.ref)?.name ?? i.ref);
  return applyNaming(table.naming, "ix", index.name, { table: table.name, columns });
}
function createIndexSql(table, index) {
  const name = indexName(table, index);
  if (name === void 0) return void 0;
  const items = index.items.map(
    (i) => i.expression ? i.ref : quoteIdent(columnByKey(table, i.ref)?.name ?? i.ref)
  );
  let sql = `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quoteIdent(name)} ON ${quoteIdent(table.name)} (${items.join(", ")})`;
  if (index.where !== void 0) sql += ` WHERE ${index.where}`;
  return sql;
}
function generateDdl(tables) {
  const statements = [];
  const tableHints = {};
  const columnHints = {};
  const indexHints = {};
  for (const table of tables) {
    statements.push({ sql: `${createTableSql(table)};`, location: table.source });
    tableHints[table.name.toLowerCase()] = table.source;
    for (const c of table.columns) columnHints[`${table.name}.${c.name}`.toLowerCase()] = c.source;
  }
  for (const table of tables) {
    for (const index of tableIndexes(table)) {
      const sql = createIndexSql(table, index);
      if (sql === void 0) continue;
      statements.push({ sql: `${sql};`, location: index.source });
      indexHints[indexName(table, index).toLowerCase()] = index.source;
    }
  }
  return { statements, hints: { tables: tableHints, columns: columnHints, indexes: indexHints } };
}

// src/models/sqlalchemy/model.ts
var DEFAULT_NAMING = { ix: "ix_%(column_0_label)s" };

// src/models/sqlalchemy/types.ts
var GENERIC = {
  Integer: "INTEGER",
  SmallInteger: "SMALLINT",
  BigInteger: "BIGINT",
  String: "VARCHAR",
  Unicode: "VARCHAR",
  // SQLModel's str type: a String with an optional length.
  AutoString: "VARCHAR",
  Text: "TEXT",
  UnicodeText: "TEXT",
  Boolean: "BOOLEAN",
  Date: "DATE",
  DateTime: "DATETIME",
  Time: "TIME",
  Interval: "DATETIME",
  Float: "FLOAT",
  Double: "DOUBLE",
  Numeric: "NUMERIC",
  LargeBinary: "BLOB",
  PickleType: "BLOB",
  JSON: "JSON",
  Uuid: "CHAR(32)",
  // Upper-case SQL types render as written.
  INTEGER: "INTEGER",
  INT: "INTEGER",
  SMALLINT: "SMALLINT",
  BIGINT: "BIGINT",
  VARCHAR: "VARCHAR",
  NVARCHAR: "NVARCHAR",
  CHAR: "CHAR",
  NCHAR: "NCHAR",
  TEXT: "TEXT",
  CLOB: "CLOB",
  BLOB: "BLOB",
  BINARY: "BINARY",
  VARBINARY: "VARBINARY",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  DATETIME: "DATETIME",
  TIME: "TIME",
  TIMESTAMP: "TIMESTAMP",
  FLOAT: "FLOAT",
  REAL: "REAL",
  DOUBLE: "DOUBLE",
  DOUBLE_PRECISION: "DOUBLE PRECISION",
  NUMERIC: "NUMERIC",
  DECIMAL: "DECIMAL",
  UUID: "UUID"
};
var LENGTH_TYPES = /* @__PURE__ */ new Set([
  "String",
  "AutoString",
  "Unicode",
  "Text",
  "UnicodeText",
  "VARCHAR",
  "NVARCHAR",
  "CHAR",
  "NCHAR",
  "TEXT",
  "CLOB",
  "BINARY",
  "VARBINARY"
]);
var PRECISION_TYPES = /* @__PURE__ */ new Set(["Numeric", "NUMERIC", "DECIMAL"]);
var ANNOTATION_TYPES = {
  int: "Integer",
  str: "String",
  float: "Float",
  bool: "Boolean",
  bytes: "LargeBinary",
  "datetime.datetime": "DateTime",
  "datetime.date": "Date",
  "datetime.time": "Time",
  "datetime.timedelta": "Interval",
  "decimal.Decimal": "Numeric",
  "uuid.UUID": "Uuid"
};
function collationOf(name) {
  const quoted = /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
  return ` COLLATE ${quoted}`;
}
function enumMembers(project, file, ref, useValues) {
  const qualified = qualify(file.scope, ref);
  if (!qualified) return void 0;
  const def = qualified.includes(".") ? project.lookup(qualified) : project.lookupIn(file, qualified);
  if (def?.kind !== "class") return void 0;
  const members = [];
  for (const stmt of def.node.fields.body?.children ?? []) {
    const a = stmt.type === "expression_statement" ? stmt.children[0] : void 0;
    if (a?.type !== "assignment" || a.fields.left?.type !== "identifier" || !a.fields.right) continue;
    const name = a.fields.left.text;
    if (name.startsWith("_")) continue;
    if (useValues) {
      const value = stringValue(a.fields.right);
      if (value === void 0) return void 0;
      members.push(value);
    } else {
      members.push(name);
    }
  }
  return members.length > 0 ? { name: def.name.toLowerCase(), members } : void 0;
}
var TypeResolver = class {
  constructor(project, names) {
    this.project = project;
    this.names = names;
  }
  project;
  names;
  /** The type of `Column(<type>)` / `mapped_column(<type>)`: a class, a call, or a project type. */
  resolve(file, input) {
    const node = unwrap(input);
    if (node.type === "call") return this.resolveWith(file, node.fields.function, callArgs(node));
    return this.resolveWith(file, node, { positional: [], keywords: /* @__PURE__ */ new Map(), splat: false });
  }
  resolveWith(file, callee, args) {
    const name = this.names.of(file, callee);
    if (name === "Enum") return this.enumType(file, args.positional, args.keywords);
    if (name !== void 0 && name in GENERIC) {
      const base = GENERIC[name];
      const collationNode = args.keywords.get("collation");
      const collationName = collationNode && stringValue(collationNode);
      const collation = collationName ? collationOf(collationName) : void 0;
      if (LENGTH_TYPES.has(name)) {
        const length = intValue(args.positional[0] ?? args.keywords.get("length"));
        return {
          type: {
            sql: length === void 0 ? base : `${base}(${length})`,
            ...collation ? { collation } : {}
          }
        };
      }
      if (PRECISION_TYPES.has(name)) {
        const precision = intValue(args.positional[0] ?? args.keywords.get("precision"));
        const scale = intValue(args.positional[1] ?? args.keywords.get("scale"));
        if (precision === void 0) return { type: { sql: base } };
        return {
          type: { sql: scale === void 0 ? `${base}(${precision})` : `${base}(${precision}, ${scale})` }
        };
      }
      if (name === "Boolean" || name === "BOOLEAN") {
        const create = args.keywords.get("create_constraint");
        if (create && unwrap(create).type === "true") {
          const constraintName = stringValue(args.keywords.get("name"));
          return {
            type: {
              sql: base,
              check: { values: "boolean", ...constraintName ? { name: constraintName } : {} }
            }
          };
        }
      }
      return { type: { sql: base } };
    }
    if (name === "ARRAY" || name === "TupleType") return { error: `SQLite has no ${name} type` };
    if (name !== void 0) return { error: `unknown SQLAlchemy type ${name}` };
    return this.projectType(file, callee, args);
  }
  /** A type defined in the project: a TypeDecorator whose `impl` is a plain type, or a subclass. */
  projectType(file, callee, args) {
    const qualified = qualify(file.scope, callee) ?? callee.text;
    const def = qualified.includes(".") ? this.project.lookup(qualified) : this.project.lookupIn(file, qualified);
    if (!def)
      return { error: `type ${callee.text} is not a SQLAlchemy type this project defines or imports` };
    if (def.kind === "value") return this.resolve(def.file, def.node);
    if (def.kind !== "class") return { error: `type ${callee.text} is not a class` };
    const body = def.node.fields.body?.children ?? [];
    const methods = body.filter((s) => s.type === "function_definition").map((s) => s.fields.name?.text);
    if (methods.includes("load_dialect_impl")) {
      return { error: `custom type ${def.name} picks its SQL type in load_dialect_impl() at run time` };
    }
    for (const stmt of body) {
      const a = stmt.type === "expression_statement" ? stmt.children[0] : void 0;
      if (a?.type === "assignment" && a.fields.left?.text === "impl" && a.fields.right) {
        const impl = unwrap(a.fields.right);
        if (impl.type !== "call") return this.resolveWith(def.file, impl, args);
        return this.resolve(def.file, impl);
      }
    }
    for (const base of def.node.fields.superclasses?.children ?? []) {
      const baseName2 = this.names.of(def.file, base);
      if (baseName2 && baseName2 in GENERIC) return this.resolveWith(def.file, base, args);
    }
    return { error: `custom type ${def.name}: its SQL type cannot be determined statically` };
  }
  enumType(file, positional, keywords) {
    let values = [];
    let autoName;
    const first = positional[0];
    const literal = positional.map((p) => stringValue(p));
    if (first && literal.every((v) => v !== void 0)) {
      values = literal;
    } else if (first && positional.length === 1) {
      const members = enumMembers(this.project, file, first, keywords.has("values_callable"));
      if (!members) return { error: `Enum(${first.text}): its members cannot be read statically` };
      values = [...members.members];
      autoName = members.name;
    } else {
      return { error: "Enum() without literal values" };
    }
    const explicitLength = intValue(keywords.get("length"));
    const nonNative = keywords.get("native_enum") && unwrap(keywords.get("native_enum")).type === "false";
    const longest = Math.max(0, ...values.map((v) => v.length));
    const length = nonNative && explicitLength !== void 0 ? explicitLength : longest;
    const create = keywords.get("create_constraint");
    const name = stringValue(keywords.get("name")) ?? autoName;
    const sql = `VARCHAR(${length})`;
    if (create && unwrap(create).type === "true") {
      return { type: { sql, check: { values, ...name ? { name } : {} } } };
    }
    return { type: { sql } };
  }
};

// src/models/sqlalchemy/collect.ts
var IGNORED_ATTRIBUTE_CALLS = /* @__PURE__ */ new Set([
  "relationship",
  "backref",
  "synonym",
  "composite",
  "association_proxy",
  "query_expression",
  "dynamic_loader",
  "hybrid_property",
  "with_expression"
]);
var TYPING_COLLECTIONS = /^(typing\.)?(List|Set|Dict|Sequence|Iterable|list|set|dict|tuple|Tuple|Collection)$/;
function camelToSnake(name) {
  return name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, "_$1").toLowerCase().replace(/^_+/, "");
}
function source(file, node) {
  return { path: file.path, line: node.line };
}
function keyword(args, name) {
  return args.keywords.get(name);
}
var Collector = class {
  constructor(project, names, types, reparse) {
    this.project = project;
    this.names = names;
    this.types = types;
    this.reparse = reparse;
  }
  project;
  names;
  types;
  reparse;
  tables = [];
  problems = [];
  infos = /* @__PURE__ */ new Map();
  classTables = /* @__PURE__ */ new Map();
  pendingFks = [];
  run() {
    for (const file of this.project.files) {
      for (const line of file.module.errorLines.slice(0, 1)) {
        this.problem(`syntax error in ${file.path}: the file could not be parsed completely`, {
          path: file.path,
          line
        });
      }
    }
    for (const file of this.project.files) {
      for (const def of file.definitions) {
        if (def.kind === "class") this.mappedClass(def);
        else if (def.kind === "value") this.coreTable(file, def.node, def.name);
      }
      for (const stmt of moduleStatements(file.module.root)) {
        if (stmt.type === "call" && this.names.callee(file, stmt) === "Index") this.moduleIndex(file, stmt);
      }
    }
    this.resolveForeignKeys();
  }
  problem(message, where, table, column) {
    this.problems.push({
      message,
      source: where,
      ...table ? { table } : {},
      ...column ? { column } : {}
    });
  }
  // ── classes ────────────────────────────────────────────────────────────────────────────────
  info(def) {
    const memo = this.infos.get(def);
    if (memo === "pending") return void 0;
    if (memo) return memo;
    this.infos.set(def, "pending");
    const file = def.file;
    const body = statementsOf(def.node.fields.body);
    const bases = [];
    let root;
    let isRoot = false;
    let declarative = false;
    const superclasses = def.node.fields.superclasses?.children ?? [];
    const isSqlModelTable = superclasses.some(
      (b) => b.type === "keyword_argument" && b.fields.name?.text === "table" && boolValue(b.fields.value) === true
    );
    if (isSqlModelTable && [...file.scope.names.values()].some((q) => q.startsWith("sqlmodel"))) {
      this.problem(
        `${def.name} is a SQLModel table model; SQLModel models are not read statically (use models command mode with SQLModel.metadata.create_all)`,
        source(file, def.node)
      );
    }
    for (const base of superclasses) {
      if (base.type === "keyword_argument") continue;
      const name = this.names.of(file, base);
      if (name === "DeclarativeBase" || name === "DeclarativeBaseNoMeta") {
        isRoot = true;
        continue;
      }
      if (name === "flask.Model" || name === "Model") {
        declarative = true;
        root ??= this.flaskRoot(file, base);
        continue;
      }
      if (name !== void 0) continue;
      const target = this.resolveDefinition(file, base);
      if (target?.kind === "value") {
        const value = this.valueRoot(target);
        if (value) {
          declarative = true;
          root ??= value;
        }
        continue;
      }
      if (target?.kind !== "class") continue;
      const baseInfo = this.info(target);
      if (!baseInfo) continue;
      bases.push(baseInfo);
      if (baseInfo.role !== "plain") {
        declarative = true;
        root ??= baseInfo.root;
      }
    }
    for (const decorator of def.decorators) {
      const expr = decorator.children[0];
      const callee = expr?.type === "call" ? expr.fields.function : expr;
      const name = callee && (this.names.of(file, callee) ?? dottedName(callee));
      if (name === "as_declarative") isRoot = true;
      else if (name && /\.(mapped|mapped_as_dataclass)$/.test(name)) {
        declarative = true;
        root ??= { naming: DEFAULT_NAMING, typeMap: [], flask: false };
      }
    }
    if (isRoot) root = this.classRoot(def, body, root);
    const abstract = body.some(
      (s) => s.type === "assignment" && s.fields.left?.text === "__abstract__" && boolValue(s.fields.right) === true
    );
    const role = isRoot ? "root" : declarative ? abstract ? "abstract" : "mapped" : "plain";
    const info = { def, role, ...root ? { root } : {}, bases, body };
    this.infos.set(def, info);
    return info;
  }
  resolveDefinition(file, node) {
    const name = dottedName(node);
    return name === void 0 ? void 0 : this.project.resolve(file, name);
  }
  /** `Base = declarative_base(...)`, `Base = registry.generate_base()`. */
  valueRoot(def) {
    const value = unwrap(def.node);
    if (value.type !== "call") return void 0;
    const name = this.names.callee(def.file, value);
    const fn = value.fields.function;
    const isGenerate = fn?.type === "attribute" && fn.fields.attribute?.text === "generate_base";
    if (name !== "declarative_base" && !isGenerate) return void 0;
    const metadata = keyword(callArgs(value), "metadata");
    return { naming: this.namingOf(def.file, metadata), typeMap: [], flask: false };
  }
  /** `db.Model`: the naming convention of `SQLAlchemy(metadata=MetaData(...))`, or of its model_class. */
  flaskRoot(file, base) {
    let head = unwrap(base);
    while (head.type === "attribute" && head.fields.object) head = unwrap(head.fields.object);
    const def = head.type === "identifier" ? this.project.lookupIn(file, head.text) : void 0;
    const call = def?.kind === "value" ? unwrap(def.node) : void 0;
    if (def && call?.type === "call") {
      const args = callArgs(call);
      const modelClass = keyword(args, "model_class");
      const target = modelClass && this.resolveDefinition(def.file, modelClass);
      const info = target?.kind === "class" ? this.info(target) : void 0;
      if (info?.root) return { ...info.root, flask: true };
      return { naming: this.namingOf(def.file, keyword(args, "metadata")), typeMap: [], flask: true };
    }
    return { naming: DEFAULT_NAMING, typeMap: [], flask: true };
  }
  /** A DeclarativeBase subclass: its `metadata = MetaData(...)` and `type_annotation_map = {...}`. */
  classRoot(def, body, inherited) {
    let naming = inherited?.naming ?? DEFAULT_NAMING;
    const typeMap = [...inherited?.typeMap ?? []];
    for (const stmt of body) {
      if (stmt.type !== "assignment" || !stmt.fields.right) continue;
      const target = stmt.fields.left?.text;
      if (target === "metadata") naming = this.namingOf(def.file, stmt.fields.right);
      if (target === "type_annotation_map") {
        const dict = this.dictOf(def.file, stmt.fields.right);
        for (const pair of dict?.children ?? []) {
          if (pair.type !== "pair" || !pair.fields.key || !pair.fields.value) continue;
          typeMap.push({
            key: termKey(termOf(def.file, pair.fields.key)),
            type: pair.fields.value,
            file: def.file
          });
        }
      }
    }
    return { naming, typeMap, flask: inherited?.flask ?? false };
  }
  /** A dict literal, directly or through a module-level name. */
  dictOf(file, node) {
    const n = unwrap(node);
    if (n.type === "dictionary") return n;
    if (n.type === "call" && n.fields.function?.text === "dict") return void 0;
    const def = this.resolveDefinition(file, n);
    return def?.kind === "value" ? this.dictOf(def.file, def.node) : void 0;
  }
  /** `MetaData(naming_convention={...})` (or a name bound to one) → convention; default otherwise. */
  namingOf(file, node) {
    if (!node) return DEFAULT_NAMING;
    let n = unwrap(node);
    let f = file;
    if (n.type !== "call") {
      const def = this.resolveDefinition(f, n);
      if (def?.kind !== "value") return DEFAULT_NAMING;
      n = unwrap(def.node);
      f = def.file;
    }
    if (n.type !== "call" || this.names.callee(f, n) !== "MetaData") return DEFAULT_NAMING;
    const conventionNode = keyword(callArgs(n), "naming_convention");
    const dict = conventionNode && this.dictOf(f, conventionNode);
    if (!dict) return DEFAULT_NAMING;
    const keys = {
      Index: "ix",
      UniqueConstraint: "uq",
      CheckConstraint: "ck",
      ForeignKeyConstraint: "fk",
      PrimaryKeyConstraint: "pk"
    };
    const convention = {};
    for (const pair of dict.children) {
      if (pair.type !== "pair" || !pair.fields.key || !pair.fields.value) continue;
      const key = stringValue(pair.fields.key) ?? keys[this.names.of(f, pair.fields.key) ?? ""];
      const value = stringValue(pair.fields.value);
      if (key && value !== void 0) convention[key] = value;
    }
    return convention;
  }
  /** Classes in method resolution order (a depth-first, left-to-right approximation of C3). */
  mro(info) {
    const out = [];
    const visit = (c) => {
      if (out.includes(c)) return;
      out.push(c);
      for (const b of c.bases) visit(b);
    };
    visit(info);
    return out;
  }
  tablenameOf(info) {
    for (const stmt of info.body) {
      if (stmt.type === "assignment" && stmt.fields.left?.text === "__tablename__" && stmt.fields.right) {
        const value = stringValue(stmt.fields.right);
        return value === void 0 ? { node: stmt, computed: true } : { value, node: stmt };
      }
      if (stmt.type === "decorated_definition" && stmt.fields.definition?.fields.name?.text === "__tablename__") {
        return { node: stmt, computed: true };
      }
    }
    return void 0;
  }
  mappedClass(def) {
    const info = this.info(def);
    if (info?.role !== "mapped") return;
    const file = def.file;
    const mro = this.mro(info);
    const parent = mro.slice(1).find((c) => c.role === "mapped");
    const parentTable = parent && this.tableOfClass(parent.def);
    const explicitTable = info.body.find(
      (s) => s.type === "assignment" && s.fields.left?.text === "__table__"
    );
    if (explicitTable?.type === "assignment" && explicitTable.fields.right) {
      const table2 = this.coreTable(file, explicitTable.fields.right, def.name);
      if (table2) this.classTables.set(def, table2);
      return;
    }
    let tablename = this.tablenameOf(info);
    if (!tablename) {
      for (const c of mro.slice(1)) {
        if (c.role === "mapped") break;
        const inherited = this.tablenameOf(c);
        if (inherited) {
          tablename = inherited;
          break;
        }
      }
    }
    const attributes = this.attributes(info, mro, !tablename && !!parentTable);
    if (tablename?.computed) {
      this.problem(
        `${def.name}.__tablename__ is computed at run time; its table cannot be read statically (use models command mode)`,
        source(file, tablename.node)
      );
      return;
    }
    const flask = info.root?.flask === true;
    let name = tablename?.value;
    const definesKey = attributes.some((a) => this.isPrimaryKeyAttribute(a));
    if (name !== void 0 && flask && parentTable && !definesKey) name = void 0;
    if (name === void 0) {
      if (parentTable && !(flask && definesKey)) {
        this.addColumns(parentTable, attributes, info);
        this.classTables.set(def, parentTable);
        return;
      }
      if (!flask) {
        this.problem(`${def.name} is mapped but has no __tablename__`, source(file, def.node));
        return;
      }
      name = camelToSnake(def.name);
    }
    const table = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: info.root?.naming ?? DEFAULT_NAMING,
      source: source(file, def.node)
    };
    this.classTables.set(def, table);
    this.addColumns(table, attributes, info);
    this.tableArgs(info, mro, table);
    if (table.columns.length === 0) {
      this.problem(
        `${def.name} maps table ${name} without any column that can be read statically`,
        table.source,
        name
      );
      return;
    }
    this.tables.push(table);
  }
  tableOfClass(def) {
    if (!this.classTables.has(def)) this.mappedClass(def);
    return this.classTables.get(def);
  }
  isPrimaryKeyAttribute(a) {
    const call = a.value && unwrap(a.value);
    if (call?.type !== "call") return false;
    return boolValue(keyword(callArgs(call), "primary_key")) === true;
  }
  /**
   * The column-bearing attributes of a mapped class: its own, and those of mixins and abstract
   * bases up to the first mapped parent (a parent's columns live in the parent's table).
   */
  attributes(info, mro, singleTable) {
    const owners = [info];
    if (!singleTable) {
      const inherited = /* @__PURE__ */ new Set();
      for (const c of mro.slice(1))
        if (c.role === "mapped" || c.role === "root") for (const a of this.mro(c)) inherited.add(a);
      for (const c of mro.slice(1)) if (!inherited.has(c)) owners.push(c);
    }
    const byName = /* @__PURE__ */ new Map();
    for (const owner of owners) {
      for (const a of this.ownAttributes(owner)) if (!byName.has(a.name)) byName.set(a.name, a);
    }
    return [...byName.values()];
  }
  ownAttributes(owner) {
    const out = [];
    for (const stmt of owner.body) {
      if (stmt.type === "assignment" && stmt.fields.left?.type === "identifier") {
        const name = stmt.fields.left.text;
        if (name.startsWith("__") && name.endsWith("__")) continue;
        out.push({
          name,
          ...stmt.fields.type ? { annotation: stmt.fields.type } : {},
          ...stmt.fields.right ? { value: stmt.fields.right } : {},
          declared: false,
          node: stmt,
          owner
        });
      } else if (stmt.type === "decorated_definition") {
        const fn = stmt.fields.definition;
        const decorators = stmt.children.filter((c) => c.type === "decorator").map((d) => d.text);
        if (fn?.type !== "function_definition" || !decorators.some((d) => d.includes("declared_attr")))
          continue;
        const name = fn.fields.name?.text;
        if (!name || name.startsWith("__")) continue;
        const ret = statementsOf(fn.fields.body).find((s) => s.type === "return_statement");
        const value = ret?.children[0];
        out.push({
          name,
          ...fn.fields.return_type ? { annotation: fn.fields.return_type } : {},
          ...value ? { value } : {},
          declared: true,
          node: stmt,
          owner
        });
      }
    }
    return out;
  }
  addColumns(table, attributes, info) {
    const columns = [];
    const declaredOrder = attributes.filter((a) => a.declared);
    for (const a of attributes) {
      const column = this.attributeColumn(table, a, info);
      if (!column) continue;
      const sameFile = a.owner.def.file === info.def.file;
      const ownerRank = this.mro(info).indexOf(a.owner);
      column.order = a.declared ? [2, declaredOrder.indexOf(a)] : sameFile ? [1, a.node.line] : [0, ownerRank, a.node.line];
      columns.push(column);
    }
    columns.sort((x, y) => compareOrder(x.order, y.order));
    for (const c of columns) {
      if (table.columns.some((existing) => existing.name === c.name)) continue;
      table.columns.push(c);
    }
  }
  annotationColumnType(file, term, info) {
    if (term.kind !== "name") return { error: "an annotation that is not a plain type" };
    const key = termKey(term);
    for (const entry of info.root?.typeMap ?? []) {
      if (entry.key === key) {
        const r = this.types.resolve(entry.file, entry.type);
        return "type" in r ? { type: r.type } : { error: r.error };
      }
    }
    const mapped = ANNOTATION_TYPES[term.name];
    if (mapped) return { type: { sql: mapped === "Uuid" ? "CHAR(32)" : typeSql(mapped) } };
    if (TYPING_COLLECTIONS.test(term.name)) return { skip: true };
    if (term.name === "typing.Literal" || term.name === "Literal") {
      const values = term.args.map((a) => a.kind === "value" ? stringValue(a.node) : void 0);
      if (values.every((v) => v !== void 0) && values.length > 0) {
        return { type: { sql: `VARCHAR(${Math.max(...values.map((v) => v.length))})` } };
      }
      return { error: "Literal[...] with non-string values" };
    }
    const def = term.node.type === "identifier" || term.node.type === "attribute" ? this.resolveDefinition(file, term.node) : void 0;
    if (def?.kind === "class") {
      const target = this.info(def);
      if (target && target.role !== "plain") return { skip: true };
      const members = enumMembers(this.project, file, term.node, false);
      if (members) return { type: { sql: `VARCHAR(${Math.max(...members.members.map((m) => m.length))})` } };
    }
    return { error: `no SQL type for Mapped[${term.node.text}] in SQLAlchemy's default type map` };
  }
  attributeColumn(table, a, info) {
    const file = a.owner.def.file;
    let call = a.value ? unwrap(a.value) : void 0;
    let callName = call?.type === "call" ? this.names.callee(file, call) : void 0;
    if ((callName === "deferred" || callName === "column_property") && call) {
      const inner = callArgs(call).positional[0];
      const innerName = inner && this.names.callee(file, inner);
      if (innerName === "Column" || innerName === "mapped_column") {
        call = unwrap(inner);
        callName = innerName;
      } else {
        return void 0;
      }
    }
    if (callName && IGNORED_ATTRIBUTE_CALLS.has(callName)) return void 0;
    let mapped;
    if (a.annotation) {
      const term = termOf(file, a.annotation, this.reparse);
      if (term.kind === "name" && ["Mapped", "sqlalchemy.orm.Mapped"].includes(
        this.names.of(file, term.node.type === "generic_type" ? term.node.children[0] : term.node) ?? term.name
      ) && term.args[0]) {
        mapped = unwrapOptional(term.args[0], (n) => this.aliasTerm(file, n));
      } else if (term.kind === "name" && /(^|\.)(WriteOnlyMapped|DynamicMapped|ClassVar)$/.test(term.name)) {
        return void 0;
      }
    }
    const isColumnCall = callName === "Column" || callName === "mapped_column";
    if (!isColumnCall) {
      if (a.value || !mapped) return void 0;
    }
    const where = source(file, a.node);
    const args = isColumnCall && call ? callArgs(call) : { positional: [], keywords: /* @__PURE__ */ new Map(), splat: false };
    const merged = /* @__PURE__ */ new Map();
    for (const extra of mapped?.annotatedColumns ?? [])
      for (const [k, v] of callArgs(extra).keywords) merged.set(k, v);
    for (const [k, v] of args.keywords) merged.set(k, v);
    const positional = [
      ...args.positional,
      ...(mapped?.annotatedColumns ?? []).flatMap((c) => callArgs(c).positional)
    ];
    if (args.splat) {
      this.problem(`${a.name}: Column(*args/**kwargs) cannot be read statically`, where, table.name, a.name);
      return void 0;
    }
    let name = a.name;
    let type;
    const foreignKeys = [];
    const pendingRefs = [];
    const checks = [];
    let computed;
    let typeError;
    for (const p of positional) {
      const s = stringValue(p);
      if (s !== void 0 && p === positional[0]) {
        name = s;
        continue;
      }
      if (unwrap(p).type === "none") continue;
      const pName = this.names.callee(file, p) ?? (unwrap(p).type === "call" ? void 0 : this.names.of(file, p));
      if (pName === "ForeignKey") {
        const fk = this.foreignKey(file, unwrap(p));
        if (fk) {
          foreignKeys.push(fk.spec);
          pendingRefs.push(fk.ref);
        } else
          this.problem(
            `${a.name}: ForeignKey target cannot be read statically`,
            source(file, p),
            table.name,
            name
          );
      } else if (pName === "Computed") {
        computed = this.sqlText(file, callArgs(unwrap(p)).positional[0]);
      } else if (pName === "CheckConstraint") {
        const check = this.checkConstraint(file, unwrap(p));
        if (check) checks.push(check);
      } else if (pName && ["Sequence", "Identity", "FetchedValue", "DefaultClause", "ColumnDefault"].includes(pName)) {
      } else if (type === void 0 && typeError === void 0) {
        const r = this.types.resolve(file, p);
        if ("type" in r) type = r.type;
        else typeError = r.error;
      }
    }
    const typeKw = merged.get("type_");
    if (typeKw && !type && !typeError) {
      const r = this.types.resolve(file, typeKw);
      if ("type" in r) type = r.type;
      else typeError = r.error;
    }
    const nameKw = stringValue(merged.get("name"));
    if (nameKw) name = nameKw;
    if (!type && !typeError && mapped) {
      const fromAnnotation = this.annotationColumnType(file, mapped.inner, info);
      if (fromAnnotation.skip) return void 0;
      if (fromAnnotation.type) type = fromAnnotation.type;
      else typeError = fromAnnotation.error;
    }
    if (typeError) {
      this.problem(`${table.name}.${name}: ${typeError}; the column is not checked`, where, table.name, name);
      return void 0;
    }
    const primaryKey = boolValue(merged.get("primary_key")) === true;
    const nullableKw = boolValue(merged.get("nullable"));
    let nullable;
    if (nullableKw !== void 0) nullable = nullableKw;
    else if (primaryKey) nullable = false;
    else if (callName !== "Column" && mapped) nullable = mapped.optional;
    else nullable = true;
    const serverDefaultNode = merged.get("server_default");
    let serverDefault;
    if (serverDefaultNode) {
      serverDefault = this.serverDefault(file, serverDefaultNode);
      if (serverDefault === void 0) {
        this.problem(
          `${table.name}.${name}: server_default ${serverDefaultNode.text} cannot be read statically`,
          source(file, serverDefaultNode),
          table.name,
          name
        );
      }
    }
    const column = {
      name,
      key: stringValue(merged.get("key")) ?? a.name,
      type: type ?? { sql: "" },
      nullable,
      primaryKey,
      unique: boolValue(merged.get("unique")) === true,
      index: boolValue(merged.get("index")) === true,
      ...serverDefault !== void 0 ? { serverDefault } : {},
      ...merged.get("default") ? { clientDefault: merged.get("default").text } : {},
      ...computed !== void 0 ? { computed } : {},
      foreignKeys,
      checks,
      source: where,
      order: [],
      ...type ? {} : { typeFromForeignKey: true }
    };
    if (!type && foreignKeys.length === 0) {
      this.problem(`${table.name}.${name}: no type given`, where, table.name, name);
      return void 0;
    }
    pendingRefs.forEach((ref, index) => {
      if (ref) this.pendingFks.push({ column, index, file, ref });
    });
    return column;
  }
  /** A name bound at module level to a type alias (`intpk = Annotated[int, mapped_column(...)]`). */
  aliasTerm(file, name) {
    if (name.includes(".") && !name.startsWith(`${file.scope.module}.`)) {
      const def2 = this.project.lookup(name);
      return def2?.kind === "value" ? termOf(def2.file, def2.node, this.reparse) : void 0;
    }
    const def = this.project.lookupIn(file, name.split(".").pop());
    if (def?.kind !== "value") return void 0;
    const node = unwrap(def.node);
    return node.type === "subscript" ? termOf(def.file, node, this.reparse) : void 0;
  }
  foreignKey(file, call) {
    const args = callArgs(call);
    const target = args.positional[0];
    if (!target) return void 0;
    const options = {
      ...optionalString("onDelete", stringValue(keyword(args, "ondelete"))?.toUpperCase()),
      ...optionalString("onUpdate", stringValue(keyword(args, "onupdate"))?.toUpperCase()),
      ...optionalString("initially", stringValue(keyword(args, "initially"))),
      ...boolValue(keyword(args, "deferrable")) !== void 0 ? { deferrable: boolValue(keyword(args, "deferrable")) } : {},
      ...this.constraintName(file, keyword(args, "name")) ? { name: this.constraintName(file, keyword(args, "name")) } : {}
    };
    const text = stringValue(target);
    if (text !== void 0) {
      const dot = text.lastIndexOf(".");
      if (dot < 0) return void 0;
      return { spec: { table: text.slice(0, dot), column: text.slice(dot + 1), ...options } };
    }
    return { spec: { table: "", column: "", ...options }, ref: target };
  }
  constraintName(file, node) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "call" && (this.names.callee(file, n) === "conv" || this.names.callee(file, n) === "f")) {
      const value2 = stringValue(callArgs(n).positional[0]);
      return value2 === void 0 ? void 0 : { value: value2, final: true };
    }
    const value = stringValue(n);
    return value === void 0 ? void 0 : { value, final: false };
  }
  /** SQL text of `text("…")` or a plain string (CheckConstraint, Computed, sqlite_where). */
  sqlText(file, node) {
    if (!node) return void 0;
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== void 0) return s;
    if (n.type === "call" && ["text", "literal_column"].includes(this.names.callee(file, n) ?? "")) {
      return stringValue(callArgs(n).positional[0]);
    }
    return void 0;
  }
  checkConstraint(file, call) {
    const args = callArgs(call);
    const sql = this.sqlText(file, args.positional[0] ?? keyword(args, "sqltext"));
    if (sql === void 0) {
      this.problem(`CheckConstraint ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
      return void 0;
    }
    const name = this.constraintName(file, keyword(args, "name"));
    return { sql, ...name ? { name } : {} };
  }
  /** The DDL operand of `server_default=`, rendered as SQLAlchemy's SQLite dialect does. */
  serverDefault(file, node) {
    const n = unwrap(node);
    const literal = stringValue(n);
    if (literal !== void 0) return quoteLiteral(literal);
    if (n.type !== "call") return void 0;
    const name = this.names.callee(file, n);
    if (name === "text") return stringValue(callArgs(n).positional[0]);
    if (name === "false") return "(0)";
    if (name === "true") return "(1)";
    if (name === "null") return "(NULL)";
    if (name === "literal_column") {
      const s = stringValue(callArgs(n).positional[0]);
      return s === void 0 ? void 0 : `(${s})`;
    }
    const fn = this.sqlFunction(file, n);
    return fn === void 0 ? void 0 : `(${fn})`;
  }
  /** `func.now()` → CURRENT_TIMESTAMP, `func.lower('x')` → lower('x'). */
  sqlFunction(file, call) {
    const name = this.names.callee(file, call);
    if (!name?.startsWith("func.")) return void 0;
    const fn = name.slice(5);
    const ansi = {
      now: "CURRENT_TIMESTAMP",
      current_timestamp: "CURRENT_TIMESTAMP",
      current_date: "CURRENT_DATE",
      current_time: "CURRENT_TIME",
      localtimestamp: "LOCALTIMESTAMP",
      localtime: "LOCALTIME",
      current_user: "CURRENT_USER"
    };
    const args = callArgs(call);
    if (ansi[fn] && args.positional.length === 0) return ansi[fn];
    const rendered = [];
    for (const arg of args.positional) {
      const s = stringValue(arg);
      const a = unwrap(arg);
      if (s !== void 0) rendered.push(quoteLiteral(s));
      else if (a.type === "integer" || a.type === "float") rendered.push(a.text);
      else if (a.type === "call" && this.sqlFunction(file, a)) rendered.push(this.sqlFunction(file, a));
      else if (a.type === "call" && this.names.callee(file, a) === "text")
        rendered.push(stringValue(callArgs(a).positional[0]) ?? "");
      else return void 0;
    }
    return `${fn}(${rendered.join(", ")})`;
  }
  // ── table-level arguments ───────────────────────────────────────────────────────────────────
  tableArgs(info, mro, table) {
    for (const c of mro) {
      if (c !== info && c.role === "mapped") break;
      for (const stmt of c.body) {
        let value;
        if (stmt.type === "assignment" && stmt.fields.left?.text === "__table_args__")
          value = stmt.fields.right;
        if (stmt.type === "decorated_definition" && stmt.fields.definition?.fields.name?.text === "__table_args__") {
          const ret = statementsOf(stmt.fields.definition.fields.body).find(
            (s) => s.type === "return_statement"
          );
          value = ret?.children[0];
          if (!value) {
            this.problem("__table_args__ is computed at run time", source(c.def.file, stmt), table.name);
            return;
          }
        }
        if (value) {
          this.applyTableItems(c.def.file, value, table, c);
          return;
        }
      }
    }
  }
  applyTableItems(file, value, table, owner) {
    const v = unwrap(value);
    const items = v.type === "dictionary" ? [v] : sequenceItems(v);
    if (!items) {
      this.problem(
        "__table_args__ must be a tuple or a dict literal to be read statically",
        source(file, value),
        table.name
      );
      return;
    }
    for (const item of items) {
      const it = unwrap(item);
      if (it.type === "dictionary") {
        for (const pair of it.children) {
          const key = pair.type === "pair" && pair.fields.key ? stringValue(pair.fields.key) : void 0;
          const flag = pair.fields.value ? boolValue(pair.fields.value) : void 0;
          if (key === "sqlite_autoincrement")
            table.sqliteAutoincrement = flag === true;
          if (key === "sqlite_with_rowid") table.withoutRowid = flag === false;
        }
        continue;
      }
      this.tableItem(file, it, table, owner);
    }
  }
  /** Column references in constraints: `'key'`, a class attribute name, `Model.attr`, `table.c.x`. */
  columnRef(node) {
    const s = stringValue(node);
    if (s !== void 0) return s;
    const n = unwrap(node);
    if (n.type === "identifier") return n.text;
    if (n.type === "attribute") return n.fields.attribute?.text;
    return void 0;
  }
  tableItem(file, item, table, _owner) {
    if (item.type !== "call") {
      this.problem(
        `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
        source(file, item),
        table.name
      );
      return;
    }
    const name = this.names.callee(file, item);
    const args = callArgs(item);
    const constraintName = this.constraintName(file, keyword(args, "name"));
    const named = constraintName ? { name: constraintName } : {};
    const refs = (nodes) => nodes.map((n) => this.columnRef(n));
    switch (name) {
      case "UniqueConstraint":
      case "PrimaryKeyConstraint": {
        const columns = refs(args.positional);
        if (columns.some((c) => c === void 0)) break;
        table.constraints.push({
          kind: name === "UniqueConstraint" ? "unique" : "primary",
          columns,
          ...named
        });
        return;
      }
      case "CheckConstraint": {
        const check = this.checkConstraint(file, item);
        if (check) table.constraints.push({ kind: "check", ...check });
        return;
      }
      case "ForeignKeyConstraint": {
        const columns = sequenceItems(args.positional[0] ?? keyword(args, "columns"))?.map(
          (n) => this.columnRef(n)
        );
        const targets = sequenceItems(args.positional[1] ?? keyword(args, "refcolumns"))?.map(
          (n) => stringValue(n)
        );
        if (!columns || !targets || columns.some((c) => !c) || targets.some((t) => !t?.includes("."))) break;
        const refTable = targets[0].slice(0, targets[0].lastIndexOf("."));
        const spec = {
          kind: "foreign",
          columns,
          refTable,
          refColumns: targets.map((t) => t.slice(t.lastIndexOf(".") + 1)),
          ...named,
          ...optionalString("onDelete", stringValue(keyword(args, "ondelete"))?.toUpperCase()),
          ...optionalString("onUpdate", stringValue(keyword(args, "onupdate"))?.toUpperCase()),
          ...optionalString("initially", stringValue(keyword(args, "initially"))),
          ...boolValue(keyword(args, "deferrable")) !== void 0 ? { deferrable: boolValue(keyword(args, "deferrable")) } : {}
        };
        table.constraints.push(spec);
        return;
      }
      case "Index": {
        const index = this.index(file, item, args);
        if (index) table.indexes.push(index);
        return;
      }
      default:
        break;
    }
    this.problem(
      `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
      source(file, item),
      table.name
    );
  }
  index(file, call, args) {
    const [first, ...rest] = args.positional;
    const name = first && unwrap(first).type !== "none" ? this.constraintName(file, first) : void 0;
    const items = [];
    for (const p of rest) {
      const n = unwrap(p);
      const calleeName2 = n.type === "call" ? this.names.callee(file, n) : void 0;
      if (calleeName2 === "text") {
        const sql = stringValue(callArgs(n).positional[0]);
        if (sql === void 0) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else if (calleeName2 === "desc" || calleeName2 === "asc" || n.type === "call" && /\.(desc|asc)$/.test(n.fields.function?.text ?? "")) {
        const target = calleeName2 ? callArgs(n).positional[0] : n.fields.function?.fields.object;
        const ref = target && this.columnRef(target);
        if (!ref) return this.badIndex(file, call);
        const dir = (calleeName2 ?? n.fields.function.fields.attribute.text).toUpperCase();
        items.push({ ref: `${ref} ${dir}`, expression: true });
      } else if (n.type === "call" && this.names.callee(file, n)?.startsWith("func.")) {
        const sql = this.sqlFunctionOfColumns(file, n);
        if (sql === void 0) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else {
        const ref = this.columnRef(n);
        if (!ref) return this.badIndex(file, call);
        items.push({ ref, expression: false });
      }
    }
    const whereNode = keyword(args, "sqlite_where");
    const where = whereNode ? this.sqlText(file, whereNode) : void 0;
    if (whereNode && where === void 0) return this.badIndex(file, call);
    return {
      ...name ? { name } : {},
      items,
      unique: boolValue(keyword(args, "unique")) === true,
      ...where !== void 0 ? { where } : {},
      source: source(file, call)
    };
  }
  /** `func.lower(email)` inside an Index: column arguments render as bare names. */
  sqlFunctionOfColumns(file, call) {
    const name = this.names.callee(file, call).slice(5);
    const parts = [];
    for (const arg of callArgs(call).positional) {
      const s = stringValue(arg);
      if (s !== void 0) {
        parts.push(quoteLiteral(s));
        continue;
      }
      const ref = this.columnRef(arg);
      if (!ref) return void 0;
      parts.push(ref);
    }
    return `${name}(${parts.join(", ")})`;
  }
  badIndex(file, call) {
    this.problem(`Index ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
    return void 0;
  }
  /** `Index('ix_name', Model.col, …)` at module level attaches to Model's (or a core table's) table. */
  moduleIndex(file, call) {
    const args = callArgs(call);
    let table;
    const find = (node) => {
      if (table) return;
      const n = unwrap(node);
      if (n.type === "attribute" && n.fields.object) {
        const object = unwrap(n.fields.object);
        const holder = object.type === "attribute" && object.fields.attribute?.text === "c" ? object.fields.object : object;
        table = this.tableOf(file, holder);
      } else if (n.type === "call") {
        for (const arg of callArgs(n).positional) find(arg);
      }
    };
    for (const arg of args.positional.slice(1)) find(arg);
    if (!table) {
      this.problem(
        `Index ${call.text.slice(0, 60)}: its table cannot be determined statically`,
        source(file, call)
      );
      return;
    }
    const index = this.index(file, call, args);
    if (index) table.indexes.push(index);
  }
  /** The table behind a mapped class name or a name bound to a core Table(...). */
  tableOf(file, node) {
    const def = this.resolveDefinition(file, node);
    if (def?.kind === "class") return this.tableOfClass(def);
    if (def?.kind === "value") {
      const value = unwrap(def.node);
      return this.tables.find((t) => t.source.path === def.file.path && t.source.line === value.line);
    }
    return void 0;
  }
  // ── core tables ─────────────────────────────────────────────────────────────────────────────
  /** `name = Table('t', metadata, Column(...), ...)`. */
  coreTable(file, node, _bound) {
    const call = unwrap(node);
    if (call.type !== "call" || this.names.callee(file, call) !== "Table") return void 0;
    const table = this.tableFromCall(file, call);
    if (table) this.tables.push(table);
    return table;
  }
  /**
   * A table from `Table(name, [metadata,] *columns_and_constraints, **kw)`-shaped arguments
   * (also Alembic's `op.create_table(name, *columns_and_constraints, **kw)`).
   */
  tableFromCall(file, call) {
    const args = callArgs(call);
    const name = stringValue(args.positional[0]);
    if (name === void 0) {
      this.problem(
        `Table(${args.positional[0]?.text ?? ""}, \u2026): the table name is computed at run time`,
        source(file, call)
      );
      return void 0;
    }
    let naming = DEFAULT_NAMING;
    const second = args.positional[1];
    if (second && !this.names.callee(file, second)) {
      naming = this.metadataNaming(file, second);
    }
    const table = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: boolValue(keyword(args, "sqlite_autoincrement")) === true,
      withoutRowid: boolValue(keyword(args, "sqlite_with_rowid")) === false,
      naming,
      source: source(file, call)
    };
    const pseudo = {
      def: { kind: "class", name, node: call, decorators: [], file },
      role: "mapped",
      root: { naming, typeMap: [], flask: false },
      bases: [],
      body: []
    };
    for (const p of args.positional.slice(1)) {
      const item = unwrap(p);
      const calleeName2 = this.names.callee(file, item);
      if (calleeName2 === "Column" || calleeName2 === "mapped_column") {
        const column = this.attributeColumn(
          table,
          { name: "", value: item, declared: false, node: item, owner: pseudo },
          pseudo
        );
        if (column && !table.columns.some((c) => c.name === column.name)) table.columns.push(column);
      } else if (calleeName2) {
        this.tableItem(file, item, table);
      }
    }
    return table;
  }
  /** One `Column(...)` outside a class (Alembic's add_column), for `table`. */
  columnFromCall(file, call, table) {
    const pseudo = {
      def: { kind: "class", name: table.name, node: call, decorators: [], file },
      role: "mapped",
      root: { naming: table.naming, typeMap: [], flask: false },
      bases: [],
      body: []
    };
    return this.attributeColumn(
      table,
      { name: "", value: call, declared: false, node: call, owner: pseudo },
      pseudo
    );
  }
  /** A constraint call (UniqueConstraint, CheckConstraint, …) added to `table`. */
  addTableItem(file, call, table) {
    this.tableItem(file, unwrap(call), table);
  }
  /** `server_default=` rendered for DDL, or undefined when it cannot be read. */
  renderServerDefault(file, node) {
    return this.serverDefault(file, node);
  }
  /** SQL text of a string or `text("…")`. */
  renderSqlText(file, node) {
    return this.sqlText(file, node);
  }
  /** Reads `Index(...)`-shaped arguments. */
  indexFromCall(file, call) {
    return this.index(file, call, callArgs(call));
  }
  /** Naming convention of the metadata a core Table is attached to (`metadata`, `Base.metadata`, `db.metadata`). */
  metadataNaming(file, node) {
    const n = unwrap(node);
    if (n.type === "attribute" && n.fields.attribute?.text === "metadata" && n.fields.object) {
      const def = this.resolveDefinition(file, n.fields.object);
      if (def?.kind === "class") return this.info(def)?.root?.naming ?? DEFAULT_NAMING;
      if (def?.kind === "value") return this.valueRoot(def)?.naming ?? DEFAULT_NAMING;
      return DEFAULT_NAMING;
    }
    return this.namingOf(file, n);
  }
  // ── foreign keys to attributes and FK-typed columns ─────────────────────────────────────────
  resolveForeignKeys() {
    for (const p of [...this.pendingFks].reverse()) {
      const ref = unwrap(p.ref);
      let target;
      if (ref.type === "attribute" && ref.fields.object) {
        const attr = ref.fields.attribute.text;
        const object = unwrap(ref.fields.object);
        const holder = object.type === "attribute" && object.fields.attribute?.text === "c" ? object.fields.object : object;
        const table = this.tableOf(p.file, holder);
        const column = table && columnByKey(table, attr);
        if (table && column) target = { table: table.name, column: column.name };
      }
      if (!target) {
        this.problem(
          `ForeignKey(${p.ref.text}): its target cannot be determined statically`,
          source(p.file, p.ref)
        );
        p.column.foreignKeys.splice(p.index, 1);
        continue;
      }
      p.column.foreignKeys[p.index] = { ...p.column.foreignKeys[p.index], ...target };
    }
    for (const table of this.tables) {
      for (const c of table.columns) {
        if (!c.typeFromForeignKey) continue;
        const fk = c.foreignKeys[0];
        const target = fk && this.tables.find((t) => t.name === fk.table)?.columns.find((x) => x.name === fk.column);
        if (target)
          c.type = {
            sql: target.type.sql,
            ...target.type.collation ? { collation: target.type.collation } : {}
          };
        else
          this.problem(
            `${table.name}.${c.name}: no type given and the referenced column is unknown`,
            c.source,
            table.name,
            c.name
          );
      }
    }
  }
};
function compareOrder(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function termKey(term) {
  return term.kind === "name" ? term.name : term.kind;
}
function typeSql(generic) {
  const map = {
    Integer: "INTEGER",
    String: "VARCHAR",
    Float: "FLOAT",
    Boolean: "BOOLEAN",
    LargeBinary: "BLOB",
    DateTime: "DATETIME",
    Date: "DATE",
    Time: "TIME",
    Interval: "DATETIME",
    Numeric: "NUMERIC"
  };
  return map[generic] ?? generic.toUpperCase();
}
function optionalString(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/models/sqlalchemy/names.ts
var SUBMODULES = /* @__PURE__ */ new Set([
  "orm",
  "types",
  "schema",
  "sql",
  "sqltypes",
  "expression",
  "elements",
  "functions",
  "ext",
  "declarative",
  "decl_api",
  "dialects",
  "sqlite",
  "base",
  "asyncio",
  "type_api",
  "postgresql",
  "mysql",
  "mssql",
  "oracle"
]);
var SaNames = class {
  constructor(project) {
    this.project = project;
  }
  project;
  flaskMemo = /* @__PURE__ */ new Map();
  /** The canonical SQLAlchemy name of an expression, or undefined when it is not one. */
  of(file, node) {
    if (!node) return void 0;
    const target = unwrap(node);
    const qualified = qualify(file.scope, target);
    if (qualified === void 0) return void 0;
    const parts = qualified.split(".");
    if (parts[0] === "sqlalchemy" || parts[0] === "sqlmodel") {
      let i = 1;
      while (i < parts.length - 1 && SUBMODULES.has(parts[i])) i++;
      return parts.slice(i).join(".");
    }
    if (parts[0] === "flask_sqlalchemy" && parts.length === 2) return `flask.${parts[1]}`;
    const written = dottedName(target)?.split(".") ?? [];
    if (written.length >= 2 && this.isFlaskDb(file, target)) {
      const rest = written.slice(1).join(".");
      return rest === "Model" ? "flask.Model" : rest;
    }
    return void 0;
  }
  /** The canonical name of a call's callee. */
  callee(file, node) {
    if (!node) return void 0;
    const call = unwrap(node);
    return call.type === "call" ? this.of(file, call.fields.function) : void 0;
  }
  isFlaskDb(file, node) {
    let head = node;
    while (head.type === "attribute" && head.fields.object) head = unwrap(head.fields.object);
    if (head.type !== "identifier") return false;
    const def = this.project.lookupIn(file, head.text);
    if (!def) {
      return head.text === "db";
    }
    const memo = this.flaskMemo.get(def);
    if (memo !== void 0) return memo;
    this.flaskMemo.set(def, false);
    let result = false;
    if (def.kind === "value") {
      const value = unwrap(def.node);
      if (value.type === "call") {
        const q = qualify(def.file.scope, value.fields.function);
        result = q === "flask_sqlalchemy.SQLAlchemy" || q === "SQLAlchemy" || q?.endsWith(".SQLAlchemy") === true;
      }
    }
    this.flaskMemo.set(def, result);
    return result;
  }
};

// src/python/sql-extract.ts
function statementsInString(value, path) {
  if (value.verbatim)
    return splitStatements(value.value, path, { startLine: value.line, startColumn: value.column });
  return splitStatements(value.value, path).map((s) => ({
    ...s,
    location: { path, line: value.line, column: value.column }
  }));
}
var SQL_START = /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WITH|SELECT|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|ANALYZE|VACUUM|REINDEX)\b/i;
var PROSE = /^\s*(create|alter|drop|insert|update|delete|select)\s+(a|an|the|new|missing|index on|column to)\b/i;
var EXECUTE = /* @__PURE__ */ new Set([
  "execute",
  "executescript",
  "executemany",
  "exec_driver_sql",
  "execute_sql",
  "run_sql"
]);
var COMMAND_MODE_HINT = 'run the project\u2019s own migration runner in command mode: "migrations": { "command": "\u2026 --db {db}" }';
function looksLikeSql(text) {
  return SQL_START.test(text) && !PROSE.test(text);
}
var SqlExtractor = class {
  constructor(options) {
    this.options = options;
  }
  options;
  statements = [];
  depth = 0;
  blocked(node, message) {
    const blocked = { message, hint: COMMAND_MODE_HINT };
    this.statements.push({
      sql: "",
      location: { path: this.options.path, line: node.line, column: node.column },
      blocked
    });
  }
  /** execute() and executescript() alike: a string holding several statements yields them all. */
  emit(value) {
    this.statements.push(...statementsInString(value, this.options.path));
  }
  /** Interprets a function body. */
  run(fn) {
    this.block(statementsOf(fn.fields.body), /* @__PURE__ */ new Map());
  }
  block(stmts, env) {
    for (const stmt of stmts) {
      if (!this.statement(stmt, env)) return false;
    }
    return true;
  }
  /** Returns false after `return` / `raise`. */
  statement(stmt, env) {
    switch (stmt.type) {
      case "return_statement":
        if (stmt.children[0]) this.expression(stmt.children[0], env);
        return false;
      case "raise_statement":
        return false;
      case "assignment": {
        const right = stmt.fields.right;
        const left = stmt.fields.left;
        if (right) this.expression(right, env);
        if (left?.type === "identifier" && right) env.set(left.text, right);
        return true;
      }
      case "augmented_assignment": {
        const left = stmt.fields.left;
        if (left?.type === "identifier") env.set(left.text, stmt);
        return true;
      }
      case "with_statement":
        for (const item of stmt.children.find((c) => c.type === "with_clause")?.children ?? []) {
          if (item.fields.value) this.expression(item.fields.value, env);
        }
        return this.block(statementsOf(stmt.fields.body), env);
      case "try_statement": {
        const body = statementsOf(stmt.fields.body);
        const ok = this.block(body, env);
        const fin = stmt.children.find((c) => c.type === "finally_clause");
        if (fin)
          this.block(
            fin.children.flatMap((c) => c.type === "block" ? statementsOf(c) : []),
            env
          );
        return ok;
      }
      case "if_statement":
        return this.ifStatement(stmt, env);
      case "for_statement":
        return this.forStatement(stmt, env);
      case "while_statement":
        if (this.containsSql(stmt))
          this.blocked(stmt, "a while loop runs SQL a number of times known only at run time");
        return true;
      case "function_definition":
      case "class_definition":
      case "decorated_definition":
        return true;
      default:
        this.expression(stmt, env);
        return true;
    }
  }
  ifStatement(stmt, env) {
    const condition = stmt.fields.condition;
    const branches = {
      ifTrue: statementsOf(stmt.fields.consequence),
      ifFalse: statementsOf(
        stmt.children.find((c) => c.type === "else_clause")?.children.find((c) => c.type === "block")
      )
    };
    const hasElif = stmt.children.some((c) => c.type === "elif_clause");
    const guard = condition ? existenceGuard(condition) : void 0;
    if (guard !== void 0 && !hasElif) {
      return this.block(guard ? branches.ifTrue : branches.ifFalse, env);
    }
    if (this.containsSql(stmt)) {
      this.blocked(
        stmt,
        `the SQL here depends on a run-time condition (if ${condition?.text.slice(0, 60) ?? ""})`
      );
    }
    return true;
  }
  forStatement(stmt, env) {
    const target = stmt.fields.left;
    const items = this.literalList(stmt.fields.right, env);
    if (!items || target?.type !== "identifier") {
      if (this.containsSql(stmt)) {
        this.blocked(
          stmt,
          `a loop over ${stmt.fields.right?.text.slice(0, 60) ?? "values"} runs SQL known only at run time`
        );
      }
      return true;
    }
    for (const item of items) {
      const inner = new Map(env);
      inner.set(target.text, item);
      if (!this.block(statementsOf(stmt.fields.body), inner)) return false;
    }
    return true;
  }
  literalList(node, env) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "list" || n.type === "tuple") return n.children;
    if (n.type === "identifier") {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (bound && bound !== n) return this.literalList(bound, env);
    }
    return void 0;
  }
  containsSql(node) {
    let found = false;
    const visit = (n) => {
      if (found) return;
      if (n.type === "call") {
        const name = calleeName(n);
        if (name && EXECUTE.has(name)) found = true;
      }
      if ((n.type === "string" || n.type === "concatenated_string") && looksLikeSql(n.text.replace(/^[a-zA-Z]*("""|'''|"|')/, ""))) {
        found = true;
      }
      for (const c of n.children) visit(c);
    };
    visit(node);
    return found;
  }
  /** Calls inside an expression, innermost arguments first (Python's evaluation order). */
  expression(node, env) {
    const n = unwrap(node);
    if (n.type === "call") {
      this.call(n, env);
      return;
    }
    for (const child of n.children) this.expression(child, env);
  }
  call(call, env) {
    const name = calleeName(call);
    const args = callArgs(call);
    if (name && EXECUTE.has(name)) {
      const sqlArg = name === "execute_sql" || name === "run_sql" ? args.positional.find((a) => this.sqlOf(a, env)?.kind === "string") ?? args.positional[1] ?? args.positional[0] : args.positional[0];
      if (!sqlArg) return;
      const sql = this.sqlOf(sqlArg, env);
      if (sql?.kind === "string") this.emit(sql.value);
      else if (sql?.kind === "dynamic")
        this.blocked(sqlArg, `dynamic SQL (${sql.reason}) is only known at run time`);
      else
        this.blocked(
          sqlArg,
          `the SQL passed to ${name}() (${sqlArg.text.slice(0, 60)}) is only known at run time`
        );
      return;
    }
    if (name === "text") {
      const sql = args.positional[0] && this.sqlOf(args.positional[0], env);
      if (sql?.kind === "string") this.emit(sql.value);
      return;
    }
    for (const arg of args.positional) {
      const sql = this.sqlOf(arg, env);
      if (sql?.kind === "string" && looksLikeSql(sql.value.value)) {
        this.emit(sql.value);
        return;
      }
      if (sql?.kind === "dynamic" && looksLikeSql(unwrap(arg).text.replace(/^[a-zA-Z]*("""|'''|"|')/, ""))) {
        this.blocked(arg, `dynamic SQL (${sql.reason}) is only known at run time`);
        return;
      }
    }
    for (const arg of [...args.positional, ...args.keywords.values()]) this.expression(arg, env);
    const local = call.fields.function?.type === "identifier" ? this.options.functions.get(call.fields.function.text) : void 0;
    if (local && this.depth < 4) {
      this.depth++;
      this.block(statementsOf(local.fields.body), /* @__PURE__ */ new Map());
      this.depth--;
    }
  }
  /** The SQL string an argument holds: a literal, text("…"), or a name bound to one. */
  sqlOf(node, env, seen = 0) {
    const n = unwrap(node);
    if (n.type === "call" && calleeName(n) === "text" && callArgs(n).positional[0]) {
      return this.sqlOf(callArgs(n).positional[0], env, seen + 1);
    }
    if (n.type === "identifier" && seen < 8) {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (!bound) return { kind: "dynamic", reason: `${n.text} is not a literal in this module` };
      if (bound.type === "augmented_assignment")
        return { kind: "dynamic", reason: `${n.text} is built up at run time` };
      return this.sqlOf(bound, env, seen + 1);
    }
    const result = evalString(n);
    if (result.kind === "string") return { kind: "string", value: result };
    if (result.kind === "dynamic") return { kind: "dynamic", reason: result.reason };
    return void 0;
  }
};
function calleeName(call) {
  const fn = call.fields.function;
  if (!fn) return void 0;
  if (fn.type === "identifier") return fn.text;
  if (fn.type === "attribute") return fn.fields.attribute?.text;
  return dottedName(fn);
}
function existenceGuard(condition) {
  let n = unwrap(condition);
  let negated = false;
  while (n.type === "not_operator" && n.fields.argument) {
    negated = !negated;
    n = unwrap(n.fields.argument);
  }
  if (n.type !== "call") return void 0;
  const name = calleeName(n)?.toLowerCase() ?? "";
  if (!/(exist|^has_|_has_|^is_applied|already)/.test(name)) return void 0;
  return negated;
}

// src/migrations/formats/alembic/batch.ts
function rows(db, sql) {
  const out = [];
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}
function reflectedType(declared) {
  const t = declared.trim();
  const base = t.replace(/\(.*$/, "").trim().toUpperCase();
  const known = /* @__PURE__ */ new Set([
    "BIGINT",
    "BLOB",
    "BOOLEAN",
    "CHAR",
    "DATE",
    "DATETIME",
    "DOUBLE",
    "DECIMAL",
    "FLOAT",
    "INTEGER",
    "JSON",
    "NUMERIC",
    "REAL",
    "SMALLINT",
    "TEXT",
    "TIME",
    "TIMESTAMP",
    "VARCHAR",
    "NVARCHAR",
    "NCHAR"
  ]);
  if (base === "INT") return "INTEGER";
  if (base === "BOOL") return "BOOLEAN";
  if (known.has(base)) return t.replace(/\s*,\s*/g, ", ");
  if (base === "") return "";
  if (base.includes("INT")) return "INTEGER";
  if (/CHAR|CLOB|TEXT/.test(base)) return "TEXT";
  if (base.includes("BLOB")) return "BLOB";
  if (/REAL|FLOA|DOUB/.test(base)) return "REAL";
  return "NUMERIC";
}
function parenthesizeDefault(expr) {
  if (!expr || /^[0-9.]$/.test(expr) || /^'.+'$/s.test(expr) || /^\(.+\)$/s.test(expr)) return expr;
  return `(${expr})`;
}
function unquote(name) {
  const m = /^(["`[])(.*)["`\]]$/.exec(name.trim());
  return m ? m[2] : name.trim();
}
function splitColumns(list2) {
  return list2.split(",").map((c) => unquote(c));
}
function reflectTable(db, table) {
  const master = rows(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${table.replace(/'/g, "''")}'`
  );
  const createSql = String(master[0]?.sql ?? "");
  if (!createSql) return void 0;
  const q = `"${table.replace(/"/g, '""')}"`;
  const columns = rows(db, `PRAGMA table_xinfo(${q})`).filter((r) => Number(r.hidden) === 0).map((r) => {
    const type = reflectedType(String(r.type ?? ""));
    const notNull = Number(r.notnull) === 1;
    const dflt = r.dflt_value === null ? void 0 : parenthesizeDefault(String(r.dflt_value));
    let sql = `${quoteIdent(String(r.name))}${type ? ` ${type}` : ""}`;
    if (dflt !== void 0) sql += ` DEFAULT ${dflt}`;
    return { name: String(r.name), sql, notNull, pk: Number(r.pk) };
  });
  const named = (kind) => {
    const re = new RegExp(`CONSTRAINT\\s+("[^"]+"|\\S+)\\s+${kind}\\s*\\(([^)]*)\\)`, "gi");
    return [...createSql.matchAll(re)].map((m) => ({ name: unquote(m[1]), columns: splitColumns(m[2]) }));
  };
  const namedFks = named("FOREIGN\\s+KEY");
  const namedUniques = named("UNIQUE");
  const pkName = /CONSTRAINT\s+("[^"]+"|\S+)\s+PRIMARY\s+KEY/i.exec(createSql)?.[1];
  const fkGroups = /* @__PURE__ */ new Map();
  for (const r of rows(db, `PRAGMA foreign_key_list(${q})`)) {
    const id = Number(r.id);
    fkGroups.set(id, [...fkGroups.get(id) ?? [], r]);
  }
  const fks = [...fkGroups.entries()].sort(([a], [b]) => b - a).map(([, group]) => {
    const sorted = group.sort((a, b) => Number(a.seq) - Number(b.seq));
    const cols = sorted.map((r) => String(r.from));
    const action = (v) => v && String(v) !== "NO ACTION" ? String(v) : void 0;
    const name = namedFks.find((n) => n.columns.join() === cols.join())?.name;
    return {
      ...name ? { name } : {},
      columns: cols,
      table: String(sorted[0].table),
      refColumns: sorted.map((r) => r.to === null ? "" : String(r.to)).filter(Boolean),
      ...action(sorted[0].on_delete) ? { onDelete: action(sorted[0].on_delete) } : {},
      ...action(sorted[0].on_update) ? { onUpdate: action(sorted[0].on_update) } : {}
    };
  });
  const uniques = [];
  const indexes = [];
  for (const r of rows(db, `PRAGMA index_list(${q})`)) {
    const name = String(r.name);
    const cols = rows(db, `PRAGMA index_info("${name.replace(/"/g, '""')}")`).sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => String(c.name));
    if (r.origin === "u") {
      const constraintName = namedUniques.find((n) => n.columns.join() === cols.join())?.name;
      uniques.push({ ...constraintName ? { name: constraintName } : {}, columns: cols });
    } else if (r.origin === "c") {
      const sql = String(
        rows(
          db,
          `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${name.replace(/'/g, "''")}'`
        )[0]?.sql ?? ""
      );
      const where = /\bWHERE\b([\s\S]*)$/i.exec(sql)?.[1]?.trim();
      indexes.push({ name, columns: cols, unique: Number(r.unique) === 1, ...where ? { where } : {} });
    }
  }
  uniques.reverse();
  indexes.reverse();
  return {
    name: table,
    columns,
    fks,
    uniques,
    indexes,
    ...pkName ? { primaryKeyName: unquote(pkName) } : {}
  };
}
function requiresRecreate(ops, addColumnNeedsRecreate) {
  return ops.some(
    (op) => op.kind === "add_column" ? addColumnNeedsRecreate(op) : op.kind !== "create_index" && op.kind !== "drop_index"
  );
}
function fkSql(fk) {
  let sql = `${fk.name ? `CONSTRAINT ${quoteIdent(fk.name)} ` : ""}FOREIGN KEY(${fk.columns.map(quoteIdent).join(", ")}) REFERENCES ${quoteIdent(fk.table)} (${fk.refColumns.map(quoteIdent).join(", ")})`;
  if (fk.onDelete) sql += ` ON DELETE ${fk.onDelete}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${fk.onUpdate}`;
  return sql;
}
function rebuildStatements(table, ops) {
  let columns = table.columns.map((c) => ({
    from: c.name,
    ...c,
    pk: c.pk > 0,
    pkOrder: c.pk,
    cast: void 0
  }));
  let fks = [...table.fks];
  let uniques = [...table.uniques];
  let indexes = table.indexes.map((i) => ({
    name: i.name,
    sql: "",
    columns: [...i.columns],
    unique: i.unique,
    where: i.where
  }));
  const added = [];
  let primaryKey;
  for (const op of ops) {
    switch (op.kind) {
      case "add_column":
        columns.push({
          from: void 0,
          name: op.name,
          sql: op.sql,
          notNull: op.notNull,
          pk: op.pk,
          pkOrder: 0,
          cast: void 0
        });
        break;
      case "drop_column": {
        if (!columns.some((c) => c.name === op.name))
          return { error: `No such column: ${table.name}.${op.name}` };
        columns = columns.filter((c) => c.name !== op.name);
        fks = fks.filter((f) => !f.columns.includes(op.name));
        uniques = uniques.filter((u) => !u.columns.includes(op.name));
        indexes = indexes.filter((i) => !i.columns.includes(op.name));
        break;
      }
      case "alter_column": {
        const c = columns.find((x) => x.name === op.name);
        if (!c) return { error: `No such column: ${table.name}.${op.name}` };
        const name = op.newName ?? c.name;
        const current = /^("(?:[^"]|"")*"|\S+)\s*(.*)$/.exec(c.sql);
        let rest = current[2];
        let type = rest.replace(/\s+DEFAULT\s+[\s\S]*$/i, "");
        let dflt = /\s*DEFAULT\s+([\s\S]*)$/i.exec(rest)?.[1];
        if (op.type !== void 0) {
          if (affinityOf(type) !== affinityOf(op.type)) c.cast = op.type;
          type = op.type;
        }
        if (op.serverDefault !== void 0) dflt = op.serverDefault ?? void 0;
        rest = `${type}${dflt !== void 0 ? ` DEFAULT ${dflt}` : ""}`;
        c.sql = `${quoteIdent(name)}${rest ? ` ${rest}` : ""}`;
        if (op.nullable !== void 0) c.notNull = !op.nullable;
        if (op.newName) {
          const rename = (cols) => cols.map((x) => x === op.name ? op.newName : x);
          fks = fks.map((f) => ({ ...f, columns: rename(f.columns) }));
          uniques = uniques.map((u) => ({ ...u, columns: rename(u.columns) }));
          indexes = indexes.map((i) => ({ ...i, columns: rename(i.columns) }));
          c.name = op.newName;
        }
        break;
      }
      case "unique":
        added.push(
          `${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ""}UNIQUE (${op.columns.map(quoteIdent).join(", ")})`
        );
        break;
      case "foreign_key":
        added.push(fkSql(op.fk));
        break;
      case "check":
        added.push(`${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ""}CHECK (${op.sql})`);
        break;
      case "primary_key":
        primaryKey = { ...op.name ? { name: op.name } : {}, columns: [...op.columns] };
        break;
      case "drop_constraint": {
        const before = fks.length + uniques.length;
        fks = fks.filter((f) => f.name !== op.name);
        uniques = uniques.filter((u) => u.name !== op.name);
        const addedBefore = added.length;
        const kept = added.filter((a) => !a.startsWith(`CONSTRAINT ${quoteIdent(op.name)} `));
        added.splice(0, added.length, ...kept);
        if (fks.length + uniques.length === before && added.length === addedBefore) {
          return { error: `No such constraint: '${op.name}'` };
        }
        break;
      }
      case "create_index":
        indexes.push({ name: op.name, sql: op.sql, columns: [], unique: false, where: void 0 });
        break;
      case "drop_index":
        indexes = indexes.filter((i) => i.name !== op.name);
        break;
    }
  }
  const tmp = `_alembic_tmp_${table.name}`;
  const pkColumns = primaryKey?.columns ?? columns.filter((c) => c.pk).sort((a, b) => a.pkOrder - b.pkOrder).map((c) => c.name);
  const lines = columns.map((c) => `${c.sql}${c.notNull || pkColumns.includes(c.name) ? " NOT NULL" : ""}`);
  if (pkColumns.length > 0) {
    const pkName = primaryKey?.name ?? table.primaryKeyName;
    lines.push(
      `${pkName ? `CONSTRAINT ${quoteIdent(pkName)} ` : ""}PRIMARY KEY (${pkColumns.map(quoteIdent).join(", ")})`
    );
  }
  lines.push(...fks.map(fkSql), ...added);
  lines.push(
    ...uniques.map(
      (u) => `${u.name ? `CONSTRAINT ${quoteIdent(u.name)} ` : ""}UNIQUE (${u.columns.map(quoteIdent).join(", ")})`
    )
  );
  const copied = columns.filter((c) => c.from !== void 0);
  const statements = [
    `CREATE TABLE ${quoteIdent(tmp)} (
	${lines.join(", \n	")}
)`,
    `INSERT INTO ${quoteIdent(tmp)} (${copied.map((c) => quoteIdent(c.name)).join(", ")}) SELECT ${copied.map((c) => {
      const expr = `${quoteIdent(table.name)}.${quoteIdent(c.from)}`;
      return c.cast ? `CAST(${expr} AS ${c.cast})` : expr;
    }).join(", ")} 
FROM ${quoteIdent(table.name)}`,
    `DROP TABLE ${quoteIdent(table.name)}`,
    `ALTER TABLE ${quoteIdent(tmp)} RENAME TO ${quoteIdent(table.name)}`
  ];
  for (const index of indexes) {
    statements.push(
      index.sql || `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quoteIdent(index.name)} ON ${quoteIdent(table.name)} (${index.columns.map(quoteIdent).join(", ")})${index.where ? ` WHERE ${index.where}` : ""}`
    );
  }
  return { statements };
}

// src/migrations/formats/alembic/ops.ts
var COMMAND_HINT = 'this needs a live database connection; check this project in command mode: "migrations": { "command": "alembic upgrade head" } with sqlalchemy.url taken from DATABASE_URL';
var NO_ALTER_CONSTRAINTS = "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.";
var CONSTRAINT_OPS = /* @__PURE__ */ new Set([
  "create_unique_constraint",
  "create_foreign_key",
  "create_check_constraint",
  "create_primary_key",
  "drop_constraint"
]);
var NO_OPS = /* @__PURE__ */ new Set(["create_table_comment", "drop_table_comment"]);
var LIVE = /* @__PURE__ */ new Set(["get_bind", "get_context", "run_async", "invoke", "implementation_for"]);
var RevisionInterpreter = class {
  constructor(project, file, db) {
    this.project = project;
    this.file = file;
    this.db = db;
    this.names = new SaNames(project);
    this.collector = new Collector(
      project,
      this.names,
      new TypeResolver(project, this.names),
      () => void 0
    );
  }
  project;
  file;
  db;
  statements = [];
  collector;
  names;
  tables = /* @__PURE__ */ new Map();
  where(node) {
    return { path: this.file.path, line: node.line, column: node.column };
  }
  emit(sql, node) {
    this.statements.push({ sql, location: this.where(node) });
    if (!this.db) return void 0;
    try {
      this.db.run(sql);
    } catch {
    }
  }
  block(node, message, hint = COMMAND_HINT) {
    this.statements.push({ sql: "", location: this.where(node), blocked: { message, hint } });
  }
  run(fn) {
    for (const stmt of statementsOf(fn.fields.body)) {
      if (!this.statement(stmt)) break;
    }
  }
  isOp(node, object = "op") {
    const n = node && unwrap(node);
    if (n?.type !== "call") return void 0;
    const fn = n.fields.function;
    if (fn?.type !== "attribute" || fn.fields.object?.text !== object) return void 0;
    return fn.fields.attribute?.text;
  }
  mentionsOp(node) {
    return /\bop\.\w+\s*\(/.test(node.text);
  }
  /** Returns false when the function returns. */
  statement(stmt) {
    switch (stmt.type) {
      case "string":
      case "pass_statement":
      case "import_statement":
      case "import_from_statement":
        return true;
      case "return_statement":
        return false;
      case "with_statement":
        this.withStatement(stmt);
        return true;
      case "assignment":
        this.assignment(stmt);
        return true;
      case "call": {
        const op = this.isOp(stmt);
        if (op) this.op(op, stmt);
        else if (this.mentionsOp(stmt))
          this.block(stmt, `${stmt.text.slice(0, 60)} cannot be interpreted statically`);
        return true;
      }
      default:
        if (this.mentionsOp(stmt) || /\b(get_bind|inspect|dialect)\b/.test(stmt.text)) {
          const what = stmt.type === "if_statement" ? `a condition evaluated at run time (${stmt.fields.condition?.text.slice(0, 60) ?? ""})` : stmt.type === "for_statement" || stmt.type === "while_statement" ? "a loop" : `a ${stmt.type.replace(/_/g, " ")}`;
          this.block(stmt, `this migration step runs inside ${what}; it cannot be replayed statically`);
        }
        return true;
    }
  }
  assignment(stmt) {
    const right = stmt.fields.right && unwrap(stmt.fields.right);
    const left = stmt.fields.left;
    if (!right) return;
    if (/\b(get_bind|get_context|inspect)\s*\(/.test(right.text)) {
      this.block(stmt, `${right.text.slice(0, 60)} needs a live database connection`);
      return;
    }
    const callee = this.names.callee(this.file, right);
    if ((callee === "table" || callee === "Table") && left?.type === "identifier" && right.type === "call") {
      const args = callArgs(right);
      const name = stringValue(args.positional[0]);
      if (name) {
        const columns = args.positional.slice(1).map(
          (a) => unwrap(a).type === "call" ? stringValue(callArgs(unwrap(a)).positional[0]) : void 0
        ).filter((c) => c !== void 0);
        this.tables.set(left.text, { name, columns });
      }
      return;
    }
    const op = this.isOp(right);
    if (op) this.op(op, right);
  }
  /** `op.f("name")`, `conv("name")` or a plain string. */
  name(node) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "call") {
      const fn = n.fields.function;
      const last = fn?.type === "attribute" ? fn.fields.attribute?.text : fn?.text;
      if (last === "f" || last === "conv") return stringValue(callArgs(n).positional[0]);
      return void 0;
    }
    return stringValue(n);
  }
  stringList(node) {
    const items = node ? sequenceItems(node) : void 0;
    if (!items) return void 0;
    const values = items.map((i) => this.name(i));
    return values.every((v) => v !== void 0) ? values : void 0;
  }
  arg(args, index, keyword2) {
    return args.positional[index] ?? args.keywords.get(keyword2);
  }
  stubTable(name) {
    return {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: DEFAULT_NAMING,
      source: { path: this.file.path, line: 1 }
    };
  }
  /** Runs `read` on the collector; its problems become one blocked step. */
  understood(node, read) {
    const before = this.collector.problems.length;
    const value = read();
    const problems = this.collector.problems.slice(before);
    if (problems.length > 0 || value === void 0) {
      this.block(
        node,
        problems.map((p) => p.message).join("; ") || `${node.text.slice(0, 60)} cannot be read statically`
      );
      return void 0;
    }
    return value;
  }
  op(name, call) {
    const args = callArgs(call);
    if (LIVE.has(name)) return this.block(call, `op.${name}() needs a live database connection`);
    if (NO_OPS.has(name)) return;
    if (CONSTRAINT_OPS.has(name)) {
      return this.block(
        call,
        NO_ALTER_CONSTRAINTS,
        "wrap the change in `with op.batch_alter_table(...) as batch_op:`"
      );
    }
    switch (name) {
      case "create_table": {
        const table = this.understood(call, () => this.collector.tableFromCall(this.file, call));
        if (!table) return;
        this.emit(createTableSql(table), call);
        for (const index of tableIndexes(table)) {
          const sql = createIndexSql(table, index);
          if (sql) this.emit(sql, call);
        }
        return;
      }
      case "drop_table": {
        const table = this.name(this.arg(args, 0, "table_name"));
        if (!table) return this.block(call, "op.drop_table() with a computed table name");
        return this.emit(`DROP TABLE ${quoteIdent(table)}`, call);
      }
      case "rename_table": {
        const from = this.name(this.arg(args, 0, "old_table_name"));
        const to = this.name(this.arg(args, 1, "new_table_name"));
        if (!from || !to) return this.block(call, "op.rename_table() with computed names");
        return this.emit(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`, call);
      }
      case "add_column":
        return this.addColumn(call, args, false);
      case "drop_column": {
        const table = this.name(this.arg(args, 0, "table_name"));
        const column = this.name(this.arg(args, 1, "column_name"));
        if (!table || !column) return this.block(call, "op.drop_column() with computed names");
        return this.emit(`ALTER TABLE ${quoteIdent(table)} DROP COLUMN ${quoteIdent(column)}`, call);
      }
      case "alter_column":
        return this.alterColumn(call, args);
      case "create_index":
        return this.createIndex(call, args, this.name(this.arg(args, 1, "table_name")), 2);
      case "drop_index": {
        const index = this.name(this.arg(args, 0, "index_name"));
        if (!index) return this.block(call, "op.drop_index() with a computed name");
        return this.emit(`DROP INDEX ${quoteIdent(index)}`, call);
      }
      case "execute":
        return this.execute(args);
      case "bulk_insert":
        return this.bulkInsert(call, args);
      case "batch_alter_table":
        return this.block(call, "op.batch_alter_table() outside a with block");
      default:
        return this.block(call, `op.${name}() is not interpreted statically`);
    }
  }
  addColumn(call, args, inBatch) {
    const table = inBatch ? void 0 : this.name(this.arg(args, 0, "table_name"));
    const columnNode = inBatch ? this.arg(args, 0, "column") : this.arg(args, 1, "column");
    if (!inBatch && !table || !columnNode)
      return this.block(call, "op.add_column() with computed arguments");
    const spec = this.stubTable(table ?? "");
    const column = this.understood(
      call,
      () => this.collector.columnFromCall(this.file, unwrap(columnNode), spec)
    );
    if (!column) return;
    this.emit(
      `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${columnSpec(spec, column, column.primaryKey ? [column.name] : [], void 0)}`,
      call
    );
    if (column.foreignKeys.length > 0 || column.unique && !column.index || column.checks.length > 0) {
      return this.block(call, NO_ALTER_CONSTRAINTS, "add the column inside `with op.batch_alter_table(...)`");
    }
    if (column.index) {
      this.emit(
        createIndexSql({ ...spec, columns: [column] }, tableIndexes({ ...spec, columns: [column] })[0]),
        call
      );
    }
  }
  alterColumn(call, args) {
    const table = this.name(this.arg(args, 0, "table_name"));
    const column = this.name(this.arg(args, 1, "column_name"));
    if (!table || !column) return this.block(call, "op.alter_column() with computed names");
    const change = this.columnChange(call, args, column);
    if (!change) return;
    const t = quoteIdent(table);
    const c = quoteIdent(column);
    const out = [];
    if (change.nullable !== void 0)
      out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} ${change.nullable ? "DROP" : "SET"} NOT NULL`);
    if (change.serverDefault !== void 0) {
      out.push(
        change.serverDefault === null ? `ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT` : `ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${change.serverDefault}`
      );
    }
    if (change.type !== void 0) out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${change.type}`);
    if (change.newName !== void 0)
      out.push(`ALTER TABLE ${t} RENAME ${c} TO ${quoteIdent(change.newName)}`);
    for (const sql of out) this.emit(sql, call);
  }
  /** The changes of an alter_column call (shared by op and batch_op). */
  columnChange(call, args, column) {
    const nullable = boolValue(args.keywords.get("nullable"));
    const newName = this.name(args.keywords.get("new_column_name"));
    let type;
    const typeNode = args.keywords.get("type_");
    if (typeNode) {
      const r = new TypeResolver(this.project, this.names).resolve(this.file, typeNode);
      if ("error" in r) {
        this.block(call, r.error);
        return void 0;
      }
      type = `${r.type.sql}${r.type.collation ?? ""}`;
    }
    let serverDefault;
    const dflt = args.keywords.get("server_default");
    if (dflt) {
      if (unwrap(dflt).type === "none") serverDefault = null;
      else if (unwrap(dflt).type !== "false") {
        serverDefault = this.collector.renderServerDefault(this.file, dflt);
        if (serverDefault === void 0) {
          this.block(call, `server_default ${dflt.text.slice(0, 60)} cannot be read statically`);
          return void 0;
        }
      }
    }
    return {
      kind: "alter_column",
      name: column,
      ...nullable !== void 0 ? { nullable } : {},
      ...type !== void 0 ? { type } : {},
      ...newName !== void 0 ? { newName } : {},
      ...serverDefault !== void 0 ? { serverDefault } : {}
    };
  }
  indexSql(call, args, table, columnsAt) {
    const name = this.name(this.arg(args, 0, "index_name"));
    const columnsNode = args.positional[columnsAt] ?? args.keywords.get("columns");
    if (!name || !table || !columnsNode) {
      this.block(call, "create_index() with computed arguments");
      return void 0;
    }
    const items = sequenceItems(columnsNode) ?? [columnsNode];
    const parts = [];
    for (const item of items) {
      const plain = stringValue(item);
      if (plain !== void 0) {
        parts.push(quoteIdent(plain));
        continue;
      }
      const text = this.collector.renderSqlText(this.file, item);
      if (text === void 0) {
        this.block(call, `index expression ${item.text.slice(0, 60)} cannot be read statically`);
        return void 0;
      }
      parts.push(text);
    }
    const unique = boolValue(args.keywords.get("unique")) === true;
    const whereNode = args.keywords.get("sqlite_where");
    const where = whereNode ? this.collector.renderSqlText(this.file, whereNode) : void 0;
    if (whereNode && where === void 0) {
      this.block(call, `sqlite_where ${whereNode.text.slice(0, 60)} cannot be read statically`);
      return void 0;
    }
    const ifNotExists = boolValue(args.keywords.get("if_not_exists")) === true ? "IF NOT EXISTS " : "";
    const sql = `CREATE ${unique ? "UNIQUE " : ""}INDEX ${ifNotExists}${quoteIdent(name)} ON ${quoteIdent(table)} (${parts.join(", ")})${where !== void 0 ? ` WHERE ${where}` : ""}`;
    return { name, sql };
  }
  createIndex(call, args, table, columnsAt) {
    const index = this.indexSql(call, args, table, columnsAt);
    if (index) this.emit(index.sql, call);
  }
  execute(args) {
    const arg = args.positional[0] ?? args.keywords.get("sqltext");
    if (!arg) return;
    let n = unwrap(arg);
    if (n.type === "call" && this.names.callee(this.file, n) === "text" && callArgs(n).positional[0]) {
      n = unwrap(callArgs(n).positional[0]);
    }
    const s = evalString(n);
    if (s.kind === "dynamic") return this.block(arg, `dynamic SQL (${s.reason}) is only known at run time`);
    if (s.kind !== "string") {
      return this.block(
        arg,
        `op.execute(${arg.text.slice(0, 50)}) runs a SQL expression that is not a literal`
      );
    }
    const parts = statementsInString(s, this.file.path);
    for (const p of parts) {
      this.statements.push(p);
      try {
        this.db?.run(p.sql);
      } catch {
      }
    }
  }
  literal(node) {
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== void 0) return quoteLiteral(s);
    if (n.type === "integer" || n.type === "float") return n.text.replace(/_/g, "");
    if (n.type === "unary_operator" && /^-\s*\d/.test(n.text)) return n.text.replace(/\s+/g, "");
    if (n.type === "true") return "1";
    if (n.type === "false") return "0";
    if (n.type === "none") return "NULL";
    return void 0;
  }
  bulkInsert(call, args) {
    const tableNode = args.positional[0];
    const rowsNode = args.positional[1] ?? args.keywords.get("rows");
    const table = tableNode?.type === "identifier" ? this.tables.get(tableNode.text) : void 0;
    const rows2 = rowsNode ? sequenceItems(rowsNode) : void 0;
    if (!table || !rows2)
      return this.block(call, "op.bulk_insert() with a table or rows computed at run time");
    for (const row of rows2) {
      const dict = unwrap(row);
      if (dict.type !== "dictionary") return this.block(row, "a bulk_insert row that is not a dict literal");
      const values = /* @__PURE__ */ new Map();
      for (const pair of dict.children) {
        const key = pair.fields.key && stringValue(pair.fields.key);
        const value = pair.fields.value && this.literal(pair.fields.value);
        if (key === void 0 || value === void 0) {
          return this.block(pair, `bulk_insert value ${pair.text.slice(0, 60)} is computed at run time`);
        }
        values.set(key, value);
      }
      const columns = [
        ...table.columns.filter((c) => values.has(c)),
        ...[...values.keys()].filter((k) => !table.columns.includes(k))
      ];
      this.emit(
        `INSERT INTO ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map((c) => values.get(c)).join(", ")})`,
        row
      );
    }
  }
  // ── batch mode ─────────────────────────────────────────────────────────────────────────────
  withStatement(stmt) {
    const item = stmt.children.find((c) => c.type === "with_clause")?.children[0];
    const value = item?.fields.value ? unwrap(item.fields.value) : void 0;
    const asPattern = value?.type === "as_pattern" ? value : void 0;
    const call = asPattern ? unwrap(asPattern.children[0]) : value;
    const alias = asPattern?.children.find((c) => c.type === "as_pattern_target")?.text;
    if (!call || this.isOp(call) !== "batch_alter_table" || !alias) {
      if (this.mentionsOp(stmt)) this.block(stmt, "a with block other than op.batch_alter_table()");
      else for (const s of statementsOf(stmt.fields.body)) this.statement(s);
      return;
    }
    const args = callArgs(call);
    const table = this.name(this.arg(args, 0, "table_name"));
    if (!table) return this.block(call, "op.batch_alter_table() with a computed table name");
    const recreate = stringValue(args.keywords.get("recreate")) ?? "auto";
    const ops = [];
    for (const s of statementsOf(stmt.fields.body)) {
      if (s.type === "pass_statement" || s.type === "string") continue;
      const name = this.isOp(s, alias);
      if (!name)
        return this.block(s, `${s.text.slice(0, 60)} inside batch_alter_table cannot be replayed statically`);
      const batchOp = this.batchOp(name, unwrap(s), table);
      if (!batchOp) return;
      ops.push({ node: s, ...batchOp });
    }
    const needsRecreate = recreate === "always" || recreate === "auto" && requiresRecreate(
      ops.map((o) => o.op),
      (op) => ops.find((o) => o.op === op)?.addDefaultIsExpression === true
    );
    if (!needsRecreate) {
      for (const { op, node } of ops) {
        if (op.kind === "add_column")
          this.emit(
            `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${op.sql}${op.notNull ? " NOT NULL" : ""}`,
            node
          );
        else if (op.kind === "create_index") this.emit(op.sql, node);
        else if (op.kind === "drop_index") this.emit(`DROP INDEX ${quoteIdent(op.name)}`, node);
        else this.block(node, NO_ALTER_CONSTRAINTS, 'use recreate="auto" (the default) or "always"');
      }
      return;
    }
    if (!this.db) return this.block(call, "batch mode needs the table as replayed so far", COMMAND_HINT);
    const reflected = reflectTable(this.db, table);
    if (!reflected)
      return this.block(call, `no such table: ${table} (batch mode reflects the table before copying it)`);
    const rebuilt = rebuildStatements(
      reflected,
      ops.map((o) => o.op)
    );
    if ("error" in rebuilt) return this.block(call, rebuilt.error);
    for (const sql of rebuilt.statements) this.emit(sql, call);
  }
  batchOp(name, call, table) {
    const args = callArgs(call);
    switch (name) {
      case "add_column": {
        const node = this.arg(args, 0, "column");
        const spec = this.stubTable(table);
        const column = node && this.understood(call, () => this.collector.columnFromCall(this.file, unwrap(node), spec));
        if (!column) return void 0;
        const sql = columnSpec(spec, { ...column, nullable: true }, [], void 0);
        const dflt = column.serverDefault;
        return {
          op: {
            kind: "add_column",
            name: column.name,
            sql,
            notNull: !column.nullable || column.primaryKey,
            pk: column.primaryKey
          },
          addDefaultIsExpression: dflt?.startsWith("(") === true
        };
      }
      case "drop_column": {
        const column = this.name(this.arg(args, 0, "column_name"));
        if (!column) return this.fail(call);
        return { op: { kind: "drop_column", name: column } };
      }
      case "alter_column": {
        const column = this.name(this.arg(args, 0, "column_name"));
        if (!column) return this.fail(call);
        const change = this.columnChange(call, args, column);
        return change ? { op: change } : void 0;
      }
      case "create_unique_constraint": {
        const columns = this.stringList(this.arg(args, 1, "columns"));
        if (!columns) return this.fail(call);
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        return { op: { kind: "unique", ...cname ? { name: cname } : {}, columns } };
      }
      case "create_foreign_key": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const referent = this.name(this.arg(args, 1, "referent_table"));
        const local = this.stringList(this.arg(args, 2, "local_cols"));
        const remote = this.stringList(this.arg(args, 3, "remote_cols"));
        if (!referent || !local || !remote) return this.fail(call);
        const onDelete = stringValue(args.keywords.get("ondelete"))?.toUpperCase();
        const onUpdate = stringValue(args.keywords.get("onupdate"))?.toUpperCase();
        return {
          op: {
            kind: "foreign_key",
            fk: {
              ...cname ? { name: cname } : {},
              columns: local,
              table: referent,
              refColumns: remote,
              ...onDelete ? { onDelete } : {},
              ...onUpdate ? { onUpdate } : {}
            }
          }
        };
      }
      case "create_check_constraint": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const condition = this.arg(args, 1, "condition");
        const sql = condition && this.collector.renderSqlText(this.file, condition);
        if (sql === void 0) return this.fail(call);
        return { op: { kind: "check", ...cname ? { name: cname } : {}, sql } };
      }
      case "create_primary_key": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const columns = this.stringList(this.arg(args, 1, "columns"));
        if (!columns) return this.fail(call);
        return { op: { kind: "primary_key", ...cname ? { name: cname } : {}, columns } };
      }
      case "drop_constraint": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        if (!cname) return this.fail(call);
        return { op: { kind: "drop_constraint", name: cname } };
      }
      case "create_index": {
        const index = this.indexSql(call, args, table, 1);
        return index ? { op: { kind: "create_index", name: index.name, sql: index.sql } } : void 0;
      }
      case "drop_index": {
        const index = this.name(this.arg(args, 0, "index_name"));
        if (!index) return this.fail(call);
        return { op: { kind: "drop_index", name: index } };
      }
      default:
        this.block(call, `batch_op.${name}() is not interpreted statically`);
        return void 0;
    }
  }
  fail(call) {
    this.block(call, `${call.text.slice(0, 60)}: arguments computed at run time`);
    return void 0;
  }
};

// src/migrations/formats/alembic.ts
var REVISION = /^revision\s*(?::\s*str\s*)?=\s*['"]/m;
var DOWN_REVISION = /^down_revision\s*(?::[^=]+)?=/m;
function join2(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
async function versionsDir(fs, dir) {
  return (await fs.stat(join2(dir, "versions")))?.kind === "dir" ? join2(dir, "versions") : dir;
}
async function revisionFiles(fs, dir) {
  const entries = await fs.readdir(dir);
  return entries.filter((e) => e.kind === "file" && e.name.endsWith(".py") && e.name !== "__init__.py").map((e) => join2(dir, e.name));
}
function functionNamed(module, name) {
  for (const stmt of moduleStatements(module.root)) {
    const fn = stmt.type === "decorated_definition" ? stmt.fields.definition : stmt;
    if (fn?.type === "function_definition" && fn.fields.name?.text === name) return fn;
  }
  return void 0;
}
function interpret(module, fnName, db) {
  const fn = functionNamed(module, fnName);
  if (!fn) return void 0;
  const project = new PythonProject();
  const file = project.add(module);
  const interpreter = new RevisionInterpreter(project, file, db);
  interpreter.run(fn);
  return interpreter.statements;
}
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
    const parser = await loadPythonParser();
    const vdir = await versionsDir(fs, dir);
    const findings = [];
    const revisions = [];
    const texts = /* @__PURE__ */ new Map();
    for (const path of await revisionFiles(fs, vdir)) {
      const text = await fs.readText(path);
      texts.set(path, text);
      const module = parser.parse(text, path);
      const revision = readRevision(module);
      if ("error" in revision) {
        findings.push({
          rule: "migration-order",
          severity: "error",
          message: revision.error,
          locations: [{ path, line: revision.line }]
        });
        continue;
      }
      revisions.push(revision);
    }
    const ordered = orderRevisions(revisions);
    findings.push(...ordered.findings);
    const db = await openDatabase();
    const migrations = [];
    try {
      for (const revision of ordered.order) {
        const module = revision.module;
        const up = interpret(module, "upgrade", db) ?? [
          {
            sql: "",
            location: { path: module.path, line: 1 },
            blocked: { message: `no upgrade() in ${module.path.split("/").pop()}` }
          }
        ];
        const needsCopy = /batch_alter_table/.test(texts.get(module.path) ?? "");
        const copy = needsCopy ? await openDatabase(db.export()) : void 0;
        let down;
        try {
          down = interpret(module, "downgrade", copy);
        } finally {
          copy?.close();
        }
        migrations.push({
          id: module.path,
          version: revision.id,
          name: revision.message,
          path: module.path,
          up,
          ...down ? { down, downPath: module.path } : {},
          transaction: "migration",
          checksumSource: texts.get(module.path) ?? ""
        });
      }
    } finally {
      db.close();
    }
    return { format: "alembic", dir: vdir, migrations, foreignKeys: false, findings };
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
  const source2 = await readSource(fs, path);
  if (source2.ok) return source2.text;
  findings.push(source2.finding);
  return void 0;
}
var DETECTION_SAMPLE = 25;
async function someFileText(fs, dir, entries, test) {
  for (const entry of entries.slice(0, DETECTION_SAMPLE)) {
    const source2 = await readSource(fs, joinPath(dir, entry.name));
    if (source2.ok && test(source2.text)) return true;
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
    const source2 = await readSource(fs, path);
    if (!source2.ok) {
      findings.push(source2.finding);
      continue;
    }
    scripts.push({ folder, name: entry.name, path, text: source2.text });
  }
  return scripts;
}

// src/migrations/text.ts
function linesOf(source2) {
  const text = stripBom(source2);
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

// src/migrations/version.ts
var DIGITS = /^\d+$/;
function isNumericVersion(version) {
  return DIGITS.test(version);
}
function canonicalInteger(digits) {
  const trimmed = digits.replace(/^0+/, "");
  return trimmed === "" ? "0" : trimmed;
}
function compareNumeric(a, b) {
  const x = canonicalInteger(a);
  const y = canonicalInteger(b);
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
function parseDotted(version) {
  if (!/^\d+([._]\d+)*$/.test(version)) return void 0;
  const parts = version.split(/[._]/).map(canonicalInteger);
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts;
}
function compareDotted(a, b) {
  const x = parseDotted(a);
  const y = parseDotted(b);
  if (!x || !y) {
    if (x) return -1;
    if (y) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareNumeric(x[i] ?? "0", y[i] ?? "0");
    if (c !== 0) return c;
  }
  return 0;
}
function dottedKey(version) {
  return parseDotted(version)?.join(".") ?? version;
}
function compareVersions(a, b) {
  if (isNumericVersion(a) && isNumericVersion(b)) return compareNumeric(a, b);
  if (parseDotted(a) && parseDotted(b)) return compareDotted(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
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
      const source2 = await readSource(fs, file.path);
      if (!source2.ok) {
        findings.push(source2.finding);
        continue;
      }
      const parsed = parseDbmate(source2.text, file.path);
      migrations.push({
        id: file.path,
        version: file.version,
        name: file.name,
        path: file.path,
        up: parsed.up,
        ...parsed.down ? { down: parsed.down, downPath: file.path } : {},
        transaction: parsed.transaction ? "migration" : "none",
        checksumSource: source2.text
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
  const source2 = stripBom(text);
  const statements = [];
  let offset = 0;
  for (const chunk of source2.split(BREAKPOINT)) {
    const { line, column } = positionAt(source2, offset);
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
    const source2 = await readSource(fs, path);
    if (!source2.ok) {
      findings.push(source2.finding);
      continue;
    }
    migrations.push({
      id: path,
      // __drizzle_migrations records `when` as created_at: that is the tracker's version.
      version: String(entry.when),
      name: entry.tag,
      path,
      up: drizzleStatements(source2.text, path),
      transaction: "none",
      checksumSource: source2.text
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
    const list2 = names.map((name) => `\${${name}}`).join(", ");
    const example = names.map((name) => `"${name}": "\u2026"`).join(", ");
    return {
      ...statement,
      sql,
      blocked: {
        message: `Flyway placeholder ${list2} in ${fileName} has no value, so this statement cannot be replayed`,
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
      const source2 = await readSource(fs, file.path);
      if (!source2.ok) {
        findings.push(source2.finding);
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
        up: substitutePlaceholders(splitStatements(source2.text, file.path), options.placeholders, fileName),
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
        checksumSource: checksumOf(source2.text, undoText)
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
      const source2 = await readSource(fs, file.path);
      if (!source2.ok) {
        findings.push(source2.finding);
        continue;
      }
      const parsed = parseGoose(source2.text, file.path);
      findings.push(...parsed.findings);
      migrations.push({
        id: file.path,
        version: canonicalInteger(file.version),
        name: file.name,
        path: file.path,
        up: parsed.up,
        ...parsed.hasDown ? { down: parsed.down, downPath: file.path } : {},
        transaction: parsed.noTransaction ? "none" : "migration",
        checksumSource: source2.text
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
var NAME5 = /^(\d+)[_-]?(.*)\.(sql|py)$/;
var DEFAULT_ENTRY = "upgrade";
var OTHER_ENTRIES = ["migrate", "run", "apply", "up", "forward", "main", "upgrade", "execute"];
function join3(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
async function candidates(fs, dir) {
  const out = [];
  for (const entry of await fs.readdir(dir)) {
    const m = entry.kind === "file" ? NAME5.exec(entry.name) : null;
    if (!m) continue;
    out.push({ path: join3(dir, entry.name), version: m[1], name: m[2], kind: m[3] });
  }
  return out.sort(
    (a, b) => Number(a.version) - Number(b.version) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
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
};

// src/migrations/formats/sqlx.ts
var NAME6 = /^(\d+)_(.+?)(?:\.(up|down))?\.sql$/;
var PATTERN3 = "<version>_<description>.sql or .up.sql / .down.sql";
var NO_TRANSACTION = /^-- no-transaction/;
var sqlxLoader = {
  format: "sqlx",
  async detect(fs, dir) {
    const upDown = await upDownScore(fs, dir, "Cargo.toml");
    const entries = await tryList(fs, dir);
    const sqlFiles = entries.filter((e) => e.kind === "file" && NAME6.test(e.name));
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
      const match = NAME6.exec(entry.name);
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
  loadPythonParser,
  loadPythonProject,
  generateDdl,
  TypeResolver,
  Collector,
  SaNames,
  isNumericVersion,
  canonicalInteger,
  dottedKey,
  MIGRATION_LOADERS,
  loaderFor,
  detectFormat,
  findMigrationDirs
};
