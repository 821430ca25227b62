import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  inspectSchema
} from "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-Z5DHFKIG.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/sources/command.ts
async function schemaFromCommand(outcome) {
  if (!outcome.bytes) return { findings: outcome.findings };
  const db = await openDatabase(outcome.bytes);
  try {
    return { schema: inspectSchema(db), findings: outcome.findings };
  } finally {
    db.close();
  }
}
export {
  schemaFromCommand
};
