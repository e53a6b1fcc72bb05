// Check runs and commit statuses as quality-gate will write them, against the API double:
// GitHub's limits applied before sending, refusals turned into errors that say what to do.
import { GithubClient } from '@cib/core/github/api-client';
import { GithubApiError } from '@cib/core/github/api-error';
import { GithubRepository, type NewAnnotation } from '@cib/core/github/repository';
import { FakeGithubApi } from '../../support/github-api';

const TOKEN = 'ghs_writer0123456789';
const READ_ONLY = 'ghs_forkpr0123456789';
const SHA = 'e'.repeat(40);
let api: FakeGithubApi;

beforeAll(async () => {
  api = new FakeGithubApi(TOKEN);
  api.readOnlyTokens.add(READ_ONLY);
  api.addCommit('octo-org/octo-app', SHA);
  await api.start();
});
afterAll(() => api.stop());
beforeEach(() => {
  api.requests.length = 0;
});
afterEach(() => expect(api.invalidResponses).toEqual([]));

const noWait = { now: () => Date.now(), sleep: async () => undefined };
const repository = (token = TOKEN) =>
  new GithubRepository(new GithubClient({ token, apiUrl: api.url, clock: noWait }), 'octo-org/octo-app');

const annotations = (n: number): NewAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: 'src/app.ts',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    message: `test ${i} failed`,
    title: 'T'.repeat(300),
  }));

describe('check runs', () => {
  it('creates a run with 120 annotations as one POST of 50 and two PATCHes of 50 and 20', async () => {
    const run = await repository().createCheckRun({
      name: 'quality-gate',
      head_sha: SHA,
      conclusion: 'failure',
      output: { title: 'Gate failed', summary: 'coverage 79.05% < 80%', annotations: annotations(120) },
    });
    const sent = api.requests.map((r) => [
      r.method,
      (r.body as { output: { annotations?: unknown[] } }).output.annotations?.length,
    ]);
    expect(sent).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ]);
    const stored = api.checkRuns.get(run.id as number)!;
    expect(stored.run).toMatchObject({ status: 'completed', conclusion: 'failure', name: 'quality-gate' });
    expect(stored.annotations).toHaveLength(120);
    // Titles are cut to GitHub's 255 characters.
    expect(stored.annotations[0].title).toHaveLength(255);
  });

  it('cuts a summary of 40,000 two-byte characters (80,000 bytes) to 65,535 bytes with a note', async () => {
    const summary = 'é'.repeat(40_000);
    // Sent as it is, GitHub refuses it: it counts bytes.
    const client = new GithubClient({ token: TOKEN, apiUrl: api.url, clock: noWait });
    const refused = await client
      .request('POST', '/repos/{owner}/{repo}/check-runs', {
        path: { owner: 'octo-org', repo: 'octo-app' },
        body: { name: 'raw', head_sha: SHA, output: { title: 't', summary } },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GithubApiError);
    expect((refused as GithubApiError).status).toBe(422);
    expect((refused as Error).message).toMatch(/Validation Failed; summary exceeds a maximum bytesize of 65535/);

    const run = await repository().createCheckRun({
      name: 'quality-gate',
      head_sha: SHA,
      status: 'in_progress',
      output: { title: 't', summary, text: summary },
    });
    const stored = api.checkRuns.get(run.id as number)!.run.output;
    for (const field of [stored.summary!, stored.text!]) {
      expect(Buffer.byteLength(field, 'utf8')).toBeLessThanOrEqual(65_535);
      expect(field).toMatch(/cib cut this (summary|text) to GitHub's limit of 65535 bytes/);
    }
  });

  it('updates a run to completed and appends annotations', async () => {
    const repo = repository();
    const run = await repo.createCheckRun({ name: 'quality-gate', head_sha: SHA, status: 'in_progress' });
    const updated = await repo.updateCheckRun(run.id as number, {
      conclusion: 'success',
      output: { title: 'Gate passed', summary: 'all rules pass', annotations: annotations(60) },
    });
    expect(updated).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(updated.output.annotations_count).toBe(60);
    expect(await repo.listCheckRunAnnotations(run.id as number)).toHaveLength(60);
  });

  it('a read-only token (fork pull request) gets 403 with what to do', async () => {
    const error = await repository(READ_ONLY)
      .createCheckRun({ name: 'quality-gate', head_sha: SHA })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubApiError);
    expect((error as GithubApiError).status).toBe(403);
    expect((error as Error).message).toMatch(
      /answered 403: Resource not accessible by integration\. The token lacks this permission: .*checks: write/,
    );
  });

  it('an unknown commit is refused with 422 "No commit found"', async () => {
    await expect(repository().createCheckRun({ name: 'x', head_sha: 'f'.repeat(40) })).rejects.toThrow(
      /answered 422: No commit found for SHA: f{40}/,
    );
  });
});

describe('a POST GitHub may have acted on is not sent again blindly', () => {
  const runsNamed = (name: string) => [...api.checkRuns.values()].filter((stored) => stored.run.name === name);
  const calls = () => api.requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}/, '<sha>')}`);

  it('a 502 after the run was created: the run is found by its external_id, not created twice', async () => {
    api.failNextAfterActing(1, 502, 'Bad Gateway');
    const run = await repository().createCheckRun({ name: 'gate-acted', head_sha: SHA, conclusion: 'success' });
    expect(runsNamed('gate-acted').map((stored) => stored.run.id)).toEqual([run.id]);
    expect(run.external_id).toMatch(/^cib-[0-9a-f-]{36}$/);
    expect(calls()).toEqual([
      'POST /repos/octo-org/octo-app/check-runs',
      'GET /repos/octo-org/octo-app/commits/<sha>/check-runs',
    ]);
  });

  it('a 502 before anything was created: the lookup finds nothing and the POST goes again, once', async () => {
    api.failNext(1, 502, {}, 'Bad Gateway');
    const run = await repository().createCheckRun({ name: 'gate-refused', head_sha: SHA, conclusion: 'success' });
    expect(runsNamed('gate-refused').map((stored) => stored.run.id)).toEqual([run.id]);
    expect(calls()).toEqual([
      'POST /repos/octo-org/octo-app/check-runs',
      'GET /repos/octo-org/octo-app/commits/<sha>/check-runs',
      'POST /repos/octo-org/octo-app/check-runs',
    ]);
  });

  it("with the caller's own external_id (maybe not unique), the 502 stands: no lookup, no second POST", async () => {
    api.failNextAfterActing(1, 502, 'Bad Gateway');
    await expect(
      repository().createCheckRun({
        name: 'gate-own-id',
        head_sha: SHA,
        external_id: 'build-7',
        conclusion: 'success',
      }),
    ).rejects.toMatchObject({ status: 502 });
    expect(calls()).toEqual(['POST /repos/octo-org/octo-app/check-runs']);
    expect(runsNamed('gate-own-id')).toHaveLength(1);
  });

  it('a commit status is sent again after a 502: the same status twice is the same state', async () => {
    api.failNextAfterActing(1, 502, 'Bad Gateway');
    await repository().createCommitStatus(SHA, { state: 'success', context: 'gate-status', description: 'ok' });
    expect(api.statuses.filter((s) => s.context === 'gate-status')).toHaveLength(2);
    expect(calls()).toEqual([
      'POST /repos/octo-org/octo-app/statuses/<sha>',
      'POST /repos/octo-org/octo-app/statuses/<sha>',
    ]);
  });
});

describe('commit statuses', () => {
  it('cuts the description to 140 characters and keeps the context', async () => {
    const status = await repository().createCommitStatus(SHA, {
      state: 'failure',
      context: 'quality-gate',
      description: `coverage ${'x'.repeat(300)}`,
    });
    expect(Array.from(status.description!)).toHaveLength(140);
    expect(status.description!.endsWith('…')).toBe(true);
    expect(status.context).toBe('quality-gate');
  });

  it('a read-only token may not create one', async () => {
    await expect(repository(READ_ONLY).createCommitStatus(SHA, { state: 'success' })).rejects.toThrow(
      /403: Resource not accessible by integration/,
    );
  });
});
