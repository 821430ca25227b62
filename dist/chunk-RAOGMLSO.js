import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  runCheck
} from "./chunk-FHV3RAKI.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-QZNMFSJ4.js";
import "./chunk-RAFUWVPE.js";
import "./chunk-4WK4ZFZO.js";
import "./chunk-O3EDPMHK.js";
import "./chunk-TIR5G6H2.js";
import "./chunk-XPKFVV7V.js";
import {
  exitCodeFor
} from "./chunk-6ZG7CUCP.js";
import "./chunk-GP6BNWKF.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-23AIA66J.js";
import "./chunk-NCGKFI47.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-D7E45W5Q.js";
import "./chunk-72U7UVYV.js";
import "./chunk-XTGP5CE6.js";
import "./chunk-47V2VMU6.js";
import "./chunk-NXNO3E5L.js";
import "./chunk-OELTYVFG.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";
export {
  exitCodeFor,
  runCheck
};
