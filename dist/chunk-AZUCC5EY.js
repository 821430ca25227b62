import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/node/fs.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function statOrUndefined(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}
function isPlain(path) {
  if (path === "" || path.startsWith("..")) return false;
  for (const part of path.split("/")) if (part === "" || part === "." || part === "..") return false;
  return true;
}
function nodeFileSystem(rootDir) {
  const root = resolve(rootDir);
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const toAbsolute = (path) => {
    if (sep === "/" && isPlain(path)) return `${prefix}${path}`;
    const absolute = resolve(root, ...path.split("/").filter((part) => part !== ""));
    const rel = relative(root, absolute);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw Object.assign(new Error(`path is outside the repository: ${path}`), { code: "EACCES" });
    }
    return absolute;
  };
  return {
    async readFile(path) {
      const bytes = readFileSync(toAbsolute(path));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async readText(path) {
      return readFileSync(toAbsolute(path), "utf8");
    },
    async readdir(path) {
      const dir = toAbsolute(path);
      const dirents = readdirSync(dir, { withFileTypes: true });
      const entries = [];
      for (const dirent of dirents) {
        let kind;
        if (dirent.isFile()) kind = "file";
        else if (dirent.isDirectory()) kind = "dir";
        else if (dirent.isSymbolicLink()) {
          const target = statOrUndefined(`${dir}${sep}${dirent.name}`);
          kind = target?.isDirectory() ? "dir" : target?.isFile() ? "file" : void 0;
        }
        if (kind) entries.push({ name: dirent.name, kind });
      }
      return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    },
    async stat(path) {
      let absolute;
      try {
        absolute = toAbsolute(path);
      } catch {
        return void 0;
      }
      const info = statOrUndefined(absolute);
      if (!info) return void 0;
      if (info.isDirectory()) return { kind: "dir" };
      if (info.isFile()) return { kind: "file" };
      return void 0;
    }
  };
}

export {
  nodeFileSystem
};
