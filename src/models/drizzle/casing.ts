/** drizzle-orm's column-name casing (`casing` in drizzle.config), applied to keys used as names. */
export type Casing = 'snake_case' | 'camelCase' | undefined;

const WORDS = /[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g;

function words(input: string): string[] {
  return input.replace(/['\u2019]/g, '').match(WORDS) ?? [];
}

export function applyCasing(casing: Casing, key: string): string {
  if (casing === 'snake_case')
    return words(key)
      .map((w) => w.toLowerCase())
      .join('_');
  if (casing === 'camelCase') {
    return words(key)
      .map((w, i) => (i === 0 ? w.toLowerCase() : `${w[0]!.toUpperCase()}${w.slice(1)}`))
      .join('');
  }
  return key;
}
