// Content digests: computing them from bytes and checking their form. node:crypto loads on the
// first digest computed, not with the module: references (and so every action's input checks)
// use this file's checks, and loading node:crypto costs a fifth of node's start-up.

/** node:crypto's hash of `algorithm`, loaded at the first use. */
export function createHash(algorithm: 'sha256' | 'sha512') {
  return process.getBuiltinModule('node:crypto').createHash(algorithm);
}

const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** The `sha256:<hex>` digest of exactly these bytes. */
export function sha256Digest(bytes: Buffer | Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The algorithm of a digest (`sha512` for `sha512:…`, else `sha256`), as node:crypto names it. */
export function digestAlgorithm(like: string): 'sha256' | 'sha512' {
  return like.startsWith('sha512:') ? 'sha512' : 'sha256';
}

/** The digest of these bytes in the algorithm `like` uses (sha256 or sha512). */
export function digestLike(like: string, bytes: Buffer | Uint8Array): string {
  const algorithm = digestAlgorithm(like);
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** True for `sha256:` + 64 hex digits (or `sha512:` + 128). */
export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}
