import type { ForeignKey, Index, SourceRef, Table } from '../schema/types.js';
import type { Side } from './types.js';

/** `path:line` of a source, its path when the line is unknown (a database file: 0), or the side's label. */
export function where(side: Side, source: SourceRef | undefined): string {
  if (!source) return side.label;
  return source.line > 0 ? `${source.path}:${source.line}` : source.path;
}

/** "is declared in models.py:12" / "is in dev.db". */
export function isIn(side: Side, source: SourceRef | undefined): string {
  const declared = (source !== undefined && source.line > 0) || side.kind === 'models';
  const verb = declared ? 'is declared in' : 'is in';
  return `${verb} ${where(side, source)}`;
}

/** "no migration creates it" / "prod.db does not have it". */
export function lacksIt(side: Side): string {
  if (side.kind === 'migrations') return 'no migration creates it';
  if (side.kind === 'models') return `${side.label} does not declare it`;
  return `${side.label} does not have it`;
}

/** "is created by 0003_x.sql:4" / "is in prod.db". */
export function isCreatedBy(side: Side, source: SourceRef | undefined): string {
  return side.kind === 'migrations' ? `is created by ${where(side, source)}` : isIn(side, source);
}

/** "the model declares" / "the migrations give" / "prod.db has". */
export function says(side: Side): string {
  if (side.kind === 'models') return `${side.label} declares`;
  if (side.kind === 'migrations') return `${side.label} give`;
  return `${side.label} has`;
}

/** A missing object: "X is declared in E but no migration creates it". */
export function missingMessage(
  what: string,
  sides: { expected: Side; actual: Side },
  source?: SourceRef,
): string {
  return `${what} ${isIn(sides.expected, source)} but ${lacksIt(sides.actual)}`;
}

/** An extra object: "X is created by 0003.sql:4 but the model does not declare it". */
export function extraMessage(
  what: string,
  sides: { expected: Side; actual: Side },
  source?: SourceRef,
): string {
  return `${what} ${isCreatedBy(sides.actual, source)} but ${lacksIt(sides.expected)}`;
}

/** A difference: "X: the model declares A, the migrations give B". */
export function differsMessage(
  what: string,
  sides: { expected: Side; actual: Side },
  expected: string,
  actual: string,
): string {
  return `${what}: ${says(sides.expected)} ${expected}, ${says(sides.actual)} ${actual}`;
}

export const columnName = (table: string, column: string) => `${table}.${column}`;

export const list = (names: readonly string[]) => `(${names.join(', ')})`;

export function describeTable(table: Table): string {
  return `${table.name} ${list(table.columns.map((c) => c.name))}`;
}

export function describeIndex(index: Index): string {
  const unique = index.unique ? 'UNIQUE ' : '';
  const where = index.where !== undefined ? ` WHERE ${index.where}` : '';
  return `${unique}${list(index.columns)}${where}`;
}

export function describeForeignKey(fk: ForeignKey): string {
  const ref = fk.refColumns.length > 0 ? list(fk.refColumns) : '';
  const actions = [
    fk.onDelete && fk.onDelete !== 'NO ACTION' ? ` ON DELETE ${fk.onDelete}` : '',
    fk.onUpdate && fk.onUpdate !== 'NO ACTION' ? ` ON UPDATE ${fk.onUpdate}` : '',
  ].join('');
  return `${list(fk.columns)} REFERENCES ${fk.table}${ref}${actions}`;
}
