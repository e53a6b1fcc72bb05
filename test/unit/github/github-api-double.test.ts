// The GitHub API double refuses what GitHub refuses: each case is a raw request that breaks
// GitHub's published description or one of its documented rules.
import { FakeGithubApi } from '../../support/github-api';

const TOKEN = 'ghs_double0123456789';
const SHA = 'a'.repeat(40);
let api: FakeGithubApi;

beforeAll(async () => {
  api = new FakeGithubApi(TOKEN);
  api.addCommit('octo-org/octo-app', SHA);
  await api.start();
});
afterAll(() => api.stop());
afterEach(() => expect(api.invalidResponses).toEqual([]));

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { message: string; errors?: unknown[] } };
}

const checkRuns = '/repos/octo-org/octo-app/check-runs';

test.each([
  ['a route GitHub does not have', 'GET', '/repos/octo-org/octo-app/nothing', undefined, 404, /^Not Found$/],
  ['a method the route does not have', 'DELETE', checkRuns, undefined, 404, /^Not Found$/],
  ['a body without a required field', 'POST', checkRuns, { name: 'x' }, 422, /"head_sha" wasn't supplied/],
  ['a field of the wrong type', 'POST', checkRuns, { name: 42, head_sha: SHA }, 422, /For 'name', must be string/],
  [
    'a conclusion GitHub does not know',
    'POST',
    checkRuns,
    { name: 'x', head_sha: SHA, conclusion: 'passed' },
    422,
    /For 'conclusion', must be equal to one of the allowed values/,
  ],
  [
    'a summary over 65,535 characters',
    'POST',
    checkRuns,
    { name: 'x', head_sha: SHA, output: { title: 't', summary: 'a'.repeat(70_000) } },
    422,
    /Only 65535 characters are allowed; 70000 were supplied/,
  ],
  [
    '51 annotations in one request',
    'POST',
    checkRuns,
    {
      name: 'x',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => ({
          path: 'a',
          start_line: 1,
          end_line: 1,
          annotation_level: 'notice',
          message: 'm',
        })),
      },
    },
    422,
    /For 'output\/annotations', must NOT have more than 50 items/,
  ],
  [
    'a status state GitHub does not know',
    'POST',
    `/repos/octo-org/octo-app/statuses/${SHA}`,
    { state: 'ok' },
    422,
    /For 'state'/,
  ],
  [
    'a status description over 140 characters',
    'POST',
    `/repos/octo-org/octo-app/statuses/${SHA}`,
    { state: 'success', description: 'd'.repeat(141) },
    422,
    /^Validation Failed$/,
  ],
  [
    'a check run id that is not a number',
    'GET',
    `${checkRuns}/abc`,
    undefined,
    422,
    /For 'check_run_id', must be integer/,
  ],
  [
    'a query parameter the route does not take',
    'GET',
    `${checkRuns}/1/annotations?perpage=5`,
    undefined,
    422,
    /must NOT have additional properties/,
  ],
  [
    'a repository that does not exist',
    'GET',
    '/repos/octo-org/ghost/git/ref/tags/1.0.0',
    undefined,
    404,
    /^Not Found$/,
  ],
])('refuses %s', async (_, method, path, body, status, message) => {
  const answer = await send(method, path, body);
  expect(answer.status).toBe(status);
  expect(answer.body.message).toMatch(message);
});

test('refuses a completed check run without a conclusion, as the description requires', async () => {
  const answer = await send('POST', checkRuns, { name: 'x', head_sha: SHA, status: 'completed' });
  expect(answer.status).toBe(422);
});

test('refuses an unsupported API version', async () => {
  const answer = await send('GET', '/repos/octo-org/octo-app/git/ref/tags/x', undefined, {
    'x-github-api-version': '2021-01-01',
  });
  expect(answer).toMatchObject({
    status: 400,
    body: { message: expect.stringMatching(/Unsupported 'X-GitHub-Api-Version'/) },
  });
});

test('refuses an unknown token with 401 Bad credentials', async () => {
  const answer = await send('POST', checkRuns, { name: 'x', head_sha: SHA }, { authorization: 'Bearer ghs_nope' });
  expect(answer).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
});

test('answers a valid create with 201 and a check run GitHub would send', async () => {
  const answer = await send('POST', checkRuns, { name: 'x', head_sha: SHA, conclusion: 'neutral' });
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ name: 'x', status: 'completed', conclusion: 'neutral', head_sha: SHA });
});
