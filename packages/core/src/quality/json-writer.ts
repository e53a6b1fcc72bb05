// Writes a big JSON value to a file piece by piece: arrays and objects are walked and each leaf
// or small element is serialised on its own, so the report of 20,000 findings never exists as
// one string (JSON.stringify of it cost ~20 MB of peak memory in bench/quality-gate.mjs).
// Compact output, the same value JSON.stringify would give (undefined members left out).
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 64 * 1024;

/** A value that writes itself as JSON text in pieces (KeyHashes: a baseline's key hashes). */
export interface JsonChunks {
  jsonChunks(): Iterable<string>;
}

const isChunked = (node: unknown): node is JsonChunks =>
  node !== null && typeof node === 'object' && typeof (node as Partial<JsonChunks>).jsonChunks === 'function';

/** Writes `value` as JSON to `path`. */
export function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w');
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= FLUSH_CHARS) {
      writeSync(fd, pending);
      pending = '';
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      write('[');
      node.forEach((item, index) => {
        if (index > 0) write(',');
        // As JSON.stringify does: undefined and functions in arrays become null.
        if (item === undefined || typeof item === 'function') write('null');
        else walk(item);
      });
      write(']');
    } else if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      write('{');
      let first = true;
      for (const [key, member] of Object.entries(node)) {
        if (member === undefined || typeof member === 'function') continue;
        write(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        walk(member);
      }
      write('}');
    } else if (isChunked(node)) {
      for (const chunk of node.jsonChunks()) write(chunk);
    } else if (typeof node === 'string' && node.length > FLUSH_CHARS) writeLongString(node);
    else write(JSON.stringify(node) ?? 'null');
  };
  // A long string (a baseline's million key hashes are 11 MB of base64) goes out in slices, so
  // neither its escaped copy nor its UTF-8 bytes exist whole. A slice never ends between the two
  // halves of a surrogate pair, which JSON.stringify would escape one by one.
  const writeLongString = (text: string) => {
    write('"');
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + FLUSH_CHARS, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      write(JSON.stringify(text.slice(start, end)).slice(1, -1));
      start = end;
    }
    write('"');
  };
  try {
    walk(value);
    write('\n');
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
