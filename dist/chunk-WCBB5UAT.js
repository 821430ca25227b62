import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/node/fs.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
function nodeFileSystem(rootDir) {
  const root = resolve(rootDir);
  const toAbsolute = (path) => {
    const absolute = resolve(root, ...path.split("/").filter((part) => part !== ""));
    const rel = relative(root, absolute);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw Object.assign(new Error(`path is outside the repository: ${path}`), { code: "EACCES" });
    }
    return absolute;
  };
  return {
    async readFile(path) {
      return new Uint8Array(await readFile(toAbsolute(path)));
    },
    async readText(path) {
      return readFile(toAbsolute(path), "utf8");
    },
    async readdir(path) {
      const dir = toAbsolute(path);
      const dirents = await readdir(dir, { withFileTypes: true });
      const entries = [];
      for (const dirent of dirents) {
        let kind;
        if (dirent.isFile()) kind = "file";
        else if (dirent.isDirectory()) kind = "dir";
        else if (dirent.isSymbolicLink()) {
          const target = await stat(`${dir}${sep}${dirent.name}`).catch(() => void 0);
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
      const info = await stat(absolute).catch(() => void 0);
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
