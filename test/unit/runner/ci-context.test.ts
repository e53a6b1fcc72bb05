import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headCommit, readCiContext } from '@cib/core/runner/ci-context';

function eventFile(payload: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cib-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('CI context', () => {
  it('reads a GitHub tag push', () => {
    const ctx = readCiContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/app',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_RUN_ID: '99',
      GITHUB_EVENT_NAME: 'push',
    });
    expect(ctx).toMatchObject({
      platform: 'github',
      refType: 'tag',
      refName: 'v1.2.3',
      runUrl: 'https://github.com/octo-org/app/actions/runs/99',
    });
    expect(headCommit(ctx)).toBe('a'.repeat(40));
  });

  it('uses the PR head, not the merge commit, on pull_request events', () => {
    const ctx = readCiContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile({
        pull_request: { number: 7, head: { sha: 'h'.repeat(40), ref: 'feat/x' }, base: { sha: 'b'.repeat(40) } },
      }),
    });
    expect(ctx.refType).toBe('pull_request');
    expect(ctx.pullRequest).toEqual({ number: 7, headSha: 'h'.repeat(40), headRef: 'feat/x', baseSha: 'b'.repeat(40) });
    expect(headCommit(ctx)).toBe('h'.repeat(40));
  });

  it.each([
    [
      { CI_COMMIT_TAG: '1.2.3', CI_COMMIT_REF_NAME: '1.2.3' },
      { refType: 'tag', ref: 'refs/tags/1.2.3', refName: '1.2.3' },
    ],
    [
      { CI_COMMIT_REF_NAME: 'staging', CI_COMMIT_BRANCH: 'staging' },
      { refType: 'branch', ref: 'refs/heads/staging' },
    ],
    [
      { CI_MERGE_REQUEST_IID: '12', CI_COMMIT_REF_NAME: 'feat/y' },
      { refType: 'pull_request', pullRequest: { number: 12, headSha: 'c'.repeat(40), headRef: '' } },
    ],
  ])('reads GitLab variables %j', (vars, expected) => {
    const ctx = readCiContext({
      GITLAB_CI: 'true',
      CI_COMMIT_SHA: 'c'.repeat(40),
      CI_PIPELINE_ID: '555',
      CI_JOB_ID: '777',
      CI_PROJECT_URL: 'https://gitlab.example/group/app',
      CI_PROJECT_PATH: 'group/app',
      ...vars,
    });
    expect(ctx).toMatchObject({
      platform: 'gitlab',
      sha: 'c'.repeat(40),
      runId: '555',
      job: '777',
      repository: 'group/app',
      ...expected,
    });
    expect(ctx.runUrl).toBe('https://gitlab.example/group/app/-/pipelines/555');
  });

  it('is local without CI variables', () => {
    expect(readCiContext({}).platform).toBe('local');
  });
});
