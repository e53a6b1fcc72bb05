// When GitHub says "slow down" with a 403 and how long it asks us to wait, as its docs on rate
// limits for the REST API describe: `retry-after` (seconds) first; else, with
// `x-ratelimit-remaining: 0`, until `x-ratelimit-reset` (epoch seconds); else, for a secondary
// rate limit without either header, at least one minute. A plain 403 (no permission) is not one.
// 429s never get here: the HttpClient already retries them, honouring Retry-After.
import type { HttpResponse } from '../http/transport';

const SECONDARY_MINIMUM_MS = 60_000;

/** The wait GitHub asks for in ms, or undefined when the answer is not a rate limit. */
export function rateLimitWait(
  response: Pick<HttpResponse, 'status' | 'headers' | 'body'>,
  now: number,
): number | undefined {
  if (response.status !== 403) return undefined;
  const retryAfter = response.headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  if (response.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(response.headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  if (/secondary rate limit|abuse detection/i.test(response.body.toString('utf8'))) return SECONDARY_MINIMUM_MS;
  return undefined;
}
