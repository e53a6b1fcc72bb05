// build-info end to end: the bundle in dist/ run through the runner-faithful harness, as the
// GitHub runner runs it: outputs, files, GITHUB_ENV, the job summary, verify mode against a
// local server, and every kind of bad input.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { REPO_ROOT, runAction, type RunActionOptions } from '../support/runner-harness';

const MERGE_SHA = 'ffac537e6cbbf934b08745a378932722df287a53'; // the harness's GITHUB_SHA
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-dist.mjs', 'build-info'], { cwd: REPO_ROOT, stdio: 'pipe' });
}, 180_000);

const branch = (name: string) => ({
  GITHUB_REF: `refs/heads/${name}`,
  GITHUB_REF_NAME: name,
  GITHUB_REF_TYPE: 'branch',
});

function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('generate mode', () => {
  test('push on a branch: outputs, build-info.json, summary table', async () => {
    const { main, workspace } = await runAction('build-info', { env: { ...branch('feature/Foo_bar') } });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    const buildDate = main.outputs['build-date'];
    expect(buildDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(main.outputs).toMatchObject({
      version: 'feature-foo-bar-ffac537',
      commit: MERGE_SHA,
      'short-commit': 'ffac537',
      ref: 'refs/heads/feature/Foo_bar',
      'cache-bust': MERGE_SHA,
      'json-file': join(workspace, 'build-info.json'),
      verified: 'false',
    });
    expect(main.outputs['build-args']).toBe(
      `CACHE_BUST=${MERGE_SHA}\nBUILD_DATE=${buildDate}\nGIT_COMMIT=${MERGE_SHA}\nVERSION=feature-foo-bar-ffac537`,
    );
    const record = JSON.parse(readFileSync(join(workspace, 'build-info.json'), 'utf8'));
    expect(record).toEqual({
      version: 'feature-foo-bar-ffac537',
      git_commit: MERGE_SHA,
      git_commit_short: 'ffac537',
      ref: 'refs/heads/feature/Foo_bar',
      build_date: buildDate,
      cache_bust: MERGE_SHA,
      run_id: '1658821493',
      run_url: 'https://github.com/octo-org/octo-app/actions/runs/1658821493',
      repository: 'octo-org/octo-app',
      repository_url: 'https://github.com/octo-org/octo-app',
    });
    expect(JSON.parse(main.outputs.json)).toEqual(record);
    expect(listTree(workspace)).toEqual(['build-info.json']);
    expect(main.summary).toContain('## Build info');
    expect(main.summary).toContain('| Field | Value |');
    expect(main.summary).toContain('| Version | `feature-foo-bar-ffac537` |');
    expect(main.summary).toContain(`| Commit | \`${MERGE_SHA}\` |`);
    expect(main.summary).toContain(
      '| Run | [1658821493](https://github.com/octo-org/octo-app/actions/runs/1658821493) |',
    );
    expect(main.env).toEqual({});
  });

  test('tag push: the version is the tag without v, in the labels too', async () => {
    const { main } = await runAction('build-info', {
      env: { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_REF_NAME: 'v1.2.3', GITHUB_REF_TYPE: 'tag' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs.version).toBe('1.2.3');
    expect(main.outputs.ref).toBe('refs/tags/v1.2.3');
    expect(main.outputs.labels.split('\n')).toEqual([
      `org.opencontainers.image.created=${main.outputs['build-date']}`,
      `org.opencontainers.image.revision=${MERGE_SHA}`,
      'org.opencontainers.image.version=1.2.3',
      'org.opencontainers.image.source=https://github.com/octo-org/octo-app',
      'org.opencontainers.image.url=https://github.com/octo-org/octo-app',
      'org.opencontainers.image.title=octo-app',
    ]);
  });

  test('tag with build metadata: the version output is a valid image tag, the exact version is kept', async () => {
    const { main, workspace } = await runAction('build-info', {
      env: { GITHUB_REF: 'refs/tags/v1.2.3+build.7', GITHUB_REF_NAME: 'v1.2.3+build.7', GITHUB_REF_TYPE: 'tag' },
    });
    expect(main.errors).toEqual([]);
    expect(main.outputs.version).toBe('1.2.3_build.7');
    expect(main.outputs['exact-version']).toBe('1.2.3+build.7');
    const record = JSON.parse(readFileSync(join(workspace, 'build-info.json'), 'utf8')) as { version: string };
    expect(record.version).toBe('1.2.3+build.7');
    expect(main.outputs.labels).toContain('org.opencontainers.image.version=1.2.3+build.7\n');
    expect(main.outputs.annotations).toContain('org.opencontainers.image.version=1.2.3+build.7\n');
    expect(main.outputs['build-args']).toContain('VERSION=1.2.3+build.7');
    expect(main.summary).toContain('| Version | `1.2.3+build.7` (image tag `1.2.3_build.7`) |');
  });

  test.each<[string, RunActionOptions, string]>([
    ['a branch release/2025.1', { env: branch('release/2025.1') }, 'release-2025-1-ffac537'],
    // GitLab's CI_COMMIT_REF_SLUG: each character replaced on its own, no run collapsed.
    ['a branch Feature//A__b', { env: branch('Feature//A__b') }, 'feature--a--b-ffac537'],
    [
      'a tag named release/2025.1',
      { env: { GITHUB_REF: 'refs/tags/release/2025.1', GITHUB_REF_NAME: 'release/2025.1', GITHUB_REF_TYPE: 'tag' } },
      'release-2025.1',
    ],
    ['a version input with a slash and a space', { inputs: { version: 'team a/1.0' } }, 'team-a-1.0'],
  ])('%s gives a valid image tag', async (_, options, version) => {
    const { main } = await runAction('build-info', options);
    expect(main.errors).toEqual([]);
    expect(main.outputs.version).toBe(version);
    expect(main.outputs.version).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });

  test('pull_request: the PR head SHA from the payload, not the merge commit GITHUB_SHA', async () => {
    const { main } = await runAction('build-info', {
      event: {
        name: 'pull_request',
        payload: { number: 42, pull_request: { number: 42, head: { sha: HEAD_SHA, ref: 'feature/x' } } },
      },
      env: { GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge', GITHUB_REF_TYPE: '' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({
      version: 'pr-42-0123456',
      commit: HEAD_SHA,
      'short-commit': '0123456',
      ref: 'refs/pull/42/merge',
      'cache-bust': HEAD_SHA,
    });
    expect(main.outputs['build-args']).toContain(`GIT_COMMIT=${HEAD_SHA}`);
  });

  test('every file, SOURCE_DATE_EPOCH, run cache-bust, labels, annotations and export-env', async () => {
    const { main, workspace } = await runAction('build-info', {
      env: { ...branch('main'), SOURCE_DATE_EPOCH: '1757349164', GITHUB_RUN_ATTEMPT: '2' },
      inputs: {
        'json-file': 'out/info.json',
        'js-file': 'public/build-info.js',
        'js-global': 'APP_BUILD',
        'env-file': '.ci/build.env',
        'cache-bust': 'run',
        'short-sha-length': '10',
        labels: 'org.opencontainers.image.title=Octo App\ncom.example.team=web',
        annotations: 'index:org.opencontainers.image.description=demo',
        'export-env': 'true',
      },
    });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(listTree(workspace)).toEqual([
      '.ci',
      '.ci/build.env',
      'out',
      'out/info.json',
      'public',
      'public/build-info.js',
    ]);
    const record = JSON.parse(readFileSync(join(workspace, 'out/info.json'), 'utf8'));
    expect(record).toMatchObject({
      version: 'main-ffac537e6c',
      git_commit_short: 'ffac537e6c',
      build_date: '2025-09-08T16:32:44Z',
      cache_bust: '1658821493-2',
    });
    expect(main.outputs['json-file']).toBe(join(workspace, 'out/info.json'));

    const window: Record<string, unknown> = {};
    runInNewContext(readFileSync(join(workspace, 'public/build-info.js'), 'utf8'), { window });
    expect(window.APP_BUILD).toEqual(record);

    const dotenv = readFileSync(join(workspace, '.ci/build.env'), 'utf8');
    expect(dotenv).toContain('VERSION=main-ffac537e6c\n');
    expect(dotenv).toContain('BUILD_DATE=2025-09-08T16:32:44Z\n');
    expect(dotenv).toContain('CACHE_BUST=1658821493-2\n');
    expect(dotenv).toContain(`GIT_COMMIT=${MERGE_SHA}\n`);

    expect(main.env).toEqual({
      CACHE_BUST: '1658821493-2',
      BUILD_DATE: '2025-09-08T16:32:44Z',
      GIT_COMMIT: MERGE_SHA,
      VERSION: 'main-ffac537e6c',
    });
    const labels = main.outputs.labels.split('\n');
    expect(labels).toContain('org.opencontainers.image.title=Octo App');
    expect(labels).not.toContain('org.opencontainers.image.title=octo-app');
    expect(labels[labels.length - 1]).toBe('com.example.team=web');
    const annotations = main.outputs.annotations.split('\n');
    expect(annotations).toContain('org.opencontainers.image.title=octo-app');
    expect(annotations).toContain('index:org.opencontainers.image.description=demo');
    expect(main.summary).toContain('| Exported to env | BUILD_DATE, GIT_COMMIT, CACHE_BUST, VERSION |');
  });

  test('json-file empty: no file at all', async () => {
    const { main, workspace } = await runAction('build-info', { inputs: { 'json-file': '' } });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['json-file']).toBe('');
    expect(listTree(workspace)).toEqual([]);
  });
});

describe('verify mode', () => {
  let server: Server;
  let base = '';
  const seen: Array<{ url?: string; authorization?: string }> = [];
  let reported = MERGE_SHA.slice(0, 7);

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ build_date: '2025-09-08T16:32:44Z', git_commit: reported, status: 'healthy' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });
  beforeEach(() => (seen.length = 0));

  test('success: the deployment reports the commit (short form); no file written', async () => {
    reported = MERGE_SHA.slice(0, 7);
    const { main, workspace } = await runAction('build-info', {
      inputs: { 'verify-url': `${base}/build/info`, 'verify-interval': '0.2', 'verify-token': 'tok-123' },
    });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ verified: 'true', commit: MERGE_SHA, 'short-commit': 'ffac537' });
    expect(JSON.parse(main.outputs.json)).toMatchObject({ git_commit: 'ffac537', status: 'healthy' });
    expect(seen).toEqual([{ url: '/build/info', authorization: 'Bearer tok-123' }]);
    expect(main.masks).toContain('tok-123');
    expect(listTree(workspace)).toEqual([]);
    expect(main.summary).toContain('## Build info: deployment verified');
    expect(main.summary).toContain('| Reported | `ffac537` |');
  });

  test('timeout: fails with the last value seen', async () => {
    reported = 'e8f2dfb';
    const { main } = await runAction('build-info', {
      inputs: { 'verify-url': `${base}/build/info`, 'verify-timeout': '1', 'verify-interval': '0.2' },
    });
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(
      new RegExp(
        `^${base}/build/info did not report commit ffac537 in git_commit within 1 s .*last seen: git_commit = "e8f2dfb"`,
      ),
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(main.outputs.verified).toBeUndefined();
  });
});

describe('bad input: exit 1, one error naming the input, no file written', () => {
  function blockedWorkspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cib-ws-'));
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder');
    return dir;
  }

  test.each<[string, RunActionOptions, RegExp]>([
    [
      'unknown cache-bust mode',
      { inputs: { 'cache-bust': 'comit' } },
      /^Input "cache-bust" is "comit".*Did you mean commit/,
    ],
    [
      'non-numeric SOURCE_DATE_EPOCH',
      { env: { SOURCE_DATE_EPOCH: 'yesterday' } },
      /^Environment variable SOURCE_DATE_EPOCH is "yesterday".*build-date input/,
    ],
    [
      'unwritable env-file (with good json-file and js-file)',
      { inputs: { 'js-file': 'public/b.js', 'env-file': 'blocker/build.env' }, workspace: blockedWorkspace() },
      /^Input "env-file" is "blocker\/build.env": expected a path where a file can be written/,
    ],
    [
      'env-file outside the workspace and the runner temp',
      { inputs: { 'env-file': '../../../../../../../../etc/cib-never-written.env' } },
      /^Input "env-file" is "..\/..\/.*": expected a path inside /,
    ],
    ['verify-url not http(s)', { inputs: { 'verify-url': 'ftp://deploy.example/info' } }, /^Input "verify-url" is/],
    ['short-sha-length not a number', { inputs: { 'short-sha-length': 'seven' } }, /^Input "short-sha-length" is/],
    ['short-sha-length too short', { inputs: { 'short-sha-length': '2' } }, /^Input "short-sha-length" is "2"/],
    [
      'js-global not an identifier',
      { inputs: { 'js-file': 'b.js', 'js-global': 'build-info' } },
      /^Input "js-global" is "build-info".*JavaScript identifier/,
    ],
    ['commit not a SHA', { inputs: { commit: 'main' } }, /^Input "commit" is "main"/],
    ['build-date not a date', { inputs: { 'build-date': 'today' } }, /^Input "build-date" is "today"/],
    [
      'build-date that cannot exist',
      { inputs: { 'build-date': '2025-02-30T00:00:00Z' } },
      /^Input "build-date" is "2025-02-30T00:00:00Z": expected .*Here February 2025 has no day 30/,
    ],
    ['version that gives no image tag', { inputs: { version: '+++' } }, /^Input "version" is "\+\+\+"/],
    ['labels not key=value', { inputs: { labels: 'just text' } }, /^Input "labels" is "just text"/],
    [
      'version on two lines',
      { inputs: { version: '1.0\nEVIL=1' } },
      /^Input "version" is .*: expected a single line without control characters/,
    ],
  ])('%s', async (_, options, message) => {
    const { main, workspace } = await runAction('build-info', options);
    const before = options.workspace ? ['blocker'] : [];
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(message);
    expect(main.outputs).toEqual({});
    expect(listTree(workspace)).toEqual(before);
  });

  test('a verify-url password is masked before anything can print it', async () => {
    const { main } = await runAction('build-info', { inputs: { 'verify-url': 'ftp://user:hunter2@deploy.example/' } });
    expect(main.exitCode).toBe(1);
    expect(main.masks).toContain('hunter2');
    const maskAt = main.stdout.indexOf('::add-mask::hunter2');
    expect(maskAt).toBeGreaterThanOrEqual(0);
    // The first time the password shows at all is inside the mask command itself.
    expect(main.stdout.indexOf('hunter2')).toBe(maskAt + '::add-mask::'.length);
    expect(main.stdout.indexOf('::error::')).toBeGreaterThan(maskAt);
  });
});
