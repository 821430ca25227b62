// Synthetic migration histories for the benchmarks: plain numbered .sql files that mix what real
// histories hold — CREATE TABLE, ADD COLUMN, indexes, 12-step table rebuilds, triggers and DML
// backfills — deterministic for a given size (seeded PRNG).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['TEXT', 'INTEGER', 'REAL', 'VARCHAR(255)', 'DATETIME', 'BOOLEAN', 'NUMERIC(10, 2)'];

function columnSql(c) {
  return `${c.name} ${c.type}${c.notNull ? ` NOT NULL DEFAULT ${c.default}` : ''}`;
}

function defaultFor(type) {
  return type === 'TEXT' || type.startsWith('VARCHAR') ? "''" : type === 'DATETIME' ? "'1970-01-01'" : '0';
}

/**
 * One migration's SQL from the running state. `tables` maps name → { columns, indexes, triggers, parent }.
 */
function nextMigration(state, i, random) {
  const names = [...state.tables.keys()];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const roll = names.length < 3 ? 0 : random();
  const table = names.length ? state.tables.get(pick(names)) : undefined;

  if (roll < 0.18) {
    const name = `t${state.nextTable++}`;
    const parent = names.length ? pick(names) : undefined;
    const columns = [
      { name: 'id', type: 'INTEGER PRIMARY KEY AUTOINCREMENT' },
      { name: 'name', type: 'TEXT', notNull: true, default: "''" },
      { name: 'created_at', type: 'DATETIME', notNull: true, default: 'CURRENT_TIMESTAMP' },
    ];
    if (parent)
      columns.push({ name: `${parent}_id`, type: `INTEGER REFERENCES ${parent} (id) ON DELETE CASCADE` });
    state.tables.set(name, { name, columns, indexes: [], triggers: [], nextColumn: 0 });
    const lines = [
      `-- ${i}: create ${name}`,
      `CREATE TABLE ${name} (\n  ${columns.map(columnSql).join(',\n  ')}\n);`,
    ];
    lines.push(`INSERT INTO ${name} (name) VALUES ('a'), ('b'), ('c');`);
    return { name: `create_${name}`, sql: lines.join('\n') };
  }
  if (roll < 0.5) {
    const type = pick(TYPES);
    const column = { name: `c${table.nextColumn++}`, type };
    if (random() < 0.3) Object.assign(column, { notNull: true, default: defaultFor(type) });
    table.columns.push(column);
    const lines = [`ALTER TABLE ${table.name} ADD COLUMN ${columnSql(column)};`];
    if (random() < 0.5)
      lines.push(`UPDATE ${table.name} SET ${column.name} = ${defaultFor(type)} WHERE id % 2 = 0;`);
    return { name: `add_${table.name}_${column.name}`, sql: lines.join('\n') };
  }
  if (roll < 0.68) {
    const candidates = table.columns.filter((c) => c.name !== 'id');
    const column = pick(candidates);
    const index = `${table.name}_${column.name}_idx${state.nextIndex++}`;
    const unique = random() < 0.2 && column.name === 'name' ? '' : '';
    table.indexes.push({ name: index, column: column.name });
    const where = random() < 0.25 ? ` WHERE ${column.name} IS NOT NULL` : '';
    return {
      name: `index_${index}`,
      sql: `CREATE ${unique}INDEX ${index} ON ${table.name} (${column.name})${where};`,
    };
  }
  if (roll < 0.78 && table.columns.length > 4) {
    // The 12-step rebuild SQLite documents for changes ALTER TABLE cannot make: drop a column here.
    const dropped = table.columns.at(-1);
    const kept = table.columns.slice(0, -1);
    const list = kept.map((c) => c.name).join(', ');
    table.indexes = table.indexes.filter((x) => x.column !== dropped.name);
    table.columns = kept;
    table.triggers = [];
    const lines = [
      `-- rebuild ${table.name} without ${dropped.name}`,
      'PRAGMA foreign_keys=OFF;',
      `CREATE TABLE ${table.name}_new (\n  ${kept.map(columnSql).join(',\n  ')}\n);`,
      `INSERT INTO ${table.name}_new (${list}) SELECT ${list} FROM ${table.name};`,
      `DROP TABLE ${table.name};`,
      `ALTER TABLE ${table.name}_new RENAME TO ${table.name};`,
      ...table.indexes.map((x) => `CREATE INDEX ${x.name} ON ${table.name} (${x.column});`),
      'PRAGMA foreign_key_check;',
      'PRAGMA foreign_keys=ON;',
    ];
    return { name: `rebuild_${table.name}`, sql: lines.join('\n') };
  }
  if (roll < 0.88) {
    const trigger = `${table.name}_touch${state.nextTrigger++}`;
    table.triggers.push(trigger);
    return {
      name: `trigger_${trigger}`,
      sql: `CREATE TRIGGER ${trigger} AFTER UPDATE OF name ON ${table.name}\nBEGIN\n  UPDATE ${table.name} SET created_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;`,
    };
  }
  // DML backfill.
  return {
    name: `backfill_${table.name}`,
    sql: [
      `INSERT INTO ${table.name} (name) SELECT name || '-copy' FROM ${table.name} WHERE id <= 3;`,
      `UPDATE ${table.name} SET name = upper(name) WHERE name LIKE '%copy';`,
      `DELETE FROM ${table.name} WHERE id > 50;`,
    ].join('\n'),
  };
}

/** Writes `count` migrations into `dir/migrations` and returns their file names in order. */
export function generateHistory(dir, count, seed = 42) {
  const random = prng(seed + count);
  const state = { tables: new Map(), nextTable: 0, nextIndex: 0, nextTrigger: 0 };
  mkdirSync(join(dir, 'migrations'), { recursive: true });
  const files = [];
  for (let i = 1; i <= count; i++) {
    const { name, sql } = nextMigration(state, i, random);
    const file = `${String(i).padStart(5, '0')}_${name}.sql`;
    writeFileSync(join(dir, 'migrations', file), `${sql}\n`);
    files.push(file);
  }
  return { files, state, random };
}

/** One more migration on top of a generated history (the "after one appended migration" case). */
export function appendMigration(dir, history) {
  const i = history.files.length + 1;
  const { name, sql } = nextMigration(history.state, i, history.random);
  const file = `${String(i).padStart(5, '0')}_${name}.sql`;
  writeFileSync(join(dir, 'migrations', file), `${sql}\n`);
  history.files.push(file);
  return file;
}
