// latest-manager end to end: the bundle in dist/ run through the runner harness exactly as the
// GitHub runner runs it, with real git checkouts as the workspace (full, and the shallow one
// actions/checkout before v6.0.2 makes), Debian's docker-registry on 127.0.0.1, and the local
// GitHub API stand-in. Outputs, job summary, masking, env fallbacks and bad input.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference, withTag, type ImageReference } from '@cib/core/registry/reference';
import { createOrigin, fullClone, git, shallowTagCheckout, type Origin } from '../support/git-repo';
import { FakeGithubApi } from '../support/github-api';
import { pushVersion } from '../support/latest-manager-images';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { runAction, type RunActionOptions } from '../support/runner-harness';

const TOKEN = 'ghs_e2eLatestManagerToken42';
let server: RegistryServer;
let origin: Origin;
let api: FakeGithubApi;
let counter = 0;
const client = new RegistryClient();

beforeAll(async () => {
  server = await startRegistry();
  origin = createOrigin([
    { name: '1.0.0', annotated: true },
    { name: '1.8.7alpha', annotated: false },
    { name: '1.8.7', annotated: true },
    { name: 'v2.0.0', annotated: true },
  ]);
  api = new FakeGithubApi(TOKEN);
  api.addTag('octo-org/octo-app', '1.8.7', { type: 'tag', sha: 'a'.repeat(40) });
  await api.start();
});
afterAll(async () => {
  await Promise.all([server?.stop(), api?.stop()]);
});

/** A fresh repository with `1.0.0` as latest and the given releases pushed. */
async function freshRepository(releases: string[]): Promise<{ repo: ImageReference; digests: Record<string, string> }> {
  const repo = parseReference(`${server.host}/e2e/app${++counter}`);
  const digests: Record<string, string> = {};
  digests['1.0.0'] = await pushVersion(client, repo, '1.0.0', { tags: ['1.0.0', 'latest'] });
  for (const release of releases) digests[release] = await pushVersion(client, repo, release);
  return { repo, digests };
}

const latestOf = async (repo: ImageReference) => (await client.headManifest(withTag(repo, 'latest')))?.digest;

/** The environment of a tag push. */
function tagPush(tag: string): Record<string, string> {
  return { GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_NAME: tag, GITHUB_REF_TYPE: 'tag' };
}

function run(repo: ImageReference, options: RunActionOptions) {
  return runAction('latest-manager', {
    ...options,
    inputs: { images: `${repo.registry}/${repo.repository}`, ...options.inputs },
  });
}

test('a release pushed as an annotated tag moves latest: outputs, summary, one line per step', async () => {
  const { repo, digests } = await freshRepository(['1.8.7']);
  const result = await run(repo, { workspace: fullClone(origin), env: tagPush('1.8.7') });
  expect(result.main.errors).toEqual([]);
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toEqual({
    updated: 'true',
    reason: 'newer',
    'reason-detail': '1.8.7 > 1.0.0 (current latest)',
    'tag-type': 'annotated',
    'tag-type-source': 'git',
    'previous-version': '1.0.0',
    'previous-digest': digests['1.0.0'],
    digest: digests['1.8.7'],
    'floating-tags-moved': '',
  });
  expect(await latestOf(repo)).toBe(digests['1.8.7']);
  expect(result.main.summary).toContain('| Image | Tag | Before | Release | Action | Reason | Detail |');
  expect(result.main.summary).toContain(`| ${repo.registry}/${repo.repository} | \`latest\` | 1.0.0`);
  expect(result.main.stdout).toMatch(/^Strategy: auto$/m);
  expect(result.main.stdout).toMatch(/^Tag type: annotated \(git cat-file/m);
  expect(result.main.stdout).toMatch(/:latest: moves: newer: 1\.8\.7 > 1\.0\.0/);
});

test('the v-prefixed git tag finds the image tag without the v', async () => {
  const { repo, digests } = await freshRepository(['2.0.0']);
  const result = await run(repo, { workspace: fullClone(origin), env: tagPush('v2.0.0') });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({ updated: 'true', digest: digests['2.0.0'] });
});

test('hotfix on an old line with floating tags: latest stays, 1 and 1.9 move', async () => {
  const repo = parseReference(`${server.host}/e2e/hotfix`);
  await pushVersion(client, repo, '1.9.0', { tags: ['1.9.0', '1', '1.9'] });
  const two = await pushVersion(client, repo, '2.0.0', { tags: ['2.0.0', 'latest', '2', '2.0'] });
  const hotfix = await pushVersion(client, repo, '1.9.1');
  const result = await run(repo, {
    inputs: { version: '1.9.1', 'tag-type': 'annotated', 'floating-tags': 'true' },
  });
  expect(result.main.exitCode).toBe(0);
  const shown = `${repo.registry}/${repo.repository}`;
  expect(result.main.outputs).toMatchObject({
    updated: 'false',
    reason: 'not-newer',
    'previous-version': '2.0.0',
    'floating-tags-moved': `${shown}:1,${shown}:1.9`,
  });
  expect(await latestOf(repo)).toBe(two);
  expect((await client.headManifest(withTag(repo, '1')))?.digest).toBe(hotfix);
});

test('alpha pushed as a lightweight tag: latest stays', async () => {
  const { repo, digests } = await freshRepository(['1.8.7alpha']);
  const result = await run(repo, { workspace: fullClone(origin), env: tagPush('1.8.7alpha') });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({ updated: 'false', reason: 'lightweight-tag', 'tag-type': 'lightweight' });
  expect(await latestOf(repo)).toBe(digests['1.0.0']);
});

test('shallow checkout before actions/checkout v6.0.2: the re-fetched tag ref says annotated', async () => {
  const { repo, digests } = await freshRepository(['1.8.7']);
  const workspace = shallowTagCheckout(origin, '1.8.7');
  const result = await run(repo, { workspace, env: tagPush('1.8.7') });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({
    updated: 'true',
    'tag-type': 'annotated',
    'tag-type-source': 'git-fetch',
  });
  expect(result.main.stdout).toMatch(/refs\/tags\/1\.8\.7 is lightweight in the shallow checkout; asking the remote/);
  expect(await latestOf(repo)).toBe(digests['1.8.7']);
});

test('shallow checkout whose origin cannot be fetched: the GitHub API decides, the token is masked', async () => {
  const { repo } = await freshRepository(['1.8.7']);
  const workspace = shallowTagCheckout(origin, '1.8.7');
  git(workspace, 'remote', 'set-url', 'origin', 'file:///nonexistent/origin.git');
  api.requests.length = 0;
  const result = await run(repo, {
    workspace,
    githubToken: TOKEN,
    env: { ...tagPush('1.8.7'), GITHUB_API_URL: api.url },
  });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({
    'tag-type': 'annotated',
    'tag-type-source': 'github-api',
    updated: 'true',
  });
  expect(api.requests).toEqual([
    {
      method: 'GET',
      path: '/repos/octo-org/octo-app/git/ref/tags/1.8.7',
      authorization: `Bearer ${TOKEN}`,
      apiVersion: '2022-11-28',
    },
  ]);
  expect(result.main.masks).toContain(TOKEN);
  // The mask command is the only place the token appears.
  expect(result.main.stdout.split(TOKEN).length - 1).toBe(1);
});

test.each([
  ['force from the input', { strategy: 'force' }, {}, 'true', 'forced'],
  ['force from UPDATE_LATEST_STRATEGY', {}, { UPDATE_LATEST_STRATEGY: 'force' }, 'true', 'forced'],
  ['skip from the input', { strategy: 'skip' }, {}, 'false', 'skipped-by-strategy'],
  ['skip from UPDATE_LATEST_STRATEGY', {}, { UPDATE_LATEST_STRATEGY: 'skip' }, 'false', 'skipped-by-strategy'],
  [
    'the input wins over UPDATE_LATEST_STRATEGY',
    { strategy: 'skip' },
    { UPDATE_LATEST_STRATEGY: 'force' },
    'false',
    'skipped-by-strategy',
  ],
])('%s', async (_, inputs, env, updated, reason) => {
  // An older release: only force moves latest back to it.
  const repo = parseReference(`${server.host}/e2e/strategy${++counter}`);
  const old = await pushVersion(client, repo, '0.9.0');
  const current = await pushVersion(client, repo, '1.0.0', { tags: ['1.0.0', 'latest'] });
  const result = await run(repo, { inputs: { version: '0.9.0', ...inputs }, env });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({ updated, reason });
  expect(await latestOf(repo)).toBe(updated === 'true' ? old : current);
});

test('TAG_TYPE_OVERRIDE=lightweight keeps latest whatever git says', async () => {
  const { repo, digests } = await freshRepository(['1.8.7']);
  const result = await run(repo, {
    workspace: fullClone(origin),
    env: { ...tagPush('1.8.7'), TAG_TYPE_OVERRIDE: 'lightweight' },
  });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({
    updated: 'false',
    reason: 'lightweight-tag',
    'tag-type': 'lightweight',
    'tag-type-source': 'override',
  });
  expect(await latestOf(repo)).toBe(digests['1.0.0']);
});

test('dry-run decides, reports and writes nothing', async () => {
  const { repo, digests } = await freshRepository(['1.8.7']);
  const result = await run(repo, { inputs: { version: '1.8.7', 'tag-type': 'annotated', 'dry-run': 'true' } });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({ updated: 'false', reason: 'newer' });
  expect(result.main.summary).toContain('would move (dry run)');
  expect(await latestOf(repo)).toBe(digests['1.0.0']);
});

test.each([
  [
    'a version that is not one',
    { version: 'nightly' },
    {},
    /Input "version" is "nightly": expected a version such as 1\.2\.3/,
  ],
  ['no version and not a tag push', {}, {}, /Input "version" is empty: expected the released version/],
  [
    'a missing version tag',
    { version: '7.7.7', 'tag-type': 'annotated' },
    {},
    /The release 7\.7\.7 \(tag 7\.7\.7 or v7\.7\.7\) is missing from/,
  ],
  [
    'a bad strategy in the environment',
    { version: '1.8.7' },
    { UPDATE_LATEST_STRATEGY: 'always' },
    /Input "strategy \(from UPDATE_LATEST_STRATEGY\)" is "always": expected one of auto, force, skip/,
  ],
  [
    'a bad tag-type',
    { version: '1.8.7', 'tag-type': 'signed' },
    {},
    /Input "tag-type" is "signed": expected one of auto, annotated, lightweight/,
  ],
  [
    'a prerelease-pattern that does not compile',
    { version: '1.8.7', 'prerelease-pattern': 'rc|(' },
    {},
    /Input "prerelease-pattern" is "rc\|\("/,
  ],
  [
    'an image that is not a repository',
    { version: '1.8.7', images: 'ghcr.io/Org/App' },
    {},
    /^Input "images" is "ghcr\.io\/Org\/App": expected a repository such as ghcr\.io\/org\/app\. Here the path component "Org" is not valid \(lower-case letters, digits and \. _ - between them\)$/,
  ],
  [
    'a latest-tag that is not a tag',
    { version: '1.8.7', 'latest-tag': 'lat est' },
    {},
    /Input "latest-tag" is "lat est"/,
  ],
])('bad input, %s: one error, exit 1, latest untouched', async (_, inputs, env, message) => {
  const { repo, digests } = await freshRepository(['1.8.7']);
  const result = await run(repo, { inputs, env });
  expect(result.main.exitCode).toBe(1);
  expect(result.main.errors).toHaveLength(1);
  expect(result.main.errors[0]).toMatch(message);
  expect(await latestOf(repo)).toBe(digests['1.0.0']);
});
