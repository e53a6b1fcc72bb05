// Which answers are retried and how long the client waits before the next attempt.
import {
  DEFAULT_RETRY_POLICY,
  isRetryableNetworkCode,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from '@cib/core/http/retry-policy';

test.each([
  [408, true],
  [429, true],
  [500, true],
  [502, true],
  [503, true],
  [504, true],
  [501, false],
  [505, false],
  [400, false],
  [401, false],
  [403, false],
  [404, false],
  [200, false],
])('status %i retryable: %s', (status, retryable) => {
  expect(isRetryableStatus(status)).toBe(retryable);
});

test.each([
  ['ECONNRESET', true],
  ['ECONNREFUSED', true],
  ['ETIMEDOUT', true],
  ['EPIPE', true],
  ['ENOTFOUND', false],
  ['EPROTO', false],
  ['CERT_HAS_EXPIRED', false],
])('network error %s retryable: %s', (code, retryable) => {
  expect(isRetryableNetworkCode(code)).toBe(retryable);
});

const NOW = Date.parse('2026-11-23T10:00:00Z');
test.each([
  ['3', 3000],
  ['0', 0],
  ['1.5', 1500],
  ['2500', 2500], // GHCR's milliseconds
  ['Mon, 23 Nov 2026 10:00:07 GMT', 7000],
  ['Mon, 23 Nov 2026 09:00:00 GMT', 0],
  ['soon', undefined],
  [undefined, undefined],
])('Retry-After %j waits %j ms', (value, ms) => {
  expect(parseRetryAfter(value, NOW)).toBe(ms);
});

test('backoff doubles up to the ceiling, with jitter in the upper half', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
  expect([0, 1, 2, 3, 4, 5].map((a) => retryDelay(a, policy, undefined, () => 1))).toEqual([
    100, 200, 400, 800, 1000, 1000,
  ]);
  expect([0, 1, 2].map((a) => retryDelay(a, policy, undefined, () => 0))).toEqual([50, 100, 200]);
});

test('Retry-After wins over backoff but is cut to the policy limit', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, maxRetryAfterMs: 5000 };
  expect(retryDelay(0, policy, 3000)).toBe(3000);
  expect(retryDelay(0, policy, 3600000)).toBe(5000);
});
