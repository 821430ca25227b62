import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PyNode, toPyNode } from './ast.js';

/** A parsed Python module as plain data (the WASM tree is freed right after conversion). */
export interface PyModule {
  readonly path: string;
  readonly source: string;
  readonly root: PyNode;
  /** Lines where tree-sitter recovered from a syntax error. */
  readonly errorLines: readonly number[];
}

export interface PythonParser {
  parse(source: string, path: string): PyModule;
}

let loading: Promise<PythonParser> | undefined;

/** A WASM file beside the bundle in dist/, else resolved from node_modules (development, tests). */
function locate(file: string, fromPackage: () => string): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), file);
  return existsSync(beside) ? beside : fromPackage();
}

async function load(): Promise<PythonParser> {
  // Imported lazily: only projects with Python sources pay for the parser.
  const { Parser, Language } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  // `web-tree-sitter/package.json` is not exported; its main entry sits beside its wasm.
  const runtime = locate('web-tree-sitter.wasm', () =>
    join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm'),
  );
  await Parser.init({ locateFile: () => runtime });
  const grammar = locate('tree-sitter-python.wasm', () =>
    require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
  );
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source, path) {
      const tree = parser.parse(source);
      if (!tree) throw new Error(`tree-sitter could not parse ${path}`);
      try {
        const errorLines: number[] = [];
        const root = toPyNode(tree.rootNode, errorLines);
        return { path, source, root, errorLines };
      } finally {
        tree.delete();
      }
    },
  };
}

/** The Python parser, loaded once per process on first use. */
export function loadPythonParser(): Promise<PythonParser> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
