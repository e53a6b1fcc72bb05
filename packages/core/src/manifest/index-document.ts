// The bytes of the merged index: an OCI image index (with annotations) or a Docker manifest
// list. The bytes are built once, here, and pushed unchanged to every tag, so the digest we
// compute is the digest every tag gets.
import { InputError } from '../errors/input-error';
import { sha256Digest } from '../registry/digest';
import type { Descriptor, ImageIndex, Platform } from '../registry/manifest-types';
import { DOCKER_MANIFEST_LIST, OCI_INDEX, baseMediaType } from '../registry/media-types';

export type IndexFormat = 'oci' | 'docker';

export interface BuiltIndex {
  bytes: Buffer;
  mediaType: string;
  digest: string;
  size: number;
  json: ImageIndex;
}

/** The media type of an index in this format. */
function indexMediaType(format: IndexFormat): string {
  return format === 'docker' ? DOCKER_MANIFEST_LIST : OCI_INDEX;
}

/** Refuses annotations with the Docker format, which has nowhere to keep them. */
export function checkFormatAnnotations(format: IndexFormat, annotations: Readonly<Record<string, string>>): void {
  const lines = Object.entries(annotations).map(([key, value]) => `${key}=${value}`);
  if (format === 'docker' && lines.length > 0) {
    // The lines as key=value, so the message shows what would be lost, values included.
    throw new InputError(
      'annotations',
      lines.join('\n'),
      'no annotations when "format" is docker: a Docker manifest list cannot carry them',
      'Use format: oci (the default) to keep them',
    );
  }
}

// Fields in the order the OCI image-spec lists them, so the bytes do not depend on how the
// descriptor object was put together.
function orderedPlatform(p: Platform): Platform {
  const out: Platform = { architecture: p.architecture, os: p.os };
  if (p['os.version'] !== undefined) out['os.version'] = p['os.version'];
  if (p['os.features'] !== undefined) out['os.features'] = p['os.features'];
  if (p.variant !== undefined && p.variant !== '') out.variant = p.variant;
  return out;
}

function orderedDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: baseMediaType(d.mediaType), digest: d.digest, size: d.size };
  if (d.urls?.length) out.urls = d.urls;
  if (d.annotations && Object.keys(d.annotations).length) out.annotations = sortedRecord(d.annotations);
  if (d.platform) out.platform = orderedPlatform(d.platform);
  if (d.artifactType) out.artifactType = d.artifactType;
  return out;
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Builds the index over these manifests, in the order given. Annotations go on the index (OCI
 * only: refused with the Docker format).
 */
export function buildIndex(
  manifests: readonly Descriptor[],
  options: { format: IndexFormat; annotations?: Readonly<Record<string, string>> },
): BuiltIndex {
  const annotations = options.annotations ?? {};
  checkFormatAnnotations(options.format, annotations);
  const mediaType = indexMediaType(options.format);
  const json: ImageIndex = { schemaVersion: 2, mediaType, manifests: manifests.map(orderedDescriptor) };
  if (Object.keys(annotations).length) json.annotations = sortedRecord(annotations);
  const bytes = Buffer.from(JSON.stringify(json), 'utf8');
  return { bytes, mediaType, digest: sha256Digest(bytes), size: bytes.length, json };
}
