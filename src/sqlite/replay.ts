import type { MigrationSet, Statement } from '../migrations/types.js';
import { type AlterTable, locationAt, parseAlterTableSql } from './ddl.js';
import type { Database } from './engine.js';
import { hintFor } from './hints.js';
import { type AlterColumn, applyAlterColumn, parseAlterColumn } from './libsql-alter-column.js';
import { registerStandIns } from './replay-functions.js';
import { type ObserveScope, type Origin, Provenance } from './replay-provenance.js';
import { addColumnFailsWithRows } from './replay-rows.js';
import type {
  FailureKind,
  ForcedFailure,
  ReplayFailure,
  ReplayOptions,
  ReplayResult,
} from './replay-types.js';
import { splitStatements } from './split.js';
import {
  firstKeyword,
  identifierName,
  isIdentifier,
  isKeyword,
  significantTokens,
  skipTrivia,
} from './tokenize.js';

export type { ReplayFailure, ReplayOptions, ReplayResult } from './replay-types.js';

/** Statements after which `sqlite_schema` may differ (the only ones provenance has to look at). */
const DDL = new Set(['CREATE', 'ALTER', 'DROP', 'VACUUM']);
/** Data statements that change the schema only when they write sqlite_schema directly. */
const SCHEMA_WRITE = /sqlite_(?:master|schema)/i;
const TRANSACTION = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE']);

const NO_TRANSACTION = /^cannot (?:commit|rollback) - no transaction is active$/;

/** The part of sqlite_schema a successful DDL statement can have changed (see ObserveScope). */
function observeScope(keyword: string, alter: AlterTable | undefined): ObserveScope {
  if (keyword === 'CREATE') return { kind: 'new' };
  const kind = alter?.action.kind;
  // ADD and DROP COLUMN rewrite only the table's own row; renames rewrite references elsewhere.
  if (kind === 'add-column' || kind === 'drop-column') return { kind: 'table', name: alter!.table };
  return { kind: 'all' };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Replays the migrations of `set` on `db`, statement by statement, the way their runner would:
 * a transaction per migration ('migration'), autocommit ('none'), or one transaction around the
 * whole run (`outerTransaction`, drizzle); `PRAGMA foreign_keys=ON` first when the runner sets it.
 * Stops at the first failing migration (rolled back as the runner would) unless `keepGoing`, which
 * skips failing statements and reports every failure. Synchronous; touches nothing but `db`.
 */
export function replayMigrations(db: Database, set: MigrationSet, options: ReplayOptions = {}): ReplayResult {
  return new Replay(db, set, options).run();
}

class Replay {
  private readonly provenance: Provenance;
  private readonly failures: ReplayFailure[] = [];
  private readonly forced: ReadonlyMap<string, ForcedFailure>;
  /** The last ALTER statement parsed: the rows check and provenance both need it. */
  private lastAlter: { readonly sql: string; readonly parsed: AlterTable | undefined } | undefined;

  constructor(
    private readonly db: Database,
    private readonly set: MigrationSet,
    private readonly options: ReplayOptions,
  ) {
    this.forced = new Map((options.forcedFailures ?? []).map((f) => [`${f.migration}:${f.statement}`, f]));
    if (options.provenance) {
      this.provenance = Provenance.fromSnapshot(options.provenance);
    } else {
      this.provenance = new Provenance();
      this.provenance.observe(db); // a database resumed from a snapshot: adopt what it holds
    }
  }

  run(): ReplayResult {
    const { db, set, options } = this;
    registerStandIns(db, options.functions ?? []);
    const from = options.from ?? 0;
    const until = Math.min(options.until ?? set.migrations.length, set.migrations.length);
    // The pragma is a no-op inside a transaction, so it goes first, as runners do.
    if (set.foreignKeys) db.run('PRAGMA foreign_keys=ON');
    if (set.outerTransaction) this.control('BEGIN');

    let applied = 0;
    let stoppedAt: number | undefined;
    for (let i = from; i < until; i++) {
      options.onMigrationStart?.(i);
      const migration = set.migrations[i]!;
      const wrap = migration.transaction === 'migration' && !set.outerTransaction;
      if (wrap) this.control('BEGIN');
      let failed = false;
      let skipped = false;
      for (let s = 0; s < migration.up.length && !failed; s++) {
        options.onStatement?.(i, s);
        const failure = this.statement(i, s, migration.up[s]!);
        if (!failure) continue;
        this.failures.push(failure);
        failed = !options.keepGoing;
        skipped = true;
      }
      // Deferred constraints (foreign keys) are checked at COMMIT: that fails the migration too.
      const commitFailed = !failed && wrap && this.commit(i);
      if (failed || commitFailed) {
        // The runner rolls back its transaction (the migration's, or drizzle's whole run); a file
        // that opened its own transaction loses it when the runner's connection closes.
        this.control('ROLLBACK');
        if (failed || !options.keepGoing) {
          stoppedAt = i;
          break;
        }
        continue;
      }
      // With keepGoing, a migration whose failing statements were skipped is kept but not counted.
      if (!skipped) applied++;
      options.onMigration?.(i, db);
    }
    if (set.outerTransaction && stoppedAt === undefined && this.commit(until - 1)) {
      this.control('ROLLBACK');
      applied = 0;
    }
    return {
      applied,
      failures: this.failures,
      stoppedAt,
      notReplayed: stoppedAt === undefined ? 0 : until - stoppedAt - 1,
      provenance: this.provenance,
    };
  }

  /**
   * BEGIN/COMMIT/ROLLBACK issued on the runner's behalf. A file may have ended the transaction
   * itself (nothing to commit) or left one open (BEGIN then runs inside it); any other error is
   * returned.
   */
  private control(sql: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): string | undefined {
    try {
      this.db.run(sql);
    } catch (error) {
      const message = errorMessage(error);
      if (NO_TRANSACTION.test(message) || message === 'cannot start a transaction within a transaction') {
        return undefined;
      }
      return message;
    }
    this.mirror(sql, sql);
    return undefined;
  }

  /** The runner's COMMIT after migration `index`; a failure is recorded at its last statement. */
  private commit(index: number): boolean {
    const message = this.control('COMMIT');
    if (message === undefined) return false;
    const migration = this.set.migrations[index]!;
    const last = migration.up[migration.up.length - 1];
    const statement: Statement = last ?? { sql: '', location: { path: migration.path, line: 1 } };
    this.failures.push(
      this.failure(
        'sqlite',
        index,
        Math.max(0, migration.up.length - 1),
        statement,
        0,
        `${message} (at COMMIT)`,
      ),
    );
    return true;
  }

  /** Keeps provenance in step with the transaction state after a transaction statement succeeded. */
  private mirror(keyword: string, sql: string): void {
    const p = this.provenance;
    if (keyword === 'BEGIN') {
      p.begin();
      return;
    }
    if (keyword === 'COMMIT' || keyword === 'END') {
      p.commit();
      return;
    }
    const tokens = significantTokens(sql);
    const last = tokens.findLast(isIdentifier);
    const target = last ? identifierName(last) : '';
    let known = true;
    if (keyword === 'SAVEPOINT') p.savepoint(target);
    else if (keyword === 'RELEASE') known = p.release(target);
    else if (keyword === 'ROLLBACK') {
      if (tokens.some((t) => isKeyword(t, 'to'))) known = p.rollbackTo(target);
      else p.rollback();
    }
    // SQLite restored its schema; make sure provenance agrees even if the mirror lost track.
    if (keyword === 'ROLLBACK' || !known) p.observe(this.db);
  }

  private statement(migration: number, index: number, statement: Statement): ReplayFailure | undefined {
    const forced = this.forced.size > 0 ? this.forced.get(`${migration}:${index}`) : undefined;
    if (forced) return this.failure(forced.kind, migration, index, statement, 0, forced.message);
    if (statement.blocked) {
      const { message, hint } = statement.blocked;
      return { ...this.failure('blocked', migration, index, statement, 0, message), hint };
    }
    if (firstKeyword(statement.sql) === 'ALTER') {
      const alter = this.parseAlter(statement.sql);
      const rows = this.rowsOnlyFailure(migration, statement.sql, alter);
      if (rows) return this.failure('rows', migration, index, statement, 0, rows);
      // An ALTER this parser understands (ADD, DROP, RENAME) is not libSQL's ALTER COLUMN.
      const alterColumn = alter ? undefined : parseAlterColumn(statement.sql);
      if (alterColumn) return this.libsqlAlterColumn(migration, index, statement, alterColumn);
    }
    return this.execute(migration, index, statement);
  }

  private parseAlter(sql: string): AlterTable | undefined {
    if (this.lastAlter?.sql !== sql) this.lastAlter = { sql, parsed: parseAlterTableSql(sql) };
    return this.lastAlter.parsed;
  }

  /** libSQL's ALTER COLUMN (drizzle-kit, turso dialect), which SQLite cannot parse: done as libSQL does it. */
  private libsqlAlterColumn(
    migration: number,
    index: number,
    statement: Statement,
    alter: AlterColumn,
  ): ReplayFailure | undefined {
    const start = skipTrivia(statement.sql);
    try {
      applyAlterColumn(this.db, alter);
    } catch (error) {
      return this.failure('sqlite', migration, index, statement, start, errorMessage(error));
    }
    this.after(migration, statement, statement.sql, start, statement.sql.length);
    return undefined;
  }

  /** An ADD COLUMN on a table from an earlier migration that SQLite accepts only while the table is empty. */
  private rowsOnlyFailure(migration: number, sql: string, alter: AlterTable | undefined): string | undefined {
    if (alter?.action.kind !== 'add-column') return undefined;
    const table = this.provenance.object('table', alter.table);
    if (!table || (table.created && table.created.migration >= migration)) return undefined;
    return addColumnFailsWithRows(this.db, table.name, sql.slice(alter.action.definitionStart));
  }

  /** Runs every statement in `statement.sql` (usually one), noting where each starts. */
  private execute(migration: number, index: number, statement: Statement): ReplayFailure | undefined {
    const { sql } = statement;
    const iterator = this.db.iterateStatements(sql);
    let start = skipTrivia(sql);
    try {
      for (;;) {
        const next = iterator.next();
        if (next.done) return undefined;
        const prepared = next.value;
        while (prepared.step()) {
          // rows of a SELECT in a data migration are not needed
        }
        const end = sql.length - iterator.getRemainingSQL().length;
        this.after(migration, statement, sql, start, end);
        start = skipTrivia(sql, end);
      }
    } catch (error) {
      return this.failure('sqlite', migration, index, statement, start, errorMessage(error));
    } finally {
      (iterator as Partial<Iterator<unknown>>).return?.();
    }
  }

  /** Provenance and transaction bookkeeping after the statement at sql[start, end) succeeded. */
  private after(migration: number, statement: Statement, sql: string, start: number, end: number): void {
    const keyword = firstKeyword(sql, start);
    if (DDL.has(keyword) || (SCHEMA_WRITE.test(sql) && keyword !== 'SELECT')) {
      const text = start === 0 && end === sql.length ? sql : sql.slice(start, end);
      const origin: Origin = {
        migration,
        location: start === 0 ? statement.location : locationAt(statement.location, sql, start),
      };
      const alter = keyword === 'ALTER' ? this.parseAlter(text) : undefined;
      this.provenance.observe(this.db, origin, text, observeScope(keyword, alter));
    } else if (TRANSACTION.has(keyword)) {
      this.mirror(keyword, sql.slice(start, end));
    }
  }

  private failure(
    kind: FailureKind,
    migration: number,
    index: number,
    statement: Statement,
    start: number,
    message: string,
  ): ReplayFailure {
    const m = this.set.migrations[migration]!;
    // In a string of several statements, only the failing one (the splitter finds where it ends).
    const rest = start === 0 ? statement.sql : statement.sql.slice(start);
    const sql = (splitStatements(rest, '').length > 1 ? splitStatements(rest, '')[0]!.sql : rest).trim();
    const hint =
      kind === 'blocked'
        ? undefined
        : hintFor({ message, sql, kind, set: this.set, migration, provenance: this.provenance, db: this.db });
    return {
      kind,
      migration,
      migrationId: m.id,
      statement: index,
      sql,
      message,
      ...(hint?.text ? { hint: hint.text } : {}),
      ...(hint?.fix ? { fix: hint.fix } : {}),
      location: start === 0 ? statement.location : locationAt(statement.location, statement.sql, start),
    };
  }
}
