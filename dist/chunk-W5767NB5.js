import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/command/scratch-db.ts
function shellQuote(value, platform = process.platform) {
  if (platform === "win32") return `"${value.replace(/"/g, '""')}"`;
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function expandCommand(command, dbPath, platform = process.platform) {
  return command.replace(/\{db\}/g, shellQuote(dbPath, platform));
}
function tail(text, lines = 20, chars = 2e3) {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
  return kept.length > chars ? `\u2026${kept.slice(kept.length - chars)}` : kept;
}
async function runScratchDbCommand(command, deps, rule, what) {
  const fail = (message, stdout = "", stderr = "", fix) => ({
    findings: [
      {
        rule,
        severity: "error",
        message,
        locations: deps.configLocation ? [deps.configLocation] : [],
        ...fix ? { fix } : {}
      }
    ],
    stdout,
    stderr
  });
  if (!deps.process || !deps.temp) {
    return fail(`${what} command mode is not available here (no process runner): ${command}`);
  }
  const dir = await deps.temp.makeDir(rule === "replay-error" ? "migrations" : "models");
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  const dbPath = `${dir}${sep}scratch.db`;
  const url = `sqlite:///${dbPath.replace(/\\/g, "/")}`;
  const expanded = expandCommand(command, dbPath);
  const result = await deps.process.run(expanded, {
    cwd: deps.rootDir,
    env: { DRIFTCHECK_DB: dbPath, DATABASE_URL: url },
    timeoutMs: deps.timeoutMs
  });
  const details = tail(result.stderr) || tail(result.stdout);
  if (result.timedOut) {
    return fail(
      `the ${what} command did not finish within ${Math.round(deps.timeoutMs / 1e3)} s and was stopped: ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  if (result.code !== 0) {
    return fail(
      `the ${what} command failed (exit ${result.code ?? "signal"}): ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  const bytes = deps.temp.readFile ? await deps.temp.readFile(dbPath) : void 0;
  if (!bytes || bytes.length === 0) {
    return fail(
      `the ${what} command succeeded but wrote no database to {db} (${dbPath}); use {db}, $DRIFTCHECK_DB or $DATABASE_URL as its target`,
      result.stdout,
      result.stderr
    );
  }
  return { bytes, findings: [], stdout: result.stdout, stderr: result.stderr };
}

export {
  runScratchDbCommand
};
