import type { Statement } from '../../src/migrations/types.js';
import type { BuildSchema } from '../../src/models/build.js';
import { affinityOf } from '../../src/schema/affinity.js';
import type { Column, Table } from '../../src/schema/types.js';
import type { LocationHints } from '../../src/sqlite/build-schema.js';
import { openDatabase } from '../../src/sqlite/engine.js';

/**
 * A stand-in for schemaFromStatements in loader tests: runs the DDL in sql.js (so it must be valid
 * SQLite), reads back table and column names, and records what the loader passed in.
 */
export function sqlJsBuild(): BuildSchema & {
  calls: { statements: readonly Statement[]; hints?: LocationHints }[];
} {
  const calls: { statements: readonly Statement[]; hints?: LocationHints }[] = [];
  const build = async (statements: readonly Statement[], options: { hints?: LocationHints } = {}) => {
    calls.push({ statements, ...(options.hints ? { hints: options.hints } : {}) });
    const db = await openDatabase();
    const errors = [];
    try {
      for (const statement of statements) {
        try {
          db.run(statement.sql);
        } catch (error) {
          errors.push({ statement, message: (error as Error).message });
        }
      }
      const names =
        db.exec(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )[0]?.values ?? [];
      const tables: Table[] = names.map(([name]) => {
        const info = db.exec(`PRAGMA table_info("${String(name)}")`)[0]?.values ?? [];
        const columns: Column[] = info.map((row) => ({
          name: String(row[1]),
          type: String(row[2]),
          affinity: affinityOf(String(row[2])),
          notNull: row[3] === 1,
        }));
        return { name: String(name), columns, primaryKey: [], indexes: [], foreignKeys: [], checks: [] };
      });
      return { schema: { tables, views: [], triggers: [] }, errors };
    } finally {
      db.close();
    }
  };
  return Object.assign(build, { calls });
}
