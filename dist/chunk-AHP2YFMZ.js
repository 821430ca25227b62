import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/migrations/formats/alembic/files.ts
function join(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
async function versionsDir(fs, dir) {
  return (await fs.stat(join(dir, "versions")))?.kind === "dir" ? join(dir, "versions") : dir;
}
async function revisionFiles(fs, dir) {
  const entries = await fs.readdir(dir);
  return entries.filter((e) => e.kind === "file" && e.name.endsWith(".py") && e.name !== "__init__.py").map((e) => join(dir, e.name));
}

export {
  versionsDir,
  revisionFiles
};
