// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (HEAD, GET following redirects, upload,
// cross-repository mount), tag listing with pagination, auth challenges, retries, timeouts,
// bounded concurrency. No action sends registry HTTP requests by itself.
import { createHash } from 'node:crypto';
import { errorMessage } from '../errors/cib-error';
import { HttpClient, sleepFor } from '../http/http-client';
import { RedirectError, sendFollowingRedirects } from '../http/redirects';
import type { HttpStats } from '../http/http-client';
import type { RetryPolicy } from '../http/retry-policy';
import { HttpNetworkError } from '../http/transport';
import type { HttpResponse, HttpTransport } from '../http/transport';
import type { Exec } from '../exec/exec';
import { CredentialSource, normalizeRegistryHost } from './credentials';
import type { RegistryCredentials } from './credentials';
import { digestAlgorithm, digestLike, sha256Digest } from './digest';
import { RegistryError, parseErrorBody, type RegistryErrorCode } from './errors';
import { MANIFEST_ACCEPT, baseMediaType, isManifestMediaType } from './media-types';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest } from './manifest-types';
import { apiHost, formatReference, formatRepository, manifestReference, sameRegistry } from './reference';
import type { ImageReference } from './reference';
import { RegistryAuth } from './registry-auth';
import type { Authorization } from './registry-auth';

export type { RegistryCredentials } from './credentials';

export interface RegistryLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface RegistryClientOptions {
  /** Credentials from action inputs, keyed by registry host; they win over the Docker config. */
  credentials?: Record<string, RegistryCredentials>;
  /** Folder of config.json; default $DOCKER_CONFIG or ~/.docker. */
  dockerConfigDir?: string;
  /** Hosts reachable over plain HTTP (loopback hosts always are). */
  insecureHosts?: string[];
  /** Runtime.setSecret: called for every password and token learned. */
  maskSecret?: (secret: string) => void;
  log?: RegistryLog;
  /** Requests in flight at once; default 8. */
  maxConcurrency?: number;
  /** Per request attempt: give up when nothing moves for this long; default 30000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Blobs copied between repositories above this size move in chunks of it; default 32 MiB. */
  chunkSize?: number;
  /** How long a read of something this client just wrote is retried on 404; default 10000 ms. */
  propagationMs?: number;
  env?: Readonly<Record<string, string | undefined>>;
  /** Seams for tests. */
  exec?: Exec;
  transport?: HttpTransport;
  sleep?: (ms: number) => Promise<void>;
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

export type BlobCopyResult = 'present' | 'mounted' | 'uploaded';

interface RequestSpec {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH';
  /** The image the request is about (registry and repository used for host and scope). */
  ref: ImageReference;
  /** Path and query below the origin, or an absolute URL (upload locations). */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  scopes: string[];
  /** Retry a 404 for a while: the thing was just written (registry propagation lag). */
  justWritten?: boolean;
}

const MAX_REDIRECTS = 5;
const CHUNKED_COPY_ATTEMPTS = 3;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

function pullScope(ref: ImageReference): string {
  return `repository:${ref.repository}:pull`;
}
function pushScope(ref: ImageReference): string {
  return `repository:${ref.repository}:pull,push`;
}

export class RegistryClient {
  private readonly http: HttpClient;
  private readonly auth: RegistryAuth;
  private readonly credentialSource: CredentialSource;
  private readonly insecure: Set<string>;
  private readonly written = new Map<string, number>();
  private readonly propagationMs: number;
  private readonly chunkSize: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** 401 answers to requests made with credentials: the hint differs from "log in". */
  private readonly refused = new WeakSet<HttpResponse>();
  /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
  private readonly pinged = new Set<string>();

  constructor(private readonly options: RegistryClientOptions = {}) {
    const log = options.log;
    this.http = new HttpClient({
      transport: options.transport,
      timeoutMs: options.timeoutMs,
      maxConcurrency: options.maxConcurrency,
      retry: options.retry,
      sleep: options.sleep,
      onRetry: (message) => log?.info(message),
    });
    this.credentialSource = new CredentialSource({
      explicit: options.credentials,
      dockerConfigDir: options.dockerConfigDir,
      env: options.env,
      exec: options.exec,
      maskSecret: options.maskSecret,
      log,
    });
    this.auth = new RegistryAuth(this.http, this.credentialSource, {
      maskSecret: options.maskSecret,
      allowsPlainHttp: (host) => this.allowsPlainHttp(host),
    });
    this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
    this.propagationMs = options.propagationMs ?? 10000;
    this.chunkSize = options.chunkSize ?? 32 * 1024 * 1024;
    this.sleep = options.sleep ?? sleepFor;
  }

  /** Every HTTP request sent (retries, token requests and redirects included). */
  get stats(): HttpStats {
    return this.http.stats;
  }

  /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
  async headManifest(ref: ImageReference): Promise<ManifestHead | undefined> {
    const response = await this.request({
      method: 'HEAD',
      ref,
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: [pullScope(ref)],
      justWritten: this.wasWritten(ref, manifestReference(ref)),
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.failure(response, ref, 'read the manifest of');
    const digest = response.headers['docker-content-digest'];
    const mediaType = response.headers['content-type'];
    const size = Number(response.headers['content-length']);
    if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
      // Some registries leave the digest out of HEAD answers: the bytes tell.
      const fetched = await this.getManifest(ref);
      return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
    }
    if (ref.digest && digest !== ref.digest) throw this.mismatch(ref, ref.digest, digest);
    return { digest, mediaType: baseMediaType(mediaType), size };
  }

  /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
  async getManifest(ref: ImageReference): Promise<FetchedManifest> {
    const response = await this.request({
      method: 'GET',
      ref,
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: [pullScope(ref)],
      justWritten: this.wasWritten(ref, manifestReference(ref)),
    });
    if (response.status !== 200) throw this.failure(response, ref, 'read the manifest of');
    const bytes = response.body;
    const digest = digestLike(ref.digest ?? 'sha256:', bytes);
    if (ref.digest && digest !== ref.digest) throw this.mismatch(ref, ref.digest, digest);
    const served = response.headers['docker-content-digest'];
    if (served && served.startsWith(digest.slice(0, 7)) && served !== digest) throw this.mismatch(ref, served, digest);
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
    const response = await this.request({
      method: 'PUT',
      ref,
      path: `/v2/${ref.repository}/manifests/${target}`,
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: [pushScope(ref)],
    });
    if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
      throw this.failure(response, ref, 'push the manifest to', 'push');
    }
    const answered = response.headers['docker-content-digest'];
    if (answered && answered !== ours) throw this.mismatch(ref, ours, answered);
    this.markWritten(ref, target);
    this.markWritten(ref, ours);
    return ours;
  }

  /** True when the repository has the blob. */
  async hasBlob(repo: ImageReference, digest: string): Promise<boolean> {
    const response = await this.request({
      method: 'HEAD',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: [pullScope(repo)],
      justWritten: this.wasWritten(repo, digest),
    });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw this.failure(response, { ...repo, digest }, 'check the blob in');
  }

  /** The blob's bytes, checked against its digest. Redirects to storage get no credentials. */
  async getBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    const response = await this.request({
      method: 'GET',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: [pullScope(repo)],
      justWritten: this.wasWritten(repo, digest),
    });
    if (response.status !== 200) throw this.failure(response, { ...repo, digest }, 'read the blob of');
    const actual = digestLike(digest, response.body);
    if (actual !== digest) throw this.mismatch({ ...repo, digest }, digest, actual);
    return response.body;
  }

  /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
  async uploadBlob(repo: ImageReference, bytes: Buffer): Promise<string> {
    const digest = sha256Digest(bytes);
    await this.finishUpload(repo, await this.startUpload(repo), digest, bytes);
    return digest;
  }

  /**
   * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
   * same registry, else a download from `from` and an upload (also when the mount is refused).
   * Blobs larger than `chunkSize` move in ranged chunks, so memory stays bounded.
   */
  async copyBlob(from: ImageReference, to: ImageReference, descriptor: Descriptor): Promise<BlobCopyResult> {
    const { digest } = descriptor;
    if (await this.hasBlob(to, digest)) return 'present';
    if (sameRegistry(from, to)) {
      const query = new URLSearchParams({ mount: digest, from: from.repository });
      const response = await this.request({
        method: 'POST',
        ref: to,
        path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
        scopes: [pushScope(to), pullScope(from)],
      });
      if (response.status === 201) {
        this.markWritten(to, digest);
        return 'mounted';
      }
      if (response.status !== 202) throw this.failure(response, to, 'mount a blob into', 'push');
      // 202: the registry opened an upload session instead; use it.
      await this.transferBlob(from, to, descriptor, this.uploadLocation(to, response));
      return 'uploaded';
    }
    await this.transferBlob(from, to, descriptor);
    return 'uploaded';
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
      const response = await this.request({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
      if (response.status === 404 && page === 0) {
        const code = parseErrorBody(response.body)?.code;
        if (code === 'NAME_UNKNOWN' || code === undefined) return [];
      }
      if (response.status !== 200) throw this.failure(response, repo, 'list the tags of');
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

  /** Opens an upload session; returns its location. */
  private async startUpload(repo: ImageReference): Promise<URL> {
    const started = await this.request({
      method: 'POST',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/uploads/`,
      scopes: [pushScope(repo)],
    });
    if (started.status !== 202) throw this.failure(started, repo, 'start a blob upload to', 'push');
    return this.uploadLocation(repo, started);
  }

  /** The Location of an upload session answer, resolved against the request URL. */
  private uploadLocation(repo: ImageReference, response: HttpResponse): URL {
    const location = response.headers.location;
    if (!location) {
      throw new RegistryError(`The registry opened an upload to ${formatRepository(repo)} without a Location`, {
        status: response.status,
        reference: formatRepository(repo),
      });
    }
    return new URL(location, response.url);
  }

  /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
  private async finishUpload(repo: ImageReference, location: URL, digest: string, bytes: Buffer): Promise<void> {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const response = await this.request({
      method: 'PUT',
      ref: repo,
      path: url.toString(),
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
      scopes: [pushScope(repo)],
    });
    if (response.status === 404 && (await this.hasBlob(repo, digest))) {
      // A retried PUT whose first attempt landed: the session is gone but the blob is there.
      this.markWritten(repo, digest);
      return;
    }
    if (response.status !== 201 && response.status !== 204)
      throw this.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
    this.markWritten(repo, digest);
  }

  /**
   * Downloads a blob from `from` and uploads it to `to`: whole when small, else in ranged GETs
   * and PATCHes of `chunkSize`. A failed chunked copy starts over in a new session (a chunk
   * whose answer was lost cannot be told apart from one that never arrived).
   */
  private async transferBlob(
    from: ImageReference,
    to: ImageReference,
    descriptor: Descriptor,
    session?: URL,
  ): Promise<void> {
    if (descriptor.size <= this.chunkSize) {
      const bytes = await this.getBlob(from, descriptor.digest);
      await this.finishUpload(to, session ?? (await this.startUpload(to)), descriptor.digest, bytes);
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.chunkedCopy(from, to, descriptor, session ?? (await this.startUpload(to)));
        return;
      } catch (error) {
        if (attempt >= CHUNKED_COPY_ATTEMPTS || (error instanceof RegistryError && error.code === 'DIGEST_MISMATCH'))
          throw error;
        this.options.log?.info(
          `Copying ${descriptor.digest} to ${formatRepository(to)} failed (${errorMessage(error)}); starting it over`,
        );
        session = undefined;
      }
    }
  }

  private async chunkedCopy(
    from: ImageReference,
    to: ImageReference,
    descriptor: Descriptor,
    session: URL,
  ): Promise<void> {
    const { digest, size } = descriptor;
    const algorithm = digestAlgorithm(digest);
    const hash = createHash(algorithm);
    let location = session;
    for (let offset = 0; offset < size; offset += this.chunkSize) {
      const end = Math.min(size, offset + this.chunkSize) - 1;
      const part = await this.request({
        method: 'GET',
        ref: from,
        path: `/v2/${from.repository}/blobs/${digest}`,
        headers: { range: `bytes=${offset}-${end}` },
        scopes: [pullScope(from)],
      });
      if (part.status === 200 && offset === 0) {
        // The registry ignored Range and sent it all: finish in one piece.
        const actual = digestLike(digest, part.body);
        if (actual !== digest) throw this.mismatch({ ...from, digest }, digest, actual);
        await this.finishUpload(to, location, digest, part.body);
        return;
      }
      if (part.status !== 206 || part.body.length !== end - offset + 1) {
        throw this.failure(part, { ...from, digest }, `read bytes ${offset}-${end} of the blob of`);
      }
      hash.update(part.body);
      const patched = await this.request({
        method: 'PATCH',
        ref: to,
        path: location.toString(),
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
        body: part.body,
        scopes: [pushScope(to)],
      });
      if (patched.status !== 202 && patched.status !== 204) {
        throw this.failure(patched, { ...to, digest }, 'upload a blob chunk to', 'push');
      }
      if (patched.headers.location) location = new URL(patched.headers.location, patched.url);
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest) throw this.mismatch({ ...from, digest }, digest, actual);
    await this.finishUpload(to, location, digest, Buffer.alloc(0));
  }

  /** Sends a request with auth (answering 401 challenges), redirects, retries and the 404-after-write wait. */
  private async request(spec: RequestSpec): Promise<HttpResponse> {
    let waited = 0;
    for (let wait = 200; ; wait = Math.min(wait * 2, 2000)) {
      const response = await this.authorized(spec);
      if (response.status !== 404 || !spec.justWritten || waited >= this.propagationMs) return response;
      this.options.log?.debug(
        `${spec.method} ${formatReference(spec.ref)}: 404 right after writing it; waiting for the registry`,
      );
      await this.sleep(wait);
      waited += wait;
    }
  }

  private async authorized(spec: RequestSpec): Promise<HttpResponse> {
    const origin = this.origin(spec.ref);
    const registry = spec.ref.registry;
    const url = new URL(spec.path, origin);
    let scopes = spec.scopes;
    if (
      spec.body &&
      !this.pinged.has(origin) &&
      !this.auth.knows(origin) &&
      (await this.credentialSource.get(registry))
    ) {
      // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
      this.pinged.add(origin);
      const ping = await this.follow(
        { ...spec, method: 'GET', body: undefined, headers: {} },
        new URL('/v2/', origin),
        origin,
        undefined,
      );
      if (ping.status === 401) await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
    }
    for (let attempt = 0; ; attempt++) {
      const auth: Authorization | undefined = await this.auth.authorization(origin, registry, scopes);
      const response = await this.follow(spec, url, origin, auth);
      if (response.status !== 401) {
        // Answered without a challenge: no need to ask `GET /v2/` for one later.
        if (!auth) this.pinged.add(origin);
        return response;
      }
      if (auth && (await this.credentialSource.get(registry))) this.refused.add(response);
      if (attempt >= 3) return response;
      const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
      if (!next) return response;
      scopes = next;
    }
  }

  /**
   * One request, following redirects (http/redirects.ts): credentials go only to the registry's
   * own origin, and not again once a redirect has left it (blob storage on another host).
   */
  private async follow(
    spec: RequestSpec,
    start: URL,
    registryOrigin: string,
    auth: Authorization | undefined,
  ): Promise<HttpResponse> {
    try {
      return await sendFollowingRedirects(
        this.http,
        { method: spec.method, url: start, headers: spec.headers, body: spec.body },
        {
          authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
          maxRedirects: MAX_REDIRECTS,
        },
      );
    } catch (error) {
      if (error instanceof RedirectError) {
        // Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would.
        this.options.log?.warning(error.message);
        return error.response;
      }
      if (error instanceof HttpNetworkError) {
        throw new RegistryError(`Could not reach ${spec.ref.registry}: ${error.message}`, {
          status: 0,
          code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
          reference: formatReference(spec.ref),
          cause: error,
          hint:
            /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
              ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
              : 'Check the registry host and that the runner can reach it (we retried with backoff)',
        });
      }
      throw error;
    }
  }

  /**
   * `https://host`, or `http://host` for loopback hosts and those listed as insecure. Plain HTTP
   * is taken as said, not tried after HTTPS: a listed host that also speaks TLS still gets HTTP.
   */
  private origin(ref: ImageReference): string {
    const host = apiHost(ref);
    return `${this.allowsPlainHttp(host) ? 'http' : 'https'}://${host}`;
  }

  /** Loopback hosts, and hosts the user listed as insecure. */
  allowsPlainHttp(host: string): boolean {
    return LOOPBACK.test(host) || this.insecure.has(normalizeRegistryHost(host));
  }

  private wasWritten(ref: ImageReference, reference: string): boolean {
    const at = this.written.get(`${formatRepository(ref)}@${reference}`);
    return at !== undefined && Date.now() - at < this.propagationMs;
  }

  private markWritten(ref: ImageReference, reference: string): void {
    this.written.set(`${formatRepository(ref)}@${reference}`, Date.now());
  }

  private mismatch(ref: ImageReference, expected: string, actual: string): RegistryError {
    return new RegistryError(`Digest mismatch for ${formatReference(ref)}: expected ${expected}, got ${actual}`, {
      status: 0,
      code: 'DIGEST_MISMATCH',
      reference: formatReference(ref),
      hint: 'The registry or a proxy changed the content; do not trust it',
    });
  }

  private failure(
    response: HttpResponse,
    ref: ImageReference,
    action: string,
    access: 'pull' | 'push' = 'pull',
  ): RegistryError {
    const reference = formatReference(ref);
    const parsed = parseErrorBody(response.body);
    const status = response.status;
    let code = parsed?.code;
    if (!code)
      code =
        status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
    const detail = parsed?.message ? `: ${parsed.message}` : '';
    let hint: string | undefined;
    const challenge = response.headers['www-authenticate'] ?? '';
    if (status === 401 && this.refused.has(response)) {
      hint = /insufficient_scope/.test(challenge)
        ? `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`
        : `The registry refused the credentials for ${ref.registry}: check the username and password (or token)`;
    } else if (status === 401) {
      hint = `Log in to ${ref.registry} with an account that can access ${ref.repository}: give username and password, or run docker/login-action first`;
    } else if (status === 403) {
      hint = `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`;
    } else if (status === 404) {
      hint = `Check that ${reference} exists`;
    } else if (status === 429) {
      hint = 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit';
    } else if (/immutable|cannot be overwritten/i.test(parsed?.message ?? '')) {
      hint = 'The repository has immutable tags: an existing tag cannot be moved';
    }
    return new RegistryError(`Could not ${action} ${reference}: HTTP ${status}${code ? ` ${code}` : ''}${detail}`, {
      status,
      code,
      reference,
      hint,
    });
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
