// The credentials in a verify-url: `user:password@` becomes a Basic Authorization header, and
// its secrets are masked before anything is logged. Where that header may travel is decided by
// http/redirects.ts, which sends it to the URL's own origin only.
import { basicAuthorization } from '../http/basic-auth';

/**
 * A URL without its `user:password@` part and the Basic Authorization header that part meant
 * (the request must carry them as a header it can withhold from other origins, and logs must
 * never show them).
 */
export function splitUrlCredentials(url: URL): { url: URL; authorization?: string } {
  if (!url.username && !url.password) return { url };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const user = decodeUserinfo(url.username);
  const password = decodeUserinfo(url.password);
  return { url: bare, authorization: basicAuthorization(user, password) };
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
