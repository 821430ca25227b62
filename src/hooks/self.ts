import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The command line that runs this very driftcheck: node and dist/cli.js (beside this chunk in the
 * bundle), or, in a development checkout, node with tsx and src/cli/main.ts.
 */
export function selfCommand(): readonly string[] {
  if (process.env.DRIFTCHECK_BUNDLED === '1')
    return [process.execPath, fileURLToPath(new URL('./cli.js', import.meta.url))];
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return [process.execPath, '--import', tsx, fileURLToPath(new URL('../cli/main.ts', import.meta.url))];
}
