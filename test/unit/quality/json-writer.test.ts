// writeJsonFile gives what JSON.stringify gives, written piece by piece.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJsonFile } from '@cib/core/quality/json-writer';
import { KeyHashes } from '@cib/core/quality/finding-keys';

describe('writeJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'json-writer-'));
  it.each([
    ['a report', { a: 1, b: [1, 'two', null, { c: undefined, d: true }], e: undefined, f: 'quote " and \\ and é' }],
    ['a large array', { items: Array.from({ length: 50_000 }, (_, i) => ({ id: `CVE-${i}`, n: i })) }],
    ['undefined in an array', [undefined, 1]],
    ['scalars', 'text'],
    ['an empty object', {}],
    // Written in slices; a slice never splits the surrogate pair at its end (😀 is two units).
    ['a long string', { s: `${'a'.repeat(64 * 1024 - 1)}😀"\n${'é'.repeat(200_000)}` }],
    ['key hashes', { h: new KeyHashes(Buffer.from(Array.from({ length: 8 * 20_000 }, (_, i) => (i * 7) % 256))) }],
  ])('%s', (_, value) => {
    const file = join(dir, 'out.json');
    writeJsonFile(file, value);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value)}\n`);
  });
});
