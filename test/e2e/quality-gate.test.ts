// quality-gate end to end: the bundle in dist/ run through the runner harness as the GitHub
// runner runs it, on a real shallow git checkout of a pull request, with reports written by real
// tools (test/fixtures/quality) and the GitHub API stand-in that validates every request against
// GitHub's OpenAPI description: a pull_request event, a push to the default branch, a pull
// request from a fork (read-only token) and a gate that cannot run.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGithubApi } from '../support/github-api';
import { FakeCacheService } from '../support/actions-cache/cache-service';
import { nodeFor, REPO_ROOT, runAction } from '../support/runner-harness';
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

  describe('baseline: cache, against the Actions cache service double', () => {
    let cacheService: FakeCacheService;
    beforeAll(async () => {
      cacheService = new FakeCacheService();
      await cacheService.start();
    });
    afterAll(async () => {
      await cacheService?.stop();
    });

    it('a push to the default branch saves the baseline; a later pull request reads it and reports the drop', async () => {
      // Every job of a GitHub runner has the same RUNNER_TEMP path (a fresh folder each job).
      const runnerTemp = join(mkdtempSync(join(tmpdir(), 'cib-runner-temp-')), '_temp');
      const jobTemp = () => {
        rmSync(runnerTemp, { recursive: true, force: true });
        mkdirSync(runnerTemp, { recursive: true });
        return runnerTemp;
      };
      const pushRepo = prWorkspace();
      // The default branch is fully covered: the pull request's 80% is a 20 pp drop.
      writeFileSync(
        join(pushRepo.checkout, 'lcov.info'),
        headLcov(pushRepo.checkout)
          .replace(/^(DA:\d+),0$/gm, '$1,1')
          .replace(/^LH:\d+$/gm, (_, i: number, all: string) => all.slice(0, i).match(/LF:(\d+)\n[^]*$/)?.[0] ?? ''),
      );
      const push = await runAction('quality-gate', {
        workspace: pushRepo.checkout,
        githubToken: TOKEN,
        event: { name: 'push', payload: { repository: { full_name: REPOSITORY, default_branch: 'main' } } },
        env: { GITHUB_API_URL: api.url, GITHUB_SHA: pushRepo.head, RUNNER_TEMP: jobTemp(), ...cacheService.env() },
        inputs: { 'coverage-files': 'lcov.info', 'max-coverage-drop': '1' },
      });
      expect(push.main.errors).toEqual([]);
      expect(push.main.exitCode).toBe(0);
      expect(push.main.warnings).toEqual([]);
      expect(push.main.outputs.coverage).toBe('100.00');
      const saved = cacheService.stored();
      expect(saved.map((e) => e.key)).toEqual(['cib-quality-gate-octo-org_octo-app-quality-gate-1658821493-1']);

      const repo = prWorkspace();
      const pr = await runAction('quality-gate', {
        workspace: repo.checkout,
        githubToken: TOKEN,
        event: pullRequestEvent(repo),
        env: {
          ...PR_ENV,
          GITHUB_API_URL: api.url,
          GITHUB_RUN_ID: '1658821500',
          RUNNER_TEMP: jobTemp(),
          ...cacheService.env(),
        },
        inputs: { 'coverage-files': 'lcov.info', 'max-coverage-drop': '1' },
      });
      expect(pr.main.stdout).toContain(`Baseline restored from the cache entry ${saved[0].key}`);
      expect(pr.main.summary).toContain('| max-coverage-drop | <= 1 pp |');
      expect(pr.main.summary).toMatch(/\| 100\.00% \| -20\.00 pp \|/);
      expect(pr.main.exitCode).toBe(1);
      // Pull requests read the baseline; they never save one.
      expect(cacheService.stored()).toHaveLength(1);
    });

    it('a rate-limited restore and save warn and the step still passes', async () => {
      const repo = prWorkspace();
      const before = cacheService.stored().length;
      const calls = cacheService.calls.length;
      cacheService.rateLimitNext(2, 30);
      const { main } = await runAction('quality-gate', {
        workspace: repo.checkout,
        githubToken: TOKEN,
        event: { name: 'push', payload: { repository: { full_name: REPOSITORY, default_branch: 'main' } } },
        env: { GITHUB_API_URL: api.url, GITHUB_SHA: repo.head, GITHUB_RUN_ID: '1658821600', ...cacheService.env() },
        inputs: { 'coverage-files': 'lcov.info', 'max-coverage-drop': '1' },
      });
      expect(main.exitCode).toBe(0);
      expect(cacheService.calls.slice(calls)).toEqual([
        expect.objectContaining({ method: 'GetCacheEntryDownloadURL', status: 429 }),
        expect.objectContaining({ method: 'CreateCacheEntry', status: 429 }),
      ]);
      expect(main.warnings.join('\n')).toMatch(/rate limit will reset in 30 seconds/);
      expect(main.warnings.join('\n')).toMatch(
        /Baseline not saved to the cache as cib-quality-gate-octo-org_octo-app-quality-gate-1658821600-1/,
      );
      expect(cacheService.stored()).toHaveLength(before);
    });
  });
});

describe('lazy loading', () => {
  let dir: string;
  let bundle: string;
  beforeAll(() => {
    // The main bundle without any of its chunks: what the start-up path needs is in index.js alone.
    dir = mkdtempSync(join(tmpdir(), 'cib-e2e-quality-lazy-'));
    cpSync(join(REPO_ROOT, 'dist/quality-gate/main'), join(dir, 'main'), { recursive: true });
    const chunks = readdirSync(join(dir, 'main')).filter((f) => f.endsWith('.index.js'));
    chunks.forEach((file) => rmSync(join(dir, 'main', file)));
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    bundle = join(dir, 'main/index.js');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The bundle run with `inputs` as INPUT_* and fresh file-command files. */
  function run(inputs: Record<string, string>) {
    const temp = mkdtempSync(join(dir, 'run-'));
    const output = join(temp, 'output');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: temp,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = spawnSync(nodeFor('node24'), [bundle], { env, encoding: 'utf8' });
    return { code: result.status, text: result.stdout + result.stderr, outputs: readFileSync(output, 'utf8') };
  }

  it('fails on a bad input and runs a gate with nothing configured without loading any chunk', () => {
    const bad = run({ 'min-line-coverage': 'abc', report: 'summary' });
    expect(bad.code).toBe(1);
    expect(bad.text).toContain('::error::Input "min-line-coverage" is "abc"');
    const neutral = run({ report: 'summary', baseline: 'cache' });
    expect(neutral.text).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(neutral.code).toBe(0);
    expect(neutral.outputs).toMatch(/^conclusion<<(\S+)\nneutral\n\1$/m);
  });

  it('loads the readers from their chunks: without them a report cannot be read (the removal was real)', () => {
    const reading = run({ 'coverage-files': generated('jest.lcov'), report: 'summary', baseline: 'none' });
    expect(reading.code).not.toBe(0);
    expect(reading.text).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
