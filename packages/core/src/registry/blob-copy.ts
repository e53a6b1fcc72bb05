// Blob transfer: whether a repository has a blob, reading and uploading small ones whole, and
// copying one between repositories. A copy is a cross-repository mount when both are on one
// registry, else the source's GET body piped into the upload as it comes: one PUT with the stream,
// or PATCH chunks of it for a registry that refuses a whole blob in one request (413). The bytes
// are hashed on the way and checked before the last of them goes out; a copy that fails midway
// starts over from a new GET, by the HTTP client's retry policy. Memory does not grow with the size
// of a blob.
import type { Readable } from 'node:stream';
import { isRetryableStatus } from '../http/retry-policy';
import { Limiter } from '../http/limiter';
import { HttpNetworkError, stream } from '../http/transport';
import { errorMessage } from '../errors/cib-error';
import { prepareGcNudge } from '../runtime-memory/gc-nudge';
import { pieces, verifyingStream } from './blob-stream';
import { digestLike, sha256Digest } from './digest';
import { RegistryError, digestMismatch } from './errors';
import type { Descriptor } from './manifest-types';
import { formatReference, formatRepository, sameRegistry } from './reference';
import type { ImageReference } from './reference';
import { pullScope, pushScope } from './request';
import type { RegistryAnswer, RegistryRequests } from './request';

export type BlobCopyResult = 'present' | 'mounted' | 'uploaded';

/** How an attempt at a copy ended when it may be tried again. */
interface Failed {
  error: RegistryError;
  /** The answer that failed it, for its Retry-After. */
  answer?: RegistryAnswer;
}

const OCTETS = 'application/octet-stream';

export class BlobTransfer {
  /** Origins that refused a whole blob in one PUT (413): they get chunks. */
  private readonly chunked = new Set<string>();
  /** Copies streaming at once: fewer than the client's request slots, so an upload never waits long for one. */
  private readonly streams: Limiter;

  constructor(
    private readonly requests: RegistryRequests,
    private readonly options: { chunkSize: number; maxConcurrency: number },
  ) {
    this.streams = new Limiter(Math.max(1, Math.floor(options.maxConcurrency / 2)));
  }

  /** True when the repository has the blob. */
  async hasBlob(repo: ImageReference, digest: string): Promise<boolean> {
    const response = await this.requests.send({
      method: 'HEAD',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: [pullScope(repo)],
      justWritten: this.requests.wasWritten(repo, digest),
    });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw this.requests.failure(response, { ...repo, digest }, 'check the blob in');
  }

  /** The blob's bytes, read whole and checked against its digest (configs, small blobs). */
  async getBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    const response = await this.requests.send({
      method: 'GET',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: [pullScope(repo)],
      justWritten: this.requests.wasWritten(repo, digest),
    });
    if (response.status !== 200) throw this.requests.failure(response, { ...repo, digest }, 'read the blob of');
    const actual = digestLike(digest, response.body);
    if (actual !== digest) throw digestMismatch(formatReference({ ...repo, digest }), digest, actual);
    return response.body;
  }

  /** Pushes bytes in one piece (POST for a session, PUT with the bytes). Returns their digest. */
  async uploadBlob(repo: ImageReference, bytes: Buffer): Promise<string> {
    const digest = sha256Digest(bytes);
    const response = await this.put(repo, await this.startUpload(repo), digest, bytes);
    if (response.status !== 201 && response.status !== 204) {
      throw this.requests.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
    }
    return digest;
  }

  /**
   * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
   * same registry, else a streamed copy from `from` (also when the mount is refused).
   */
  async copyBlob(from: ImageReference, to: ImageReference, descriptor: Descriptor): Promise<BlobCopyResult> {
    const { digest } = descriptor;
    if (await this.hasBlob(to, digest)) return 'present';
    let session: URL | undefined;
    if (sameRegistry(from, to)) {
      const query = new URLSearchParams({ mount: digest, from: from.repository });
      const response = await this.requests.send({
        method: 'POST',
        ref: to,
        path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
        scopes: [pushScope(to), pullScope(from)],
        // A second mount request mounts nothing twice; at worst it opens one more upload session.
        idempotent: true,
      });
      if (response.status === 201) {
        this.requests.markWritten(to, digest);
        return 'mounted';
      }
      if (response.status !== 202) throw this.requests.failure(response, to, 'mount a blob into', 'push');
      // 202: the registry opened an upload session instead; use it.
      session = this.uploadLocation(to, response);
    }
    await this.streams.run(() => this.copyAttempts(from, to, descriptor, session));
    return 'uploaded';
  }

  /** Streams the blob until one attempt lands, starting over (new GET, new session) on failures worth it. */
  private async copyAttempts(from: ImageReference, to: ImageReference, descriptor: Descriptor, session?: URL) {
    const { digest } = descriptor;
    await prepareGcNudge();
    for (let attempt = 0; ; attempt++) {
      const failed = await this.stream(from, to, descriptor, session ?? (await this.startUpload(to)));
      if (!failed) return;
      session = undefined;
      const what = `Copying ${digest} to ${formatRepository(to)} failed (${errorMessage(failed.error)}); starting it over`;
      if (!(await this.requests.http.backOff(attempt, what, failed.answer))) throw failed.error;
      // An upload whose answer was lost may have landed.
      if (await this.hasBlob(to, digest)) return;
    }
  }

  /**
   * One attempt: the source's GET body, checked on the way, into the upload. Returns what failed
   * it when another attempt may succeed; throws what another attempt cannot mend.
   */
  private async stream(
    from: ImageReference,
    to: ImageReference,
    descriptor: Descriptor,
    session: URL,
  ): Promise<Failed | undefined> {
    const { digest, size } = descriptor;
    const blobRef = formatReference({ ...from, digest });
    const source = await this.requests.open({
      method: 'GET',
      ref: from,
      path: `/v2/${from.repository}/blobs/${digest}`,
      scopes: [pullScope(from)],
      justWritten: this.requests.wasWritten(from, digest),
    });
    if (source.status !== 200) {
      throw this.requests.failure(await this.requests.whole(source), { ...from, digest }, 'read the blob of');
    }
    let sourceFailure: Error | undefined;
    source.body.once('error', (error: Error) => (sourceFailure = error));
    const checked = verifyingStream(digest, size, (actual) => digestMismatch(blobRef, digest, actual));
    stream().pipeline(source.body, checked, () => undefined);
    try {
      const answer = this.chunked.has(this.requests.origin(to))
        ? await this.patchChunks(to, session, descriptor, checked)
        : await this.put(to, session, digest, checked, size);
      if (answer.status === 201 || answer.status === 204) return undefined;
      if (answer.status === 413 && size > 0) this.chunked.add(this.requests.origin(to));
      const error = this.requests.failure(answer, { ...to, digest }, 'upload a blob to', 'push');
      // A stream is sent once: a challenge, a lost session, a refusal by size or a retryable
      // status is answered by starting over.
      if ([401, 404, 413].includes(answer.status) || isRetryableStatus(answer.status)) return { error, answer };
      throw error;
    } catch (error) {
      if (sourceFailure instanceof HttpNetworkError) return { error: this.requests.unreachable(sourceFailure, from) };
      if (error instanceof RegistryError && error.status === 0 && error.code !== 'DIGEST_MISMATCH') return { error };
      throw error;
    } finally {
      checked.destroy();
    }
  }

  /** The blob in PATCH chunks of `chunkSize`, then the closing PUT. */
  private async patchChunks(
    to: ImageReference,
    session: URL,
    descriptor: Descriptor,
    checked: Readable,
  ): Promise<RegistryAnswer> {
    const { digest, size } = descriptor;
    const cut = pieces(checked);
    let location = session;
    for (let offset = 0; offset < size;) {
      const length = Math.min(this.options.chunkSize, size - offset);
      const patched = await this.requests.send({
        method: 'PATCH',
        ref: to,
        path: location.toString(),
        headers: {
          'content-type': OCTETS,
          'content-range': `${offset}-${offset + length - 1}`,
          'content-length': String(length),
        },
        body: cut.next(length),
        scopes: [pushScope(to)],
      });
      if (patched.status !== 202 && patched.status !== 204) return patched;
      if (patched.headers.location) location = new URL(patched.headers.location, patched.url);
      offset += length;
    }
    // The last piece came out of the check, so the digest was right.
    return this.put(to, location, digest, Buffer.alloc(0));
  }

  /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
  private async put(
    repo: ImageReference,
    location: URL,
    digest: string,
    body: Buffer | Readable,
    size?: number,
  ): Promise<RegistryAnswer> {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const headers: Record<string, string> = { 'content-type': OCTETS };
    if (size !== undefined) headers['content-length'] = String(size);
    const response = await this.requests.send({
      method: 'PUT',
      ref: repo,
      path: url.toString(),
      headers,
      body,
      scopes: [pushScope(repo)],
    });
    if (response.status === 201 || response.status === 204) {
      this.requests.markWritten(repo, digest);
    } else if (response.status === 404 && Buffer.isBuffer(body) && (await this.hasBlob(repo, digest))) {
      // A retried PUT whose first attempt landed: the session is gone but the blob is there.
      this.requests.markWritten(repo, digest);
      return { ...response, status: 201 };
    }
    return response;
  }

  /** Opens an upload session; returns its location. */
  private async startUpload(repo: ImageReference): Promise<URL> {
    const started = await this.requests.send({
      method: 'POST',
      ref: repo,
      path: `/v2/${repo.repository}/blobs/uploads/`,
      scopes: [pushScope(repo)],
      // An upload session opened twice costs the registry an unused session, nothing more.
      idempotent: true,
    });
    if (started.status !== 202) throw this.requests.failure(started, repo, 'start a blob upload to', 'push');
    return this.uploadLocation(repo, started);
  }

  /** The Location of an upload session answer, resolved against the request URL. */
  private uploadLocation(repo: ImageReference, response: RegistryAnswer): URL {
    const location = response.headers.location;
    if (!location) {
      throw new RegistryError(`The registry opened an upload to ${formatRepository(repo)} without a Location`, {
        status: response.status,
        reference: formatRepository(repo),
      });
    }
    return new URL(location, response.url);
  }
}
