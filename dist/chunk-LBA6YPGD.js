import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/integrity/lock.ts
import { createHash } from "node:crypto";
var LOCK_FILE = "driftcheck.sum";
var HEADER = "# driftcheck.sum: the sha256 of every migration as it was locked. `driftcheck check` reports\n# a locked migration that changed or disappeared. Add new migrations with `driftcheck lock`.\n";
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function renderLock(sets, previous = []) {
  const kept = previous.filter((e) => !sets.some((set) => inDir(e.path, set.dir))).map((e) => `${e.version} ${e.path} ${e.sha256}`);
  const lines = sets.flatMap(
    (set) => set.migrations.filter((m) => !m.repeatable).map((m) => `${m.version.replace(/\s+/g, "_") || "-"} ${m.path} ${sha256(m.checksumSource)}`)
  );
  return `${HEADER}${[...kept, ...lines].join("\n")}
`;
}
function parseLock(text) {
  const out = [];
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const parts = line.split(" ");
    if (parts.length < 3) return;
    const sha = parts[parts.length - 1];
    if (!/^[0-9a-f]{64}$/.test(sha)) return;
    out.push({ version: parts[0], path: parts.slice(1, -1).join(" "), sha256: sha, line: i + 1 });
  });
  return out;
}
function inDir(path, dir) {
  return dir === "" || path.startsWith(`${dir}/`);
}
function verifyLock(entries, set, lockPath = LOCK_FILE) {
  const byPath = new Map(set.migrations.map((m) => [m.path, m]));
  const findings = [];
  for (const entry of entries) {
    if (!inDir(entry.path, set.dir)) continue;
    const at = { path: lockPath, line: entry.line };
    const migration = byPath.get(entry.path);
    if (!migration) {
      findings.push({
        rule: "migration-edited",
        severity: "error",
        message: `${entry.path} is in ${lockPath} but no longer in ${set.dir || "the migrations"}: databases that applied it keep its changes, fresh databases will not. Restore it; undo its changes in a new migration instead.`,
        locations: [at]
      });
    } else if (sha256(migration.checksumSource) !== entry.sha256) {
      findings.push({
        rule: "migration-edited",
        severity: "error",
        message: `${entry.path} changed since it was locked in ${lockPath}: databases that applied it will not run it again. Revert the edit and put the change in a new migration (if it was never applied anywhere, run \`driftcheck lock\` again).`,
        locations: [{ path: migration.path, line: 1 }, at]
      });
    }
  }
  return findings;
}

export {
  LOCK_FILE,
  renderLock,
  parseLock,
  verifyLock
};
