// Following redirects on top of the HTTP client, and the one rule for where credentials go:
// the Authorization header is sent to the first URL's origin (scheme, host and port) only, and
// once the chain has left that origin it is not sent again, even if a later redirect comes
// back. Userinfo in a Location is never used, and only http(s) targets are followed.
import { CibError } from '../errors/cib-error';
import type { HttpClient, SendOptions } from './http-client';
import { redactUrl } from './transport';
import type { HttpResponse, StreamedResponse } from './transport';

export interface FollowOptions {
  /** The Authorization header value, for the first URL's origin only. */
  authorization?: string;
  /** Redirects followed before giving up; default 10. */
  maxRedirects?: number;
}

interface Followed {
  /** Redirects followed to get this answer. */
  redirects: number;
  /** Whether the chain left the first origin, so the credentials were no longer sent. */
  credentialsDropped: boolean;
}
export type FollowedResponse = HttpResponse & Followed;
export type FollowedStream = StreamedResponse & Followed;

/** A redirect that was not followed: too many of them, or a target that is not http(s). */
export class RedirectError extends CibError {
  /** The redirect answer that was not followed. */
  readonly response: HttpResponse;
  constructor(message: string, response: HttpResponse) {
    super(message);
    this.name = 'RedirectError';
    this.response = response;
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The Location a redirect answer points to, or undefined when the answer is not a redirect. */
export function redirectLocation(response: Pick<HttpResponse, 'status' | 'headers'>): string | undefined {
  return REDIRECT_STATUSES.has(response.status) ? response.headers.location || undefined : undefined;
}

/**
 * Sends `request` through `http` (timeouts and retries per hop) and follows redirects.
 * Only GET and HEAD are followed, with the same method and headers; any other method gets the
 * redirect answer back, since resending a body elsewhere is the caller's decision. Throws
 * RedirectError past `maxRedirects` or for a non-http(s) target; HttpNetworkError as `send` does.
 */
export function sendFollowingRedirects(
  http: Pick<HttpClient, 'send'>,
  request: SendOptions,
  options: FollowOptions = {},
): Promise<FollowedResponse> {
  return follow(
    (hop) => http.send(hop),
    (answer) => answer,
    request,
    options,
  );
}

/**
 * As `sendFollowingRedirects`, with the last answer's body streaming (`HttpClient.open`). The
 * bodies of redirect answers are drained; a RedirectError's answer comes without its body.
 */
export function openFollowingRedirects(
  http: Pick<HttpClient, 'open'>,
  request: SendOptions,
  options: FollowOptions = {},
): Promise<FollowedStream> {
  return follow(
    (hop) => http.open(hop),
    (answer) => {
      answer.body.resume();
      return { ...answer, body: Buffer.alloc(0) };
    },
    request,
    options,
  );
}

async function follow<A extends Pick<HttpResponse, 'status' | 'headers'>>(
  send: (hop: SendOptions) => Promise<A>,
  /** Done with a redirect answer: what a RedirectError carries. */
  passed: (answer: A) => HttpResponse,
  request: SendOptions,
  options: FollowOptions,
): Promise<A & Followed> {
  if (request.url.username || request.url.password) {
    // node:http would turn them into a Basic header behind our back, on every hop.
    throw new TypeError(`give the credentials of ${redactUrl(request.url)} as options.authorization, not in the URL`);
  }
  const maxRedirects = options.maxRedirects ?? 10;
  const origin = request.url.origin;
  const follows = request.method === 'GET' || request.method === 'HEAD';
  let url = request.url;
  let credentialsDropped = false;
  for (let redirects = 0; ; redirects++) {
    if (url.origin !== origin) credentialsDropped = true;
    const headers = { ...request.headers };
    if (options.authorization && !credentialsDropped) headers.authorization = options.authorization;
    const response = await send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
    const location = follows ? redirectLocation(response) : undefined;
    if (location === undefined) return { ...response, redirects, credentialsDropped };
    const done = passed(response);
    if (redirects >= maxRedirects) {
      throw new RedirectError(`${redactUrl(request.url)}: more than ${maxRedirects} redirects`, done);
    }
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new RedirectError(`${redactUrl(url)}: redirect to a ${next.protocol} URL refused`, done);
    }
    // Credentials come only from the caller, never from a server's Location header.
    next.username = '';
    next.password = '';
    url = next;
  }
}
