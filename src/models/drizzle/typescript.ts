/**
 * The TypeScript compiler, loaded on first use: only its parser is used (`createSourceFile`, no
 * program, no type checker), so user code is read, never run. It is large, so the bundle keeps it in
 * a chunk of its own that only Drizzle projects load.
 */
export type TS = typeof import('typescript');

let loading: Promise<TS> | undefined;

export function loadTypeScript(): Promise<TS> {
  loading ??= import('typescript').then((m) => ((m as { default?: TS }).default ?? m) as TS);
  return loading;
}
