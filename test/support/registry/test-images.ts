// Builds and pushes small synthetic images to a test registry: per-platform images (OCI or
// Docker manifests with a config blob and random layers), indexes of them, and buildx-style
// indexes with an attestation manifest (platform unknown/unknown), as buildx pushes them when
// provenance is on. Layers are random bytes: registries never unpack them.
import { randomBytes } from 'node:crypto';
import type { RegistryClient } from '@cib/core/registry/client';
import { sha256Digest } from '@cib/core/registry/digest';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '@cib/core/registry/manifest-types';
import {
  DOCKER_CONFIG,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
} from '@cib/core/registry/media-types';
import { withDigest } from '@cib/core/registry/reference';
import type { ImageReference } from '@cib/core/registry/reference';

export interface PushedManifest {
  ref: ImageReference;
  digest: string;
  mediaType: string;
  size: number;
  bytes: Buffer;
}

export interface PushedImage extends PushedManifest {
  platform: Platform;
  config: Descriptor;
  layers: Descriptor[];
}

export interface TestImageOptions {
  platform: Platform;
  format?: 'oci' | 'docker';
  labels?: Record<string, string>;
  /** Layer count (default 1) and size in bytes (default 512). */
  layers?: number;
  layerSize?: number;
  /** Leave the platform fields out of the config (to test fallbacks). */
  bareConfig?: boolean;
}

/** `linux/arm/v7` -> { os: 'linux', architecture: 'arm', variant: 'v7' }. */
export function platform(text: string): Platform {
  const [os, architecture, variant] = text.split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

/** Pushes blobs, config and manifest of one image; tags it when `ref` has a tag. */
export async function pushTestImage(
  client: RegistryClient,
  ref: ImageReference,
  options: TestImageOptions,
): Promise<PushedImage> {
  const format = options.format ?? 'oci';
  const layerMediaType =
    format === 'oci'
      ? 'application/vnd.oci.image.layer.v1.tar+gzip'
      : 'application/vnd.docker.image.rootfs.diff.tar.gzip';
  const layers: Descriptor[] = [];
  for (let i = 0; i < (options.layers ?? 1); i++) {
    const bytes = randomBytes(options.layerSize ?? 512);
    layers.push({ mediaType: layerMediaType, digest: await client.uploadBlob(ref, bytes), size: bytes.length });
  }
  const config: ImageConfig & Record<string, unknown> = {
    ...(options.bareConfig ? {} : { ...options.platform }),
    created: '2026-01-01T00:00:00Z',
    config: { Labels: options.labels ?? {} },
    rootfs: { type: 'layers', diff_ids: layers.map(() => sha256Digest(randomBytes(8))) },
  };
  const configBytes = json(config);
  const configDescriptor: Descriptor = {
    mediaType: format === 'oci' ? OCI_CONFIG : DOCKER_CONFIG,
    digest: await client.uploadBlob(ref, configBytes),
    size: configBytes.length,
  };
  const mediaType = format === 'oci' ? OCI_MANIFEST : DOCKER_MANIFEST;
  const manifest: ImageManifest = { schemaVersion: 2, mediaType, config: configDescriptor, layers };
  const bytes = json(manifest);
  const digest = sha256Digest(bytes);
  await client.putManifest(ref.tag ? ref : withDigest(ref, digest), bytes, mediaType);
  return {
    ref,
    digest,
    mediaType,
    size: bytes.length,
    bytes,
    platform: options.platform,
    config: configDescriptor,
    layers,
  };
}

/** Pushes an index of already-pushed manifests under `ref`'s tag (or by digest). */
export async function pushTestIndex(
  client: RegistryClient,
  ref: ImageReference,
  manifests: Descriptor[],
  options: { format?: 'oci' | 'docker'; annotations?: Record<string, string> } = {},
): Promise<PushedManifest> {
  const mediaType = (options.format ?? 'oci') === 'oci' ? OCI_INDEX : DOCKER_MANIFEST_LIST;
  const index: ImageIndex = { schemaVersion: 2, mediaType, manifests };
  if (options.annotations) index.annotations = options.annotations;
  const bytes = json(index);
  const digest = sha256Digest(bytes);
  await client.putManifest(ref.tag ? ref : withDigest(ref, digest), bytes, mediaType);
  return { ref, digest, mediaType, size: bytes.length, bytes };
}

/** The descriptor of a pushed image, with its platform, for an index. */
export function descriptorOf(image: PushedImage): Descriptor {
  return { mediaType: image.mediaType, digest: image.digest, size: image.size, platform: image.platform };
}

/**
 * What `docker buildx build --provenance=true --push` leaves at a tag: an OCI index holding the
 * image manifest and an attestation manifest (platform unknown/unknown, in-toto layer) that
 * refers to it. Returns the index and both children.
 */
export async function pushAttestedImage(
  client: RegistryClient,
  ref: ImageReference,
  options: TestImageOptions,
): Promise<{ index: PushedManifest; image: PushedImage; attestation: PushedManifest }> {
  const untagged = { registry: ref.registry, repository: ref.repository };
  const image = await pushTestImage(client, untagged, { ...options, format: 'oci' });
  const statement = json({
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subject: [{ name: 'x', digest: { sha256: image.digest.slice(7) } }],
  });
  const layer: Descriptor = {
    mediaType: 'application/vnd.in-toto+json',
    digest: await client.uploadBlob(untagged, statement),
    size: statement.length,
    annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
  };
  const configBytes = json({
    architecture: 'unknown',
    os: 'unknown',
    config: {},
    rootfs: { type: 'layers', diff_ids: [layer.digest] },
  });
  const config: Descriptor = {
    mediaType: OCI_CONFIG,
    digest: await client.uploadBlob(untagged, configBytes),
    size: configBytes.length,
  };
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] };
  const bytes = json(manifest);
  const digest = await client.putManifest(withDigest(untagged, sha256Digest(bytes)), bytes, OCI_MANIFEST);
  const attestation: PushedManifest = { ref: untagged, digest, mediaType: OCI_MANIFEST, size: bytes.length, bytes };
  const index = await pushTestIndex(client, ref, [
    descriptorOf(image),
    {
      mediaType: OCI_MANIFEST,
      digest,
      size: bytes.length,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.digest': image.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
    },
  ]);
  return { index, image, attestation };
}
