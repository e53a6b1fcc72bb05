import { dotenvKey, dotenvValue, formatDotenv } from '../../../packages/cli/src/dotenv';

describe('dotenv output', () => {
  it.each([
    ['version', 'VERSION'],
    ['short-commit', 'SHORT_COMMIT'],
    ['cache-hit-ratio', 'CACHE_HIT_RATIO'],
    ['json.file', 'JSON_FILE'],
    ['2fa', '_2FA'],
  ])('writes the output %s as the key %s', (name, key) => {
    expect(dotenvKey(name)).toBe(key);
  });

  it.each([
    ['a plain value', '1.2.3', '1.2.3'],
    ['an empty value', '', ''],
    ['JSON on one line, unchanged (GitLab keeps quotes as part of the value)', '{"a":"b c"}', '{"a":"b c"}'],
    ['spaces and #', 'a b # c', 'a b # c'],
    ['a multi-line value, as a JSON string', 'A=1\nB=2', '"A=1\\nB=2"'],
    ['a value starting with a quote, as a JSON string', '"quoted"', '"\\"quoted\\""'],
    ['a CR, as a JSON string', 'a\rb', '"a\\rb"'],
  ])('writes %s', (_, value, written) => {
    expect(dotenvValue(value)).toBe(written);
  });

  it('writes one KEY=VALUE line per entry, no blank lines, and values read back', () => {
    const values: Array<[string, string]> = [
      ['VERSION', '1.4.0'],
      ['BUILD_ARGS', 'CACHE_BUST=abc\nVERSION=1.4.0'],
      ['EMPTY', ''],
    ];
    const text = formatDotenv(values);
    expect(text).toBe('VERSION=1.4.0\nBUILD_ARGS="CACHE_BUST=abc\\nVERSION=1.4.0"\nEMPTY=\n');
    // What a consumer does: the first `=` splits, a value starting with `"` is a JSON string.
    const read = text
      .trimEnd()
      .split('\n')
      .map((line) => {
        const eq = line.indexOf('=');
        const raw = line.slice(eq + 1);
        return [line.slice(0, eq), raw.startsWith('"') ? (JSON.parse(raw) as string) : raw];
      });
    expect(read).toEqual(values);
  });
});
