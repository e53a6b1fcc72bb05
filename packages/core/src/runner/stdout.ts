// Writing the log to standard output (and the CLI's errors to standard error) without
// process.stdout and process.stderr. Creating process.stdout over the
// runner's pipe loads node:net and node:stream, which costs about a sixth of an empty node's
// start-up (bench/cold-start); a synchronous write to fd 1 costs nothing to set up, and is what
// process.stdout does for pipes and files on Linux anyway (they are written synchronously).

import { writeSync } from 'node:fs';

/**
 * A writer of whole texts to fd 1. If fd 1 refuses a synchronous write (EAGAIN from a pipe someone
 * made non-blocking, EPIPE, a platform without it), the rest of that text and every later one go
 * through `fallback` (process.stdout), which handles those the usual Node way; everything before
 * was already written, so the order holds.
 */
export function stdoutWriter(
  fallback: (bytes: Uint8Array) => void = (bytes) => void process.stdout.write(bytes),
): (text: string) => void {
  return fdWriter(1, fallback);
}

/** The same for fd 2 (the cib CLI's errors), falling back to process.stderr. */
export function stderrWriter(
  fallback: (bytes: Uint8Array) => void = (bytes) => void process.stderr.write(bytes),
): (text: string) => void {
  return fdWriter(2, fallback);
}

function fdWriter(fd: 1 | 2, fallback: (bytes: Uint8Array) => void): (text: string) => void {
  let synchronous = true;
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    if (synchronous) {
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        return;
      } catch {
        synchronous = false;
      }
    }
    fallback(bytes.subarray(offset));
  };
}
