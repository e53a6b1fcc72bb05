// The request pipeline under every registry call: the origin a reference is reached at (HTTPS, or
// plain HTTP for loopback and listed hosts), `GET /v2/` to learn the auth challenge before a
// body is sent, the 401 loop (challenge, token, again), redirects that never carry credentials
// to another origin, network failures turned into RegistryErrors, and the wait on a 404 for
// something this client has just written (registry read-after-write lag).
import type { Readable } from 'node:stream';
import type { HttpClient, SendOptions } from '../http/http-client';
import { RedirectError, openFollowingRedirects, sendFollowingRedirects } from '../http/redirects';
import { HttpNetworkError, isStreamBody, readBody, stream } from '../http/transport';
import type { HttpResponse, StreamedResponse } from '../http/transport';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import type { CredentialSource } from './credentials';
import { normalizeRegistryHost } from './credentials';
import { RegistryError, registryFailure } from './errors';
import { apiHost, formatReference, formatRepository } from './reference';
import type { ImageReference } from './reference';
import type { Authorization, RegistryAuth } from './registry-auth';

export interface RequestSpec {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH';
  /** The image the request is about (registry and repository used for host and scope). */
  ref: ImageReference;
  /** Path and query below the origin, or an absolute URL (upload locations). */
  path: string;
  headers?: Record<string, string>;
  /** A stream is sent once: a 401 or a failure comes back to the caller, who starts over. */
  body?: Buffer | Readable;
  scopes: string[];
  /** Retry a 404 for a while: the thing was just written (registry propagation lag). */
  justWritten?: boolean;
  /** Safe to send again after a 5xx or a lost connection (see SendOptions.idempotent). */
  idempotent?: boolean;
}

/** What the pipeline adds to an answer. */
interface Refusal {
  /** A 401 to a request that carried our credentials: the hint differs from "log in". */
  credentialsRefused?: boolean;
}
export type RegistryAnswer = HttpResponse & Refusal;
export type RegistryStream = StreamedResponse & Refusal;

export interface RegistryRequestOptions {
  /** Hosts reachable over plain HTTP (loopback hosts always are). */
  insecureHosts?: string[];
  /** How long a read of something this client just wrote is retried on 404. */
  propagationMs: number;
  clock: Clock;
  log?: Log;
}

const MAX_REDIRECTS = 5;
/** Error answers read whole before turning them into a RegistryError; nobody sends more. */
const MAX_ERROR_BODY = 64 * 1024;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

export function pullScope(ref: ImageReference): string {
  return `repository:${ref.repository}:pull`;
}
export function pushScope(ref: ImageReference): string {
  return `repository:${ref.repository}:pull,push`;
}

export class RegistryRequests {
  private readonly insecure: Set<string>;
  /** When this client last wrote each `repository@reference`. */
  private readonly written = new Map<string, number>();
  /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
  private readonly pinged = new Set<string>();

  constructor(
    readonly http: HttpClient,
    private readonly auth: RegistryAuth,
    private readonly credentials: CredentialSource,
    private readonly options: RegistryRequestOptions,
  ) {
    this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
  }

  /** Sends a request with auth, redirects, retries and the 404-after-write wait; the answer read whole. */
  send(spec: RequestSpec): Promise<RegistryAnswer> {
    return this.waitingForWrites(
      spec,
      (hop, auth) => this.follow(spec, hop, auth),
      () => undefined,
    );
  }

  /** As `send` for a GET whose answer's body streams (blob copies): read it or destroy it. */
  open(spec: RequestSpec): Promise<RegistryStream> {
    return this.waitingForWrites(
      spec,
      (hop, auth) => this.followStream(spec, hop, auth),
      (answer) => void answer.body.resume(),
    );
  }

  /** A streamed answer read whole (bounded), to turn a refusal into an error. */
  async whole(answer: RegistryStream): Promise<RegistryAnswer> {
    const body = await readBody(answer.body, { method: 'GET', url: answer.url, maxBodyBytes: MAX_ERROR_BODY }).catch(
      () => Buffer.alloc(0),
    );
    return { ...answer, body };
  }

  /** The RegistryError for an answer that is not what `action` needed (errors.ts says which hint). */
  failure(
    answer: RegistryAnswer,
    ref: ImageReference,
    action: string,
    access: 'pull' | 'push' = 'pull',
  ): RegistryError {
    return registryFailure(answer, {
      action,
      access,
      reference: formatReference(ref),
      registry: ref.registry,
      repository: ref.repository,
      credentialsRefused: answer.credentialsRefused === true,
    });
  }

  /**
   * `https://host`, or `http://host` for loopback hosts and those listed as insecure. Plain HTTP
   * is taken as said, not tried after HTTPS: a listed host that also speaks TLS still gets HTTP.
   */
  origin(ref: ImageReference): string {
    const host = apiHost(ref);
    return `${this.allowsPlainHttp(host) ? 'http' : 'https'}://${host}`;
  }

  /** Loopback hosts, and hosts the user listed as insecure. */
  allowsPlainHttp(host: string): boolean {
    return LOOPBACK.test(host) || this.insecure.has(normalizeRegistryHost(host));
  }

  /** Whether this client wrote `reference` (tag or digest) in the repository a moment ago. */
  wasWritten(ref: ImageReference, reference: string): boolean {
    const at = this.written.get(`${formatRepository(ref)}@${reference}`);
    return at !== undefined && this.options.clock.now() - at < this.options.propagationMs;
  }

  markWritten(ref: ImageReference, reference: string): void {
    this.written.set(`${formatRepository(ref)}@${reference}`, this.options.clock.now());
  }

  /** Network failures (no answer) as the RegistryError callers get. */
  unreachable(error: HttpNetworkError, ref: ImageReference): RegistryError {
    return new RegistryError(`Could not reach ${ref.registry}: ${error.message}`, {
      status: 0,
      code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
      reference: formatReference(ref),
      cause: error,
      hint:
        /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
          ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
          : 'Check the registry host and that the runner can reach it (we retried with backoff)',
    });
  }

  private async waitingForWrites<A extends RegistryAnswer | RegistryStream>(
    spec: RequestSpec,
    hop: (start: URL, auth: Authorization | undefined) => Promise<A>,
    discard: (answer: A) => void,
  ): Promise<A> {
    let waited = 0;
    for (let wait = 200; ; wait = Math.min(wait * 2, 2000)) {
      const response = await this.authorized(spec, hop, discard);
      if (response.status !== 404 || !spec.justWritten || waited >= this.options.propagationMs) return response;
      discard(response);
      this.options.log?.debug(
        `${spec.method} ${formatReference(spec.ref)}: 404 right after writing it; waiting for the registry`,
      );
      await this.options.clock.sleep(wait);
      waited += wait;
    }
  }

  private async authorized<A extends RegistryAnswer | RegistryStream>(
    spec: RequestSpec,
    hop: (start: URL, auth: Authorization | undefined) => Promise<A>,
    discard: (answer: A) => void,
  ): Promise<A> {
    const origin = this.origin(spec.ref);
    const registry = spec.ref.registry;
    const url = new URL(spec.path, origin);
    let scopes = spec.scopes;
    if (spec.body && !this.pinged.has(origin) && !this.auth.knows(origin) && (await this.credentials.get(registry))) {
      // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
      this.pinged.add(origin);
      const ping = await this.follow({ ...spec, method: 'GET', body: undefined, headers: {} }, new URL('/v2/', origin));
      if (ping.status === 401) await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
    }
    for (let attempt = 0; ; attempt++) {
      const auth = await this.auth.authorization(origin, registry, scopes);
      const response = await hop(url, auth);
      if (response.status !== 401) {
        // Answered without a challenge: no need to ask `GET /v2/` for one later.
        if (!auth) this.pinged.add(origin);
        return response;
      }
      const refused = auth !== undefined && (await this.credentials.get(registry)) !== undefined;
      const answer = refused ? { ...response, credentialsRefused: true } : response;
      // A stream cannot be sent again: learn the challenge for the caller's next attempt.
      const replayable = !isStreamBody(spec.body);
      if (attempt >= 3) return answer;
      const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
      if (!next || !replayable) return answer;
      discard(response);
      scopes = next;
    }
  }

  /**
   * One request, following redirects (http/redirects.ts): credentials go only to the registry's
   * own origin, and not again once a redirect has left it (blob storage on another host).
   */
  private async follow(spec: RequestSpec, start: URL, auth?: Authorization): Promise<RegistryAnswer> {
    try {
      return await sendFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
    } catch (error) {
      return this.failedHop(error, spec);
    }
  }

  private async followStream(spec: RequestSpec, start: URL, auth?: Authorization): Promise<RegistryStream> {
    try {
      return await openFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
    } catch (error) {
      const answer = this.failedHop(error, spec);
      return { ...answer, body: stream().Readable.from([answer.body]) };
    }
  }

  private request(spec: RequestSpec, start: URL): SendOptions {
    return { method: spec.method, url: start, headers: spec.headers, body: spec.body, idempotent: spec.idempotent };
  }

  private followOptions(spec: RequestSpec, start: URL, auth: Authorization | undefined) {
    const registryOrigin = this.origin(spec.ref);
    return {
      authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
      maxRedirects: MAX_REDIRECTS,
    };
  }

  /** Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would. */
  private failedHop(error: unknown, spec: RequestSpec): RegistryAnswer {
    if (error instanceof RedirectError) {
      this.options.log?.warning(error.message);
      return error.response;
    }
    if (error instanceof HttpNetworkError) throw this.unreachable(error, spec.ref);
    throw error;
  }
}
