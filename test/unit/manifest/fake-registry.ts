// An in-memory stand-in for the registry client's read/write methods, for the unit tests of the
// merge logic: it stores manifests, tags and blobs per repository and records every write.
import { sha256Digest } from '@cib/core/registry/digest';
import { RegistryError } from '@cib/core/registry/errors';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '@cib/core/registry/manifest-types';
import { DOCKER_CONFIG, DOCKER_MANIFEST, OCI_CONFIG, OCI_INDEX, OCI_MANIFEST } from '@cib/core/registry/media-types';
import { formatReference, type ImageReference } from '@cib/core/registry/reference';
import type { MergeClient } from '@cib/core/manifest/merge';

type Stored = { bytes: Buffer; mediaType: string; digest: string };

export class FakeRegistry implements MergeClient {
  readonly manifests = new Map<string, Stored>(); // `${repo}@${digest}`
  readonly tags = new Map<string, string>(); // `${repo}:${tag}` -> digest
  readonly blobs = new Map<string, Buffer>(); // `${repo}@${digest}`
  readonly writes: string[] = [];
  readonly reads: string[] = [];
  /** Repositories whose reads answer 401. */
  readonly locked = new Set<string>();

  private repo(ref: ImageReference): string {
    return `${ref.registry}/${ref.repository}`;
  }

  addBlob(repo: string, bytes: Buffer): Descriptor {
    const digest = sha256Digest(bytes);
    this.blobs.set(`${repo}@${digest}`, bytes);
    return { mediaType: 'application/octet-stream', digest, size: bytes.length };
  }

  addManifest(repo: string, json: object, mediaType: string, tag?: string): Descriptor {
    const bytes = Buffer.from(JSON.stringify(json));
    const digest = sha256Digest(bytes);
    this.manifests.set(`${repo}@${digest}`, { bytes, mediaType, digest });
    if (tag) this.tags.set(`${repo}:${tag}`, digest);
    return { mediaType, digest, size: bytes.length };
  }

  /** An image: config blob with the platform, one layer, the manifest (tagged when `tag`). */
  addImage(
    repo: string,
    platform: Platform | undefined,
    tag?: string,
    options: { docker?: boolean; configType?: string } = {},
  ): Descriptor {
    const config = this.addBlob(repo, Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers' } })));
    const layer = this.addBlob(repo, Buffer.from(`layer of ${JSON.stringify(platform)} in ${repo}`));
    const configType = options.configType ?? (options.docker ? DOCKER_CONFIG : OCI_CONFIG);
    const mediaType = options.docker ? DOCKER_MANIFEST : OCI_MANIFEST;
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType,
      config: { ...config, mediaType: configType },
      layers: [{ ...layer, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
    };
    return this.addManifest(repo, manifest, mediaType, tag);
  }

  /** An attestation manifest about `image`, as buildx writes it. */
  addAttestation(repo: string, image: Descriptor): Descriptor {
    const config = this.addBlob(repo, Buffer.from('{"architecture":"unknown","os":"unknown"}'));
    const statement = this.addBlob(repo, Buffer.from(`provenance of ${image.digest}`));
    const manifest = this.addManifest(
      repo,
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { ...config, mediaType: OCI_CONFIG },
        layers: [{ ...statement, mediaType: 'application/vnd.in-toto+json' }],
      },
      OCI_MANIFEST,
    );
    return {
      ...manifest,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: { 'vnd.docker.reference.digest': image.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
    };
  }

  addIndex(repo: string, manifests: Descriptor[], tag?: string): Descriptor {
    const index: ImageIndex = { schemaVersion: 2, mediaType: OCI_INDEX, manifests };
    return this.addManifest(repo, index, OCI_INDEX, tag);
  }

  private lookup(ref: ImageReference): Stored | undefined {
    const repo = this.repo(ref);
    const digest = ref.digest ?? this.tags.get(`${repo}:${ref.tag ?? 'latest'}`);
    return digest ? this.manifests.get(`${repo}@${digest}`) : undefined;
  }

  private guard(ref: ImageReference): void {
    if (this.locked.has(this.repo(ref))) {
      throw new RegistryError('authentication required', {
        status: 401,
        code: 'UNAUTHORIZED',
        reference: formatReference(ref),
      });
    }
  }

  async getManifest(ref: ImageReference) {
    this.reads.push(`GET manifest ${formatReference(ref)}`);
    this.guard(ref);
    const stored = this.lookup(ref);
    if (!stored) {
      throw new RegistryError('manifest unknown', {
        status: 404,
        code: 'MANIFEST_UNKNOWN',
        reference: formatReference(ref),
      });
    }
    return {
      ...stored,
      size: stored.bytes.length,
      json: JSON.parse(stored.bytes.toString()) as ImageIndex | ImageManifest,
    };
  }

  async getConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig> {
    this.reads.push(`GET blob ${this.repo(ref)}@${manifest.config.digest}`);
    this.guard(ref);
    const blob = this.blobs.get(`${this.repo(ref)}@${manifest.config.digest}`);
    if (!blob)
      throw new RegistryError('blob unknown', { status: 404, code: 'BLOB_UNKNOWN', reference: formatReference(ref) });
    return JSON.parse(blob.toString()) as ImageConfig;
  }

  async headManifest(ref: ImageReference) {
    this.reads.push(`HEAD manifest ${formatReference(ref)}`);
    const stored = this.lookup(ref);
    return stored ? { digest: stored.digest, mediaType: stored.mediaType, size: stored.bytes.length } : undefined;
  }

  async copyBlob(from: ImageReference, to: ImageReference, descriptor: Descriptor) {
    const target = `${this.repo(to)}@${descriptor.digest}`;
    if (this.blobs.has(target)) return 'present' as const;
    const blob = this.blobs.get(`${this.repo(from)}@${descriptor.digest}`);
    if (!blob)
      throw new RegistryError('blob unknown', { status: 404, code: 'BLOB_UNKNOWN', reference: this.repo(from) });
    this.writes.push(`blob ${target}`);
    this.blobs.set(target, blob);
    return from.registry === to.registry ? ('mounted' as const) : ('uploaded' as const);
  }

  async putManifest(ref: ImageReference, bytes: Buffer, mediaType: string): Promise<string> {
    const repo = this.repo(ref);
    const digest = sha256Digest(bytes);
    this.writes.push(`manifest ${formatReference(ref)}`);
    this.manifests.set(`${repo}@${digest}`, { bytes, mediaType, digest });
    if (ref.tag && !ref.digest) this.tags.set(`${repo}:${ref.tag}`, digest);
    return digest;
  }
}
