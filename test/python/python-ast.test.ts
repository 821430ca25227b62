import { describe, expect, it } from 'vitest';
import { importScope, qualify } from '../../src/python/imports.js';
import { loadPythonParser } from '../../src/python/parser.js';
import { evalString } from '../../src/python/strings.js';

const parser = await loadPythonParser();

/** The expression on the right of the module's first assignment. */
function rhs(source: string) {
  const stmt = parser.parse(source, 'm.py').root.children[0]!.children[0]!;
  return stmt.fields.right!;
}

describe('string literal evaluation', () => {
  it('joins implicit concatenation across quotes and prefixes', () => {
    expect(evalString(rhs(`x = ("CREATE " 'TABLE'\n     r" t\\d" b' (id)')\n`))).toMatchObject({
      kind: 'string',
      value: 'CREATE TABLE t\\d (id)',
      verbatim: false,
    });
  });

  it('decodes escapes in plain strings and keeps triple-quoted text verbatim with its position', () => {
    expect(evalString(rhs('x = "a\\tb\\n\\x41\\u00e9"\n'))).toMatchObject({
      value: 'a\tb\nAé',
      verbatim: false,
    });
    expect(evalString(rhs('x = """\nSELECT 1;\n"""\n'))).toMatchObject({
      value: '\nSELECT 1;\n',
      line: 1,
      column: 8,
      verbatim: true,
    });
  });

  it('accepts f-strings without placeholders and reports those with placeholders as dynamic', () => {
    expect(evalString(rhs('x = f"SELECT {{1}}"\n'))).toMatchObject({ kind: 'string', value: 'SELECT {1}' });
    expect(evalString(rhs('x = f"DROP TABLE {name}"\n'))).toMatchObject({
      kind: 'dynamic',
      reason: 'an f-string with placeholders',
    });
    expect(evalString(rhs('x = "DROP TABLE %s" % name\n'))).toMatchObject({ kind: 'dynamic' });
    expect(evalString(rhs('x = "DROP TABLE {}".format(name)\n'))).toMatchObject({
      kind: 'dynamic',
      reason: 'str.format()',
    });
    expect(evalString(rhs('x = name\n'))).toEqual({ kind: 'none' });
  });
});

describe('import aliases', () => {
  const module = parser.parse(
    [
      'import sqlalchemy as sa',
      'import sqlalchemy.orm as so',
      'from sqlalchemy import Column as C, types as t',
      'from ..base import Base',
      'from . import mixins',
      'try:',
      '    from sqlalchemy.orm import DeclarativeBase',
      'except ImportError:',
      '    pass',
      'x = [sa.Integer, so.mapped_column, C, t.String, Base, mixins.Audit, DeclarativeBase, local.thing]',
      '',
    ].join('\n'),
    'app/models/user.py',
  );
  const scope = importScope(module.root, 'app/models/user.py');

  it('resolves aliases, from-imports, relative imports and guarded imports to qualified names', () => {
    const items = module.root.children.at(-1)!.children[0]!.fields.right!.children;
    expect(items.map((n) => qualify(scope, n))).toEqual([
      'sqlalchemy.Integer',
      'sqlalchemy.orm.mapped_column',
      'sqlalchemy.Column',
      'sqlalchemy.types.String',
      'app.base.Base',
      'app.models.mixins.Audit',
      'sqlalchemy.orm.DeclarativeBase',
      'local.thing',
    ]);
  });
});
