import { ruleCases } from '../helpers/rule-cases.js';
import { col, idx, schema, table } from '../helpers/schema.js';

const users = (...indexes: ReturnType<typeof idx>[]) =>
  schema([
    table('users', [col('id', 'INTEGER'), col('email', 'TEXT'), col('org', 'TEXT')], {
      primaryKey: ['id'],
      indexes,
    }),
  ]);
const create =
  "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, org TEXT);\nINSERT INTO users (email) VALUES ('a@x');\n";

ruleCases('unique', [
  {
    name: 'a UNIQUE constraint the migrations lack: CREATE UNIQUE INDEX (equivalent)',
    actualSql: create,
    expected: users(idx('sqlite_autoindex_users_1', ['email'], { unique: true, origin: 'u' })),
    want: [
      {
        severity: 'warning',
        column: 'email',
        message:
          'UNIQUE (email) on users is declared in the model but no migration creates it: duplicates can be inserted that the application assumes impossible',
        fix: /^CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users \(email\);$/,
      },
    ],
  },
  {
    name: 'a UNIQUE constraint the model lacks cannot be dropped: rebuild keeps rows',
    actualSql:
      "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, org TEXT);\nINSERT INTO users (email) VALUES ('a@x');",
    expected: users(),
    want: [
      {
        message:
          'UNIQUE (email) on users is created by the migrations but the model does not declare it: inserts the application expects to succeed can fail',
        fix: /CREATE TABLE new_users/,
      },
    ],
  },
  {
    name: 'unique in the model, plain index in the migrations',
    actualSql: `${create}CREATE INDEX users_email ON users (email);`,
    expected: users(idx('users_email', ['email'], { unique: true })),
    want: [
      {
        fix: /^DROP INDEX IF EXISTS users_email;\nCREATE UNIQUE INDEX IF NOT EXISTS users_email ON users \(email\);$/,
      },
    ],
  },
  {
    name: 'UNIQUE (a, b) table constraint = CREATE UNIQUE INDEX on (a, b)',
    actualSql: `${create}CREATE UNIQUE INDEX users_org_email ON users (org, email);`,
    expected: users(idx('sqlite_autoindex_users_1', ['org', 'email'], { unique: true, origin: 'u' })),
    want: [],
  },
]);
