// Two images for the same platform cannot share an index (a client would pick one at random),
// so duplicates are an error that names both sources.
import { CibError } from '../errors/cib-error';
import type { MergeEntry } from './merge-entry';
import { formatPlatform, platformKey } from './platform';

/** Throws when two image entries have the same (normalised) platform, naming both sources. */
export function checkDuplicatePlatforms(entries: readonly MergeEntry[]): void {
  const seen = new Map<string, MergeEntry>();
  for (const entry of entries) {
    if (entry.attestation || !entry.descriptor.platform) continue;
    const key = platformKey(entry.descriptor.platform);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    // Name the platform in normal form, and as written when the two sources write it differently.
    const written = [first, entry].map((e) => formatPlatform(e.descriptor.platform!));
    const shown =
      written[0] === written[1] && written[0] === key ? key : `${key} (${[...new Set(written)].join(' and ')})`;
    const message =
      first.descriptor.digest === entry.descriptor.digest
        ? `Sources ${first.source} and ${entry.source} are the same image (${shown}, ${entry.descriptor.digest})`
        : first.source === entry.source
          ? `Source ${entry.source} provides platform ${shown} twice (${first.descriptor.digest} and ${entry.descriptor.digest})`
          : `Sources ${first.source} and ${entry.source} both provide platform ${shown}`;
    throw new CibError(message, {
      hint: 'An index holds one image per platform: remove one of them from "sources"',
    });
  }
}
