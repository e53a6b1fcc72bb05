// quality-gate end to end: the bundle in dist/ run through the runner harness as the GitHub
// runner runs it, on a real shallow git checkout of a pull request, with reports written by real
// tools (test/fixtures/quality) and the GitHub API stand-in that validates every request against
// GitHub's OpenAPI description: a pull_request event, a push to the default branch, a pull
// request from a fork (read-only token) and a gate that cannot run.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGithubApi } from '../support/github-api';
import { runAction } from '../support/runner-harness';
import {
  createPullRequestRepository,
  headLcov,
  type PullRequestRepository,
} from '../integration/quality/pull-request-repository';
import { generated, handwritten } from '../unit/quality/fixtures';

const TOKEN = 'ghs_e2eQualityGateToken42';
const READ_ONLY = 'ghs_e2eForkReadOnlyToken7';
const REPOSITORY = 'octo-org/octo-app';
const MERGE_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
let api: FakeGithubApi;

beforeAll(async () => {
  api = new FakeGithubApi(TOKEN);
  api.readOnlyTokens.add(READ_ONLY);
  api.addCommit(REPOSITORY, MERGE_SHA);
  await api.start();
});
afterAll(async () => {
  await api?.stop();
});

/** A PR checkout with an lcov file for the head, a JUnit report with a failure and a Trivy report. */
function prWorkspace(): PullRequestRepository {
  const repo = createPullRequestRepository(2);
  writeFileSync(join(repo.checkout, 'lcov.info'), headLcov(repo.checkout));
  mkdirSync(join(repo.checkout, 'reports'));
  copyFileSync(generated('pytest-xunit1-reruns.xml'), join(repo.checkout, 'reports/junit-python.xml'));
  copyFileSync(handwritten('trivy-image.json'), join(repo.checkout, 'reports/trivy.json'));
  api.addCommit(REPOSITORY, repo.head);
  return repo;
}

function pullRequestEvent(repo: PullRequestRepository, fork = false) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: repo.head, ref: 'feature', repo: { full_name: fork ? 'fork-owner/octo-app' : REPOSITORY } },
        base: { sha: repo.base, ref: 'main', repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
  };
}

const PR_ENV = {
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_REF_NAME: '7/merge',
  GITHUB_REF_TYPE: '',
  GITHUB_SHA: MERGE_SHA,
};

describe('quality-gate (dist/quality-gate)', () => {
  it('pull_request: a check run on the PR head (not the merge commit) with patch coverage and annotations', async () => {
    const repo = prWorkspace();
    const before = api.checkRuns.size;
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: TOKEN,
      event: pullRequestEvent(repo),
      env: { ...PR_ENV, GITHUB_API_URL: api.url },
      inputs: {
        'coverage-files': 'lcov.info',
        'min-line-coverage': '70',
        'min-patch-coverage': '80',
        'test-files': 'reports/junit-*.xml',
        'vulnerability-files': 'reports/trivy.json',
        'max-high': '5',
        baseline: 'none',
      },
    });
    expect(main.errors).toEqual([
      'Quality gate failed: 3 of 5 rules failed: min-patch-coverage, max-critical, max-failures',
    ]);
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({
      passed: 'false',
      conclusion: 'failure',
      coverage: '80.00',
      'patch-coverage': '75.00',
      tests: '9',
      failures: '3',
      skipped: '2',
      flaky: '0',
      vulnerabilities: '{"critical":2,"high":3,"medium":1,"low":1,"unknown":1}',
    });
    const runs = [...api.checkRuns.values()].slice(before);
    expect(runs).toHaveLength(1);
    const [{ run, annotations }] = runs;
    expect(run).toMatchObject({
      name: 'quality-gate',
      head_sha: repo.head,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(annotations).toContainEqual(
      expect.objectContaining({ path: 'src/calc.js', start_line: 7, end_line: 8, annotation_level: 'warning' }),
    );
    expect(annotations).toContainEqual(
      expect.objectContaining({ path: 'tests/test_grades.py', start_line: 20, annotation_level: 'failure' }),
    );
    expect(annotations).toContainEqual(expect.objectContaining({ path: 'Dockerfile', start_line: 12 }));
    expect(main.summary).toContain('| min-patch-coverage | >= 80% | 75.00% (6/8) |');
    expect(main.summary).toContain('### Uncovered added lines');
    const report = JSON.parse(readFileSync(main.outputs['report-json'], 'utf8')) as { patch: { lines: unknown } };
    expect(report.patch.lines).toEqual({ found: 8, hit: 6 });
    expect(api.invalidResponses).toEqual([]);
  });

  it('push to the default branch: a passing check on GITHUB_SHA; no cache service here, so no baseline', async () => {
    const repo = prWorkspace();
    api.addCommit(REPOSITORY, repo.head);
    const before = api.checkRuns.size;
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: TOKEN,
      event: { name: 'push', payload: { repository: { full_name: REPOSITORY, default_branch: 'main' } } },
      env: { GITHUB_API_URL: api.url, GITHUB_SHA: repo.head },
      inputs: { 'coverage-files': 'lcov.info', 'min-line-coverage': '70', 'max-coverage-drop': '1' },
    });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({
      passed: 'true',
      conclusion: 'success',
      coverage: '80.00',
      'patch-coverage': '',
    });
    const [{ run }] = [...api.checkRuns.values()].slice(before);
    expect(run).toMatchObject({ head_sha: repo.head, conclusion: 'success' });
    expect(main.stdout).toContain('The Actions cache service is not available here: no baseline');
    expect(main.summary).toContain('| max-coverage-drop | <= 1 pp |');
  });

  it('fork pull request: the read-only token can write neither a check nor a status; the summary says why', async () => {
    const repo = prWorkspace();
    const checks = api.checkRuns.size;
    const statuses = api.statuses.length;
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: READ_ONLY,
      event: pullRequestEvent(repo, true),
      env: { ...PR_ENV, GITHUB_API_URL: api.url },
      inputs: { 'coverage-files': 'lcov.info', 'min-line-coverage': '70', baseline: 'none' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs.passed).toBe('true');
    expect(api.checkRuns.size).toBe(checks);
    expect(api.statuses.length).toBe(statuses);
    expect(main.warnings).toEqual([
      expect.stringMatching(
        /^Quality gate result only in the job summary: neither a check run nor a commit status could be written: the token may not write \(403/,
      ),
    ]);
    expect(main.summary).toContain('> Reported in the job summary only: neither a check run nor a commit status');
    expect(main.summary).toContain('| min-line-coverage | >= 70% | 80.00% (8/10) |');
  });

  it('report: status writes a commit status on the PR head, description within 140 characters', async () => {
    const repo = prWorkspace();
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: TOKEN,
      event: pullRequestEvent(repo),
      env: { ...PR_ENV, GITHUB_API_URL: api.url },
      inputs: { 'vulnerability-files': 'reports/trivy.json', report: 'status', fail: 'false', baseline: 'none' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs.conclusion).toBe('failure');
    const status = api.statuses.find((s) => s.sha === repo.head);
    expect(status).toMatchObject({
      state: 'failure',
      context: 'quality-gate',
      description: '1 of 1 rules failed: max-critical',
    });
  });

  it('a gate that cannot run (a malformed report) fails the step and reports a failure check saying why', async () => {
    const repo = prWorkspace();
    copyFileSync(handwritten('junit-malformed.xml'), join(repo.checkout, 'reports/junit-bad.xml'));
    const before = api.checkRuns.size;
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: TOKEN,
      event: pullRequestEvent(repo),
      env: { ...PR_ENV, GITHUB_API_URL: api.url },
      inputs: { 'test-files': 'reports/junit-bad.xml', baseline: 'none' },
    });
    expect(main.exitCode).toBe(1);
    expect(main.errors).toEqual([expect.stringMatching(/junit-bad\.xml:4: malformed XML/)]);
    const [{ run }] = [...api.checkRuns.values()].slice(before);
    expect(run).toMatchObject({
      head_sha: repo.head,
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'The gate could not run' }),
    });
    expect(main.outputs).toEqual({});
  });

  it('bad input: one error naming the input, and a failure check', async () => {
    const repo = prWorkspace();
    const before = api.checkRuns.size;
    const { main } = await runAction('quality-gate', {
      workspace: repo.checkout,
      githubToken: TOKEN,
      event: pullRequestEvent(repo),
      env: { ...PR_ENV, GITHUB_API_URL: api.url },
      inputs: { 'coverage-files': 'lcov.info', 'min-line-coverage': 'eighty' },
    });
    expect(main.exitCode).toBe(1);
    expect(main.errors).toEqual(['Input "min-line-coverage" is "eighty": expected a number from 0 to 100 percent']);
    expect(main.summary).toContain('Quality gate could not run');
    const [{ run }] = [...api.checkRuns.values()].slice(before);
    expect(run).toMatchObject({ head_sha: repo.head, conclusion: 'failure' });
    expect(run.output.summary).toContain('Input "min-line-coverage" is "eighty"');
  });
});
