import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  nodeGitRunner
} from "./chunk-KE6SLBQ2.js";
import {
  nodeFileSystem
} from "./chunk-AZUCC5EY.js";

// src/node/process.ts
var MAX_OUTPUT = 1024 * 1024;
function keepTail(buffer, chunk) {
  const next = buffer + chunk;
  return next.length > MAX_OUTPUT ? next.slice(next.length - MAX_OUTPUT) : next;
}
var nodeProcessRunner = {
  async run(command, options) {
    const { spawn } = await import("node:child_process");
    return new Promise((resolvePromise) => {
      const child = spawn(command, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        shell: true,
        detached: process.platform !== "win32",
        stdio: ["ignore", "pipe", "pipe"],
        windowsHide: true
      });
      let stdout = "";
      let stderr = "";
      let timedOut = false;
      let settled = false;
      child.stdout.setEncoding("utf8").on("data", (d) => {
        stdout = keepTail(stdout, d);
      });
      child.stderr.setEncoding("utf8").on("data", (d) => {
        stderr = keepTail(stderr, d);
      });
      const kill = (signal) => {
        try {
          if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
        }
      };
      let killTimer;
      const timer = setTimeout(() => {
        timedOut = true;
        kill("SIGTERM");
        killTimer = setTimeout(() => kill("SIGKILL"), 2e3);
      }, options.timeoutMs);
      const finish = (code, error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        if (error)
          stderr = keepTail(stderr, `${stderr && !stderr.endsWith("\n") ? "\n" : ""}${error.message}
`);
        resolvePromise({ code, stdout, stderr, timedOut });
      };
      child.on("error", (error) => finish(null, error));
      child.on("close", (code) => finish(code));
    });
  }
};

// src/node/temp.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
function nodeTempFiles(base = tmpdir()) {
  const made = [];
  return {
    async makeDir(prefix) {
      const { mkdtemp } = await import("node:fs/promises");
      const dir = await mkdtemp(join(base, `driftcheck-${prefix.replace(/[^\w.-]/g, "_")}-`));
      made.push(dir);
      return dir;
    },
    async readFile(path) {
      if (!made.some((dir) => path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`))) {
        throw new Error(`not a driftcheck scratch file: ${path}`);
      }
      try {
        const { readFile } = await import("node:fs/promises");
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
    },
    async cleanup() {
      const dirs = made.splice(0);
      if (dirs.length === 0) return;
      const { rm } = await import("node:fs/promises");
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  };
}

// src/node/ports.ts
async function nodePorts(rootDir) {
  return {
    fs: nodeFileSystem(rootDir),
    rootDir,
    clock: { now: () => performance.now() },
    process: nodeProcessRunner,
    temp: nodeTempFiles(),
    git: nodeGitRunner(rootDir)
  };
}

export {
  nodePorts
};
