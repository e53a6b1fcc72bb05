// One manifest that goes into the merged index: where it came from, the descriptor it gets in
// the index, and whether it is an image or an attestation manifest.
import type { ImageReference } from '../registry/reference';
import type { Descriptor, ImageIndex, ImageManifest } from '../registry/manifest-types';

/** A manifest read from the registry, raw bytes kept (its digest is the sha256 of these bytes). */
export interface ManifestBytes {
  bytes: Buffer;
  mediaType: string;
  digest: string;
  json: ImageIndex | ImageManifest;
}

export interface MergeEntry {
  /** The source as the user wrote it (for messages and the summary). */
  source: string;
  /** The repository the manifest lives in (no tag, no digest). */
  repository: ImageReference;
  /** The descriptor as it appears in the index: media type, digest, size, platform, annotations. */
  descriptor: Descriptor;
  /** True for an attestation manifest (provenance, SBOM), which has no platform of its own. */
  attestation: boolean;
  /** The manifest itself, when it has been read (needed to copy it to another repository). */
  manifest?: ManifestBytes;
}
