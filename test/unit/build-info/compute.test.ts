// The whole record from a CI context: commit choice (PR head, GITHUB_SHA, git HEAD), version,
// date, cache-bust, and the build args multiarch-bake reuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCiContext } from '@cib/core/runner/ci-context';
import { computeBuildInfo, type BuildInfoOptions } from '@cib/core/build-info/compute';
import { buildArgs, formatBuildArgs } from '@cib/core/build-info/build-args';

const MERGE_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
const NOW = new Date('2026-11-23T05:11:11Z');
const defaults: BuildInfoOptions = { shortShaLength: 7, cacheBust: { mode: 'commit' } };

function eventFile(payload: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cib-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

const push = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: MERGE_SHA,
  GITHUB_REPOSITORY: 'octo-org/octo-app',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '3',
};

describe('computeBuildInfo', () => {
  test('push on a branch: every field of the record', async () => {
    const info = await computeBuildInfo(defaults, { context: readCiContext(push), now: NOW });
    expect(info).toEqual({
      version: 'main-ffac537',
      imageTag: 'main-ffac537',
      commit: MERGE_SHA,
      shortCommit: 'ffac537',
      ref: 'refs/heads/main',
      buildDate: '2026-11-23T05:11:11Z',
      cacheBust: MERGE_SHA,
      runId: '1658821493',
      runUrl: 'https://github.com/octo-org/octo-app/actions/runs/1658821493',
      repository: 'octo-org/octo-app',
      repositoryUrl: 'https://github.com/octo-org/octo-app',
    });
  });

  test.each(['pull_request', 'pull_request_target'])('%s: the PR head SHA, not the merge commit', async (event) => {
    const env = {
      ...push,
      GITHUB_EVENT_NAME: event,
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_REF_NAME: '42/merge',
      GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 42, head: { sha: HEAD_SHA, ref: 'feat' } } }),
    };
    const info = await computeBuildInfo(defaults, { context: readCiContext(env), now: NOW });
    expect(info.commit).toBe(HEAD_SHA);
    expect(info.version).toBe('pr-42-0123456');
    expect(info.cacheBust).toBe(HEAD_SHA);
  });

  test('a pull_request payload on a push event is ignored', async () => {
    const env = { ...push, GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 1, head: { sha: HEAD_SHA } } }) };
    const info = await computeBuildInfo(defaults, { context: readCiContext(env), now: NOW });
    expect(info.commit).toBe(MERGE_SHA);
  });

  test('given inputs win over everything derived', async () => {
    const options: BuildInfoOptions = {
      version: '9.9.9',
      commit: HEAD_SHA,
      shortShaLength: 10,
      buildDate: new Date('2020-02-02T02:02:02Z'),
      cacheBust: { mode: 'run' },
    };
    const info = await computeBuildInfo(options, {
      context: readCiContext(push),
      now: NOW,
      sourceDateEpoch: '1757349164',
    });
    expect([info.version, info.commit, info.shortCommit, info.buildDate, info.cacheBust]).toEqual([
      '9.9.9',
      HEAD_SHA,
      '0123456789',
      '2020-02-02T02:02:02Z',
      '1658821493-3',
    ]);
  });

  test('SOURCE_DATE_EPOCH sets the date, the clock still drives cache-bust timestamp', async () => {
    const info = await computeBuildInfo(
      { ...defaults, cacheBust: { mode: 'timestamp' } },
      { context: readCiContext(push), now: NOW, sourceDateEpoch: '1757349164' },
    );
    expect(info.buildDate).toBe('2025-09-08T16:32:44Z');
    expect(info.cacheBust).toBe(String(NOW.getTime() / 1000));
  });

  test.each([
    [
      'a tag with build metadata',
      { GITHUB_REF: 'refs/tags/v1.2.3+build.7', GITHUB_REF_NAME: 'v1.2.3+build.7', GITHUB_REF_TYPE: 'tag' },
      '1.2.3+build.7',
      '1.2.3_build.7',
    ],
    [
      'a prerelease tag with build metadata',
      {
        GITHUB_REF: 'refs/tags/v2.0.0-rc.1+sha.5114f85',
        GITHUB_REF_NAME: 'v2.0.0-rc.1+sha.5114f85',
        GITHUB_REF_TYPE: 'tag',
      },
      '2.0.0-rc.1+sha.5114f85',
      '2.0.0-rc.1_sha.5114f85',
    ],
    [
      'a tag named like a branch',
      { GITHUB_REF: 'refs/tags/release/2025.1', GITHUB_REF_NAME: 'release/2025.1', GITHUB_REF_TYPE: 'tag' },
      'release/2025.1',
      'release-2025.1',
    ],
    [
      'a branch release/2025.1',
      { GITHUB_REF: 'refs/heads/release/2025.1', GITHUB_REF_NAME: 'release/2025.1', GITHUB_REF_TYPE: 'branch' },
      'release-2025-1-ffac537',
      'release-2025-1-ffac537',
    ],
  ])('%s: the exact version and its image tag', async (_, ref, version, imageTag) => {
    const info = await computeBuildInfo(defaults, { context: readCiContext({ ...push, ...ref }), now: NOW });
    expect([info.version, info.imageTag]).toEqual([version, imageTag]);
  });

  test('a given version that leaves no image tag is an input error naming version', async () => {
    await expect(
      computeBuildInfo({ ...defaults, version: '+++' }, { context: readCiContext(push), now: NOW }),
    ).rejects.toThrow(/^Input "version" is "\+\+\+": expected a version or name with a letter or digit/);
  });

  test('no CI variables: the commit comes from git HEAD, the version is the short SHA', async () => {
    const readGitHead = jest.fn(async () => HEAD_SHA);
    const info = await computeBuildInfo(defaults, { context: readCiContext({}), now: NOW, readGitHead });
    expect(readGitHead).toHaveBeenCalledTimes(1);
    expect(info.commit).toBe(HEAD_SHA);
    expect(info.version).toBe('0123456');
  });

  test('CI gives a commit: git is not asked', async () => {
    const readGitHead = jest.fn(async () => HEAD_SHA);
    await computeBuildInfo(defaults, { context: readCiContext(push), now: NOW, readGitHead });
    expect(readGitHead).not.toHaveBeenCalled();
  });

  test('no CI variables and no git: fails pointing at the commit input', async () => {
    const readGitHead = async () => {
      throw new Error('not a git repository');
    };
    await expect(computeBuildInfo(defaults, { context: readCiContext({}), now: NOW, readGitHead })).rejects.toThrow(
      /Cannot tell which commit.*not a git repository.*Set the commit input/,
    );
  });
});

describe('build args (shared with multiarch-bake)', () => {
  test('the four names the seed Dockerfiles declare, in a fixed order', async () => {
    const info = await computeBuildInfo(defaults, { context: readCiContext(push), now: NOW });
    expect(buildArgs(info)).toEqual([
      ['CACHE_BUST', MERGE_SHA],
      ['BUILD_DATE', '2026-11-23T05:11:11Z'],
      ['GIT_COMMIT', MERGE_SHA],
      ['VERSION', 'main-ffac537'],
    ]);
    expect(formatBuildArgs(buildArgs(info))).toBe(
      `CACHE_BUST=${MERGE_SHA}\nBUILD_DATE=2026-11-23T05:11:11Z\nGIT_COMMIT=${MERGE_SHA}\nVERSION=main-ffac537`,
    );
  });
});
