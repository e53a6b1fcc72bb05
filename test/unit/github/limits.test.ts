// GitHub's size limits applied before sending: byte cuts never split a character.
import { batches, cutToBytes, cutToChars } from '@cib/core/github/limits';
import { nextPageUrl } from '@cib/core/github/link-header';
import { rateLimitWait } from '@cib/core/github/rate-limit';

describe('cutToBytes', () => {
  it('keeps text within the limit as it is', () => {
    expect(cutToBytes('abc', 3, '!')).toBe('abc');
  });

  it.each([
    ['ascii', 'a'.repeat(100), 20],
    ['two-byte characters', 'é'.repeat(100), 21],
    ['emoji (four bytes, two UTF-16 units)', '😀'.repeat(100), 23],
  ])('cuts %s to the byte limit with the note, never inside a character', (_, text, limit) => {
    const cut = cutToBytes(text, limit, '[cut]');
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(limit);
    expect(cut.endsWith('[cut]')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
    expect(text.startsWith(cut.slice(0, -'[cut]'.length))).toBe(true);
  });
});

describe('cutToChars', () => {
  it('counts characters, not UTF-16 units, and marks the cut', () => {
    expect(cutToChars('😀'.repeat(5), 5)).toBe('😀'.repeat(5));
    expect(cutToChars('😀'.repeat(6), 5)).toBe(`${'😀'.repeat(4)}…`);
  });
});

describe('batches', () => {
  it('splits 120 items into 50, 50, 20', () => {
    expect(
      batches(
        Array.from({ length: 120 }, (_, i) => i),
        50,
      ).map((b) => b.length),
    ).toEqual([50, 50, 20]);
  });
});

describe('nextPageUrl', () => {
  it.each([
    [
      '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      'https://api.github.com/x?page=2',
    ],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first"', undefined],
    [undefined, undefined],
  ])('%s -> %s', (link, next) => {
    expect(nextPageUrl(link)?.href).toBe(next);
  });
});

describe('rateLimitWait', () => {
  const answer = (status: number, headers: Record<string, string>, message = '') => ({
    status,
    headers,
    body: Buffer.from(JSON.stringify({ message })),
  });
  it.each([
    ['a secondary limit with Retry-After', answer(403, { 'retry-after': '7' }), 7000],
    [
      'a primary limit until its reset',
      answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }),
      10_000,
    ],
    [
      'a secondary limit without headers: one minute',
      answer(403, {}, 'You have exceeded a secondary rate limit'),
      60_000,
    ],
    ['a plain 403 (no permission)', answer(403, {}, 'Resource not accessible by integration'), undefined],
    ['a 429 (the HttpClient retries those)', answer(429, { 'retry-after': '7' }), undefined],
  ])('%s', (_, response, wait) => {
    expect(rateLimitWait(response, 1_000_000)).toBe(wait);
  });
});
