import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/paths.ts
function joinPath(dir, ...names) {
  return [dir, ...names].filter((part) => part !== "").join("/");
}
function normalized(parts, aboveRoot) {
  const out = [];
  for (const segment of parts.join("/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") out.push(segment);
    else if (out.pop() === void 0 && aboveRoot === "fail") return void 0;
  }
  return out.join("/");
}
function normalizeJoin(...parts) {
  return normalized(parts, "drop");
}
function normalizeJoinInside(...parts) {
  return normalized(parts, "fail");
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirName(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  joinPath,
  normalizeJoin,
  normalizeJoinInside,
  baseName,
  dirName,
  compareText
};
