// When and how long to wait before sending a request again: 408, 429 and 5xx answers and
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring
// Retry-After; and which of those allow sending a request that is not idempotent again.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it, so a registry cannot park a CI job for an hour. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60000,
};

/** 408 Request Timeout, 429 Too Many Requests and server errors other than "not implemented". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);

/**
 * Methods a client may send again after an answer or a connection that left it unsure whether the
 * server acted (RFC 9110, 9.2.2): repeating them changes nothing more than the first did.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * Answers that say the server did not act on the request, so even a POST may be sent again: 429
 * (RFC 6585: rate limited, refused before processing). A 5xx says nothing of the kind: a proxy's
 * 502 may come after the server created what was asked.
 */
export function isUnprocessedStatus(status: number): boolean {
  return status === 429;
}

/** Connection errors that mean the request never reached the server. */
export function isUnsentNetworkCode(code: string): boolean {
  return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH';
}

/** Network error codes worth another attempt (not TLS or DNS "no such host" failures). */
export function isRetryableNetworkCode(code: string): boolean {
  return RETRYABLE_CODES.has(code);
}

/**
 * The wait a Retry-After header asks for, in ms: delta-seconds or an HTTP date. Large bare
 * numbers (over 1000) are read as milliseconds, the unit GHCR sends them in; nobody means
 * "retry in 17 minutes" to a CI client.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n > 1000 ? Math.round(n) : Math.round(n * 1000);
  }
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 0): Retry-After when the server
 * said so (cut to the policy's limit), else exponential backoff with jitter.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
