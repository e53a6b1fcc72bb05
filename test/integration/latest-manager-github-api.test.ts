// The GitHub side of the tag-type decision, through cib's GitHub client, against the local
// stand-in for the REST API (test/support/github-api.ts), which answers and refuses as GitHub does.
import { GithubClient } from '@cib/core/github/api-client';
import { githubTagType } from '@cib/core/github/tag-ref';
import { FakeGithubApi } from '../support/github-api';

const TOKEN = 'ghs_test0123456789abcdef';
let api: FakeGithubApi;

beforeAll(async () => {
  api = new FakeGithubApi(TOKEN, '/api/v3');
  api.addTag('octo-org/octo-app', '1.8.7', { type: 'tag', sha: 'a'.repeat(40) });
  api.addTag('octo-org/octo-app', '1.8.7alpha', { type: 'commit', sha: 'b'.repeat(40) });
  api.addTag('octo-org/octo-app', 'release/2.0.0', { type: 'tag', sha: 'c'.repeat(40) });
  await api.start();
});
afterAll(() => api.stop());
afterEach(() => expect(api.invalidResponses).toEqual([]));

/** A client whose retries wait for nothing, recording the waits it was asked for. */
function client(token = TOKEN, apiUrl = api.url, waits: number[] = []): GithubClient {
  return new GithubClient({
    token,
    apiUrl,
    clock: { now: () => Date.now(), sleep: async (ms) => void waits.push(ms) },
  });
}

describe('githubTagType', () => {
  it.each([
    ['1.8.7', 'annotated'],
    ['1.8.7alpha', 'lightweight'],
    ['release/2.0.0', 'annotated'],
    ['9.9.9', 'missing'],
  ])('tag %s is %s', async (tag, type) => {
    expect(await githubTagType({ client: client(), repository: 'octo-org/octo-app' }, tag)).toEqual({ type });
  });

  it('calls GET /repos/{owner}/{repo}/git/ref/tags/{tag} with the token and API version, under the GHES prefix', async () => {
    api.requests.length = 0;
    await githubTagType({ client: client(TOKEN, `${api.url}/`), repository: 'octo-org/octo-app' }, '1.8.7');
    expect(api.requests).toEqual([
      {
        method: 'GET',
        path: '/api/v3/repos/octo-org/octo-app/git/ref/tags/1.8.7',
        authorization: `Bearer ${TOKEN}`,
        apiVersion: '2022-11-28',
      },
    ]);
  });

  it('a 502 followed by a 200 decides from the API, not the heuristic', async () => {
    api.requests.length = 0;
    api.failNext(1, 502, {}, 'Server Error');
    const waits: number[] = [];
    const result = await githubTagType(
      { client: client(TOKEN, api.url, waits), repository: 'octo-org/octo-app' },
      '1.8.7',
    );
    expect(result).toEqual({ type: 'annotated' });
    expect(api.requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 with Retry-After) and then decides', async () => {
    api.failNext(
      1,
      403,
      { 'retry-after': '3' },
      'You have exceeded a secondary rate limit. Please wait a few minutes.',
    );
    const waits: number[] = [];
    const result = await githubTagType(
      { client: client(TOKEN, api.url, waits), repository: 'octo-org/octo-app' },
      '1.8.7alpha',
    );
    expect(result).toEqual({ type: 'lightweight' });
    expect(waits).toEqual([3000]);
  });

  it('reports a refused token as unknown, without the token in the reason', async () => {
    const result = await githubTagType({ client: client('ghs_wrong'), repository: 'octo-org/octo-app' }, '1.8.7');
    expect(result).toEqual({ type: 'unknown', detail: 'the github-token was refused (401)' });
  });

  it('reports a malformed repository without calling the API', async () => {
    api.requests.length = 0;
    expect(await githubTagType({ client: client(), repository: 'octo-app' }, '1.8.7')).toEqual({
      type: 'unknown',
      detail: 'repository "octo-app" is not owner/name',
    });
    expect(api.requests).toEqual([]);
  });

  it('reports a repository unknown to GitHub as a missing tag', async () => {
    expect(await githubTagType({ client: client(), repository: 'octo-org/other' }, '1.8.7')).toEqual({
      type: 'missing',
    });
  });

  it('reports a server that keeps failing as unknown with the status, after the retries', async () => {
    api.failNext(5, 503, {}, 'Service Unavailable');
    expect(await githubTagType({ client: client(), repository: 'octo-org/octo-app' }, '1.8.7')).toEqual({
      type: 'unknown',
      detail: 'HTTP 503: Service Unavailable',
    });
  });
});
