/**
 * One step output in the GITHUB_OUTPUT file format (`name<<DELIM`, value, `DELIM`); the delimiter is
 * random so a value can never end the block early.
 */
export function formatOutput(name: string, value: string, delimiter: string): string {
  if (value.includes(delimiter) || name.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains the delimiter`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
