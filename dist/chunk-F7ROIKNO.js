import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/sqlite/replay-protocol.ts
var PROGRESS_BYTES = 24;
function progressViews(progress) {
  return {
    position: new Int32Array(progress, 0, 2),
    startedAt: new BigInt64Array(progress, 8, 1),
    phase: new Int32Array(progress, 16, 1)
  };
}
function clockMicros() {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3));
}
function answer(port, work, transfer = () => [], keepOpen = false) {
  const post = (message, buffers = []) => port.postMessage(message, buffers);
  work.then(
    (result) => post({ type: "done", result }, transfer(result)),
    (error) => post({
      type: "error",
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : void 0
    })
  ).finally(() => {
    if (!keepOpen) port.close();
  });
}

export {
  PROGRESS_BYTES,
  progressViews,
  clockMicros,
  answer
};
