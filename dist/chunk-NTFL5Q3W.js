import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/findings.ts
var RULE_IDS = [
  "replay-error",
  "migration-order",
  "migration-edited",
  "table-missing",
  "table-extra",
  "column-missing",
  "column-extra",
  "column-type",
  "column-nullable",
  "column-default",
  "primary-key",
  "foreign-key",
  "index",
  "unique",
  "check",
  "view",
  "trigger",
  "tracker-mismatch",
  "destructive-change",
  "down-mismatch",
  "model-error"
];
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };

export {
  RULE_IDS,
  SEVERITY_RANK
};
