// The one HTTP client: retries, the attempt limit, what is never retried, concurrency bounds and
// request counts, streamed answers, stream bodies sent once and the start-over wait for them,
// with a scripted transport in place of the network.
import { Readable } from 'node:stream';
import { HttpClient, MIN_ATTEMPT_MS } from '@cib/core/http/http-client';
import { HttpNetworkError } from '@cib/core/http/transport';
import type { HttpRequest, HttpResponse, HttpTransport } from '@cib/core/http/transport';
import { Limiter, mapLimited } from '@cib/core/http/limiter';

type Step = number | { status: number; headers?: Record<string, string> } | string; // string: network error code

function scripted(steps: Step[]): { transport: HttpTransport; seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const transport: HttpTransport = async (request) => {
    seen.push(request);
    const step = steps.shift() ?? 200;
    if (typeof step === 'string') throw new HttpNetworkError(request, step, step);
    const { status, headers = {} } = typeof step === 'number' ? { status: step } : step;
    const response: HttpResponse = { status, headers, rawHeaders: {}, body: Buffer.from(''), url: request.url };
    return response;
  };
  return { transport, seen };
}

function client(steps: Step[], attempts = 4) {
  const { transport, seen } = scripted(steps);
  const delays: number[] = [];
  const retries: string[] = [];
  const http = new HttpClient({
    transport,
    retry: { attempts, baseDelayMs: 100, maxDelayMs: 1000 },
    clock: {
      now: () => 0,
      sleep: async (ms) => {
        delays.push(ms);
      },
    },
    random: () => 1,
    onRetry: (m) => retries.push(m),
  });
  return { http, seen, delays, retries };
}

const url = new URL('https://registry.example/v2/');

test.each([
  ['429 then 200', [429, 200], 200, [100]],
  ['503, 502, 200', [503, 502, 200], 200, [100, 200]],
  ['a reset connection then 200', ['ECONNRESET', 200], 200, [100]],
  ['408 then 404 (not retried)', [408, 404], 404, [100]],
  ['404 at once', [404], 404, []],
  ['501 at once', [501], 501, []],
  ['503 every time: the last answer after 4 attempts', [503, 503, 503, 503, 200], 503, [100, 200, 400]],
  ['429 with Retry-After: 3', [{ status: 429, headers: { 'retry-after': '3' } }, 200], 200, [3000]],
] as const)('%s', async (_name, steps, status, delays) => {
  const c = client([...steps]);
  const response = await c.http.send({ method: 'GET', url });
  expect(response.status).toBe(status);
  expect(c.delays).toEqual(delays);
  expect(c.http.stats.requests).toBe(delays.length + 1);
  expect(c.http.stats.retries).toBe(delays.length);
  expect(c.retries).toHaveLength(delays.length);
});

test('network errors: retried up to the limit, then thrown; TLS errors are not retried', async () => {
  const down = client(['ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED']);
  await expect(down.http.send({ method: 'GET', url })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  expect(down.http.stats.requests).toBe(4);
  const tls = client(['EPROTO']);
  await expect(tls.http.send({ method: 'GET', url })).rejects.toBeInstanceOf(HttpNetworkError);
  expect(tls.http.stats.requests).toBe(1);
});

describe('requests that are not idempotent (POST, PATCH)', () => {
  test.each([
    ['a 502 comes back: the server may have acted', [502, 201], 'POST', undefined, 502, 1],
    [
      'a connection lost mid-way is thrown: the server may have acted',
      ['ECONNRESET', 201],
      'PATCH',
      undefined,
      'ECONNRESET',
      1,
    ],
    ['a 429 is retried: refused before acting', [429, 201], 'POST', undefined, 201, 2],
    ['a refused connection is retried: nothing was sent', ['ECONNREFUSED', 201], 'POST', undefined, 201, 2],
    ['marked idempotent, a 502 is retried', [502, 201], 'POST', true, 201, 2],
    ['a PUT marked not idempotent is not', [503, 201], 'PUT', false, 503, 1],
  ] as const)('%s', async (_name, steps, method, idempotent, outcome, sent) => {
    const c = client([...steps]);
    const sending = c.http.send({ method, url, body: Buffer.from('{}'), idempotent });
    if (typeof outcome === 'string') await expect(sending).rejects.toMatchObject({ code: outcome });
    else expect((await sending).status).toBe(outcome);
    expect(c.seen).toHaveLength(sent);
    expect(c.seen.every((request) => !('idempotent' in request))).toBe(true);
  });
});

test('the body is sent again on each attempt and stats count by method', async () => {
  const c = client([503, 201]);
  await c.http.send({ method: 'PUT', url, body: Buffer.from('x') });
  expect(c.seen.map((r) => (Buffer.isBuffer(r.body) ? r.body.toString() : r.body))).toEqual(['x', 'x']);
  expect(c.http.stats.byMethod).toEqual({ PUT: 2 });
  expect(c.seen[0].timeoutMs).toBe(30000);
});

test('retry log lines never show query strings (upload state, tokens)', async () => {
  const c = client([503, 200]);
  await c.http.send({ method: 'GET', url: new URL('https://r.example/v2/a/blobs/uploads/x?_state=SECRET') });
  expect(c.retries[0]).not.toContain('SECRET');
});

test('at most maxConcurrency requests are in flight', async () => {
  let inFlight = 0;
  let peak = 0;
  const transport: HttpTransport = async (request) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    return { status: 200, headers: {}, rawHeaders: {}, body: Buffer.alloc(0), url: request.url };
  };
  const http = new HttpClient({ transport, maxConcurrency: 3 });
  await Promise.all(Array.from({ length: 10 }, () => http.send({ method: 'GET', url })));
  expect(peak).toBe(3);
  expect(http.stats.requests).toBe(10);
});

test('mapLimited keeps order and the limit; Limiter refuses a limit below 1', async () => {
  let running = 0;
  let peak = 0;
  const out = await mapLimited([5, 1, 3, 2], 2, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, n));
    running--;
    return n * 10;
  });
  expect(out).toEqual([50, 10, 30, 20]);
  expect(peak).toBe(2);
  expect(() => new Limiter(0)).toThrow(RangeError);
});

describe('a deadline', () => {
  /** A client on a clock that moves only when it sleeps, starting at 0. */
  function onClock(steps: Step[]) {
    const { transport, seen } = scripted(steps);
    let now = 0;
    const delays: number[] = [];
    const http = new HttpClient({
      transport,
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 },
      clock: {
        now: () => now,
        sleep: async (ms) => {
          delays.push(ms);
          now += ms;
        },
      },
      random: () => 1,
    });
    return { http, seen, delays, time: () => now };
  }

  test.each([
    ['no deadline: every attempt', undefined, [100, 200, 400, 800], 5],
    ['deadline 350 ms: no wait that would end past it', 350, [100, 200], 3],
    ['deadline 0: one attempt', 0, [], 1],
  ] as const)('503 every time, %s', async (_name, deadline, delays, requests) => {
    const c = onClock([503, 503, 503, 503, 503]);
    const response = await c.http.send({ method: 'GET', url, deadline });
    expect(response.status).toBe(503);
    expect(c.delays).toEqual(delays);
    expect(c.seen).toHaveLength(requests);
  });

  test('a network error past the deadline is thrown as it is', async () => {
    const c = onClock(['ECONNRESET', 'ECONNRESET']);
    await expect(c.http.send({ method: 'GET', url, deadline: 50 })).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(c.seen).toHaveLength(1);
  });

  test('a Retry-After longer than the time left is not waited for', async () => {
    const c = onClock([{ status: 429, headers: { 'retry-after': '30' } }, 200]);
    expect((await c.http.send({ method: 'GET', url, deadline: 10_000 })).status).toBe(429);
    expect(c.delays).toEqual([]);
  });

  test('each attempt gets at most the time left, and never less than MIN_ATTEMPT_MS', async () => {
    const c = onClock([503, 503, 503]);
    await c.http.send({ method: 'GET', url, timeoutMs: 5000, deadline: 1400 });
    // Attempts at 0, 100, 300 and 700 ms: 1400, 1300, 1100 and 700 ms left, the last raised to the minimum.
    expect(c.seen.map((r) => r.timeoutMs)).toEqual([1400, 1300, 1100, MIN_ATTEMPT_MS]);
    expect(c.seen.map((r) => 'deadline' in r)).toEqual([false, false, false, false]);
  });
});

describe('streams', () => {
  test('a request whose body is a stream is sent once: a 503 comes back, not retried', async () => {
    const c = client([503, 200]);
    const body = Readable.from([Buffer.from('blob')], { objectMode: false });
    expect((await c.http.send({ method: 'PUT', url, body })).status).toBe(503);
    expect(c.seen).toHaveLength(1);
    expect((c.seen[0].body as Buffer | undefined)?.toString()).toBe('blob');
    expect(c.delays).toEqual([]);
  });

  test('open: retries until an answer worth giving, whose body then streams', async () => {
    const c = client([502, 'ECONNRESET', 200]);
    const answer = await c.http.open({ method: 'GET', url });
    expect(answer.status).toBe(200);
    expect(answer.body).toBeInstanceOf(Readable);
    expect(c.delays).toEqual([100, 200]);
    expect(c.http.stats.retries).toBe(2);
  });

  test.each([
    ['the first start-over: backoff', 0, undefined, true, [100]],
    ['Retry-After of the answer that failed it', 1, { 'retry-after': '3' }, true, [3000]],
    ['the attempts used up: no wait, false', 3, undefined, false, []],
  ] as const)('backOff, %s', async (_name, attempt, headers, again, delays) => {
    const c = client([]);
    expect(await c.http.backOff(attempt, 'copying x failed', headers && { headers })).toBe(again);
    expect(c.delays).toEqual(delays);
    expect(c.retries).toEqual(
      delays.map((ms) => `copying x failed; retrying in ${ms} ms (attempt ${attempt + 2} of 4)`),
    );
  });
});
