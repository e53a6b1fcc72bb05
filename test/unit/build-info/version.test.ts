// The version derived from the ref: tags lose their v, branches become <slug>-<short sha>,
// pull requests pr-<number>-<short sha>.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCiContext } from '@cib/core/runner/ci-context';
import { deriveVersion, refSlug } from '@cib/core/build-info/version';
import { stripV } from '@cib/core/version/tag-prefix';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

function githubEnv(extra: Record<string, string>, payload?: object): Record<string, string> {
  const env: Record<string, string> = { GITHUB_ACTIONS: 'true', GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'o/app', ...extra };
  if (payload) {
    const file = join(mkdtempSync(join(tmpdir(), 'cib-event-')), 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    env.GITHUB_EVENT_PATH = file;
  }
  return env;
}

describe('refSlug: GitLab CI_COMMIT_REF_SLUG, one - per character replaced', () => {
  test.each([
    ['main', 'main'],
    ['feature/Foo_bar', 'feature-foo-bar'],
    ['Release/2.0.x', 'release-2-0-x'],
    ['--odd--name--', 'odd--name'],
    ['a//b', 'a--b'],
    ['dependabot/npm_and_yarn/@types/node-20.1', 'dependabot-npm-and-yarn--types-node-20-1'],
    ['ünïcode', 'n-code'],
    ['Fix 🐛 now', 'fix---now'],
    ['v17.2.0-rc42-ee', 'v17-2-0-rc42-ee'],
    ['___', ''],
    ['a'.repeat(70), 'a'.repeat(63)],
    [`${'a'.repeat(62)}/b`, 'a'.repeat(62)],
    [`${'a'.repeat(61)}//b`, 'a'.repeat(61)],
    [`-${'a'.repeat(63)}`, 'a'.repeat(62)],
  ])('%s -> %s', (name, slug) => {
    expect(refSlug(name)).toBe(slug);
  });
});

describe('stripV: the version a tag names', () => {
  test.each([
    ['v1.2.3', '1.2.3'],
    ['V1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['v1.8.7alpha', '1.8.7alpha'],
    ['version-2', 'version-2'],
    ['vnext', 'vnext'],
  ])('%s -> %s', (tag, version) => {
    expect(stripV(tag)).toBe(version);
  });
});

describe('deriveVersion', () => {
  const short = SHA.slice(0, 7);
  test.each([
    [
      'push to a branch',
      githubEnv({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' }),
      `main-${short}`,
    ],
    [
      'push to a branch with / and _',
      githubEnv({
        GITHUB_REF: 'refs/heads/feature/Foo_bar',
        GITHUB_REF_NAME: 'feature/Foo_bar',
        GITHUB_REF_TYPE: 'branch',
      }),
      `feature-foo-bar-${short}`,
    ],
    [
      'tag with v',
      githubEnv({ GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_REF_NAME: 'v1.2.3', GITHUB_REF_TYPE: 'tag' }),
      '1.2.3',
    ],
    [
      'tag without v',
      githubEnv({ GITHUB_REF: 'refs/tags/2.0.0-rc.1', GITHUB_REF_NAME: '2.0.0-rc.1', GITHUB_REF_TYPE: 'tag' }),
      '2.0.0-rc.1',
    ],
    [
      'pull_request with a payload',
      githubEnv(
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge' },
        { pull_request: { number: 42, head: { sha: 'abcdef0123456789abcdef0123456789abcdef01', ref: 'feat' } } },
      ),
      `pr-42-${short}`,
    ],
    [
      'pull_request_target with a payload',
      githubEnv(
        { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
        { pull_request: { number: 9, head: { sha: 'abcdef0123456789abcdef0123456789abcdef01', ref: 'feat' } } },
      ),
      `pr-9-${short}`,
    ],
    [
      'pull_request without a payload: the number from refs/pull/N/merge',
      githubEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge' }),
      `pr-7-${short}`,
    ],
    ['GitLab branch', { CI_COMMIT_SHA: SHA, CI_COMMIT_REF_NAME: 'feature/Foo_bar' }, `feature-foo-bar-${short}`],
    ['GitLab tag', { CI_COMMIT_SHA: SHA, CI_COMMIT_TAG: 'v3.1.0', CI_COMMIT_REF_NAME: 'v3.1.0' }, '3.1.0'],
    ['GitLab merge request', { CI_COMMIT_SHA: SHA, CI_MERGE_REQUEST_IID: '15' }, `pr-15-${short}`],
    ['no ref at all (local)', {}, short],
  ])('%s', (_, env, version) => {
    expect(deriveVersion(readCiContext(env), short)).toBe(version);
  });
});
