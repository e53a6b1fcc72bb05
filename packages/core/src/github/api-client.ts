// The one GitHub REST client: requests go through the shared HttpClient (timeouts, retries on
// 5xx/429 with Retry-After), to GITHUB_API_URL (GitHub Enterprise Server: https://host/api/v3),
// with the API version pinned. On top it waits out GitHub's rate limits (a 403 or 429 saying so)
// and follows `Link: rel="next"` pages. Routes, parameters and bodies are typed from GitHub's
// OpenAPI description (api-types.ts). Feature calls (check runs, statuses, refs) live beside it.
import { CibError } from '../errors/cib-error';
import { HttpClient } from '../http/http-client';
import type { HttpResponse } from '../http/transport';
import { systemClock, type Clock } from '../time/clock';
import type { Log, Runtime } from '../runner/runtime';
import { GithubApiError } from './api-error';
import type { HttpMethod, Operation, PathParams, QueryParams, RequestBody, ResponseBody, RouteWith } from './api-types';
import { nextPageUrl } from './link-header';
import { rateLimitWait } from './rate-limit';

/** The REST API version every request asks for (GitHub's `X-GitHub-Api-Version`). */
export const GITHUB_API_VERSION = '2022-11-28';
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export interface GithubClientOptions {
  /** `${{ github.token }}` or another token; sent as a Bearer token, never logged. */
  token: string;
  /** The API root; default GITHUB_API_URL as the runner sets it, else https://api.github.com. */
  apiUrl?: string;
  /** Registers the token as a secret before any request (the Runtime's setSecret). */
  setSecret?: (secret: string) => void;
  http?: HttpClient;
  clock?: Clock;
  log?: Pick<Log, 'info' | 'debug'>;
  /** Rate-limit waits in all (default 3), each at most `maxRateLimitWaitMs` (default 60 s). */
  rateLimitRetries?: number;
  maxRateLimitWaitMs?: number;
}

export interface RequestParts<O> {
  path: PathParams<O>;
  query?: QueryParams<O>;
  body?: RequestBody<O>;
  /** Safe to send again after a 5xx or a lost connection; default by method (see SendOptions). */
  idempotent?: boolean;
}

export interface GithubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

/** Pages of at most 100 items (GitHub's largest `per_page`); a loop of pages stops here. */
const MAX_PAGES = 1000;

export class GithubClient {
  readonly baseUrl: URL;
  readonly http: HttpClient;
  private readonly token: string;
  private readonly clock: Clock;
  private readonly options: GithubClientOptions;

  constructor(options: GithubClientOptions) {
    options.setSecret?.(options.token);
    this.options = options;
    this.token = options.token;
    const root = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
    this.baseUrl = new URL(`${root}/`);
    this.clock = options.clock ?? systemClock;
    this.http =
      options.http ??
      new HttpClient({
        clock: this.clock,
        onRetry: (message) => options.log?.info(`GitHub API: ${message}`),
      });
  }

  /** One call; a non-2xx answer (after retries) throws GithubApiError with GitHub's message. */
  async request<M extends HttpMethod, P extends RouteWith<M>>(
    method: M,
    route: P,
    parts: RequestParts<Operation<M, P>>,
  ): Promise<GithubResponse<ResponseBody<Operation<M, P>>>> {
    const url = this.url(route, parts.path as Record<string, string | number>, parts.query);
    return this.send(method, url, `${method} ${route}`, parts.body, parts.idempotent);
  }

  /**
   * Every item of a paginated list: `per_page=100`, then each `Link: rel="next"` page. `items`
   * picks the array out of answers that wrap it (`{ total_count, check_runs: [...] }`).
   */
  async paginate<P extends RouteWith<'GET'>, T>(
    route: P,
    parts: RequestParts<Operation<'GET', P>>,
    items: (page: ResponseBody<Operation<'GET', P>>) => readonly T[],
  ): Promise<T[]> {
    const query = { per_page: 100, ...parts.query };
    let url: URL | undefined = this.url(route, parts.path as Record<string, string | number>, query);
    const seen = new Set<string>();
    const all: T[] = [];
    while (url) {
      if (seen.has(url.href) || seen.size >= MAX_PAGES) {
        throw new CibError(
          `GitHub API GET ${route}: the Link header leads back to a page already read (or past ${MAX_PAGES} pages)`,
        );
      }
      seen.add(url.href);
      const page = await this.send<ResponseBody<Operation<'GET', P>>>('GET', url, `GET ${route}`);
      all.push(...items(page.data));
      url = nextPageUrl(page.headers.link);
      // The token goes only to the API's own origin, whatever a Link header says.
      if (url && url.origin !== this.baseUrl.origin) url = undefined;
    }
    return all;
  }

  private url(route: string, path: Record<string, string | number>, query?: QueryRecord): URL {
    const filled = route.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = path[name];
      if (value === undefined) throw new TypeError(`GitHub route ${route}: no value for {${name}}`);
      // Refs and SHAs may hold slashes (`tags/release/2.0`): each segment is encoded on its own.
      return String(value).split('/').map(encodeURIComponent).join('/');
    });
    const url = new URL(filled.slice(1), this.baseUrl);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  private async send<T>(
    method: HttpMethod,
    url: URL,
    what: string,
    body?: unknown,
    idempotent?: boolean,
  ): Promise<GithubResponse<T>> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.token}`,
      'x-github-api-version': GITHUB_API_VERSION,
    };
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
    if (payload) headers['content-type'] = 'application/json; charset=utf-8';
    const retries = this.options.rateLimitRetries ?? 3;
    const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      const response: HttpResponse = await this.http.send({ method, url, headers, body: payload, idempotent });
      if (response.status >= 200 && response.status < 300) {
        return { status: response.status, headers: response.headers, data: parseJson<T>(response.body, what) };
      }
      const wait = rateLimitWait(response, this.clock.now());
      if (wait === undefined || attempt >= retries || wait > maxWait) {
        throw new GithubApiError(what, response.status, response.body);
      }
      this.options.log?.info(
        `GitHub API: ${what} was rate-limited (${response.status}); waiting ${Math.ceil(wait / 1000)} s`,
      );
      await this.clock.sleep(wait);
    }
  }
}

/** A success answer's JSON; a proxy's HTML page in its place is the network's fault, not a bug. */
function parseJson<T>(body: Buffer, what: string): T {
  const text = body.toString('utf8');
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CibError(`GitHub API ${what} answered with a body that is not JSON`, {
      hint: 'Check GITHUB_API_URL: it must point at the REST API (https://<host>/api/v3 on GitHub Enterprise Server)',
    });
  }
}

type QueryRecord = Record<string, string | number | boolean | undefined> | undefined;

/** The client an action uses: GITHUB_API_URL from the runner's environment, the token masked. */
export function createGithubClient(rt: Pick<Runtime, 'env' | 'setSecret' | 'log'>, token: string): GithubClient {
  return new GithubClient({ token, apiUrl: rt.env.GITHUB_API_URL, setSecret: (s) => rt.setSecret(s), log: rt.log });
}
