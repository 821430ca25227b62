import { dottedName, type PyNode, unwrap } from '../../python/ast.js';
import { qualify } from '../../python/imports.js';
import type { Definition, PyFile, PythonProject } from '../../python/project.js';

// Module path segments between `sqlalchemy` and a public name (`sqlalchemy.sql.sqltypes.String`).
const SUBMODULES = new Set([
  'orm',
  'types',
  'schema',
  'sql',
  'sqltypes',
  'expression',
  'elements',
  'functions',
  'ext',
  'declarative',
  'decl_api',
  'dialects',
  'sqlite',
  'base',
  'asyncio',
  'type_api',
  'postgresql',
  'mysql',
  'mssql',
  'oracle',
]);

/**
 * Names SQLAlchemy objects the way this loader reasons about them: `Column`, `String`, `func.now`,
 * `DeclarativeBase`, whatever the import path or alias (`sa.Column`, `from sqlalchemy import types
 * as t; t.String`), and Flask-SQLAlchemy's `db.Column` / `db.Model` (as `Column` / `flask.Model`).
 */
export class SaNames {
  private readonly flaskMemo = new Map<Definition, boolean>();

  constructor(private readonly project: PythonProject) {}

  /** The canonical SQLAlchemy name of an expression, or undefined when it is not one. */
  of(file: PyFile, node: PyNode | undefined): string | undefined {
    if (!node) return undefined;
    const target = unwrap(node);
    const qualified = qualify(file.scope, target);
    if (qualified === undefined) return undefined;
    const parts = qualified.split('.');
    if (parts[0] === 'sqlalchemy' || parts[0] === 'sqlmodel') {
      let i = 1;
      while (i < parts.length - 1 && SUBMODULES.has(parts[i]!)) i++;
      return parts.slice(i).join('.');
    }
    if (parts[0] === 'flask_sqlalchemy' && parts.length === 2) return `flask.${parts[1]}`;
    // db.Column, db.Model, db.func.now(): attributes of a Flask-SQLAlchemy instance
    const written = dottedName(target)?.split('.') ?? [];
    if (written.length >= 2 && this.isFlaskDb(file, target)) {
      const rest = written.slice(1).join('.');
      return rest === 'Model' ? 'flask.Model' : rest;
    }
    return undefined;
  }

  /** The canonical name of a call's callee. */
  callee(file: PyFile, node: PyNode | undefined): string | undefined {
    if (!node) return undefined;
    const call = unwrap(node);
    return call.type === 'call' ? this.of(file, call.fields.function) : undefined;
  }

  private isFlaskDb(file: PyFile, node: PyNode): boolean {
    let head = node;
    while (head.type === 'attribute' && head.fields.object) head = unwrap(head.fields.object);
    if (head.type !== 'identifier') return false;
    const def = this.project.lookupIn(file, head.text);
    if (!def) {
      // Imported from a module outside the project files read: `db` is the universal convention.
      return head.text === 'db';
    }
    const memo = this.flaskMemo.get(def);
    if (memo !== undefined) return memo;
    this.flaskMemo.set(def, false);
    let result = false;
    if (def.kind === 'value') {
      const value = unwrap(def.node);
      if (value.type === 'call') {
        const q = qualify(def.file.scope, value.fields.function!);
        result =
          q === 'flask_sqlalchemy.SQLAlchemy' || q === 'SQLAlchemy' || q?.endsWith('.SQLAlchemy') === true;
      }
    }
    this.flaskMemo.set(def, result);
    return result;
  }
}
