// Which version an image in the registry is, read cheaply from its own metadata: the index or
// manifest annotation `org.opencontainers.image.version`, else the config label of the same name
// (metadata-action and cib's build-info set both). Two to four requests whatever the tag count.
import { isAttestationDescriptor, isUnknownPlatform } from '../manifest/platform';
import { isIndexMediaType } from '../registry/media-types';
import type { Descriptor, ImageIndex, ImageManifest } from '../registry/manifest-types';
import type { FetchedManifest } from '../registry/client';
import { withDigest, type ImageReference } from '../registry/reference';
import { parseVersion, type Version } from '../version/version';
import type { LatestRegistry } from './registry-port';

const VERSION_KEY = 'org.opencontainers.image.version';

export interface MetadataVersion {
  version: Version;
  /** Where it was read: `annotation` (index or manifest) or `label` (image config). */
  source: 'annotation' | 'label';
}

/** Attestation manifests (buildx provenance/SBOM) carry no labels: skip them. */
function isAttestation(descriptor: Descriptor): boolean {
  return isAttestationDescriptor(descriptor) || isUnknownPlatform(descriptor.platform);
}

function fromAnnotations(annotations: Record<string, string> | undefined): Version | undefined {
  const value = annotations?.[VERSION_KEY];
  return value ? parseVersion(value) : undefined;
}

/**
 * The version `manifest` (already fetched from `ref`) declares about itself, or undefined when it
 * declares none or one that is not a version (`main`, a commit SHA).
 */
export async function versionFromMetadata(
  registry: LatestRegistry,
  ref: ImageReference,
  manifest: FetchedManifest,
): Promise<MetadataVersion | undefined> {
  const annotated = fromAnnotations(manifest.json.annotations);
  if (annotated) return { version: annotated, source: 'annotation' };
  let image: ImageManifest;
  let imageRef = ref;
  if (isIndexMediaType(manifest.mediaType) || 'manifests' in manifest.json) {
    const child = (manifest.json as ImageIndex).manifests.find((d) => !isAttestation(d));
    if (!child) return undefined;
    const childVersion = fromAnnotations(child.annotations);
    if (childVersion) return { version: childVersion, source: 'annotation' };
    imageRef = withDigest(ref, child.digest);
    const fetched = await registry.getManifest(imageRef);
    if ('manifests' in fetched.json) return undefined; // nested index: not worth more requests
    image = fetched.json;
    const own = fromAnnotations(image.annotations);
    if (own) return { version: own, source: 'annotation' };
  } else {
    image = manifest.json;
  }
  if (!image.config) return undefined;
  const config = await registry.getConfig(imageRef, image);
  const label = config.config?.Labels?.[VERSION_KEY];
  const version = label ? parseVersion(label) : undefined;
  return version ? { version, source: 'label' } : undefined;
}
