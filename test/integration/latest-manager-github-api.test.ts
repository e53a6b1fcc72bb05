// The GitHub side of the tag-type decision, through Octokit, against the local stand-in for the
// REST API (test/support/github-api.ts), which answers and refuses as GitHub does.
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

describe('githubTagType', () => {
  it.each([
    ['1.8.7', 'annotated'],
    ['1.8.7alpha', 'lightweight'],
    ['release/2.0.0', 'annotated'],
    ['9.9.9', 'missing'],
  ])('tag %s is %s', async (tag, type) => {
    expect(await githubTagType({ token: TOKEN, repository: 'octo-org/octo-app', apiUrl: api.url }, tag)).toEqual({
      type,
    });
  });

  it('calls GET /repos/{owner}/{repo}/git/ref/tags/{tag} with the token, under the GHES prefix', async () => {
    api.requests.length = 0;
    await githubTagType({ token: TOKEN, repository: 'octo-org/octo-app', apiUrl: `${api.url}/` }, '1.8.7');
    expect(api.requests).toEqual([
      { method: 'GET', path: '/api/v3/repos/octo-org/octo-app/git/ref/tags/1.8.7', authorization: `token ${TOKEN}` },
    ]);
  });

  it('reports a refused token as unknown, without the token in the reason', async () => {
    const result = await githubTagType(
      { token: 'ghs_wrong', repository: 'octo-org/octo-app', apiUrl: api.url },
      '1.8.7',
    );
    expect(result).toEqual({ type: 'unknown', detail: 'the github-token was refused (401)' });
  });

  it('reports a missing token or a malformed repository without calling the API', async () => {
    api.requests.length = 0;
    expect(await githubTagType({ token: '', repository: 'octo-org/octo-app', apiUrl: api.url }, '1.8.7')).toEqual({
      type: 'unknown',
      detail: 'no github-token given',
    });
    expect(await githubTagType({ token: TOKEN, repository: 'octo-app', apiUrl: api.url }, '1.8.7')).toMatchObject({
      type: 'unknown',
    });
    expect(api.requests).toEqual([]);
  });

  it('reports a repository unknown to GitHub as a missing tag', async () => {
    expect(await githubTagType({ token: TOKEN, repository: 'octo-org/other', apiUrl: api.url }, '1.8.7')).toEqual({
      type: 'missing',
    });
  });
});
