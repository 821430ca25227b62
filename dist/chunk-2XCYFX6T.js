import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  commonRoot,
  run
} from "./chunk-MRCU62OY.js";
import "./chunk-A232VVB3.js";
import "./chunk-MITH56EX.js";
import "./chunk-T2GVFGAS.js";
import "./chunk-7YLBEVRC.js";
import "./chunk-WCBB5UAT.js";
import "./chunk-X7IDF7XG.js";
import "./chunk-VXB77DQG.js";
import "./chunk-566NTB42.js";
import "./chunk-T2RX7N3L.js";
import "./chunk-TEX4L7KW.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-JFM5KFFT.js";
import "./chunk-JU5HDALK.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-5HW2KCVP.js";
import "./chunk-RYMGNRC5.js";
import "./chunk-LDOJNY2R.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  commonRoot,
  run
};
