// Random UUIDs without node:crypto (see randomUuid for why).
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A random version 4 UUID, as crypto.randomUUID() makes (for @actions/core's file-command
 * delimiters, for temporary file names), read from the kernel's random source. Loading
 * node:crypto costs about a fifth of an empty node's start-up, more than the rest of an action's
 * start (bench/cold-start). Where there is no /dev/urandom, node:crypto as usual.
 */
export function randomUuid(): string {
  let bytes: Buffer;
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      bytes = Buffer.alloc(16);
      if (readSync(fd, bytes, 0, 16, null) !== 16) throw new Error('short read from /dev/urandom');
    } finally {
      closeSync(fd);
    }
  } catch {
    return process.getBuiltinModule('node:crypto').randomUUID();
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
