import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  exitCodeFor,
  runCheck
} from "./chunk-DJHLYUB7.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-JS5YJCF4.js";
import "./chunk-VXB77DQG.js";
import "./chunk-26WOWWPH.js";
import "./chunk-GG2JIFAQ.js";
import "./chunk-VOJG7DOK.js";
import "./chunk-STLIIMTE.js";
import "./chunk-QDODJ2OD.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-A3LC6VE6.js";
import "./chunk-2D2EWRF2.js";
import "./chunk-XCRFEYVM.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  exitCodeFor,
  runCheck
};
