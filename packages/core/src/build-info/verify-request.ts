// One GET for verify mode that follows redirects by hand, so that credentials never reach
// another origin: `fetch` with redirect 'follow' would resend our Authorization header to
// wherever a redirect points. Once a redirect leaves the first URL's origin (scheme, host and
// port), the credentials are dropped for the rest of the chain.

/** The part of `fetch` we use; tests hand in their own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface GetOptions {
  /** The Authorization header value, sent only to the first URL's origin. */
  authorization?: string;
  fetch?: FetchLike;
  timeoutMs: number;
  maxRedirects?: number;
  /** Bodies longer than this are cut (a status page has no business being bigger). */
  maxBodyBytes?: number;
}

export interface GetResult {
  status: number;
  body: string;
  /** The URL that answered, after redirects. */
  url: URL;
  /** Whether a redirect to another origin made us drop the credentials. */
  credentialsDropped: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A URL without its `user:password@` part and the Basic Authorization header that part meant
 * (fetch refuses URLs with credentials, and logs must never show them).
 */
export function splitUrlCredentials(url: URL): { url: URL; authorization?: string } {
  if (!url.username && !url.password) return { url };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const user = decodeUserinfo(url.username);
  const password = decodeUserinfo(url.password);
  return { url: bare, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

/** Percent-decodes userinfo; a malformed escape is kept as written rather than failing. */
function decodeUserinfo(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The secrets a URL's userinfo holds (the password, else a token given as the user name), as
 * written and decoded, to mask before any log line.
 */
export function urlSecrets(url: URL): string[] {
  const raw = url.password || url.username;
  if (!raw) return [];
  return [...new Set([raw, decodeUserinfo(raw)])];
}

async function readBody(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/** GETs `url`, following up to `maxRedirects` redirects without leaking credentials. */
export async function getWithoutLeakingCredentials(url: URL, options: GetOptions): Promise<GetResult> {
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  const maxRedirects = options.maxRedirects ?? 10;
  const origin = url.origin;
  let current = url;
  let credentialsDropped = false;
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let redirects = 0; ; redirects++) {
    if (current.origin !== origin) credentialsDropped = true;
    const headers: Record<string, string> = { accept: 'application/json, text/javascript, */*;q=0.5' };
    if (options.authorization && !credentialsDropped) headers.authorization = options.authorization;
    const response = await doFetch(current.href, { method: 'GET', headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || !location) {
      const body = await readBody(response, options.maxBodyBytes ?? 1024 * 1024);
      return { status: response.status, body, url: current, credentialsDropped };
    }
    await response.body?.cancel();
    if (redirects >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
    const next = new URL(location, current);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new Error(`redirect to a ${next.protocol} URL refused`);
    }
    // Userinfo in a Location header is never used: credentials come only from the action's inputs.
    next.username = '';
    next.password = '';
    current = next;
  }
}
