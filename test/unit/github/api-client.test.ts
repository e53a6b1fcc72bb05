// The GitHub client against the API double, which validates each request against GitHub's
// OpenAPI description: headers, the GHES base URL, retries, rate limits, pagination, errors.
import { createServer } from 'node:http';
import { createGithubClient, GithubClient } from '@cib/core/github/api-client';
import { GithubApiError } from '@cib/core/github/api-error';
import { GithubRepository } from '@cib/core/github/repository';
import { FakeGithubApi } from '../../support/github-api';

const TOKEN = 'ghs_client0123456789';
const SHA = 'd'.repeat(40);
let api: FakeGithubApi;

beforeAll(async () => {
  api = new FakeGithubApi(TOKEN, '/api/v3');
  api.addCommit('octo-org/octo-app', SHA);
  await api.start();
});
afterAll(() => api.stop());
beforeEach(() => {
  api.requests.length = 0;
});
afterEach(() => expect(api.invalidResponses).toEqual([]));

function client(options: { token?: string; waits?: number[]; log?: string[] } = {}): GithubClient {
  return new GithubClient({
    token: options.token ?? TOKEN,
    apiUrl: api.url,
    clock: { now: () => Date.now(), sleep: async (ms) => void options.waits?.push(ms) },
    log: { info: (line) => options.log?.push(line), debug: () => undefined },
  });
}

test('createGithubClient takes GITHUB_API_URL from the environment and masks the token first', async () => {
  const secrets: string[] = [];
  const rt = {
    env: { GITHUB_API_URL: api.url },
    setSecret: (s: string) => secrets.push(s),
    log: { info: () => undefined, debug: () => undefined, warning: () => undefined } as never,
  };
  const github = createGithubClient(rt, TOKEN);
  expect(secrets).toEqual([TOKEN]);
  expect(github.baseUrl.href).toBe(`${api.url}/`);
  await new GithubRepository(github, 'octo-org/octo-app').createCommitStatus(SHA, { state: 'pending' });
  expect(api.requests[0]).toMatchObject({
    method: 'POST',
    path: `/api/v3/repos/octo-org/octo-app/statuses/${SHA}`,
    authorization: `Bearer ${TOKEN}`,
    apiVersion: '2022-11-28',
  });
});

test('without GITHUB_API_URL the client talks to api.github.com', () => {
  expect(new GithubClient({ token: 't' }).baseUrl.href).toBe('https://api.github.com/');
});

test('a 502 then a 201 succeeds after one retry, and the retry is logged', async () => {
  api.failNext(1, 502);
  const waits: number[] = [];
  const log: string[] = [];
  const status = await new GithubRepository(client({ waits, log }), 'octo-org/octo-app').createCommitStatus(SHA, {
    state: 'success',
  });
  expect(status.state).toBe('success');
  expect(api.requests).toHaveLength(2);
  expect(waits).toHaveLength(1);
  expect(log.join('\n')).toMatch(/HTTP 502; retrying/);
});

test('a primary rate limit further away than the longest wait fails at once with the reason', async () => {
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  api.failNext(
    1,
    403,
    { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    'API rate limit exceeded for installation.',
  );
  const waits: number[] = [];
  const repo = new GithubRepository(client({ waits }), 'octo-org/octo-app');
  await expect(repo.getRef('tags/1.0.0')).rejects.toThrow(
    /GET \/repos\/\{owner\}\/\{repo\}\/git\/ref\/\{ref\} answered 403: API rate limit exceeded for installation\. GitHub rate-limited/,
  );
  expect(waits).toEqual([]);
});

test('errors carry GitHub message and a hint, never the token', async () => {
  const repo = new GithubRepository(client({ token: 'ghs_wrongtoken' }), 'octo-org/octo-app');
  const error = await repo.createCommitStatus(SHA, { state: 'success' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GithubApiError);
  expect((error as GithubApiError).status).toBe(401);
  expect((error as Error).message).toMatch(/answered 401: Bad credentials\. GitHub refused the token/);
  expect((error as Error).message).not.toContain('ghs_wrongtoken');
});

test('paginate follows Link rel="next" pages of 100 and collects every item', async () => {
  const repo = new GithubRepository(client(), 'octo-org/octo-app');
  const annotations = Array.from({ length: 230 }, (_, i) => ({
    path: `src/file${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning' as const,
    message: `finding ${i}`,
  }));
  const run = await repo.createCheckRun({
    name: 'quality-gate',
    head_sha: SHA,
    status: 'in_progress',
    output: { title: 't', summary: 's', annotations },
  });
  api.requests.length = 0;
  const listed = await repo.listCheckRunAnnotations(run.id as number);
  expect(listed.map((a) => a.message)).toEqual(annotations.map((a) => a.message));
  expect(api.requests.map((r) => r.query)).toEqual(['per_page=100', 'per_page=100&page=2', 'per_page=100&page=3']);
});

test('a Link header that leads back to a page already read fails clearly instead of looping', async () => {
  const server = createServer((req, res) => {
    const self = `http://127.0.0.1:${(server.address() as { port: number }).port}${req.url}`;
    res.writeHead(200, { 'content-type': 'application/json', link: `<${self}>; rel="next"` }).end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const repo = new GithubRepository(
      new GithubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${port}` }),
      'octo-org/octo-app',
    );
    await expect(repo.listCheckRunAnnotations(1)).rejects.toThrow(/the Link header leads back to a page already read/);
  } finally {
    server.close();
  }
});

test('a success answer that is not JSON (a proxy page) is a clear error pointing at GITHUB_API_URL', async () => {
  const server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const repo = new GithubRepository(new GithubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${port}` }), 'o/r');
    await expect(repo.getRef('tags/1.0.0')).rejects.toThrow(
      /answered with a body that is not JSON\. Check GITHUB_API_URL/,
    );
  } finally {
    server.close();
  }
});
