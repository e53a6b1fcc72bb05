// Reads a text file as lines without holding more than one chunk: the lcov and Go profile
// readers call `onLine` with the chunk and the line's bounds, so a 100 MB report allocates no
// string per line (the hot path of the lcov benchmark) and memory does not grow with the file.
import { createReadStream } from 'node:fs';

/** Called for each line: `text.slice(start, end)` is the line without its line break. */
export type LineVisitor = (text: string, start: number, end: number, lineNumber: number) => void;

const CHUNK_BYTES = 1 << 20;

/** Visits every line of `file` in order; resolves when the file is read. */
export async function visitLines(file: string, onLine: LineVisitor): Promise<void> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let carry = '';
  let lineNumber = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = carry === '' ? chunk : carry + chunk;
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline !== -1) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      onLine(text, start, end, ++lineNumber);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  if (carry !== '') {
    const end = carry.charCodeAt(carry.length - 1) === 13 ? carry.length - 1 : carry.length;
    onLine(carry, 0, end, lineNumber + 1);
  }
}

/** Parses a non-negative integer from `text[start, end)` without allocating; NaN if not digits. */
export function parseUint(text: string, start: number, end: number): number {
  if (start >= end) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}
