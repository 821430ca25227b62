import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  runCheck
} from "./chunk-OXBC5LZ6.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-S4XYVXN4.js";
import "./chunk-7ZB6F644.js";
import "./chunk-ACDL3ORN.js";
import "./chunk-KRKVF7FQ.js";
import "./chunk-YVUUY2XB.js";
import "./chunk-W5767NB5.js";
import "./chunk-2OOMY2B6.js";
import "./chunk-OAPERDND.js";
import "./chunk-ZFZZPEBV.js";
import {
  exitCodeFor
} from "./chunk-6ZG7CUCP.js";
import "./chunk-UANHHYL5.js";
import "./chunk-AHP2YFMZ.js";
import "./chunk-UIRH73ES.js";
import "./chunk-YUP77SCX.js";
import "./chunk-PIKBUZRJ.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-MZBL4TKY.js";
import "./chunk-AF5QLGBF.js";
import "./chunk-NCGKFI47.js";
import "./chunk-B6ZOUR5K.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-DMUKLVO4.js";
import "./chunk-72U7UVYV.js";
import "./chunk-PANHAJIG.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-F7ROIKNO.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";
export {
  exitCodeFor,
  runCheck
};
