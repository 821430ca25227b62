import { setFlagsFromString } from 'node:v8';

let favoured = false;

/**
 * From now on V8 trades some speed for memory (`--optimize-for-size`: smaller heap growth steps,
 * smaller young generations) in this thread, and in threads started after this call. V8's defaults
 * suit a long-running server; a long replay holds three heaps and three SQLite instances at once.
 * Short runs leave it off: there it costs more time than it saves memory. Returns whether this
 * call turned it on.
 */
export function favourMemoryOverSpeed(): boolean {
  if (favoured) return false;
  favoured = true;
  setFlagsFromString('--optimize-for-size');
  return true;
}
