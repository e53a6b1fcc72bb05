// The byte streams of a blob copy: a pass-through that checks the digest and size of what goes
// through before letting the last bytes go on, and the cutting of one stream into the pieces of
// a chunked upload. Memory stays at a few stream buffers whatever the blob's size.
import type { Readable, Transform } from 'node:stream';
import { GcNudge } from '../runtime-memory/gc-nudge';
import { createHash, digestAlgorithm } from './digest';
import { stream } from '../http/transport';

/**
 * Bytes pass on as they come, hashed on the way, except the latest chunk, held back until the
 * next arrives. At the end the digest and size are checked and only then does the held chunk go
 * on: an upload whose server commits on the last byte never commits content that does not match.
 * Fails with `mismatch(actual)` (`actual` names the digest or the byte count found).
 */
export function verifyingStream(digest: string, size: number, mismatch: (actual: string) => Error): Transform {
  const algorithm = digestAlgorithm(digest);
  const hash = createHash(algorithm);
  let seen = 0;
  let held: Buffer | undefined;
  // The buffers handed on are garbage once sent (see gc-nudge.ts; bench/promotion.mjs measures it).
  const nudge = new GcNudge();
  return new (stream().Transform)({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > size) {
        done(mismatch(`more than the ${size} bytes its descriptor says`));
        return;
      }
      hash.update(chunk);
      nudge.passedBytes(chunk.length);
      if (held) this.push(held);
      held = chunk;
      done();
    },
    flush(done) {
      if (seen !== size) {
        done(mismatch(`${seen} bytes, not the ${size} its descriptor says`));
        return;
      }
      const actual = `${algorithm}:${hash.digest('hex')}`;
      if (actual !== digest) {
        done(mismatch(actual));
        return;
      }
      done(null, held);
    },
  });
}

/**
 * Cuts `source` into consecutive pieces: each `next(n)` is a stream of the next `n` bytes (fewer
 * only when the source ends). Take one piece to its end before asking for the next.
 */
export function pieces(source: Readable): { next(n: number): Readable } {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let rest: Buffer | undefined;
  async function* piece(n: number): AsyncGenerator<Buffer> {
    for (let left = n; left > 0;) {
      let chunk = rest;
      rest = undefined;
      if (!chunk) {
        const read = await iterator.next();
        if (read.done) return;
        chunk = read.value;
      }
      if (chunk.length > left) {
        rest = chunk.subarray(left);
        chunk = chunk.subarray(0, left);
      }
      left -= chunk.length;
      yield chunk;
    }
  }
  return { next: (n) => stream().Readable.from(piece(n), { objectMode: false }) };
}
