import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/schema/affinity.ts
function affinityOf(declaredType) {
  const t = declaredType.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t.trim() === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}
function affinitiesStoreDifferently(a, b) {
  if (a === b) return false;
  const numericLike = (x) => x === "INTEGER" || x === "NUMERIC";
  return !(numericLike(a) && numericLike(b));
}

export {
  affinityOf,
  affinitiesStoreDifferently
};
