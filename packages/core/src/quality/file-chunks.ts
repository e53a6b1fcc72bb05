// Reads a file as a sequence of chunks that all share one buffer, for report readers that are
// done with a chunk before they ask for the next (the JSON parser copies what it keeps). Node's
// read stream allocates a new buffer for every chunk (ReadStream._read: Buffer.allocUnsafeSlow),
// outside V8's heap; parsing a chunk allocates so much that V8 scavenges about twice meanwhile
// (--trace-gc: 6,171 scavenges for 2,922 chunks), so every chunk is promoted to the old generation
// and its 64 KB stay until a full collection. Reading a million SARIF results (191 MB) held 60-70
// MB of spent chunks before each full collection: the selection alone, every value discarded,
// peaked at 126-129 MB RSS through a read stream and at 63 MB through one reused buffer (Trivy
// JSON alike).
import { open } from 'node:fs/promises';

/**
 * Yields `file`'s content in order, `size` bytes at a time (the last chunk shorter). Each chunk
 * is a view of the same buffer: it is overwritten by the next read, so use or copy it before
 * asking for the next.
 */
export async function* fileChunks(file: string, size: number): AsyncGenerator<Buffer, void, undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(size);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
