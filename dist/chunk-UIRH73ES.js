import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/migrations/formats/python/files.ts
var NAME = /^(\d+)[_-]?(.*)\.(sql|py)$/;
function join(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
async function candidates(fs, dir) {
  const out = [];
  for (const entry of await fs.readdir(dir)) {
    const m = entry.kind === "file" ? NAME.exec(entry.name) : null;
    if (!m) continue;
    out.push({ path: join(dir, entry.name), version: m[1], name: m[2], kind: m[3] });
  }
  return out.sort(
    (a, b) => Number(a.version) - Number(b.version) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

export {
  candidates
};
