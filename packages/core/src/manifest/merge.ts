// The manifest merge: read every source, validate the whole result (duplicates, expected
// platforms, format), build the index, and only then write: copies into the target repositories,
// then the index to every tag. A failure before the write phase leaves every tag untouched.
import type { Platform } from '../registry/manifest-types';
import type { Log } from '../runner/runtime';
import { formatReference, withDigest, type ImageReference } from '../registry/reference';
import { OCI_MANIFEST, baseMediaType } from '../registry/media-types';
import { checkDuplicatePlatforms } from './duplicates';
import { checkExpectedPlatforms } from './expectation';
import { buildIndex, checkFormatAnnotations, type BuiltIndex, type IndexFormat } from './index-document';
import type { MergeEntry } from './merge-entry';
import { platformKey } from './platform';
import { describeCopies, executePlan, loadCopyManifests, type PushClient, type PushOutcome } from './push-executor';
import { describePlan, planPushes, type PushPlan } from './push-plan';
import { resolveSource, type AttestationPolicy, type ResolvedSource, type SourceReader } from './resolve-source';

export interface MergeOptions {
  sources: readonly ImageReference[];
  tags: readonly ImageReference[];
  /** The exact set of platforms expected; empty: whatever the sources provide. */
  platforms?: readonly Platform[];
  annotations?: Readonly<Record<string, string>>;
  format: IndexFormat;
  attestations: AttestationPolicy;
  /** Plan and print, push nothing. */
  dryRun?: boolean;
}

export type MergeClient = SourceReader & PushClient;

export interface MergeResult {
  index: BuiltIndex;
  sources: ResolvedSource[];
  /** The manifests in the index, in index order. */
  entries: MergeEntry[];
  /** The image platforms in index order, normalised (`linux/arm64`, `linux/arm/v7`). */
  platforms: string[];
  plan: PushPlan;
  /** What was done; undefined on a dry run. */
  pushed?: PushOutcome;
  /** Each tag with the index digest (`host/repo:tag@sha256:…`), pushed or (dry run) to be pushed. */
  images: string[];
}

/** Merges the sources into one index pushed to every tag; see the file comment for the order. */
export async function mergeManifests(client: MergeClient, options: MergeOptions, log: Log): Promise<MergeResult> {
  const annotations = options.annotations ?? {};
  checkFormatAnnotations(options.format, annotations);

  // Read concurrently, but report the first failing source in the order given, so the same
  // inputs always give the same error.
  const settled = await Promise.allSettled(
    options.sources.map((ref) => resolveSource(client, ref, { attestations: options.attestations })),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const sources = settled.map((s) => (s as PromiseFulfilledResult<ResolvedSource>).value);
  for (const source of sources) {
    for (const skipped of source.skipped) log.info(`${source.source}: left out ${skipped.digest} (${skipped.reason})`);
  }
  const entries = sources.flatMap((source) => source.entries);
  checkDuplicatePlatforms(entries);
  checkExpectedPlatforms(options.platforms ?? [], entries);
  if (options.format === 'docker' && entries.some((e) => baseMediaType(e.descriptor.mediaType) === OCI_MANIFEST)) {
    log.warning(
      'format is docker but some manifests are OCI manifests: some clients expect Docker manifests in a Docker manifest list',
    );
  }

  // Images first, in the order of the sources, then their attestation manifests (as buildx
  // lays out an index): a client that takes the first manifest gets an image.
  const ordered = [...entries.filter((e) => !e.attestation), ...entries.filter((e) => e.attestation)];
  const index = buildIndex(
    ordered.map((entry) => entry.descriptor),
    { format: options.format, annotations },
  );
  const plan = planPushes(index, ordered, options.tags);
  // Still reads only (a dry run does them too): the manifests to copy to other repositories.
  await loadCopyManifests(client, plan);

  const platforms = ordered
    .filter((entry) => !entry.attestation && entry.descriptor.platform)
    .map((entry) => platformKey(entry.descriptor.platform as Platform));
  const result: MergeResult = {
    index,
    sources,
    entries: ordered,
    platforms,
    plan,
    images: plan.tags.map((tag) => formatReference(withDigest(tag, index.digest))),
  };
  if (options.dryRun) {
    log.info(`Dry run: nothing pushed. The index (${index.mediaType}, ${index.digest}):`);
    log.info(JSON.stringify(index.json, null, 2));
    log.info('Would do:');
    for (const line of describePlan(plan)) log.info(`  ${line}`);
    return result;
  }
  for (const line of describePlan(plan)) log.info(line);
  result.pushed = await executePlan(client, plan);
  for (const line of describeCopies(result.pushed)) log.info(line);
  result.images = result.pushed.images;
  return result;
}
