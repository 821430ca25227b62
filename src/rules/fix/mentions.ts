import { canonicalSql } from '../../diff/sql-text.js';

/** Whether SQL text names an identifier as a whole word (quoted or not, any case). */
export function mentions(sql: string, name: string): boolean {
  const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w$])`).test(canonicalSql(sql));
}
