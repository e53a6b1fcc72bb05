// The byte streams of a blob copy: what the digest check lets through and when (the last chunk
// only after the check passed), and the cutting of one stream into upload pieces.
import { Readable } from 'node:stream';
import { sha256Digest } from '@cib/core/registry/digest';
import { pieces, verifyingStream } from '@cib/core/registry/blob-stream';

const parts = [Buffer.from('aaaa'), Buffer.from('bbbb'), Buffer.from('cc')];
const whole = Buffer.concat(parts);

/** Feeds `chunks` through a check for `digest`/`size`; returns what came out before the end, and how it ended. */
async function through(chunks: Buffer[], digest: string, size: number) {
  const check = verifyingStream(digest, size, (actual) => new Error(`mismatch: ${actual}`));
  const out: string[] = [];
  check.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  const ended = new Promise<string>((resolve) => {
    check.on('end', () => resolve('end'));
    check.on('error', (error) => resolve(error.message));
  });
  const beforeEnd: string[][] = [];
  for (const chunk of chunks) {
    check.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
    beforeEnd.push([...out]);
  }
  check.end();
  return { beforeEnd, ending: await ended, out };
}

test('bytes pass as they come, except the latest chunk, which goes on only once the digest is right', async () => {
  const { beforeEnd, ending, out } = await through(parts, sha256Digest(whole), whole.length);
  expect(beforeEnd).toEqual([[], ['aaaa'], ['aaaa', 'bbbb']]);
  expect(ending).toBe('end');
  expect(out).toEqual(['aaaa', 'bbbb', 'cc']);
});

test.each([
  ['other bytes', [Buffer.from('aaaa'), Buffer.from('bbbb'), Buffer.from('cX')], whole.length, `mismatch: sha256:`],
  ['fewer bytes than the size', parts.slice(0, 2), whole.length, 'mismatch: 8 bytes, not the 10'],
  ['more bytes than the size', [...parts, Buffer.from('d')], whole.length, 'mismatch: more than the 10 bytes'],
])('%s: fails, and the held-back last chunk never goes on', async (_name, chunks, size, message) => {
  const { ending, out } = await through(chunks, sha256Digest(whole), size);
  expect(ending).toMatch(message);
  expect(out.join('')).not.toBe(whole.toString());
  expect(out.join('').length).toBeLessThan(chunks.reduce((n, c) => n + c.length, 0));
});

test('pieces: consecutive streams of n bytes, cutting chunks where needed', async () => {
  const cut = pieces(Readable.from(parts, { objectMode: false }));
  const read = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };
  expect(await read(cut.next(3))).toBe('aaa');
  expect(await read(cut.next(6))).toBe('abbbbc');
  expect(await read(cut.next(3))).toBe('c');
  expect(await read(cut.next(3))).toBe('');
});
