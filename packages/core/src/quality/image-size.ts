// The compressed size of each platform of an image: the sum of its manifest's layer sizes, read
// through the registry client. An index is followed to each platform's manifest; attestation
// manifests (buildx provenance: platform unknown/unknown) are not platforms and are skipped.
import type { FetchedManifest } from '../registry/client';
import { isImageIndex, type Descriptor, type ImageManifest } from '../registry/manifest-types';
import { formatReference, withDigest, type ImageReference } from '../registry/reference';

/** What image sizing needs from the registry client. */
export interface ManifestReader {
  getManifest(ref: ImageReference): Promise<FetchedManifest>;
}

export interface PlatformSize {
  image: string;
  platform: string;
  bytes: number;
}

function isAttestation(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
  );
}

function platformName(descriptor?: Descriptor): string {
  const p = descriptor?.platform;
  return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : 'single platform';
}

const layerBytes = (manifest: ImageManifest): number => manifest.layers.reduce((sum, layer) => sum + layer.size, 0);

/** One entry per platform of `ref`. */
export async function imageSizes(registry: ManifestReader, ref: ImageReference): Promise<PlatformSize[]> {
  const image = formatReference(ref);
  const top = await registry.getManifest(ref);
  if (!isImageIndex(top.json)) return [{ image, platform: platformName(), bytes: layerBytes(top.json) }];
  const sizes: PlatformSize[] = [];
  for (const child of top.json.manifests) {
    if (isAttestation(child)) continue;
    const manifest = await registry.getManifest(withDigest(ref, child.digest));
    if (isImageIndex(manifest.json)) continue;
    sizes.push({ image, platform: platformName(child), bytes: layerBytes(manifest.json) });
  }
  return sizes;
}

/** Megabytes as the gate compares them (10^6 bytes, as registries and docker show sizes). */
export const MEGABYTE = 1_000_000;
