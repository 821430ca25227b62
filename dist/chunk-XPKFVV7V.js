import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/models/model-error.ts
function modelError(message, location, table) {
  return {
    rule: "model-error",
    severity: "error",
    ...table === void 0 ? {} : { table },
    message,
    locations: [location]
  };
}

export {
  modelError
};
