// Cache scopes that never collide: one per target and platform set, so targets, platforms and
// per-platform matrix jobs each read and write their own cache (docker/bake-action passes one
// scope to every target, and matrix jobs overwrite each other's cache). The user's `cache-scope`
// is a prefix, never a replacement, for the same reason.
import { platformSlug } from './platforms';

const MAX_SCOPE = 128;

/** A scope safe as a registry tag, a directory name and a GHA scope: [A-Za-z0-9_.-], <= 128. */
export function sanitiseScope(text: string): string {
  let safe = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  if (safe === '') safe = 'cache';
  if (safe.length <= MAX_SCOPE) return safe;
  // Long scopes keep a readable start and a hash of the whole, so two long names stay apart.
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `${safe.slice(0, MAX_SCOPE - 9)}-${hash.toString(16).padStart(8, '0')}`;
}

/** `[<prefix>-]<target>-<platforms>`, e.g. `app-linux-amd64-linux-arm64`. */
export function cacheScope(target: string, platforms: readonly string[], prefix = ''): string {
  const parts = [prefix, target, ...platforms.map(platformSlug)].filter((part) => part !== '');
  return sanitiseScope(parts.join('-'));
}
