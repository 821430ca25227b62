import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/migrations/version.ts
var DIGITS = /^\d+$/;
function isNumericVersion(version) {
  return DIGITS.test(version);
}
function canonicalInteger(digits) {
  const trimmed = digits.replace(/^0+/, "");
  return trimmed === "" ? "0" : trimmed;
}
function compareNumeric(a, b) {
  const x = canonicalInteger(a);
  const y = canonicalInteger(b);
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
function parseDotted(version) {
  if (!/^\d+([._]\d+)*$/.test(version)) return void 0;
  const parts = version.split(/[._]/).map(canonicalInteger);
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts;
}
function compareDotted(a, b) {
  const x = parseDotted(a);
  const y = parseDotted(b);
  if (!x || !y) {
    if (x) return -1;
    if (y) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareNumeric(x[i] ?? "0", y[i] ?? "0");
    if (c !== 0) return c;
  }
  return 0;
}
function dottedKey(version) {
  return parseDotted(version)?.join(".") ?? version;
}
function compareVersions(a, b) {
  if (isNumericVersion(a) && isNumericVersion(b)) return compareNumeric(a, b);
  if (parseDotted(a) && parseDotted(b)) return compareDotted(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  isNumericVersion,
  canonicalInteger,
  compareNumeric,
  compareDotted,
  dottedKey,
  compareVersions
};
