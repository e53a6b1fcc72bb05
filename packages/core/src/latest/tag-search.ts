// Which version tag a digest is, found by asking the registry about tags: list them (paginated),
// keep those that name a version that could be the answer, and compare digests highest version
// first with bounded concurrency, stopping at the first match. The original bash asked for the
// digest of every tag, one at a time.
import { withTag, type ImageReference } from '../registry/reference';
import { versionOfImageTag, type TagPrefix } from '../version/tag-prefix';
import { compareVersions, type Version } from '../version/version';
import { findFirstIndex } from './first-match';
import type { LatestRegistry } from './registry-port';

export interface VersionTag {
  tag: string;
  version: Version;
}

/** The version tags among `tags`, highest first. Floating tags (`1`, `1.9`) are left out unless versions are written that short. */
export function versionTags(tags: readonly string[], prefix: TagPrefix, minPrecision: 1 | 2 | 3 = 3): VersionTag[] {
  const found: VersionTag[] = [];
  for (const tag of tags) {
    const version = versionOfImageTag(tag, prefix);
    if (version && version.precision >= minPrecision) found.push({ tag, version });
  }
  return found.sort((a, b) => compareVersions(b.version, a.version));
}

export interface TagSearchResult {
  match?: VersionTag;
  /** How many tags were compared (HEAD requests). */
  compared: number;
}

/** The highest version tag among `candidates` whose manifest digest is `digest`. */
export async function findTagByDigest(
  registry: LatestRegistry,
  repository: ImageReference,
  candidates: readonly VersionTag[],
  digest: string,
  concurrency: number,
): Promise<TagSearchResult> {
  let compared = 0;
  const test = async (candidate: VersionTag) => {
    compared++;
    const head = await registry.headManifest(withTag(repository, candidate.tag));
    return head?.digest === digest;
  };
  // Usually the tag is the highest version: ask for it alone first, so the common case costs
  // one request instead of a window of `concurrency` requests mostly wasted.
  if (candidates.length > 0 && (await test(candidates[0]))) return { match: candidates[0], compared };
  const rest = candidates.slice(1);
  const index = await findFirstIndex(rest, test, concurrency);
  return { match: index >= 0 ? rest[index] : undefined, compared };
}
