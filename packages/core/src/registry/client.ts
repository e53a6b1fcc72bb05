// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (registry/blob-copy.ts), tag listing with
// pagination. Auth, redirects, retries, timeouts and bounded concurrency are the request
// pipeline's (registry/request.ts); what a refusal means is errors.ts's. No action sends registry
// HTTP requests by itself.
import { HttpClient } from '../http/http-client';
import type { HttpStats } from '../http/http-client';
import type { RetryPolicy } from '../http/retry-policy';
import type { HttpTransport, StreamTransport } from '../http/transport';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import { systemClock } from '../time/clock';
import type { Clock } from '../time/clock';
import { BlobTransfer } from './blob-copy';
import type { BlobCopyResult } from './blob-copy';
import { CredentialSource } from './credentials';
import type { RegistryCredentials } from './credentials';
import { digestLike, sha256Digest } from './digest';
import { RegistryError, digestMismatch, parseErrorBody, type RegistryErrorCode } from './errors';
import { MANIFEST_ACCEPT, baseMediaType, isManifestMediaType } from './media-types';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest } from './manifest-types';
import { formatReference, formatRepository, manifestReference } from './reference';
import type { ImageReference } from './reference';
import { RegistryAuth } from './registry-auth';
import { RegistryRequests, pullScope, pushScope } from './request';

export type { RegistryCredentials } from './credentials';

export type { BlobCopyResult } from './blob-copy';

export interface RegistryClientOptions {
  /** Credentials from action inputs, keyed by registry host; they win over the Docker config. */
  credentials?: Record<string, RegistryCredentials>;
  /** Folder of config.json; default $DOCKER_CONFIG or ~/.docker. */
  dockerConfigDir?: string;
  /** Hosts reachable over plain HTTP (loopback hosts always are). */
  insecureHosts?: string[];
  /** Runtime.setSecret: called for every password and token learned. */
  maskSecret?: (secret: string) => void;
  log?: Log;
  /** Requests in flight at once; default 8. */
  maxConcurrency?: number;
  /** Per request attempt: give up when nothing moves for this long; default 30000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Blob copies to a registry that refuses a whole blob in one PUT (413) go in PATCH chunks of this size; default 32 MiB. */
  chunkSize?: number;
  /** How long a read of something this client just wrote is retried on 404; default 10000 ms. */
  propagationMs?: number;
  env?: Readonly<Record<string, string | undefined>>;
  /** What time it is and how to wait (retries, read-after-write waits); the system clock by default. */
  clock?: Clock;
  /** Seams for tests. */
  exec?: Exec;
  transport?: HttpTransport;
  streamTransport?: StreamTransport;
}

export interface FetchedManifest {
  /** The exact bytes the registry served: the digest is theirs; never re-serialise them. */
  bytes: Buffer;
  mediaType: string;
  digest: string;
  size: number;
  json: ImageIndex | ImageManifest;
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

export class RegistryClient {
  private readonly requests: RegistryRequests;
  private readonly blobs: BlobTransfer;

  constructor(options: RegistryClientOptions = {}) {
    const log = options.log;
    const clock = options.clock ?? systemClock;
    const maxConcurrency = options.maxConcurrency ?? 8;
    const http = new HttpClient({
      transport: options.transport,
      streamTransport: options.streamTransport,
      timeoutMs: options.timeoutMs,
      maxConcurrency,
      retry: options.retry,
      clock,
      onRetry: (message) => log?.info(message),
    });
    const credentials = new CredentialSource({
      explicit: options.credentials,
      dockerConfigDir: options.dockerConfigDir,
      env: options.env,
      exec: options.exec,
      maskSecret: options.maskSecret,
      log,
    });
    const auth = new RegistryAuth(http, credentials, {
      maskSecret: options.maskSecret,
      allowsPlainHttp: (host) => this.requests.allowsPlainHttp(host),
      clock,
    });
    this.requests = new RegistryRequests(http, auth, credentials, {
      insecureHosts: options.insecureHosts,
      propagationMs: options.propagationMs ?? 10000,
      clock,
      log,
    });
    this.blobs = new BlobTransfer(this.requests, { chunkSize: options.chunkSize ?? 32 * 1024 * 1024, maxConcurrency });
  }

  /** Whether `host` is spoken to over plain HTTP (loopback, `registry-insecure`). */
  allowsPlainHttp(host: string): boolean {
    return this.requests.allowsPlainHttp(host);
  }

  /** Every HTTP request sent (retries, token requests and redirects included). */
  get stats(): HttpStats {
    return this.requests.http.stats;
  }

  /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
  async headManifest(ref: ImageReference): Promise<ManifestHead | undefined> {
    const response = await this.requests.send({
      method: 'HEAD',
      ref,
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: [pullScope(ref)],
      justWritten: this.requests.wasWritten(ref, manifestReference(ref)),
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.requests.failure(response, ref, 'read the manifest of');
    const digest = response.headers['docker-content-digest'];
    const mediaType = response.headers['content-type'];
    const size = Number(response.headers['content-length']);
    if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
      // Some registries leave the digest out of HEAD answers: the bytes tell.
      const fetched = await this.getManifest(ref);
      return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
    }
    if (ref.digest && digest !== ref.digest) throw digestMismatch(formatReference(ref), ref.digest, digest);
    return { digest, mediaType: baseMediaType(mediaType), size };
  }

  /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
  async getManifest(ref: ImageReference): Promise<FetchedManifest> {
    const response = await this.requests.send({
      method: 'GET',
      ref,
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: [pullScope(ref)],
      justWritten: this.requests.wasWritten(ref, manifestReference(ref)),
    });
    if (response.status !== 200) throw this.requests.failure(response, ref, 'read the manifest of');
    const bytes = response.body;
    const digest = digestLike(ref.digest ?? 'sha256:', bytes);
    if (ref.digest && digest !== ref.digest) throw digestMismatch(formatReference(ref), ref.digest, digest);
    const served = response.headers['docker-content-digest'];
    if (served && served.startsWith(digest.slice(0, 7)) && served !== digest)
      throw digestMismatch(formatReference(ref), served, digest);
    const json = parseJsonBody<ImageIndex | ImageManifest>(
      bytes,
      'The manifest',
      formatReference(ref),
      'MANIFEST_INVALID',
    );
    const header = baseMediaType(response.headers['content-type'] ?? '');
    const mediaType = isManifestMediaType(header) ? header : (json.mediaType ?? header);
    if (!isManifestMediaType(mediaType)) {
      throw new RegistryError(
        `${formatReference(ref)} is not an image: its manifest has media type ${mediaType || '(none)'}`,
        {
          status: 200,
          code: 'UNSUPPORTED',
          reference: formatReference(ref),
          hint: 'Give an OCI or Docker (schema 2) image or index',
        },
      );
    }
    return { bytes, mediaType, digest, size: bytes.length, json };
  }

  /**
   * Pushes manifest bytes unchanged with their media type, by the tag or digest of `ref`.
   * Returns the digest, after checking that the registry's answer equals sha256(bytes).
   */
  async putManifest(ref: ImageReference, bytes: Buffer, mediaType: string): Promise<string> {
    const ours = sha256Digest(bytes);
    const target = manifestReference(ref);
    const response = await this.requests.send({
      method: 'PUT',
      ref,
      path: `/v2/${ref.repository}/manifests/${target}`,
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: [pushScope(ref)],
    });
    if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
      throw this.requests.failure(response, ref, 'push the manifest to', 'push');
    }
    const answered = response.headers['docker-content-digest'];
    if (answered && answered !== ours) throw digestMismatch(formatReference(ref), ours, answered);
    this.requests.markWritten(ref, target);
    this.requests.markWritten(ref, ours);
    return ours;
  }

  /** True when the repository has the blob. */
  hasBlob(repo: ImageReference, digest: string): Promise<boolean> {
    return this.blobs.hasBlob(repo, digest);
  }

  /** The blob's bytes, read whole and checked against its digest. Redirects to storage get no credentials. */
  getBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    return this.blobs.getBlob(repo, digest);
  }

  /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
  uploadBlob(repo: ImageReference, bytes: Buffer): Promise<string> {
    return this.blobs.uploadBlob(repo, bytes);
  }

  /**
   * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
   * same registry, else the source's bytes streamed into an upload (registry/blob-copy.ts).
   */
  copyBlob(from: ImageReference, to: ImageReference, descriptor: Descriptor): Promise<BlobCopyResult> {
    return this.blobs.copyBlob(from, to, descriptor);
  }

  /** Every tag of the repository, following `Link: <…>; rel="next"` pages; [] when it has none. */
  async listTags(repo: ImageReference, pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
    // A registry whose Link points back at a page already read would page forever.
    const visited = new Set<string>();
    for (let page = 0; path; page++) {
      if (visited.has(path)) {
        throw new RegistryError(`The tag list of ${formatRepository(repo)} pages in a loop (Link back to ${path})`, {
          status: 200,
          reference: formatRepository(repo),
          hint: 'The registry sent a Link header pointing at a page it had already sent; report it to its operators',
        });
      }
      visited.add(path);
      const response = await this.requests.send({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
      if (response.status === 404 && page === 0) {
        const code = parseErrorBody(response.body)?.code;
        if (code === 'NAME_UNKNOWN' || code === undefined) return [];
      }
      if (response.status !== 200) throw this.requests.failure(response, repo, 'list the tags of');
      const body = parseJsonBody<{ tags?: string[] | null }>(response.body, 'The tag list', formatRepository(repo));
      tags.push(...(body.tags ?? []));
      path = nextLink(response.headers.link);
    }
    return tags;
  }

  /** The image config blob a manifest points to, parsed. */
  async getConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig> {
    const bytes = await this.getBlob(ref, manifest.config.digest);
    return parseJsonBody<ImageConfig>(bytes, 'The config blob', formatReference(ref), 'UNSUPPORTED');
  }
}

/** A 200 answer's body parsed as JSON; a RegistryError saying `<what> of <reference> is not JSON` when it is not. */
function parseJsonBody<T>(body: Buffer, what: string, reference: string, code?: RegistryErrorCode): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw new RegistryError(`${what} of ${reference} is not JSON`, { status: 200, code, reference });
  }
}

/** The path of a `Link: </v2/…?last=x&n=100>; rel="next"` header. */
function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (match && /rel="?next"?/i.test(match[2])) return match[1];
  }
  return undefined;
}
