// An in-memory registry with the registry client's methods (manifests, blobs, tags), for unit
// tests of the code that takes a client: the latest decision, the manifest merge. It is held to
// Debian's docker-registry (distribution 2.8) by test/integration/registry/memory-registry-
// contract.test.ts, which runs the same operations against both and expects the same answers.
//
// Where each behaviour comes from (distribution 2.8 as measured by the contract suite, and the
// OCI distribution spec, "Pushing manifests" and "Error codes"):
// - Repositories are separate: blobs, manifests and tags live per repository.
// - What a manifest PUT is refused for: manifest-push-check.ts. A PUT by digest whose bytes
//   have another digest answers 400 DIGEST_INVALID.
// - GET serves the exact bytes pushed with the Content-Type they were pushed with; HEAD answers
//   digest, type and size; an unknown tag or digest: GET 404 MANIFEST_UNKNOWN, HEAD nothing.
//   Unknown blobs: 404 BLOB_UNKNOWN. Tags of an unknown repository: none.
// - Tag lists come sorted here; distribution answers in storage order, so callers must not rely
//   on any order.
// - copyBlob does what the client does on the wire: HEAD the target; on the same registry a
//   cross-repository mount (a source lacking the blob falls back to a download, 404); across
//   registries a download and an upload.
// Test levers, which no real registry offers this directly: `lock(repository)` makes every
// request to it answer 401 UNAUTHORIZED (no credentials), `refuseWrite(reference, error)` makes
// a manifest PUT to that tag throw `error` (immutable tags), `retag()` moves a tag as another
// client would, unrecorded. Every request is recorded as `METHOD kind target` in `requests`.
import type { BlobCopyResult, FetchedManifest, ManifestHead, RegistryClient } from '@cib/core/registry/client';
import { sha256Digest } from '@cib/core/registry/digest';
import { RegistryError, type RegistryErrorCode } from '@cib/core/registry/errors';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest } from '@cib/core/registry/manifest-types';
import { baseMediaType } from '@cib/core/registry/media-types';
import {
  formatReference,
  formatRepository,
  manifestReference,
  sameRegistry,
  type ImageReference,
} from '@cib/core/registry/reference';
import { checkManifestPush } from './manifest-push-check';

/** The client methods the double answers, as the code under test sees them. */
export type RegistryApi = Pick<
  RegistryClient,
  | 'headManifest'
  | 'getManifest'
  | 'putManifest'
  | 'hasBlob'
  | 'getBlob'
  | 'uploadBlob'
  | 'copyBlob'
  | 'listTags'
  | 'getConfig'
>;

export type RequestKind = 'manifest' | 'blob' | 'tags';

interface StoredManifest {
  bytes: Buffer;
  mediaType: string;
}

interface Repository {
  manifests: Map<string, StoredManifest>;
  blobs: Map<string, Buffer>;
  tags: Map<string, string>;
}

export class MemoryRegistry implements RegistryApi {
  private readonly repositories = new Map<string, Repository>();
  private readonly locked = new Set<string>();
  private readonly refusals = new Map<string, RegistryError>();
  /** Every request, as `HEAD manifest host/repo:tag`, `GET blob host/repo@sha256:…`, `GET tags host/repo`. */
  readonly requests: string[] = [];

  // Levers and inspection (not part of the client's interface).

  /** Every request to `repository` (`host/repo`) answers 401 UNAUTHORIZED from now on. */
  lock(repository: string): void {
    this.locked.add(repository);
  }

  /** A manifest PUT to `reference` (`host/repo:tag`) throws `error`. */
  refuseWrite(reference: string, error: RegistryError): void {
    this.refusals.set(reference, error);
  }

  /** What `tag` of `repository` points to now, or undefined. */
  digestOf(repository: string, tag: string): string | undefined {
    return this.repositories.get(repository)?.tags.get(tag);
  }

  /** Moves `tag` to `digest` as another client would, without recording a request. */
  retag(repository: string, tag: string, digest: string): void {
    const repo = this.repository(repository);
    if (!repo.manifests.has(digest)) throw new Error(`retag: ${repository} has no manifest ${digest}`);
    repo.tags.set(tag, digest);
  }

  /** Stores a blob without recording a request; returns its descriptor. */
  seedBlob(repository: string, bytes: Buffer, mediaType = 'application/octet-stream'): Descriptor {
    const digest = sha256Digest(bytes);
    this.repository(repository).blobs.set(digest, bytes);
    return { mediaType, digest, size: bytes.length };
  }

  /** Stores a manifest (checked as a PUT is) and tags it, without recording a request. */
  seedManifest(repository: string, bytes: Buffer, mediaType: string, tags: readonly string[] = []): Descriptor {
    const repo = this.repository(repository);
    const refusal = checkManifestPush(bytes, mediaType, {
      hasBlob: (digest) => repo.blobs.has(digest),
      hasContent: (digest) => repo.blobs.has(digest) || repo.manifests.has(digest),
    });
    if (refusal) throw new Error(`seedManifest: the registry would refuse this manifest (${refusal.code})`);
    const digest = sha256Digest(bytes);
    repo.manifests.set(digest, { bytes, mediaType: baseMediaType(mediaType) });
    for (const tag of tags) repo.tags.set(tag, digest);
    return { mediaType: baseMediaType(mediaType), digest, size: bytes.length };
  }

  /** How many requests had this method (and kind). */
  count(method: string, kind?: RequestKind): number {
    const prefix = kind ? `${method} ${kind} ` : `${method} `;
    return this.requests.filter((request) => request.startsWith(prefix)).length;
  }

  /** The requests that only read (HEAD, GET). */
  get reads(): string[] {
    return this.requests.filter((request) => /^(HEAD|GET) /.test(request));
  }

  /** The requests that wrote (PUT of manifests and blobs, POST of blob mounts). */
  get writes(): string[] {
    return this.requests.filter((request) => /^(PUT|POST) /.test(request));
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // The client's interface.

  async headManifest(ref: ImageReference): Promise<ManifestHead | undefined> {
    const found = this.findManifest('HEAD', ref);
    return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
  }

  async getManifest(ref: ImageReference): Promise<FetchedManifest> {
    const found = this.findManifest('GET', ref);
    if (!found) throw this.refusal(ref, 'read the manifest of', 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
    const json = JSON.parse(found.bytes.toString()) as ImageIndex | ImageManifest;
    return { bytes: found.bytes, mediaType: found.mediaType, digest: found.digest, size: found.bytes.length, json };
  }

  async putManifest(ref: ImageReference, bytes: Buffer, mediaType: string): Promise<string> {
    this.record('PUT', 'manifest', formatReference(ref));
    this.guard(ref);
    const refused = ref.tag !== undefined && !ref.digest ? this.refusals.get(formatReference(ref)) : undefined;
    if (refused) throw refused;
    const repo = this.repository(formatRepository(ref));
    const digest = sha256Digest(bytes);
    if (ref.digest && ref.digest !== digest) {
      throw this.refusal(
        ref,
        'push the manifest to',
        400,
        'DIGEST_INVALID',
        'provided digest did not match uploaded content',
      );
    }
    const refusal = checkManifestPush(bytes, mediaType, {
      hasBlob: (digest) => repo.blobs.has(digest),
      hasContent: (digest) => repo.blobs.has(digest) || repo.manifests.has(digest),
    });
    if (refusal) throw this.refusal(ref, 'push the manifest to', refusal.status, refusal.code, refusal.message);
    repo.manifests.set(digest, { bytes, mediaType: baseMediaType(mediaType) });
    const target = manifestReference(ref);
    if (target !== digest) repo.tags.set(target, digest);
    return digest;
  }

  async hasBlob(repo: ImageReference, digest: string): Promise<boolean> {
    return this.findBlob('HEAD', repo, digest) !== undefined;
  }

  async getBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    const bytes = this.findBlob('GET', repo, digest);
    if (!bytes)
      throw this.refusal({ ...repo, digest }, 'read the blob of', 404, 'BLOB_UNKNOWN', 'blob unknown to registry');
    return bytes;
  }

  async uploadBlob(repo: ImageReference, bytes: Buffer): Promise<string> {
    const digest = sha256Digest(bytes);
    this.record('PUT', 'blob', `${formatRepository(repo)}@${digest}`);
    this.guard(repo);
    this.repository(formatRepository(repo)).blobs.set(digest, bytes);
    return digest;
  }

  async copyBlob(from: ImageReference, to: ImageReference, descriptor: Descriptor): Promise<BlobCopyResult> {
    const { digest } = descriptor;
    if (await this.hasBlob(to, digest)) return 'present';
    if (sameRegistry(from, to)) {
      this.record('POST', 'blob', `${formatRepository(to)}@${digest}`);
      this.guard(to);
      const bytes = this.repositories.get(formatRepository(from))?.blobs.get(digest);
      if (bytes && !this.locked.has(formatRepository(from))) {
        this.repository(formatRepository(to)).blobs.set(digest, bytes);
        return 'mounted';
      }
    }
    await this.uploadBlob(to, await this.getBlob(from, digest));
    return 'uploaded';
  }

  async listTags(repo: ImageReference): Promise<string[]> {
    this.record('GET', 'tags', formatRepository(repo));
    this.guard(repo);
    return [...(this.repositories.get(formatRepository(repo))?.tags.keys() ?? [])].sort();
  }

  async getConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig> {
    const bytes = await this.getBlob(ref, manifest.config.digest);
    return JSON.parse(bytes.toString()) as ImageConfig;
  }

  // Internals.

  private repository(name: string): Repository {
    let repo = this.repositories.get(name);
    if (!repo) {
      repo = { manifests: new Map(), blobs: new Map(), tags: new Map() };
      this.repositories.set(name, repo);
    }
    return repo;
  }

  private record(method: string, kind: RequestKind, target: string): void {
    this.requests.push(`${method} ${kind} ${target}`);
  }

  private findManifest(method: 'HEAD' | 'GET', ref: ImageReference): (StoredManifest & { digest: string }) | undefined {
    this.record(method, 'manifest', formatReference(ref));
    this.guard(ref);
    const repo = this.repositories.get(formatRepository(ref));
    const digest = ref.digest ?? repo?.tags.get(ref.tag ?? 'latest');
    const stored = digest ? repo?.manifests.get(digest) : undefined;
    return digest && stored ? { ...stored, digest } : undefined;
  }

  private findBlob(method: 'HEAD' | 'GET', repo: ImageReference, digest: string): Buffer | undefined {
    this.record(method, 'blob', `${formatRepository(repo)}@${digest}`);
    this.guard(repo);
    return this.repositories.get(formatRepository(repo))?.blobs.get(digest);
  }

  private guard(ref: ImageReference): void {
    if (this.locked.has(formatRepository(ref))) {
      throw this.refusal(ref, 'access', 401, 'UNAUTHORIZED', 'authentication required');
    }
  }

  /** The error the client throws for this answer (same status, code and reference). */
  private refusal(
    ref: ImageReference,
    action: string,
    status: number,
    code: RegistryErrorCode,
    message: string,
  ): RegistryError {
    const reference = formatReference(ref);
    return new RegistryError(`Could not ${action} ${reference}: HTTP ${status} ${code}: ${message}`, {
      status,
      code,
      reference,
      hint:
        status === 404
          ? `Check that ${reference} exists`
          : status === 401
            ? `Log in to ${ref.registry} with an account that can access ${ref.repository}: give username and password, or run docker/login-action first`
            : undefined,
    });
  }
}
