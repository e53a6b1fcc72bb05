// Outputs as `KEY=VALUE` lines that a GitLab dotenv report, `source` and dotenv libraries all read.
// GitLab keeps quotes as part of the value and refuses multi-line values, so single-line values are
// written exactly as they are; a value with a line break (or one starting with a quote, which would
// otherwise be ambiguous) is written as a JSON string: `BUILD_ARGS="CACHE_BUST=abc\nVERSION=1.2.3"`,
// which dotenv libraries turn back into lines and anything else can JSON.parse.

/** An output or variable name as a dotenv key: ASCII letters, digits and `_`, upper case (`short-commit` -> `SHORT_COMMIT`). */
export function dotenvKey(name: string): string {
  const key = name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/** A value as written after `KEY=`: unchanged when single-line, else JSON-quoted. */
export function dotenvValue(value: string): string {
  return /[\r\n]/.test(value) || /^["']/.test(value) ? JSON.stringify(value) : value;
}

/** `KEY=VALUE` lines, one per entry, each ending with a newline. */
export function formatDotenv(entries: Iterable<readonly [string, string]>): string {
  let text = '';
  for (const [key, value] of entries) text += `${key}=${dotenvValue(value)}\n`;
  return text;
}
