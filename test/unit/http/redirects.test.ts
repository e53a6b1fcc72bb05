// Following redirects: where the Authorization header goes (the first origin only, and not again
// once the chain has left it), relative Locations, which methods are followed, the redirect
// limit and refused targets. A scripted transport stands in for the hosts.
import { HttpClient } from '@cib/core/http/http-client';
import {
  RedirectError,
  openFollowingRedirects,
  redirectLocation,
  sendFollowingRedirects,
} from '@cib/core/http/redirects';
import type { HttpRequest, HttpResponse } from '@cib/core/http/transport';

type Answer = { status: number; location?: string };

/** A client whose transport answers by URL; unknown URLs answer 200 "ok". */
function hosts(routes: Record<string, Answer>) {
  const seen: HttpRequest[] = [];
  const http = new HttpClient({
    clock: { now: () => 0, sleep: async () => undefined },
    transport: async (request) => {
      seen.push(request);
      const answer = routes[request.url.href] ?? { status: 200 };
      const headers: Record<string, string> = answer.location ? { location: answer.location } : {};
      return { status: answer.status, headers, rawHeaders: {}, body: Buffer.from('ok'), url: request.url };
    },
  });
  const sent = () => seen.map((r) => [r.method, r.url.href, r.headers?.authorization ?? null]);
  return { http, seen, sent };
}

const AUTH = 'Bearer t';

// The same rule whether the last answer is read whole or streamed (blob copies).
describe.each([
  ['read whole', sendFollowingRedirects],
  ['streamed', openFollowingRedirects],
] as const)('credentials across redirects, answer %s', (_how, follow) => {
  test.each([
    [
      'a relative Location on the same origin keeps the credentials',
      { 'https://a.example/x': { status: 302, location: '../y?q=1' } },
      [['GET', 'https://a.example/y?q=1', AUTH]],
      false,
    ],
    [
      'another host gets none',
      { 'https://a.example/x': { status: 307, location: 'https://cdn.example/blob' } },
      [['GET', 'https://cdn.example/blob', null]],
      true,
    ],
    [
      'another port is another origin',
      { 'https://a.example/x': { status: 301, location: 'https://a.example:8443/x' } },
      [['GET', 'https://a.example:8443/x', null]],
      true,
    ],
    [
      'http on the same host is another origin',
      { 'https://a.example/x': { status: 308, location: 'http://a.example/x' } },
      [['GET', 'http://a.example/x', null]],
      true,
    ],
    [
      'coming back to the first origin does not bring them back',
      {
        'https://a.example/x': { status: 302, location: 'https://cdn.example/1' },
        'https://cdn.example/1': { status: 303, location: 'https://a.example/final' },
      },
      [
        ['GET', 'https://cdn.example/1', null],
        ['GET', 'https://a.example/final', null],
      ],
      true,
    ],
    [
      'userinfo in a Location is dropped, never used',
      { 'https://a.example/x': { status: 302, location: 'https://u:p@a.example/z' } },
      [['GET', 'https://a.example/z', AUTH]],
      false,
    ],
  ] as const)('%s', async (_name, routes, after, dropped) => {
    const { http, sent } = hosts(routes);
    const response = await follow(
      http,
      { method: 'GET', url: new URL('https://a.example/x'), headers: { accept: 'application/json' } },
      { authorization: AUTH },
    );
    expect(sent()).toEqual([['GET', 'https://a.example/x', AUTH], ...after]);
    expect(response.status).toBe(200);
    expect(response.url.href).toBe(after.at(-1)?.[1]);
    expect(response.redirects).toBe(after.length);
    expect(response.credentialsDropped).toBe(dropped);
  });
});

test('other headers go to every hop; HEAD stays HEAD', async () => {
  const { http, seen } = hosts({ 'https://a.example/x': { status: 307, location: 'https://cdn.example/b' } });
  await sendFollowingRedirects(http, {
    method: 'HEAD',
    url: new URL('https://a.example/x'),
    headers: { range: 'bytes=0-9' },
  });
  expect(seen.map((r) => [r.method, r.headers])).toEqual([
    ['HEAD', { range: 'bytes=0-9' }],
    ['HEAD', { range: 'bytes=0-9' }],
  ]);
});

test('a PUT answered with a redirect gets that answer back: its body goes nowhere else', async () => {
  const { http, seen } = hosts({ 'https://a.example/x': { status: 307, location: 'https://cdn.example/b' } });
  const response = await sendFollowingRedirects(
    http,
    { method: 'PUT', url: new URL('https://a.example/x'), body: Buffer.from('data') },
    { authorization: AUTH },
  );
  expect(response.status).toBe(307);
  expect(response.redirects).toBe(0);
  expect(seen).toHaveLength(1);
});

test.each([
  ['a loop: more than maxRedirects', 'https://a.example/x', 3, /a\.example\/x: more than 3 redirects$/, 4],
  ['a file: target', 'file:///etc/passwd', 10, /redirect to a file: URL refused/, 1],
  ['a javascript: target', 'javascript:alert(1)', 10, /redirect to a javascript: URL refused/, 1],
])('%s: RedirectError carrying the redirect answer', async (_name, location, maxRedirects, message, requests) => {
  const { http, seen } = hosts({ 'https://a.example/x': { status: 302, location } });
  const error = await sendFollowingRedirects(
    http,
    { method: 'GET', url: new URL('https://a.example/x') },
    { maxRedirects },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RedirectError);
  expect((error as Error).message).toMatch(message);
  expect((error as RedirectError).response.status).toBe(302);
  expect(seen).toHaveLength(requests);
});

test('credentials in the first URL are refused: node:http would send them to every hop', async () => {
  const { http, seen } = hosts({});
  await expect(
    sendFollowingRedirects(http, { method: 'GET', url: new URL('https://u:secret@a.example/x') }),
  ).rejects.toThrow(/options\.authorization/);
  expect(seen).toHaveLength(0);
});

test('each hop is a request of the client: retried on 503, counted in its stats', async () => {
  let cdnAnswers = 0;
  const http = new HttpClient({
    clock: { now: () => 0, sleep: async () => undefined },
    transport: async (request) => {
      const response: HttpResponse = {
        status: 200,
        headers: {},
        rawHeaders: {},
        body: Buffer.alloc(0),
        url: request.url,
      };
      if (request.url.host === 'a.example')
        return { ...response, status: 302, headers: { location: 'https://cdn.example/b' } };
      return { ...response, status: cdnAnswers++ === 0 ? 503 : 200 };
    },
  });
  const response = await sendFollowingRedirects(http, { method: 'GET', url: new URL('https://a.example/x') });
  expect(response.status).toBe(200);
  expect(http.stats).toMatchObject({ requests: 3, retries: 1 });
});

test.each([
  [301, 'https://b.example/', 'https://b.example/'],
  [302, '/y', '/y'],
  [303, '/y', '/y'],
  [307, '/y', '/y'],
  [308, '/y', '/y'],
  [302, '', undefined],
  [304, '/y', undefined],
  [200, '/y', undefined],
  [201, '/upload/1', undefined],
])('redirectLocation: %d with Location %p', (status, location, expected) => {
  const response: HttpResponse = {
    status,
    headers: { location },
    rawHeaders: {},
    body: Buffer.alloc(0),
    url: new URL('https://a.example/'),
  };
  expect(redirectLocation(response)).toBe(expected);
});

test('streamed: the redirect is followed and the body of the last answer streams', async () => {
  const { http, seen } = hosts({ 'https://a.example/x': { status: 302, location: 'https://cdn.example/b' } });
  const response = await openFollowingRedirects(http, { method: 'GET', url: new URL('https://a.example/x') });
  expect(seen).toHaveLength(2);
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString()).toBe('ok');
});
