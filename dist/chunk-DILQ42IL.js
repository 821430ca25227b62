import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

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
  const list = call.fields.arguments;
  if (list && list.type === "argument_list") {
    for (const arg of list.children) {
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
  } else if (list) {
    positional.push(list);
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
    parse(source, path) {
      const tree = parser.parse(source);
      if (!tree) throw new Error(`tree-sitter could not parse ${path}`);
      try {
        const errorLines = [];
        const root = toPyNode(tree.rootNode, errorLines);
        return { path, source, root, errorLines };
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

export {
  unwrap,
  dottedName,
  callArgs,
  statementsOf,
  boolValue,
  intValue,
  sequenceItems,
  loadPythonParser,
  qualify,
  qualifyName,
  moduleStatements,
  PythonProject,
  loadPythonProject,
  evalString,
  stringValue
};
