import type { Statement } from '../../migrations/types.js';
import type { SourceRef } from '../../schema/types.js';
import type { LocationHints } from '../../sqlite/build-schema.js';
import type { DrizzleColumn, DrizzleIndex, DrizzleTable } from './ir.js';

/**
 * Drizzle tables turned into the SQL `drizzle-kit generate` (0.31, sqlite dialect) writes for them
 * from an empty database: tables in order of their name as declared (before a
 * `sqliteTableCreator` prefix), each followed by its indexes; `.unique()` and
 * `unique()` become unique indexes, as drizzle-kit makes them.
 */

export interface GeneratedDdl {
  readonly statements: readonly Statement[];
  readonly hints: LocationHints;
  /** `table.column` (lower-case) → the client-side default as written. */
  readonly appDefaults: ReadonlyMap<string, string>;
}

const bt = (name: string) => `\`${name}\``;

function columnLine(c: DrizzleColumn): string {
  let line = `\t${bt(c.name)} ${c.type}`;
  if (c.primaryKey) line += ' PRIMARY KEY';
  if (c.autoIncrement) line += ' AUTOINCREMENT';
  if (c.default !== undefined) line += ` DEFAULT ${c.default}`;
  if (c.generated) line += ` GENERATED ALWAYS AS ${c.generated.expression} ${c.generated.mode.toUpperCase()}`;
  if (c.notNull) line += ' NOT NULL';
  return line;
}

function createTable(table: DrizzleTable): string {
  const lines = table.columns.map(columnLine);
  if (table.compositePrimaryKey) lines.push(`\tPRIMARY KEY(${table.compositePrimaryKey.map(bt).join(', ')})`);
  for (const fk of table.foreignKeys) {
    lines.push(
      `\tFOREIGN KEY (${fk.columns.map(bt).join(',')}) REFERENCES ${bt(fk.table)}(${fk.refColumns.map(bt).join(',')})` +
        ` ON UPDATE ${fk.onUpdate} ON DELETE ${fk.onDelete}`,
    );
  }
  for (const check of table.checks) lines.push(`\tCONSTRAINT "${check.name}" CHECK(${check.expression})`);
  return `CREATE TABLE ${bt(table.name)} (\n${lines.join(',\n')}\n);`;
}

/** `.unique()` columns first, then the extras' indexes and unique constraints in order. */
function indexesOf(table: DrizzleTable): DrizzleIndex[] {
  const fromColumns: DrizzleIndex[] = table.columns
    .filter((c) => c.uniqueName !== undefined)
    .map((c) => ({
      name: c.uniqueName!,
      columns: [{ text: c.name, expression: false }],
      unique: true,
      at: c.at,
    }));
  return [...fromColumns, ...table.indexes];
}

function createIndex(table: DrizzleTable, index: DrizzleIndex): string {
  const columns = index.columns.map((c) => (c.expression ? c.text : bt(c.text))).join(',');
  const where = index.where === undefined ? '' : ` WHERE ${index.where}`;
  return `CREATE ${index.unique ? 'UNIQUE INDEX' : 'INDEX'} ${bt(index.name)} ON ${bt(table.name)} (${columns})${where};`;
}

export function drizzleDdl(tables: readonly DrizzleTable[]): GeneratedDdl {
  const statements: Statement[] = [];
  const hintTables: Record<string, SourceRef> = {};
  const columns: Record<string, SourceRef> = {};
  const indexes: Record<string, SourceRef> = {};
  const appDefaults = new Map<string, string>();
  const key = (t: DrizzleTable) => `${t.baseName}\u0000${t.name}`;
  const sorted = [...tables].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const table of sorted) {
    const lower = table.name.toLowerCase();
    hintTables[lower] = table.at;
    for (const c of table.columns) {
      columns[`${lower}.${c.name.toLowerCase()}`] = c.at;
      if (c.appDefault !== undefined) appDefaults.set(`${lower}.${c.name.toLowerCase()}`, c.appDefault);
    }
    statements.push({ sql: createTable(table), location: table.at });
    for (const index of indexesOf(table)) {
      indexes[index.name.toLowerCase()] = index.at;
      statements.push({ sql: createIndex(table, index), location: index.at });
    }
  }
  return { statements, hints: { tables: hintTables, columns, indexes }, appDefaults };
}
