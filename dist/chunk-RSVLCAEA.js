import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  commonRoot,
  run
} from "./chunk-QXJYYMWF.js";
import "./chunk-X2E74GG6.js";
import "./chunk-AN4CIZ7U.js";
import "./chunk-T2GVFGAS.js";
import "./chunk-WCBB5UAT.js";
import "./chunk-5FD3X3UD.js";
import "./chunk-QLFG7JIN.js";
import "./chunk-G4V7DYOX.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-GWD6JHGN.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-26M6GGNJ.js";
import "./chunk-6GTYN4AO.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  commonRoot,
  run
};
