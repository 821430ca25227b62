import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/schema/app-defaults.ts
function withAppDefaults(schema, defaults) {
  if (defaults.size === 0) return schema;
  return {
    ...schema,
    tables: schema.tables.map((table) => ({
      ...table,
      columns: table.columns.map((column) => {
        const appDefault = defaults.get(`${table.name}.${column.name}`.toLowerCase());
        return appDefault === void 0 ? column : { ...column, appDefault };
      })
    }))
  };
}

export {
  withAppDefaults
};
