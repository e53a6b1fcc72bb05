// Reads a text file as lines of bytes without holding more than one chunk: the lcov and Go
// profile readers get the chunk and each line's bounds and decode only what they keep (a path, a
// function name), so a 100 MB report allocates no string per line (the hot path of the lcov
// benchmark) and memory does not grow with the file. A line cut by a chunk boundary is joined
// from its two pieces alone, never by copying the whole chunk.
import { createReadStream } from 'node:fs';
import { reportGcNudge } from '../runtime-memory/gc-nudge';

/** Called for each line: `bytes[start, end)` is the line without its line break. */
export type LineVisitor = (bytes: Buffer, start: number, end: number, lineNumber: number) => void;

/**
 * Read size of every report stream. Small on purpose: V8 puts strings over ~128 KB straight into
 * the old generation (large objects), where a 1 MB chunk a millisecond piles up until a full
 * collection; 64 KB chunks die young and peak memory stays flat (bench/quality-gate.mjs).
 */
export const STREAM_CHUNK_BYTES = 64 * 1024;
const NEWLINE = 10;
const CR = 13;

/** Visits every line of `file` in order; resolves when the file is read. */
export async function visitLines(file: string, onLine: LineVisitor): Promise<void> {
  // Each chunk is garbage once its lines are visited (gc-nudge.ts).
  const nudge = await reportGcNudge();
  const stream = createReadStream(file, { highWaterMark: STREAM_CHUNK_BYTES });
  let carry: Buffer | undefined;
  let lineNumber = 0;
  const emit = (bytes: Buffer, start: number, newline: number) => {
    const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
    onLine(bytes, start, end, ++lineNumber);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    nudge.passedBytes(chunk.length);
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    if (carry) {
      if (newline === -1) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const joined = Buffer.concat([carry, chunk.subarray(0, newline)]);
      emit(joined, 0, joined.length);
      carry = undefined;
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      emit(chunk, start, newline);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    // A copy: the stream may reuse the chunk's memory.
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (carry && carry.length > 0) emit(carry, 0, carry.length);
}

/** Parses a non-negative integer from ASCII `bytes[start, end)` without allocating; NaN if not digits. */
export function parseUint(bytes: Buffer, start: number, end: number): number {
  if (start >= end) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i] - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}
