import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/git/runner.ts
function nodeGitRunner(cwd) {
  return {
    async git(args) {
      const { execFile } = await import("node:child_process");
      return new Promise((resolve) => {
        execFile(
          "git",
          [...args],
          {
            cwd,
            encoding: "buffer",
            maxBuffer: 512 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
          },
          (error, stdout, stderr) => {
            const code = error ? typeof error.code === "number" ? error.code : 128 : 0;
            resolve({ code, stdout: new Uint8Array(stdout), stderr: stderr.toString("utf8") });
          }
        );
      });
    }
  };
}
async function gitText(runner, args) {
  const result = await runner.git(args);
  return result.code === 0 ? new TextDecoder().decode(result.stdout) : void 0;
}

export {
  nodeGitRunner,
  gitText
};
