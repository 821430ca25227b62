import type { Value } from '@mrleebo/prisma-ast';
import { unquote } from './parse.js';

/**
 * `@default(…)` rendered as Prisma Migrate's SQLite renderer writes it, or, when the value is
 * produced by Prisma Client rather than the database (`uuid()`, `cuid()`, …), the attribute as
 * written: the column's client-side default.
 */

/** Functions whose value Prisma Client generates on insert: no database default. */
const CLIENT_SIDE = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);
/** Functions that write no default at all (`autoincrement()` is the rowid; the others are not SQLite's). */
const NO_DEFAULT = new Set(['autoincrement', 'auto', 'sequence']);

export type DefaultResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'sql'; readonly sql: string }
  | { readonly kind: 'client'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string };

const NONE: DefaultResult = { kind: 'none' };

export function quoteSqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * RFC 3339 → `YYYY-MM-DD HH:MM:SS[.fff] +HH:MM`, the offset kept as written; fractions printed
 * in groups of 3 digits like chrono's `%.f`.
 */
export function prismaDateTime(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return undefined;
  const [, date, time, fraction = '', zone = 'Z'] = m;
  const nanos = fraction.padEnd(9, '0');
  let frac = '';
  if (!/^0+$/.test(nanos)) {
    const digits = nanos.endsWith('000000') ? 3 : nanos.endsWith('000') ? 6 : 9;
    frac = `.${nanos.slice(0, digits)}`;
  }
  const offset = zone.toUpperCase() === 'Z' ? '+00:00' : zone;
  return `${date} ${time}${frac} ${offset}`;
}

function literalText(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * @param scalar the field's Prisma type (`String`, `Int`, …, or `enum` for enum fields)
 * @param enumValues enumerator → database value, for enum fields
 */
export function renderDefault(
  value: Value | undefined,
  scalar: string,
  enumValues?: ReadonlyMap<string, string>,
): DefaultResult {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'object' && !Array.isArray(value) && value.type === 'function') {
    if (value.name === 'now') return { kind: 'sql', sql: 'CURRENT_TIMESTAMP' };
    if (value.name === 'dbgenerated') {
      const expr = value.params?.[0];
      return typeof expr === 'string' ? { kind: 'sql', sql: unquote(expr) } : NONE;
    }
    if (CLIENT_SIDE.has(value.name)) {
      const params = (value.params ?? []).map((p) => literalText(p) ?? '…').join(', ');
      return { kind: 'client', text: `@default(${value.name}(${params}))` };
    }
    if (NO_DEFAULT.has(value.name)) return NONE;
    return { kind: 'error', message: `unknown default function ${value.name}()` };
  }
  const raw = literalText(value);
  if (raw === undefined) return { kind: 'error', message: 'default value cannot be read' };
  const isString = raw.startsWith('"');
  switch (scalar) {
    case 'enum': {
      const name = isString ? unquote(raw) : raw;
      const mapped = enumValues?.get(name);
      return mapped === undefined
        ? { kind: 'error', message: `${name} is not a value of the enum` }
        : { kind: 'sql', sql: quoteSqlString(mapped) };
    }
    case 'String':
      return { kind: 'sql', sql: quoteSqlString(unquote(raw)) };
    case 'Boolean':
      return raw === 'true' || raw === 'false'
        ? { kind: 'sql', sql: raw }
        : { kind: 'error', message: `${raw} is not a Boolean` };
    case 'Int':
    case 'BigInt':
    case 'Decimal':
      return /^-?\d+(\.\d+)?$/.test(raw)
        ? { kind: 'sql', sql: raw }
        : { kind: 'error', message: `${raw} is not a number` };
    case 'Float': {
      const n = Number(raw);
      return Number.isFinite(n)
        ? { kind: 'sql', sql: String(n) }
        : { kind: 'error', message: `${raw} is not a number` };
    }
    case 'DateTime': {
      const formatted = isString ? prismaDateTime(unquote(raw)) : undefined;
      return formatted === undefined
        ? { kind: 'error', message: `${raw} is not an RFC 3339 date-time` }
        : { kind: 'sql', sql: quoteSqlString(formatted) };
    }
    case 'Json':
      // Prisma writes the JSON text unquoted, which SQLite rejects; quoting keeps the intent.
      return isString ? { kind: 'sql', sql: quoteSqlString(unquote(raw)) } : NONE;
    default:
      return { kind: 'error', message: `defaults on ${scalar} fields are not supported` };
  }
}
