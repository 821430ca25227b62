import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/git/node-git.ts
import { execFile, spawn } from "node:child_process";
function gitOutput(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...args],
      { cwd, encoding: "buffer", maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const message = stderr.toString("utf8").trim() || error.message;
          reject(Object.assign(new Error(message), { code: error.code }));
        } else resolve(stdout);
      }
    );
  });
}
function parseLsFilesStage(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    if (tab < 0 || !mode || !oid || stage !== "0") continue;
    entries.push({ path: record.slice(tab + 1), mode, oid });
  }
  return entries;
}
var BlobReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  child;
  buffer = Buffer.alloc(0);
  queue = [];
  failure;
  read(oid) {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, resolve, reject });
      child.stdin.write(`${oid}
`);
    });
  }
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  start() {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd, windowsHide: true });
    child.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error) => {
      this.failure = error;
      for (const pending of this.queue.splice(0)) pending.reject(error);
    };
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (this.queue.length > 0) fail(new Error(`git cat-file exited (${code}): ${stderr.trim()}`));
    });
    this.child = child;
    return child;
  }
  drain() {
    for (; ; ) {
      const pending = this.queue[0];
      if (!pending) return;
      const newline = this.buffer.indexOf(10);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString("utf8").split(" ");
      if (header[1] === "missing") {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending.reject(new Error(`git object ${pending.oid} is missing`));
        continue;
      }
      const size = Number(header[2]);
      const end = newline + 1 + size;
      if (this.buffer.length < end + 1) return;
      const bytes = new Uint8Array(this.buffer.subarray(newline + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.queue.shift();
      pending.resolve(bytes);
    }
  }
};
function nodeGitIndex(dir) {
  const blobs = new BlobReader(dir);
  return {
    async listStaged() {
      const output = await gitOutput(dir, ["ls-files", "--stage", "-z"]).catch((error) => {
        throw new UsageError(`--staged needs a git repository: ${error.message.split("\n")[0]}`);
      });
      return parseLsFilesStage(output.toString("utf8"));
    },
    readBlob: (oid) => blobs.read(oid),
    close: () => blobs.close()
  };
}

export {
  gitOutput,
  parseLsFilesStage,
  nodeGitIndex
};
