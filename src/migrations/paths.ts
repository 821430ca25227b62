/**
 * Kept only for src/sources/models.ts, which imports joinPath from here; new code imports
 * src/paths.ts. Delete once that import points there.
 */
export { joinPath } from '../paths.js';
