// The `platforms` input: the exact set of platforms the merged index must hold, checked before
// anything is pushed so that a failed per-platform build cannot publish an incomplete image.
import { CibError } from '../errors/cib-error';
import { InputError } from '../errors/input-error';
import type { Platform } from '../registry/manifest-types';
import type { MergeEntry } from './merge-entry';
import { parsePlatform, platformKey } from './platform';

/** Parses the `platforms` input items (`linux/amd64`, `linux/arm/v7`), naming the input on error. */
export function parseExpectedPlatforms(items: readonly string[], input = 'platforms'): Platform[] {
  return items.map((item) => {
    const platform = parsePlatform(item);
    if (!platform) throw new InputError(input, item, 'platforms written os/architecture[/variant], e.g. linux/arm64');
    return platform;
  });
}

/** Throws unless the image entries provide exactly the expected platforms (compared normalised). */
export function checkExpectedPlatforms(expected: readonly Platform[], entries: readonly MergeEntry[]): void {
  if (expected.length === 0) return;
  const wanted = new Set(expected.map(platformKey));
  const provided = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.attestation && entry.descriptor.platform)
      provided.set(platformKey(entry.descriptor.platform), entry.source);
  }
  const missing = [...wanted].filter((key) => !provided.has(key));
  const extra = [...provided.keys()].filter((key) => !wanted.has(key));
  if (missing.length === 0 && extra.length === 0) return;
  const problems = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `not expected ${extra.map((key) => `${key} (from ${provided.get(key)})`).join(', ')}` : '',
  ].filter(Boolean);
  throw new CibError(
    `The sources do not provide the platforms in "platforms" (${[...wanted].join(', ')}): ${problems.join('; ')}`,
    { hint: 'Nothing was pushed. Check that every per-platform build succeeded, or correct "platforms"' },
  );
}
