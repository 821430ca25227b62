import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  commonRoot,
  run
} from "./chunk-NZ3P5KBR.js";
import "./chunk-7YDKHVJT.js";
import "./chunk-DJHLYUB7.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-JS5YJCF4.js";
import "./chunk-HWF3VQN3.js";
import "./chunk-VXB77DQG.js";
import "./chunk-26WOWWPH.js";
import "./chunk-GG2JIFAQ.js";
import "./chunk-T2GVFGAS.js";
import "./chunk-VOJG7DOK.js";
import "./chunk-FWELV3KW.js";
import "./chunk-STLIIMTE.js";
import "./chunk-QDODJ2OD.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-WCBB5UAT.js";
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
  commonRoot,
  run
};
