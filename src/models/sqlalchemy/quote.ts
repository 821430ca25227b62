/** Identifier quoting exactly as SQLAlchemy's SQLite dialect does it (SQLiteIdentifierPreparer). */

const RESERVED = new Set(
  `add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast check
collate column commit conflict constraint create cross current_date current_time current_timestamp database
default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists
explain false fail for foreign from full glob group having if ignore immediate in index indexed initially inner
insert instead intersect into is isnull join key left like limit match natural not notnull null of offset on or
order outer plan pragma primary query raise references reindex rename replace restrict right rollback row select
set table temp temporary then to transaction trigger true union unique update using vacuum values view virtual
when where`.split(/\s+/),
);

/** Whether SQLAlchemy quotes the name: reserved, mixed case, or not a plain identifier. */
export function requiresQuotes(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || /^[0-9$]/.test(name) || !/^[A-Z0-9_$]+$/i.test(name) || lower !== name;
}

export function quoteIdent(name: string): string {
  return requiresQuotes(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

/** A SQL string literal. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
