import { ruleCases } from '../helpers/rule-cases.js';
import { col, fk, schema, table } from '../helpers/schema.js';

const goals = table('goals', [col('id', 'TEXT', { notNull: true })], { primaryKey: ['id'] });
const instances = (...foreignKeys: ReturnType<typeof fk>[]) =>
  schema([
    goals,
    table('activity_instances', [col('id', 'INTEGER'), col('root_id', 'VARCHAR')], {
      primaryKey: ['id'],
      foreignKeys,
    }),
  ]);
const parent = "CREATE TABLE goals (id TEXT NOT NULL PRIMARY KEY);\nINSERT INTO goals VALUES ('g');\n";

ruleCases('foreign-key', [
  {
    name: 'declared in the model, absent after migrations: warning; rebuild adds it',
    actualSql: `${parent}CREATE TABLE activity_instances (id INTEGER PRIMARY KEY, root_id VARCHAR);\nINSERT INTO activity_instances (root_id) VALUES ('g');`,
    expected: instances(fk(['root_id'], 'goals', ['id'], { onDelete: 'CASCADE' })),
    want: [
      {
        severity: 'warning',
        table: 'activity_instances',
        column: 'root_id',
        message:
          'foreign key activity_instances.root_id → goals is declared in the model but no migration creates it',
        expected: '(root_id) REFERENCES goals(id) ON DELETE CASCADE',
        actual: null,
        fix: /FOREIGN KEY \(root_id\) REFERENCES goals \(id\) ON DELETE CASCADE/,
      },
    ],
  },
  {
    name: 'ON DELETE differs',
    actualSql: `${parent}CREATE TABLE activity_instances (id INTEGER PRIMARY KEY, root_id VARCHAR REFERENCES goals (id));`,
    expected: instances(fk(['root_id'], 'goals', ['id'], { onDelete: 'CASCADE' })),
    want: [
      {
        message:
          'foreign key on activity_instances.root_id: the model declares (root_id) REFERENCES goals(id) ON DELETE CASCADE, the migrations give (root_id) REFERENCES goals(id)',
      },
    ],
  },
  {
    name: 'extra in the migrations',
    actualSql: `${parent}CREATE TABLE activity_instances (id INTEGER PRIMARY KEY, root_id VARCHAR REFERENCES goals);`,
    expected: instances(),
    want: [{ expected: null, actual: '(root_id) REFERENCES goals(id)' }],
  },
  {
    name: 'REFERENCES goals = REFERENCES goals(id)',
    actualSql: `${parent}CREATE TABLE activity_instances (id INTEGER PRIMARY KEY, root_id VARCHAR REFERENCES goals);`,
    expected: instances(fk(['root_id'], 'goals', ['id'])),
    want: [],
  },
]);
