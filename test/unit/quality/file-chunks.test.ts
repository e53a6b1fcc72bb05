// Reading a file in chunks that share one buffer (json-select's reads): every byte once, in order,
// the last chunk cut to what was read, and the file closed whether the reader finishes or stops.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileChunks } from '@cib/core/quality/file-chunks';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cib-file-chunks-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Open descriptors of this process (Linux): a chunk reader must not leave one behind. */
const openFiles = () => readdirSync('/proc/self/fd').length;

describe('fileChunks', () => {
  it.each([
    ['several whole chunks and a short one', 10 * 1024 + 7],
    ['whole chunks only', 4 * 1024],
    ['less than one chunk', 5],
    ['an empty file', 0],
  ])('%s: every byte once, in order, each chunk a view of the one buffer', async (_, length) => {
    const file = join(dir, `f${length}`);
    const content = Buffer.from(Array.from({ length }, (__, n) => (n * 7 + 3) % 256));
    writeFileSync(file, content);
    const copies: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for await (const chunk of fileChunks(file, 1024)) {
      copies.push(Buffer.from(chunk));
      buffers.add(chunk.buffer);
    }
    expect(Buffer.concat(copies).equals(content)).toBe(true);
    expect(copies.map((c) => c.length)).toEqual(
      Array.from({ length: Math.ceil(length / 1024) }, (__, n) => Math.min(1024, length - n * 1024)),
    );
    // One buffer for the whole file, however many chunks: nothing allocated per chunk.
    expect(buffers.size).toBe(length === 0 ? 0 : 1);
  });

  it('closes the file when the reader stops early or throws', async () => {
    const file = join(dir, 'stop');
    writeFileSync(file, Buffer.alloc(8 * 1024, 1));
    const before = openFiles();
    for await (const chunk of fileChunks(file, 1024)) if (chunk.length > 0) break;
    await expect(
      (async () => {
        for await (const chunk of fileChunks(file, 1024)) throw new Error(`stop at ${chunk.length}`);
      })(),
    ).rejects.toThrow('stop at 1024');
    expect(openFiles()).toBe(before);
  });

  it('a missing file is the same ENOENT a read stream gives', async () => {
    const reading = (async () => {
      for await (const chunk of fileChunks(join(dir, 'missing'), 1024)) expect(chunk).toBeUndefined();
    })();
    await expect(reading).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
