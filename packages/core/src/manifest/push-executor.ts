// Carrying out a push plan: copy the child manifests (blobs first, then the manifest by digest)
// into each target repository that lacks them, then push the index to every tag and check that
// the registry computed the digest we did.
import { CibError } from '../errors/cib-error';
import type { RegistryClient } from '../registry/client';
import type { Descriptor } from '../registry/manifest-types';
import { isImageIndex } from '../registry/manifest-types';
import { formatReference, formatRepository, withDigest } from '../registry/reference';
import type { PushPlan } from './push-plan';
import { sourceReadError } from './resolve-source';

/** What pushing needs from the registry client (tests hand in a fake). */
export type PushClient = Pick<RegistryClient, 'getManifest' | 'headManifest' | 'copyBlob' | 'putManifest'>;

export interface CopyOutcome {
  to: string;
  digest: string;
  /** `present`: the target already had it; `copied`: blobs made present and the manifest pushed. */
  result: 'present' | 'copied';
  blobs: { present: number; mounted: number; uploaded: number };
}

export interface PushOutcome {
  copies: CopyOutcome[];
  /** Every tag written, as `host/repo:tag@sha256:…`. */
  images: string[];
}

// Layers marked non-distributable (Windows base layers) stay where their `urls` point.
function isDistributable(descriptor: Descriptor): boolean {
  return !/nondistributable|foreign/.test(descriptor.mediaType);
}

/**
 * Reads the manifests the plan copies that were not read while resolving the sources. Reads
 * only, so a failure here still leaves every target untouched.
 */
export async function loadCopyManifests(client: Pick<RegistryClient, 'getManifest'>, plan: PushPlan): Promise<void> {
  const pending = new Map<string, Promise<void>>();
  for (const { entry, from } of plan.copies) {
    if (entry.manifest || pending.has(entry.descriptor.digest)) continue;
    pending.set(
      entry.descriptor.digest,
      client.getManifest(from).then(
        (fetched) => {
          entry.manifest = fetched;
        },
        (error: unknown) => {
          throw sourceReadError(entry.source, error);
        },
      ),
    );
  }
  await Promise.all(pending.values());
}

/** Executes the plan (after loadCopyManifests). Index pushes come last, after every copy succeeded. */
export async function executePlan(client: PushClient, plan: PushPlan): Promise<PushOutcome> {
  const blobCopies = new Map<string, Promise<'present' | 'mounted' | 'uploaded'>>();
  const copies = await Promise.all(
    plan.copies.map(async ({ entry, to }): Promise<CopyOutcome> => {
      const digest = entry.descriptor.digest;
      const outcome: CopyOutcome = {
        to: formatRepository(to),
        digest,
        result: 'present',
        blobs: { present: 0, mounted: 0, uploaded: 0 },
      };
      const head = await client.headManifest(to);
      if (head?.digest === digest) return outcome;
      const manifest = entry.manifest;
      if (!manifest) throw new Error(`Internal: manifest ${digest} was not loaded before the copy`);
      const blobs = isImageIndex(manifest.json) ? [] : [manifest.json.config, ...manifest.json.layers];
      const results = await Promise.all(
        blobs.filter(isDistributable).map((blob) => {
          const key = `${formatRepository(to)}|${blob.digest}`;
          let copy = blobCopies.get(key);
          if (!copy) {
            copy = client.copyBlob(entry.repository, { registry: to.registry, repository: to.repository }, blob);
            blobCopies.set(key, copy);
          }
          return copy;
        }),
      );
      for (const result of results) outcome.blobs[result] += 1;
      const answered = await client.putManifest(to, manifest.bytes, manifest.mediaType);
      if (answered !== digest) {
        throw new CibError(`The registry stored manifest ${digest} as ${answered} in ${formatRepository(to)}`, {
          hint: 'The registry changed the manifest bytes; it may not support this media type',
        });
      }
      outcome.result = 'copied';
      return outcome;
    }),
  );
  const images = await Promise.all(
    plan.tags.map(async (tag) => {
      const answered = await client.putManifest(tag, plan.index.bytes, plan.index.mediaType);
      if (answered !== plan.index.digest) {
        throw new CibError(
          `The registry answered digest ${answered} for the index pushed to ${formatReference(tag)}, not ${plan.index.digest}`,
          { hint: 'The registry changed the index bytes; it may not support this media type' },
        );
      }
      return formatReference(withDigest(tag, answered));
    }),
  );
  return { copies, images };
}

/** One line per target repository saying what the copies did. */
export function describeCopies(outcome: PushOutcome): string[] {
  const byRepository = new Map<string, CopyOutcome[]>();
  for (const copy of outcome.copies) byRepository.set(copy.to, [...(byRepository.get(copy.to) ?? []), copy]);
  return [...byRepository].map(([repository, copies]) => {
    const copied = copies.filter((c) => c.result === 'copied');
    const blobs = { present: 0, mounted: 0, uploaded: 0 };
    for (const c of copied) for (const key of ['present', 'mounted', 'uploaded'] as const) blobs[key] += c.blobs[key];
    return (
      `${repository}: ${copied.length} manifest(s) copied (blobs: ${blobs.mounted} mounted, ${blobs.uploaded} uploaded, ` +
      `${blobs.present} already there), ${copies.length - copied.length} already there`
    );
  });
}
