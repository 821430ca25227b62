import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/rules/catalog.ts
var RULES = {
  "replay-error": {
    id: "replay-error",
    severity: "error",
    summary: "A migration fails when replayed on a fresh database.",
    help: "Every migration is replayed from zero on an empty SQLite database, as a new environment or a CI job would run them. A statement that fails there will fail on every fresh database. Fix the statement (the hint says how for common SQLite limits, such as ADD COLUMN with a non-constant default), then add a new migration rather than editing one that is already applied."
  },
  "migration-order": {
    id: "migration-order",
    severity: "error",
    summary: "Migration versions are duplicated, ambiguous, or out of order.",
    help: "Two migrations with the same version run in an order that depends on the tool, and a new migration numbered below one already merged is skipped by databases that already ran the later one. Give each migration a unique version that sorts after every migration on the base branch."
  },
  "migration-edited": {
    id: "migration-edited",
    severity: "error",
    summary: "A migration that was already merged or applied was changed.",
    help: "Databases that already applied a migration never run it again, so editing it makes fresh databases and existing ones diverge. Revert the edit and put the change in a new migration."
  },
  "table-missing": {
    id: "table-missing",
    severity: "error",
    summary: "A table in the models is not created by any migration.",
    help: "The application expects a table that a database built from the migrations does not have: queries against it fail at run time. Add a migration that creates it."
  },
  "table-extra": {
    id: "table-extra",
    severity: "warning",
    summary: "Migrations create a table the models do not declare.",
    help: "A table exists after replaying the migrations but no model declares it. Either the model was removed without a migration dropping the table, or the model is missing. Declare the model, drop the table in a migration, or ignore the table in the configuration."
  },
  "column-missing": {
    id: "column-missing",
    severity: "error",
    summary: "A column in the models is not added by any migration.",
    help: 'The model declares a column that a database built from the migrations lacks, so inserts and selects that name it fail ("table \u2026 has no column named \u2026"). Add a migration with ALTER TABLE \u2026 ADD COLUMN.'
  },
  "column-extra": {
    id: "column-extra",
    severity: "warning",
    summary: "Migrations add a column the models do not declare.",
    help: "A column exists after replaying the migrations but the model does not declare it. If it is NOT NULL without a default, inserts from the application will fail. Declare it in the model or drop it in a migration."
  },
  "column-type": {
    id: "column-type",
    severity: "error",
    summary: "A column's declared type or affinity differs.",
    help: "SQLite converts values on write according to the column's affinity: a column declared STRING has NUMERIC affinity, so '0123' is stored as 123. A different affinity is an error; the same affinity spelled differently (VARCHAR vs TEXT) is a notice. SQLite cannot change a column's type in place: rebuild the table."
  },
  "column-nullable": {
    id: "column-nullable",
    severity: "warning",
    summary: "NOT NULL differs between models and migrations.",
    help: "Columns added with ALTER TABLE often lack the NOT NULL the model declares, so NULLs slip in that the application assumes never happen. SQLite cannot add NOT NULL in place: rebuild the table."
  },
  "column-default": {
    id: "column-default",
    severity: "warning",
    summary: "A column's server-side default differs.",
    help: "The database default applies to inserts that omit the column, including those from other tools and raw SQL. A default the ORM applies on insert (SQLAlchemy default=) is not a database default: when the model has only that and the migrations give a database default, the difference is a notice that says so."
  },
  "primary-key": {
    id: "primary-key",
    severity: "error",
    summary: "Primary key columns differ.",
    help: "The primary key decides row identity and uniqueness. A different key means upserts and lookups behave differently. Rebuild the table with the intended key."
  },
  "foreign-key": {
    id: "foreign-key",
    severity: "warning",
    summary: "A foreign key is missing, extra, or points elsewhere.",
    help: "Columns added with ALTER TABLE ADD COLUMN \u2026 REFERENCES keep the reference, but a foreign key declared only in the model is not enforced by the database, and ON DELETE behaviour differs. Rebuild the table to add or change a foreign key."
  },
  index: {
    id: "index",
    severity: "warning",
    summary: "An index is missing or extra.",
    help: "Indexes are matched by table, columns and WHERE clause; a difference only in the name is a notice. A missing index makes queries slow; an extra one costs writes."
  },
  unique: {
    id: "unique",
    severity: "warning",
    summary: "A uniqueness constraint differs.",
    help: "A UNIQUE constraint and a unique index on the same columns are equivalent. A missing one lets duplicates in that the application assumes impossible; an extra one makes inserts fail."
  },
  check: {
    id: "check",
    severity: "notice",
    summary: "CHECK constraints differ.",
    help: "CHECK constraints are compared after normalizing whitespace, case and quoting."
  },
  view: {
    id: "view",
    severity: "warning",
    summary: "A view is missing, extra, or defined differently.",
    help: "Views are compared by their normalized SELECT."
  },
  trigger: {
    id: "trigger",
    severity: "warning",
    summary: "A trigger is missing, extra, or defined differently.",
    help: "Triggers are compared by their normalized definition."
  },
  "tracker-mismatch": {
    id: "tracker-mismatch",
    severity: "error",
    summary: "A database's migration tracker disagrees with its schema.",
    help: "The tracker table says a migration was applied but the schema lacks what it creates: it was marked applied by hand, or failed half-way. Re-run the missing statements and keep the tracker honest."
  },
  "destructive-change": {
    id: "destructive-change",
    severity: "warning",
    summary: "A migration drops data.",
    help: "DROP TABLE, DROP COLUMN, and table rebuilds that lose columns or cascade-delete child rows destroy data. Make sure it is intended and backed up."
  },
  "down-mismatch": {
    id: "down-mismatch",
    severity: "warning",
    summary: "A down migration does not restore the previous schema.",
    help: "Rolling back should return the schema to the state before the up migration. Objects left behind or lost make a later up fail or drift."
  },
  "model-error": {
    id: "model-error",
    severity: "error",
    summary: "A model definition could not be understood.",
    help: "driftcheck reads models statically, without running the application. A construct it cannot evaluate is reported at its line and the rest is still compared; use command mode to build the expected schema with your ORM instead."
  }
};

export {
  RULES
};
