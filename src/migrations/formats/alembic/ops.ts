import type { Database } from 'sql.js';
import { Collector } from '../../../models/sqlalchemy/collect.js';
import { columnSpec, createIndexSql, createTableSql, tableIndexes } from '../../../models/sqlalchemy/ddl.js';
import { DEFAULT_NAMING, type TableSpec } from '../../../models/sqlalchemy/model.js';
import { SaNames } from '../../../models/sqlalchemy/names.js';
import { quoteIdent, quoteLiteral } from '../../../models/sqlalchemy/quote.js';
import { TypeResolver } from '../../../models/sqlalchemy/types.js';
import {
  boolValue,
  type CallArgs,
  callArgs,
  type PyNode,
  sequenceItems,
  statementsOf,
  unwrap,
} from '../../../python/ast.js';
import type { PyFile, PythonProject } from '../../../python/project.js';
import { statementsInString } from '../../../python/sql-extract.js';
import { evalString, stringValue } from '../../../python/strings.js';
import type { SourceRef } from '../../../schema/types.js';
import type { Statement } from '../../types.js';
import { type BatchOp, rebuildStatements, reflectTable, requiresRecreate } from './batch.js';

/**
 * Interprets an Alembic revision's upgrade() / downgrade() into the SQL Alembic's SQLite
 * implementation emits, so replay fails where `alembic upgrade` fails.
 */

export const COMMAND_HINT =
  'this needs a live database connection; check this project in command mode: "migrations": { "command": "alembic upgrade head" } with sqlalchemy.url taken from DATABASE_URL';

/** Alembic's own message for constraint changes outside batch mode (alembic/ddl/sqlite.py). */
export const NO_ALTER_CONSTRAINTS =
  'No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.';

const CONSTRAINT_OPS = new Set([
  'create_unique_constraint',
  'create_foreign_key',
  'create_check_constraint',
  'create_primary_key',
  'drop_constraint',
]);
const NO_OPS = new Set(['create_table_comment', 'drop_table_comment']);
const LIVE = new Set(['get_bind', 'get_context', 'run_async', 'invoke', 'implementation_for']);

export class RevisionInterpreter {
  readonly statements: Statement[] = [];
  private readonly collector: Collector;
  private readonly names: SaNames;
  private readonly tables = new Map<string, { name: string; columns: string[] }>();

  constructor(
    private readonly project: PythonProject,
    private readonly file: PyFile,
    /** The database as replayed so far, kept current, for batch-mode reflection; undefined to skip. */
    private readonly db: Database | undefined,
  ) {
    this.names = new SaNames(project);
    this.collector = new Collector(
      project,
      this.names,
      new TypeResolver(project, this.names),
      () => undefined,
    );
  }

  private where(node: PyNode): SourceRef {
    return { path: this.file.path, line: node.line, column: node.column };
  }

  private emit(sql: string, node: PyNode): undefined {
    this.statements.push({ sql, location: this.where(node) });
    if (!this.db) return undefined;
    try {
      this.db.run(sql);
    } catch {
      // Replay reports the failure with its location; reflection just sees the database as it is.
    }
  }

  private block(node: PyNode, message: string, hint = COMMAND_HINT): undefined {
    this.statements.push({ sql: '', location: this.where(node), blocked: { message, hint } });
  }

  run(fn: PyNode): void {
    for (const stmt of statementsOf(fn.fields.body)) {
      if (!this.statement(stmt)) break;
    }
  }

  private isOp(node: PyNode | undefined, object = 'op'): string | undefined {
    const n = node && unwrap(node);
    if (n?.type !== 'call') return undefined;
    const fn = n.fields.function;
    if (fn?.type !== 'attribute' || fn.fields.object?.text !== object) return undefined;
    return fn.fields.attribute?.text;
  }

  private mentionsOp(node: PyNode): boolean {
    return /\bop\.\w+\s*\(/.test(node.text);
  }

  /** Returns false when the function returns. */
  private statement(stmt: PyNode): boolean {
    switch (stmt.type) {
      case 'string':
      case 'pass_statement':
      case 'import_statement':
      case 'import_from_statement':
        return true;
      case 'return_statement':
        return false;
      case 'with_statement':
        this.withStatement(stmt);
        return true;
      case 'assignment':
        this.assignment(stmt);
        return true;
      case 'call': {
        const op = this.isOp(stmt);
        if (op) this.op(op, stmt);
        else if (this.mentionsOp(stmt))
          this.block(stmt, `${stmt.text.slice(0, 60)} cannot be interpreted statically`);
        return true;
      }
      default:
        if (this.mentionsOp(stmt) || /\b(get_bind|inspect|dialect)\b/.test(stmt.text)) {
          const what =
            stmt.type === 'if_statement'
              ? `a condition evaluated at run time (${stmt.fields.condition?.text.slice(0, 60) ?? ''})`
              : stmt.type === 'for_statement' || stmt.type === 'while_statement'
                ? 'a loop'
                : `a ${stmt.type.replace(/_/g, ' ')}`;
          this.block(stmt, `this migration step runs inside ${what}; it cannot be replayed statically`);
        }
        return true;
    }
  }

  private assignment(stmt: PyNode): void {
    const right = stmt.fields.right && unwrap(stmt.fields.right);
    const left = stmt.fields.left;
    if (!right) return;
    if (/\b(get_bind|get_context|inspect)\s*\(/.test(right.text)) {
      this.block(stmt, `${right.text.slice(0, 60)} needs a live database connection`);
      return;
    }
    const callee = this.names.callee(this.file, right);
    if ((callee === 'table' || callee === 'Table') && left?.type === 'identifier' && right.type === 'call') {
      const args = callArgs(right);
      const name = stringValue(args.positional[0]);
      if (name) {
        const columns = args.positional
          .slice(1)
          .map((a) =>
            unwrap(a).type === 'call' ? stringValue(callArgs(unwrap(a)).positional[0]) : undefined,
          )
          .filter((c): c is string => c !== undefined);
        this.tables.set(left.text, { name, columns });
      }
      return;
    }
    const op = this.isOp(right);
    if (op) this.op(op, right);
  }

  /** `op.f("name")`, `conv("name")` or a plain string. */
  private name(node: PyNode | undefined): string | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === 'call') {
      const fn = n.fields.function;
      const last = fn?.type === 'attribute' ? fn.fields.attribute?.text : fn?.text;
      if (last === 'f' || last === 'conv') return stringValue(callArgs(n).positional[0]);
      return undefined;
    }
    return stringValue(n);
  }

  private stringList(node: PyNode | undefined): string[] | undefined {
    const items = node ? sequenceItems(node) : undefined;
    if (!items) return undefined;
    const values = items.map((i) => this.name(i));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }

  private arg(args: CallArgs, index: number, keyword: string): PyNode | undefined {
    return args.positional[index] ?? args.keywords.get(keyword);
  }

  private stubTable(name: string): TableSpec {
    return {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: DEFAULT_NAMING,
      source: { path: this.file.path, line: 1 },
    };
  }

  /** Runs `read` on the collector; its problems become one blocked step. */
  private understood<T>(node: PyNode, read: () => T | undefined): T | undefined {
    const before = this.collector.problems.length;
    const value = read();
    const problems = this.collector.problems.slice(before);
    if (problems.length > 0 || value === undefined) {
      this.block(
        node,
        problems.map((p) => p.message).join('; ') || `${node.text.slice(0, 60)} cannot be read statically`,
      );
      return undefined;
    }
    return value;
  }

  private op(name: string, call: PyNode): undefined {
    const args = callArgs(call);
    if (LIVE.has(name)) return this.block(call, `op.${name}() needs a live database connection`);
    if (NO_OPS.has(name)) return;
    if (CONSTRAINT_OPS.has(name)) {
      return this.block(
        call,
        NO_ALTER_CONSTRAINTS,
        'wrap the change in `with op.batch_alter_table(...) as batch_op:`',
      );
    }
    switch (name) {
      case 'create_table': {
        const table = this.understood(call, () => this.collector.tableFromCall(this.file, call));
        if (!table) return;
        this.emit(createTableSql(table), call);
        for (const index of tableIndexes(table)) {
          const sql = createIndexSql(table, index);
          if (sql) this.emit(sql, call);
        }
        return;
      }
      case 'drop_table': {
        const table = this.name(this.arg(args, 0, 'table_name'));
        if (!table) return this.block(call, 'op.drop_table() with a computed table name');
        return this.emit(`DROP TABLE ${quoteIdent(table)}`, call);
      }
      case 'rename_table': {
        const from = this.name(this.arg(args, 0, 'old_table_name'));
        const to = this.name(this.arg(args, 1, 'new_table_name'));
        if (!from || !to) return this.block(call, 'op.rename_table() with computed names');
        return this.emit(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`, call);
      }
      case 'add_column':
        return this.addColumn(call, args, false);
      case 'drop_column': {
        const table = this.name(this.arg(args, 0, 'table_name'));
        const column = this.name(this.arg(args, 1, 'column_name'));
        if (!table || !column) return this.block(call, 'op.drop_column() with computed names');
        return this.emit(`ALTER TABLE ${quoteIdent(table)} DROP COLUMN ${quoteIdent(column)}`, call);
      }
      case 'alter_column':
        return this.alterColumn(call, args);
      case 'create_index':
        return this.createIndex(call, args, this.name(this.arg(args, 1, 'table_name')), 2);
      case 'drop_index': {
        const index = this.name(this.arg(args, 0, 'index_name'));
        if (!index) return this.block(call, 'op.drop_index() with a computed name');
        return this.emit(`DROP INDEX ${quoteIdent(index)}`, call);
      }
      case 'execute':
        return this.execute(args);
      case 'bulk_insert':
        return this.bulkInsert(call, args);
      case 'batch_alter_table':
        return this.block(call, 'op.batch_alter_table() outside a with block');
      default:
        return this.block(call, `op.${name}() is not interpreted statically`);
    }
  }

  private addColumn(call: PyNode, args: CallArgs, inBatch: boolean): undefined {
    const table = inBatch ? undefined : this.name(this.arg(args, 0, 'table_name'));
    const columnNode = inBatch ? this.arg(args, 0, 'column') : this.arg(args, 1, 'column');
    if ((!inBatch && !table) || !columnNode)
      return this.block(call, 'op.add_column() with computed arguments');
    const spec = this.stubTable(table ?? '');
    const column = this.understood(call, () =>
      this.collector.columnFromCall(this.file, unwrap(columnNode), spec),
    );
    if (!column) return;
    this.emit(
      `ALTER TABLE ${quoteIdent(table!)} ADD COLUMN ${columnSpec(spec, column, column.primaryKey ? [column.name] : [], undefined)}`,
      call,
    );
    // Alembic then adds the column's constraints, which SQLite cannot ALTER in.
    if (column.foreignKeys.length > 0 || (column.unique && !column.index) || column.checks.length > 0) {
      return this.block(call, NO_ALTER_CONSTRAINTS, 'add the column inside `with op.batch_alter_table(...)`');
    }
    if (column.index) {
      this.emit(
        createIndexSql({ ...spec, columns: [column] }, tableIndexes({ ...spec, columns: [column] })[0]!)!,
        call,
      );
    }
  }

  private alterColumn(call: PyNode, args: CallArgs): undefined {
    const table = this.name(this.arg(args, 0, 'table_name'));
    const column = this.name(this.arg(args, 1, 'column_name'));
    if (!table || !column) return this.block(call, 'op.alter_column() with computed names');
    const change = this.columnChange(call, args, column);
    if (!change) return;
    // Alembic's generic ALTER COLUMN forms, which SQLite rejects (its own message is what replay shows).
    const t = quoteIdent(table);
    const c = quoteIdent(column);
    const out: string[] = [];
    if (change.nullable !== undefined)
      out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} ${change.nullable ? 'DROP' : 'SET'} NOT NULL`);
    if (change.serverDefault !== undefined) {
      out.push(
        change.serverDefault === null
          ? `ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT`
          : `ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${change.serverDefault}`,
      );
    }
    if (change.type !== undefined) out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${change.type}`);
    if (change.newName !== undefined)
      out.push(`ALTER TABLE ${t} RENAME ${c} TO ${quoteIdent(change.newName)}`);
    for (const sql of out) this.emit(sql, call);
  }

  /** The changes of an alter_column call (shared by op and batch_op). */
  private columnChange(
    call: PyNode,
    args: CallArgs,
    column: string,
  ): Extract<BatchOp, { kind: 'alter_column' }> | undefined {
    const nullable = boolValue(args.keywords.get('nullable'));
    const newName = this.name(args.keywords.get('new_column_name'));
    let type: string | undefined;
    const typeNode = args.keywords.get('type_');
    if (typeNode) {
      const r = new TypeResolver(this.project, this.names).resolve(this.file, typeNode);
      if ('error' in r) {
        this.block(call, r.error);
        return undefined;
      }
      type = `${r.type.sql}${r.type.collation ?? ''}`;
    }
    let serverDefault: string | null | undefined;
    const dflt = args.keywords.get('server_default');
    if (dflt) {
      if (unwrap(dflt).type === 'none') serverDefault = null;
      else if (unwrap(dflt).type !== 'false') {
        serverDefault = this.collector.renderServerDefault(this.file, dflt);
        if (serverDefault === undefined) {
          this.block(call, `server_default ${dflt.text.slice(0, 60)} cannot be read statically`);
          return undefined;
        }
      }
    }
    return {
      kind: 'alter_column',
      name: column,
      ...(nullable !== undefined ? { nullable } : {}),
      ...(type !== undefined ? { type } : {}),
      ...(newName !== undefined ? { newName } : {}),
      ...(serverDefault !== undefined ? { serverDefault } : {}),
    };
  }

  private indexSql(
    call: PyNode,
    args: CallArgs,
    table: string | undefined,
    columnsAt: number,
  ): { name: string; sql: string } | undefined {
    const name = this.name(this.arg(args, 0, 'index_name'));
    const columnsNode = args.positional[columnsAt] ?? args.keywords.get('columns');
    if (!name || !table || !columnsNode) {
      this.block(call, 'create_index() with computed arguments');
      return undefined;
    }
    const items = sequenceItems(columnsNode) ?? [columnsNode];
    const parts: string[] = [];
    for (const item of items) {
      const plain = stringValue(item);
      if (plain !== undefined) {
        parts.push(quoteIdent(plain));
        continue;
      }
      const text = this.collector.renderSqlText(this.file, item);
      if (text === undefined) {
        this.block(call, `index expression ${item.text.slice(0, 60)} cannot be read statically`);
        return undefined;
      }
      parts.push(text);
    }
    const unique = boolValue(args.keywords.get('unique')) === true;
    const whereNode = args.keywords.get('sqlite_where');
    const where = whereNode ? this.collector.renderSqlText(this.file, whereNode) : undefined;
    if (whereNode && where === undefined) {
      this.block(call, `sqlite_where ${whereNode.text.slice(0, 60)} cannot be read statically`);
      return undefined;
    }
    const ifNotExists = boolValue(args.keywords.get('if_not_exists')) === true ? 'IF NOT EXISTS ' : '';
    const sql = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${ifNotExists}${quoteIdent(name)} ON ${quoteIdent(table)} (${parts.join(', ')})${where !== undefined ? ` WHERE ${where}` : ''}`;
    return { name, sql };
  }

  private createIndex(call: PyNode, args: CallArgs, table: string | undefined, columnsAt: number): undefined {
    const index = this.indexSql(call, args, table, columnsAt);
    if (index) this.emit(index.sql, call);
  }

  private execute(args: CallArgs): undefined {
    const arg = args.positional[0] ?? args.keywords.get('sqltext');
    if (!arg) return;
    let n = unwrap(arg);
    if (n.type === 'call' && this.names.callee(this.file, n) === 'text' && callArgs(n).positional[0]) {
      n = unwrap(callArgs(n).positional[0]!);
    }
    const s = evalString(n);
    if (s.kind === 'dynamic') return this.block(arg, `dynamic SQL (${s.reason}) is only known at run time`);
    if (s.kind !== 'string') {
      return this.block(
        arg,
        `op.execute(${arg.text.slice(0, 50)}) runs a SQL expression that is not a literal`,
      );
    }
    const parts = statementsInString(s, this.file.path);
    for (const p of parts) {
      this.statements.push(p);
      try {
        this.db?.run(p.sql);
      } catch {
        // reported by replay
      }
    }
  }

  private literal(node: PyNode): string | undefined {
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== undefined) return quoteLiteral(s);
    if (n.type === 'integer' || n.type === 'float') return n.text.replace(/_/g, '');
    if (n.type === 'unary_operator' && /^-\s*\d/.test(n.text)) return n.text.replace(/\s+/g, '');
    if (n.type === 'true') return '1';
    if (n.type === 'false') return '0';
    if (n.type === 'none') return 'NULL';
    return undefined;
  }

  private bulkInsert(call: PyNode, args: CallArgs): undefined {
    const tableNode = args.positional[0];
    const rowsNode = args.positional[1] ?? args.keywords.get('rows');
    const table = tableNode?.type === 'identifier' ? this.tables.get(tableNode.text) : undefined;
    const rows = rowsNode ? sequenceItems(rowsNode) : undefined;
    if (!table || !rows)
      return this.block(call, 'op.bulk_insert() with a table or rows computed at run time');
    for (const row of rows) {
      const dict = unwrap(row);
      if (dict.type !== 'dictionary') return this.block(row, 'a bulk_insert row that is not a dict literal');
      const values = new Map<string, string>();
      for (const pair of dict.children) {
        const key = pair.fields.key && stringValue(pair.fields.key);
        const value = pair.fields.value && this.literal(pair.fields.value);
        if (key === undefined || value === undefined) {
          return this.block(pair, `bulk_insert value ${pair.text.slice(0, 60)} is computed at run time`);
        }
        values.set(key, value);
      }
      const columns = [
        ...table.columns.filter((c) => values.has(c)),
        ...[...values.keys()].filter((k) => !table.columns.includes(k)),
      ];
      this.emit(
        `INSERT INTO ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map((c) => values.get(c)).join(', ')})`,
        row,
      );
    }
  }

  // ── batch mode ─────────────────────────────────────────────────────────────────────────────

  private withStatement(stmt: PyNode): undefined {
    const item = stmt.children.find((c) => c.type === 'with_clause')?.children[0];
    const value = item?.fields.value ? unwrap(item.fields.value) : undefined;
    const asPattern = value?.type === 'as_pattern' ? value : undefined;
    const call = asPattern ? unwrap(asPattern.children[0]!) : value;
    const alias = asPattern?.children.find((c) => c.type === 'as_pattern_target')?.text;
    if (!call || this.isOp(call) !== 'batch_alter_table' || !alias) {
      if (this.mentionsOp(stmt)) this.block(stmt, 'a with block other than op.batch_alter_table()');
      else for (const s of statementsOf(stmt.fields.body)) this.statement(s);
      return;
    }
    const args = callArgs(call);
    const table = this.name(this.arg(args, 0, 'table_name'));
    if (!table) return this.block(call, 'op.batch_alter_table() with a computed table name');
    const recreate = stringValue(args.keywords.get('recreate')) ?? 'auto';
    const ops: { op: BatchOp; node: PyNode; addDefaultIsExpression?: boolean }[] = [];
    for (const s of statementsOf(stmt.fields.body)) {
      if (s.type === 'pass_statement' || s.type === 'string') continue;
      const name = this.isOp(s, alias);
      if (!name)
        return this.block(s, `${s.text.slice(0, 60)} inside batch_alter_table cannot be replayed statically`);
      const batchOp = this.batchOp(name, unwrap(s), table);
      if (!batchOp) return;
      ops.push({ node: s, ...batchOp });
    }
    const needsRecreate =
      recreate === 'always' ||
      (recreate === 'auto' &&
        requiresRecreate(
          ops.map((o) => o.op),
          (op) => ops.find((o) => o.op === op)?.addDefaultIsExpression === true,
        ));
    if (!needsRecreate) {
      for (const { op, node } of ops) {
        if (op.kind === 'add_column')
          this.emit(
            `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${op.sql}${op.notNull ? ' NOT NULL' : ''}`,
            node,
          );
        else if (op.kind === 'create_index') this.emit(op.sql, node);
        else if (op.kind === 'drop_index') this.emit(`DROP INDEX ${quoteIdent(op.name)}`, node);
        else this.block(node, NO_ALTER_CONSTRAINTS, 'use recreate="auto" (the default) or "always"');
      }
      return;
    }
    if (!this.db) return this.block(call, 'batch mode needs the table as replayed so far', COMMAND_HINT);
    const reflected = reflectTable(this.db, table);
    if (!reflected)
      return this.block(call, `no such table: ${table} (batch mode reflects the table before copying it)`);
    const rebuilt = rebuildStatements(
      reflected,
      ops.map((o) => o.op),
    );
    if ('error' in rebuilt) return this.block(call, rebuilt.error);
    for (const sql of rebuilt.statements) this.emit(sql, call);
  }

  private batchOp(
    name: string,
    call: PyNode,
    table: string,
  ): { op: BatchOp; addDefaultIsExpression?: boolean } | undefined {
    const args = callArgs(call);
    switch (name) {
      case 'add_column': {
        const node = this.arg(args, 0, 'column');
        const spec = this.stubTable(table);
        const column =
          node && this.understood(call, () => this.collector.columnFromCall(this.file, unwrap(node), spec));
        if (!column) return undefined;
        const sql = columnSpec(spec, { ...column, nullable: true }, [], undefined);
        const dflt = column.serverDefault;
        return {
          op: {
            kind: 'add_column',
            name: column.name,
            sql,
            notNull: !column.nullable || column.primaryKey,
            pk: column.primaryKey,
          },
          addDefaultIsExpression: dflt?.startsWith('(') === true,
        };
      }
      case 'drop_column': {
        const column = this.name(this.arg(args, 0, 'column_name'));
        if (!column) return this.fail(call);
        return { op: { kind: 'drop_column', name: column } };
      }
      case 'alter_column': {
        const column = this.name(this.arg(args, 0, 'column_name'));
        if (!column) return this.fail(call);
        const change = this.columnChange(call, args, column);
        return change ? { op: change } : undefined;
      }
      case 'create_unique_constraint': {
        const columns = this.stringList(this.arg(args, 1, 'columns'));
        if (!columns) return this.fail(call);
        const cname = this.name(this.arg(args, 0, 'constraint_name'));
        return { op: { kind: 'unique', ...(cname ? { name: cname } : {}), columns } };
      }
      case 'create_foreign_key': {
        const cname = this.name(this.arg(args, 0, 'constraint_name'));
        const referent = this.name(this.arg(args, 1, 'referent_table'));
        const local = this.stringList(this.arg(args, 2, 'local_cols'));
        const remote = this.stringList(this.arg(args, 3, 'remote_cols'));
        if (!referent || !local || !remote) return this.fail(call);
        const onDelete = stringValue(args.keywords.get('ondelete'))?.toUpperCase();
        const onUpdate = stringValue(args.keywords.get('onupdate'))?.toUpperCase();
        return {
          op: {
            kind: 'foreign_key',
            fk: {
              ...(cname ? { name: cname } : {}),
              columns: local,
              table: referent,
              refColumns: remote,
              ...(onDelete ? { onDelete } : {}),
              ...(onUpdate ? { onUpdate } : {}),
            },
          },
        };
      }
      case 'create_check_constraint': {
        const cname = this.name(this.arg(args, 0, 'constraint_name'));
        const condition = this.arg(args, 1, 'condition');
        const sql = condition && this.collector.renderSqlText(this.file, condition);
        if (sql === undefined) return this.fail(call);
        return { op: { kind: 'check', ...(cname ? { name: cname } : {}), sql } };
      }
      case 'create_primary_key': {
        const cname = this.name(this.arg(args, 0, 'constraint_name'));
        const columns = this.stringList(this.arg(args, 1, 'columns'));
        if (!columns) return this.fail(call);
        return { op: { kind: 'primary_key', ...(cname ? { name: cname } : {}), columns } };
      }
      case 'drop_constraint': {
        const cname = this.name(this.arg(args, 0, 'constraint_name'));
        if (!cname) return this.fail(call);
        return { op: { kind: 'drop_constraint', name: cname } };
      }
      case 'create_index': {
        const index = this.indexSql(call, args, table, 1);
        return index ? { op: { kind: 'create_index', name: index.name, sql: index.sql } } : undefined;
      }
      case 'drop_index': {
        const index = this.name(this.arg(args, 0, 'index_name'));
        if (!index) return this.fail(call);
        return { op: { kind: 'drop_index', name: index } };
      }
      default:
        this.block(call, `batch_op.${name}() is not interpreted statically`);
        return undefined;
    }
  }

  private fail(call: PyNode): undefined {
    this.block(call, `${call.text.slice(0, 60)}: arguments computed at run time`);
    return undefined;
  }
}
