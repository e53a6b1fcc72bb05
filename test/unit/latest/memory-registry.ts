// An in-memory registry with the subset of the RegistryClient interface the latest decision
// uses, for unit tests of the decision logic. It stores exact manifest bytes, answers 404 as
// RegistryError MANIFEST_UNKNOWN like the client, counts requests, and lets a test run code
// before a given write (to simulate another release racing) or refuse writes.
import type { FetchedManifest, ManifestHead } from '@cib/core/registry/client';
import { sha256Digest } from '@cib/core/registry/digest';
import { RegistryError } from '@cib/core/registry/errors';
import type { ImageConfig, ImageIndex, ImageManifest } from '@cib/core/registry/manifest-types';
import { OCI_INDEX, OCI_MANIFEST } from '@cib/core/registry/media-types';
import { formatReference, formatRepository, type ImageReference } from '@cib/core/registry/reference';
import type { LatestRegistry } from '@cib/core/latest/registry-port';

interface Stored {
  bytes: Buffer;
  mediaType: string;
}

export class MemoryRegistry implements LatestRegistry {
  private readonly manifests = new Map<string, Stored>(); // repo@digest -> bytes
  private readonly tags = new Map<string, Map<string, string>>(); // repo -> tag -> digest
  private readonly blobs = new Map<string, Buffer>();
  readonly calls: string[] = [];
  /** Runs before a PUT of the given tag (once), e.g. to let a racing release write first. */
  beforePut?: (repo: string, tag: string) => void | Promise<void>;
  /** Refuses PUTs to these `repo:tag` with this error. */
  refuse = new Map<string, RegistryError>();

  /** Stores a single-platform image whose config carries `label` as its version label. */
  addImage(
    repository: string,
    tags: string[],
    options: { label?: string; annotation?: string; seed?: string } = {},
  ): string {
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Labels: options.label ? { 'org.opencontainers.image.version': options.label } : {} },
        seed: options.seed ?? tags.join(','),
      }),
    );
    const configDigest = sha256Digest(config);
    this.blobs.set(configDigest, config);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [],
      ...(options.annotation ? { annotations: { 'org.opencontainers.image.version': options.annotation } } : {}),
    };
    return this.store(repository, Buffer.from(JSON.stringify(manifest, null, 3)), OCI_MANIFEST, tags);
  }

  /** Stores an index over the manifest with digest `child`; `annotation` on the index. */
  addIndex(repository: string, tags: string[], child: string, annotation?: string): string {
    const stored = this.manifests.get(`${repository}@${child}`)!;
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: stored.mediaType,
          digest: child,
          size: stored.bytes.length,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
      ...(annotation ? { annotations: { 'org.opencontainers.image.version': annotation } } : {}),
    };
    return this.store(repository, Buffer.from(JSON.stringify(index)), OCI_INDEX, tags);
  }

  store(repository: string, bytes: Buffer, mediaType: string, tags: string[]): string {
    const digest = sha256Digest(bytes);
    this.manifests.set(`${repository}@${digest}`, { bytes, mediaType });
    for (const tag of tags) this.tag(repository, tag, digest);
    return digest;
  }

  tag(repository: string, tag: string, digest: string): void {
    if (!this.tags.has(repository)) this.tags.set(repository, new Map());
    this.tags.get(repository)!.set(tag, digest);
  }

  digestOf(repository: string, tag: string): string | undefined {
    return this.tags.get(repository)?.get(tag);
  }

  count(method: string): number {
    return this.calls.filter((c) => c.startsWith(`${method} `)).length;
  }

  private resolve(ref: ImageReference): { digest: string; stored: Stored } | undefined {
    const repo = formatRepository(ref);
    const digest = ref.digest ?? this.tags.get(repo)?.get(ref.tag ?? 'latest');
    const stored = digest ? this.manifests.get(`${repo}@${digest}`) : undefined;
    return digest && stored ? { digest, stored } : undefined;
  }

  async headManifest(ref: ImageReference): Promise<ManifestHead | undefined> {
    this.calls.push(`HEAD ${formatReference(ref)}`);
    const found = this.resolve(ref);
    return found
      ? { digest: found.digest, mediaType: found.stored.mediaType, size: found.stored.bytes.length }
      : undefined;
  }

  async getManifest(ref: ImageReference): Promise<FetchedManifest> {
    this.calls.push(`GET ${formatReference(ref)}`);
    const found = this.resolve(ref);
    if (!found) {
      throw new RegistryError(`manifest unknown: ${formatReference(ref)}`, {
        status: 404,
        code: 'MANIFEST_UNKNOWN',
        reference: formatReference(ref),
      });
    }
    const { bytes, mediaType } = found.stored;
    return { bytes, mediaType, digest: found.digest, size: bytes.length, json: JSON.parse(bytes.toString()) };
  }

  async putManifest(ref: ImageReference, bytes: Buffer, mediaType: string): Promise<string> {
    const repo = formatRepository(ref);
    const tag = ref.tag ?? '';
    const hook = this.beforePut;
    if (hook) {
      this.beforePut = undefined;
      await hook(repo, tag);
    }
    this.calls.push(`PUT ${formatReference(ref)}`);
    const refusal = this.refuse.get(`${repo}:${tag}`);
    if (refusal) throw refusal;
    return this.store(repo, bytes, mediaType, [tag]);
  }

  async listTags(repo: ImageReference): Promise<string[]> {
    this.calls.push(`LIST ${formatRepository(repo)}`);
    return [...(this.tags.get(formatRepository(repo))?.keys() ?? [])].sort();
  }

  async getConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig> {
    this.calls.push(`BLOB ${formatRepository(ref)}@${manifest.config.digest}`);
    return JSON.parse(this.blobs.get(manifest.config.digest)!.toString()) as ImageConfig;
  }
}
