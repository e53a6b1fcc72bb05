// Small synthetic images stored straight into a MemoryRegistry (no request recorded) for the unit
// tests of the latest decision and the manifest merge: a per-platform image (config blob with the
// platform and an optional version label, one layer), an index over images with an optional
// version annotation, and a buildx-style attestation manifest. The registry checks them as a
// manifest PUT is checked, so a seeded image is one the real registry would accept.
import type { Descriptor, ImageIndex, ImageManifest, Platform } from '@cib/core/registry/manifest-types';
import {
  DOCKER_CONFIG,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
} from '@cib/core/registry/media-types';
import type { MemoryRegistry } from './memory-registry';

const VERSION_KEY = 'org.opencontainers.image.version';
const LINUX_AMD64: Platform = { os: 'linux', architecture: 'amd64' };

export interface SeedImageOptions {
  /** Tags pointing at it; none by default (reachable by digest only). */
  tags?: readonly string[];
  /** Written into the config; default linux/amd64. */
  platform?: Platform;
  /** The config label `org.opencontainers.image.version`. */
  label?: string;
  /** The manifest annotation `org.opencontainers.image.version`. */
  annotation?: string;
  /** Makes the layer (and so the digest) unique; default a counter. */
  seed?: string;
  /** Docker (schema 2) manifest and config instead of OCI. */
  format?: 'oci' | 'docker';
  /** Another config media type (a Helm chart's, say), to make something that is not an image. */
  configType?: string;
}

let seeds = 0;

/** Stores an image in `repository` (`host/repo`); returns its manifest's descriptor. */
export function seedImage(registry: MemoryRegistry, repository: string, options: SeedImageOptions = {}): Descriptor {
  const platform = options.platform ?? LINUX_AMD64;
  const docker = options.format === 'docker';
  const config = registry.seedBlob(
    repository,
    Buffer.from(
      JSON.stringify({
        ...platform,
        rootfs: { type: 'layers' },
        config: { Labels: options.label ? { [VERSION_KEY]: options.label } : {} },
      }),
    ),
    options.configType ?? (docker ? DOCKER_CONFIG : OCI_CONFIG),
  );
  const layer = registry.seedBlob(
    repository,
    Buffer.from(`layer ${options.seed ?? `#${++seeds}`} of ${JSON.stringify(platform)} in ${repository}`),
    'application/vnd.oci.image.layer.v1.tar+gzip',
  );
  const mediaType = docker ? DOCKER_MANIFEST : OCI_MANIFEST;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType,
    config,
    layers: [layer],
    ...(options.annotation ? { annotations: { [VERSION_KEY]: options.annotation } } : {}),
  };
  return registry.seedManifest(repository, Buffer.from(JSON.stringify(manifest)), mediaType, options.tags);
}

export interface SeedIndexOptions {
  tags?: readonly string[];
  /** The index annotation `org.opencontainers.image.version`. */
  annotation?: string;
  /** A Docker manifest list instead of an OCI index. */
  format?: 'oci' | 'docker';
}

/** Stores an index over `children` (descriptors as they go in the index, platform included). */
export function seedIndex(
  registry: MemoryRegistry,
  repository: string,
  children: readonly Descriptor[],
  options: SeedIndexOptions = {},
): Descriptor {
  const mediaType = options.format === 'docker' ? DOCKER_MANIFEST_LIST : OCI_INDEX;
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType,
    manifests: [...children],
    ...(options.annotation ? { annotations: { [VERSION_KEY]: options.annotation } } : {}),
  };
  return registry.seedManifest(repository, Buffer.from(JSON.stringify(index)), mediaType, options.tags);
}

/** Stores an attestation manifest about `image`, as buildx writes it; returns its index descriptor. */
export function seedAttestation(registry: MemoryRegistry, repository: string, image: Descriptor): Descriptor {
  const config = registry.seedBlob(repository, Buffer.from('{"architecture":"unknown","os":"unknown"}'), OCI_CONFIG);
  const statement = registry.seedBlob(
    repository,
    Buffer.from(`provenance of ${image.digest}`),
    'application/vnd.in-toto+json',
  );
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [statement] };
  const stored = registry.seedManifest(repository, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
  return {
    ...stored,
    platform: { architecture: 'unknown', os: 'unknown' },
    annotations: { 'vnd.docker.reference.digest': image.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
  };
}
