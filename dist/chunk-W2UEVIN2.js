import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/migrations/types.ts
var MIGRATION_FORMATS = [
  "plain",
  "flyway",
  "golang-migrate",
  "goose",
  "dbmate",
  "sqlx",
  "prisma",
  "drizzle",
  "diesel",
  "alembic",
  "python",
  "command"
];

// src/models/types.ts
var MODEL_FORMATS = ["sql", "sqlite", "sqlalchemy", "prisma", "drizzle", "command"];

export {
  MIGRATION_FORMATS,
  MODEL_FORMATS
};
