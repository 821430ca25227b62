import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import "./chunk-7RUNULLM.js";

// src/git/index-fs.ts
var SYMLINK = "120000";
var SUBMODULE = "160000";
function normalize(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function notFound(path) {
  return Object.assign(new Error(`not in the git index: ${path}`), { code: "ENOENT" });
}
async function indexFileSystem(git) {
  const files = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Map()]]);
  const addDir = (path) => {
    let children = dirs.get(path);
    if (children) return children;
    children = /* @__PURE__ */ new Map();
    dirs.set(path, children);
    const parent = parentOf(path);
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), "dir");
    return children;
  };
  for (const entry of await git.listStaged()) {
    if (entry.mode === SUBMODULE) continue;
    const path = normalize(entry.path);
    if (!path) continue;
    if (entry.mode === SYMLINK) links.set(path, entry);
    else files.set(path, entry);
    const parent = parentOf(path);
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), "file");
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const linkTargets = /* @__PURE__ */ new Map();
  const resolve = async (path, hops = 0) => {
    const normal = normalize(path);
    if (normal === void 0 || hops > 8) return void 0;
    const parent = parentOf(normal);
    const base = normal.slice(parent ? parent.length + 1 : 0);
    const realParent = parent === "" ? "" : await resolve(parent, hops);
    if (realParent === void 0) return void 0;
    const candidate = realParent ? `${realParent}/${base}` : base;
    const link = links.get(candidate);
    if (!link) return files.has(candidate) || dirs.has(candidate) ? candidate : void 0;
    if (!linkTargets.has(candidate)) {
      const target = decoder.decode(await git.readBlob(link.oid));
      const joined = target.startsWith("/") ? void 0 : `${parentOf(candidate)}/${target}`;
      linkTargets.set(candidate, joined === void 0 ? void 0 : await resolve(joined, hops + 1));
    }
    return linkTargets.get(candidate);
  };
  const entryOf = async (path) => {
    const real = await resolve(path);
    return real === void 0 ? void 0 : files.get(real);
  };
  const readFile = async (path) => {
    const entry = await entryOf(path);
    if (!entry) throw notFound(path);
    return git.readBlob(entry.oid);
  };
  return {
    readFile,
    async blobId(path) {
      return (await entryOf(path))?.oid;
    },
    async readText(path) {
      return decoder.decode(await readFile(path));
    },
    async readdir(path) {
      const real = await resolve(path);
      const children = real === void 0 ? void 0 : dirs.get(real);
      if (!children) throw notFound(path);
      const entries = [];
      for (const [name, placeholder] of children) {
        const child = real ? `${real}/${name}` : name;
        let kind = placeholder;
        if (links.has(child)) {
          const target = await resolve(child);
          kind = target === void 0 ? void 0 : dirs.has(target) ? "dir" : "file";
        }
        if (kind) entries.push({ name, kind });
      }
      return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    },
    async stat(path) {
      const real = await resolve(path);
      if (real === void 0) return void 0;
      return dirs.has(real) ? { kind: "dir" } : { kind: "file" };
    }
  };
}
export {
  indexFileSystem
};
