// What a merge writes, decided before anything is written: for each target repository, the
// child manifests (and their blobs) that live elsewhere and must be copied there first; then the
// index, pushed to every tag. Pure: the dry run prints this plan and the real run executes it.
import type { ImageReference } from '../registry/reference';
import { formatReference, formatRepository, sameRepository, withDigest } from '../registry/reference';
import type { BuiltIndex } from './index-document';
import type { MergeEntry } from './merge-entry';
import { formatPlatform } from './platform';

/** One manifest to make present in a target repository (by digest), with its blobs. */
export interface ManifestCopy {
  entry: MergeEntry;
  /** Where it is read from: the source repository at the manifest's digest. */
  from: ImageReference;
  /** Where it must exist: the target repository at the same digest. */
  to: ImageReference;
}

export interface PushPlan {
  index: BuiltIndex;
  /** Copies, grouped by target repository, done before any tag is written. */
  copies: ManifestCopy[];
  /** The tags the index is pushed to, in the order given. */
  tags: ImageReference[];
}

/** Plans the pushes of `index` (over `entries`) to `tags`. */
export function planPushes(
  index: BuiltIndex,
  entries: readonly MergeEntry[],
  tags: readonly ImageReference[],
): PushPlan {
  const copies: ManifestCopy[] = [];
  const targetRepositories: ImageReference[] = [];
  for (const tag of tags) {
    if (!targetRepositories.some((repo) => sameRepository(repo, tag))) {
      targetRepositories.push({ registry: tag.registry, repository: tag.repository });
    }
  }
  for (const target of targetRepositories) {
    const planned = new Set<string>();
    for (const entry of entries) {
      const digest = entry.descriptor.digest;
      if (sameRepository(entry.repository, target) || planned.has(digest)) continue;
      planned.add(digest);
      copies.push({ entry, from: withDigest(entry.repository, digest), to: withDigest(target, digest) });
    }
  }
  return { index, copies, tags: [...tags] };
}

/** The plan as log lines, for the dry run and the log of a real run. */
export function describePlan(plan: PushPlan): string[] {
  const lines: string[] = [];
  for (const copy of plan.copies) {
    const what = copy.entry.attestation
      ? 'attestation manifest'
      : `${copy.entry.descriptor.platform ? formatPlatform(copy.entry.descriptor.platform) : ''} manifest`;
    lines.push(
      `copy ${what} ${copy.entry.descriptor.digest} with its blobs from ${formatRepository(copy.from)} to ${formatRepository(copy.to)} (when missing)`,
    );
  }
  for (const tag of plan.tags) {
    lines.push(`push index ${plan.index.digest} (${plan.index.mediaType}) to ${formatReference(tag)}`);
  }
  return lines;
}
