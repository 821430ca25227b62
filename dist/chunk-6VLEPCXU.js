import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  exitCodeFor,
  runCheck
} from "./chunk-ONB5C53Y.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-BTKHKQND.js";
import "./chunk-VXB77DQG.js";
import "./chunk-KOSTQYLH.js";
import "./chunk-JFOQE7CG.js";
import "./chunk-QCVXYU2K.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-T6WB7OIG.js";
import "./chunk-PDJ7SUIG.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-77JZZBGC.js";
import "./chunk-OM4M4GIT.js";
import "./chunk-GMHWMUEK.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  exitCodeFor,
  runCheck
};
