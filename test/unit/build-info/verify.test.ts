// Verify mode against real HTTP servers on 127.0.0.1 (with a fake clock, so nothing waits):
// polling until the commit shows up, the last value on timeout, retries within the time left,
// and credentials that never follow a redirect to another origin. Hosts that cannot exist on
// 127.0.0.1 (app.example, cdn.example) are answered by a scripted transport.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseBuildInfoBody, verifyDeployment, type VerifyOptions } from '@cib/core/build-info/verify';
import { splitUrlCredentials, urlSecrets } from '@cib/core/build-info/verify-request';
import { HttpClient } from '@cib/core/http/http-client';
import type { HttpRequest } from '@cib/core/http/transport';
import { RecordingLog } from '../../support/recording-log';

const NEW = 'ffac537e6cbbf934b08745a378932722df287a53';
const OLD = '0000000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

interface Seen {
  path: string;
  authorization?: string;
}

interface TestServer {
  url: string;
  requests: Seen[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse, count: number) => void): Promise<TestServer> {
  const requests: Seen[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    handler(req, res, requests.length);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const result: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  servers.push(result);
  return result;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A clock that only moves when the code under test sleeps. */
function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A client whose transport answers from `answer` (status, headers, JSON body), on the fake clock. */
function scripted(
  clock: ReturnType<typeof fakeClock>,
  answer: (url: string) => { status: number; location?: string; json?: unknown },
) {
  const requests: Array<[string, string | undefined]> = [];
  const http = new HttpClient({
    clock,
    transport: async (request: HttpRequest) => {
      requests.push([request.url.href, request.headers?.authorization]);
      const { status, location, json: body } = answer(request.url.href);
      const headers: Record<string, string> = location ? { location } : {};
      return {
        status,
        headers,
        rawHeaders: {},
        body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
        url: request.url,
      };
    },
  });
  return { http, requests };
}

function options(url: string, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    url: new URL(url),
    field: 'git_commit',
    commit: NEW,
    minShortLength: 7,
    timeoutSeconds: 300,
    intervalSeconds: 5,
    ...extra,
  };
}

describe('verifyDeployment', () => {
  test('an answer nested too deeply to serialise again is refused as what it is, not an internal error', async () => {
    const depth = 65_000;
    const body = `${'{"a":'.repeat(depth)}"${NEW}"${'}'.repeat(depth)}`;
    const server = await serve((_, res) => res.end(body));
    const clock = fakeClock();
    const field = Array.from({ length: depth }, () => 'a').join('.');
    await expect(
      verifyDeployment(options(`${server.url}/build/info`, { field, timeoutSeconds: 5, intervalSeconds: 5 }), clock),
    ).rejects.toThrow(/last seen: an answer nested too deeply to handle/);
  });

  test('polls until the deployment reports the new commit', async () => {
    const server = await serve((_, res, count) => json(res, { git_commit: count < 3 ? OLD : NEW, status: 'healthy' }));
    const clock = fakeClock();
    const log = new RecordingLog();
    const result = await verifyDeployment(options(`${server.url}/build/info`), { ...clock, log });
    expect(result.attempts).toBe(3);
    expect(result.seen).toBe(NEW);
    expect(result.document).toEqual({ git_commit: NEW, status: 'healthy' });
    expect(clock.sleeps).toEqual([5000, 5000]);
    expect(log.lines('info')[0]).toMatch(/^Attempt 1: git_commit = "0000000a+"; trying again in 5 s$/);
  });

  test.each([
    ['the short form, as the seed backend reports it', { git_commit: 'ffac537' }, 'git_commit'],
    ['a longer abbreviation', { git_commit: 'ffac537e6cbb' }, 'git_commit'],
    ['a dotted path', { build: { git: { commit: NEW } } }, 'build.git.commit'],
  ])('accepts %s', async (_, body, field) => {
    const server = await serve((__, res) => json(res, body));
    const result = await verifyDeployment(options(`${server.url}/build/info`, { field }), fakeClock());
    expect(result.attempts).toBe(1);
  });

  test('reads a build-info.js script too', async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`window.BUILD_INFO = ${JSON.stringify({ git_commit: NEW }, null, 2)};\n`);
    });
    await expect(verifyDeployment(options(`${server.url}/build-info.js`), fakeClock())).resolves.toMatchObject({
      attempts: 1,
    });
  });

  test.each([
    [
      'an old commit',
      (res: ServerResponse) => json(res, { git_commit: 'e8f2dfb' }),
      /last seen: git_commit = "e8f2dfb"/,
    ],
    ['no field', (res: ServerResponse) => json(res, { status: 'ok' }), /last seen: a response without git_commit/],
    [
      'HTML',
      (res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>');
      },
      /last seen: a response that is not JSON/,
    ],
  ])('times out reporting the last value seen: %s', async (_, answer, message) => {
    const server = await serve((__, res) => answer(res));
    const clock = fakeClock();
    const verifying = verifyDeployment(options(`${server.url}/build/info`, { timeoutSeconds: 12 }), clock);
    await expect(verifying).rejects.toThrow(message);
    await expect(verifying).rejects.toThrow(/did not report commit ffac537 in git_commit within 12 s \(4 attempts\)/);
    // 0, 5, 10, then the last 2 s: the final attempt lands on the deadline, not after it.
    expect(clock.sleeps).toEqual([5000, 5000, 2000]);
    expect(server.requests).toHaveLength(4);
  });

  test('HTTP 503: each poll retries with backoff while time is left, then it times out reporting HTTP 503', async () => {
    const server = await serve((_, res) => json(res, { error: 'starting' }, 503));
    const clock = fakeClock();
    const logs: string[] = [];
    // random() = 1: backoff without jitter, 250, 500, 1000, 2000 ms (the shared policy: 5 attempts).
    const http = new HttpClient({ clock, random: () => 1, onRetry: (m) => logs.push(m) });
    const start = clock.now();
    const verifying = verifyDeployment(options(`${server.url}/build/info`, { timeoutSeconds: 12 }), {
      ...clock,
      http,
      log: new RecordingLog(),
    });
    await expect(verifying).rejects.toThrow(/within 12 s \(3 attempts\); last seen: HTTP 503/);
    expect(clock.sleeps).toEqual([
      ...[250, 500, 1000, 2000], // poll 1: five requests
      5000,
      ...[250, 500, 1000], // poll 2 at 8.75 s: the 2 s wait would end past 12 s, so it stops
      1500, // up to the deadline, not after it
      // poll 3 at 12 s: one request, no retry (no time left)
    ]);
    expect(clock.now() - start).toBe(12_000);
    expect(server.requests).toHaveLength(10);
    expect(logs).toContain(`GET ${server.url}/build/info: HTTP 503; retrying in 250 ms (attempt 2 of 5)`);
  });

  test('a server that is down: the connection error is the last thing seen', async () => {
    const server = await serve((_, res) => json(res, {}));
    const url = `${server.url}/build/info`;
    await server.close();
    await expect(verifyDeployment(options(url, { timeoutSeconds: 0 }), fakeClock())).rejects.toThrow(
      /\(1 attempt\); last seen: no answer \(GET http:\/\/127\.0\.0\.1:\d+\/build\/info failed: .*ECONNREFUSED/,
    );
  });

  test('an answer over 1 MiB is not read to the end', async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ git_commit: NEW, padding: 'x'.repeat(2 * 1024 * 1024) }));
    });
    await expect(verifyDeployment(options(server.url, { timeoutSeconds: 0 }), fakeClock())).rejects.toThrow(
      /last seen: no answer \(.*larger than 1048576 bytes\)/,
    );
  });

  test('a timeout of 0 makes exactly one attempt', async () => {
    const server = await serve((_, res) => json(res, { git_commit: OLD }));
    const clock = fakeClock();
    await expect(verifyDeployment(options(server.url, { timeoutSeconds: 0 }), clock)).rejects.toThrow(/1 attempt\)/);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('credentials and redirects', () => {
  test('the token follows a redirect on the same origin', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/old') {
        res.writeHead(302, { location: '/build/info' });
        res.end();
      } else json(res, { git_commit: NEW });
    });
    await verifyDeployment(options(`${server.url}/old`, { token: 's3cret' }), fakeClock());
    expect(server.requests).toEqual([
      { path: '/old', authorization: 'Bearer s3cret' },
      { path: '/build/info', authorization: 'Bearer s3cret' },
    ]);
  });

  test.each([
    ['a verify-token', { token: 's3cret' }, '', 'Bearer s3cret'],
    ['URL userinfo', {}, 'deploy:p%40ss@', `Basic ${Buffer.from('deploy:p@ss').toString('base64')}`],
  ])('%s is not sent to the other origin a redirect points at', async (_, extra, userinfo, expected) => {
    const other = await serve((__, res) => json(res, { git_commit: NEW }));
    const first = await serve((__, res) => {
      res.writeHead(307, { location: `${other.url}/cdn/build/info` });
      res.end();
    });
    const url = first.url.replace('http://', `http://${userinfo}`) + '/build/info';
    const result = await verifyDeployment(options(url, extra), fakeClock());
    expect(first.requests).toEqual([{ path: '/build/info', authorization: expected }]);
    expect(other.requests).toEqual([{ path: '/cdn/build/info', authorization: undefined }]);
    expect(result.url).toBe(`${other.url}/cdn/build/info`);
  });

  test('once dropped, credentials stay dropped even if a later redirect comes back', async () => {
    const clock = fakeClock();
    const { http, requests } = scripted(clock, (url) => {
      if (url === 'https://app.example/info') return { status: 302, location: 'https://cdn.example/x' };
      if (url === 'https://cdn.example/x') return { status: 301, location: 'https://app.example/final' };
      return { status: 200, json: { git_commit: NEW } };
    });
    await verifyDeployment(options('https://app.example/info', { token: 't' }), { ...clock, http });
    expect(requests).toEqual([
      ['https://app.example/info', 'Bearer t'],
      ['https://cdn.example/x', undefined],
      ['https://app.example/final', undefined],
    ]);
  });

  test('a downgrade to http on the same host counts as another origin', async () => {
    const clock = fakeClock();
    const { http, requests } = scripted(clock, (url) =>
      url.startsWith('https:')
        ? { status: 301, location: 'http://app.example/info' }
        : { status: 200, json: { git_commit: NEW } },
    );
    await verifyDeployment(options('https://app.example/info', { token: 't' }), { ...clock, http });
    expect(requests[1]).toEqual(['http://app.example/info', undefined]);
  });

  test('userinfo in a Location is not used', async () => {
    const clock = fakeClock();
    const { http, requests } = scripted(clock, (url) =>
      url === 'https://app.example/info'
        ? { status: 302, location: 'https://evil:creds@app.example/final' }
        : { status: 200, json: { git_commit: NEW } },
    );
    const result = await verifyDeployment(options('https://app.example/info', { token: 't' }), { ...clock, http });
    expect(requests[1]).toEqual(['https://app.example/final', 'Bearer t']);
    expect(result.url).toBe('https://app.example/final');
  });

  test.each([
    ['a redirect loop', 'https://app.example/info', /more than 10 redirects/],
    ['a redirect to file:', 'file:///etc/passwd', /redirect to a file: URL refused/],
  ])('%s fails the attempt', async (_, location, message) => {
    const clock = fakeClock();
    const { http, requests } = scripted(clock, () => ({ status: 302, location }));
    await expect(
      verifyDeployment(options('https://app.example/info', { timeoutSeconds: 0 }), { ...clock, http }),
    ).rejects.toThrow(message);
    expect(requests.every(([url]) => url === 'https://app.example/info')).toBe(true);
  });
});

describe('parseBuildInfoBody', () => {
  test.each([
    ['{"a":1}', { a: 1 }],
    ['window.X = {"a":1};', { a: 1 }],
    ['window.BUILD_INFO = {\n  "a": 1\n}\n', { a: 1 }],
    ["window.BUILD_INFO = { buildDate: '2025' };", undefined],
    ['<html>', undefined],
  ])('%p', (body, parsed) => {
    expect(parseBuildInfoBody(body)).toEqual(parsed);
  });
});

describe('URL credentials', () => {
  test.each([
    ['https://app.example/info', [], undefined],
    [
      'https://deploy:p%40ss@app.example/info',
      ['p%40ss', 'p@ss'],
      `Basic ${Buffer.from('deploy:p@ss').toString('base64')}`,
    ],
    ['https://ghp_token@app.example/info', ['ghp_token'], `Basic ${Buffer.from('ghp_token:').toString('base64')}`],
    ['https://u:%zz@app.example/', ['%zz'], `Basic ${Buffer.from('u:%zz').toString('base64')}`],
  ])('%s', (text, secrets, authorization) => {
    const url = new URL(text);
    expect(urlSecrets(url)).toEqual(secrets);
    const split = splitUrlCredentials(url);
    expect(split.authorization).toBe(authorization);
    expect(split.url.username + split.url.password).toBe('');
  });
});
