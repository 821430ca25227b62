import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/schema/types.ts
var ALL_CAPABILITIES = { views: true, triggers: true, checks: true, indexNames: true };
var EMPTY_SCHEMA = { tables: [], views: [], triggers: [] };

export {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA
};
