// latest-manager end to end: the bundle in dist/ run through the runner harness exactly as the
// GitHub runner runs it, with real git checkouts as the workspace (full, and the shallow one
// actions/checkout before v6.0.2 makes), Debian's docker-registry on 127.0.0.1, and the local
// GitHub API stand-in. Outputs, job summary, masking, env fallbacks and bad input.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference, withTag, type ImageReference } from '@cib/core/registry/reference';
import { createOrigin, fullClone, git, shallowTagCheckout, type Origin } from '../support/git-repo';
import { FakeGithubApi } from '../support/github-api';
import { pushVersion } from '../support/latest-manager-images';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startFaultProxy, type FaultRule } from '../support/registry/fault-proxy';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { requireProgram } from '../support/registry/components';
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
    'floating-tags-protected': '',
    'changed-tags': JSON.stringify([
      {
        ref: `${repo.registry}/${repo.repository}:latest`,
        before: digests['1.0.0'],
        beforeVersion: '1.0.0',
        now: digests['1.8.7'],
        nowVersion: '1.8.7',
        state: 'moved',
        restore: `skopeo copy --all --src-tls-verify=false --dest-tls-verify=false docker://${repo.registry}/${repo.repository}@${digests['1.0.0']} docker://${repo.registry}/${repo.repository}:latest`,
      },
    ]),
    partial: 'false',
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

test('the GitHub API answers 502 once: the action retries and still decides from the API, not the heuristic', async () => {
  const { repo } = await freshRepository(['1.8.7']);
  const workspace = shallowTagCheckout(origin, '1.8.7');
  git(workspace, 'remote', 'set-url', 'origin', 'file:///nonexistent/origin.git');
  api.requests.length = 0;
  api.failNext(1, 502, {}, 'Server Error');
  const result = await run(repo, {
    workspace,
    githubToken: TOKEN,
    env: { ...tagPush('1.8.7'), GITHUB_API_URL: api.url },
  });
  expect(result.main.exitCode).toBe(0);
  expect(result.main.outputs).toMatchObject({ 'tag-type': 'annotated', 'tag-type-source': 'github-api' });
  expect(api.requests).toHaveLength(2);
  expect(result.main.stdout).toMatch(
    /GitHub API: GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/octo-app\/git\/ref\/tags\/1\.8\.7: HTTP 502; retrying/,
  );
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
    'registry-insecure written as a URL',
    { version: '1.8.7', 'registry-insecure': 'http://x:1' },
    {},
    /^Input "registry-insecure" is "http:\/\/x:1": expected hosts as host\[:port\].*Write it as x:1$/,
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

describe('a floating tag that holds a release of exactly its own version is never moved', () => {
  test.each([
    ['5.1 then 5.1.1', '5.1', '5.1.1', ['5', '5.1.1'], '5'],
    ['6 then 6.0.1', '6', '6.0.1', ['6.0', '6.0.1'], '6.0'],
    ['v5.1 (labelled v5.1) then 5.1.1', 'v5.1', '5.1.1', ['5', '5.1.1'], '5'],
  ])('%s', async (_, first, second, movedTags, createdFloating) => {
    const repo = parseReference(`${server.host}/e2e/own${++counter}`);
    const own = first.replace(/^v/, '');
    const release = await pushVersion(client, repo, first, { tags: [own, 'latest'] });
    const next = await pushVersion(client, repo, second);
    const result = await run(repo, { inputs: { version: second, 'tag-type': 'annotated', 'floating-tags': 'true' } });
    expect(result.main.errors).toEqual([]);
    expect(result.main.exitCode).toBe(0);
    const shown = `${repo.registry}/${repo.repository}`;
    // The release's own tag still holds it; latest and the other floating tag moved on.
    expect((await client.headManifest(withTag(repo, own)))?.digest).toBe(release);
    for (const tag of ['latest', ...movedTags])
      expect((await client.headManifest(withTag(repo, tag)))?.digest).toBe(next);
    expect(result.main.outputs).toMatchObject({
      updated: 'true',
      'floating-tags-moved': `${shown}:${createdFloating}`,
      'floating-tags-protected': `${shown}:${own}`,
    });
    const escape = (text: string) => text.replace(/\./g, '\\.');
    expect(result.main.warnings.join('\n')).toMatch(
      new RegExp(
        `${escape(shown)}:${escape(own)}: stays: own-release: ${escape(own)} holds release ${escape(first)} .*never moved`,
      ),
    );
    expect(result.main.summary).toMatch(
      new RegExp(`\\| \`${own.replace('.', '\\.')}\` \\|.*\\| kept \\| own-release \\|`),
    );
  });

  test('without version metadata: a floating-named tag that is the only tag of its image is kept', async () => {
    const repo = parseReference(`${server.host}/e2e/own${++counter}`);
    const release = await pushVersion(client, repo, '5.1', { tags: ['5.1'], label: false });
    const next = await pushVersion(client, repo, '5.1.1', { label: false });
    const result = await run(repo, { inputs: { version: '5.1.1', 'tag-type': 'annotated', 'floating-tags': 'true' } });
    expect(result.main.exitCode).toBe(0);
    expect((await client.headManifest(withTag(repo, '5.1')))?.digest).toBe(release);
    expect((await client.headManifest(withTag(repo, 'latest')))?.digest).toBe(next);
    expect(result.main.outputs['floating-tags-protected']).toBe(`${repo.registry}/${repo.repository}:5.1`);
  });
});

test('strategy force moves latest only: floating tags stay forward-only, and a later release brings them on', async () => {
  const repo = parseReference(`${server.host}/e2e/force${++counter}`);
  const line1 = await pushVersion(client, repo, '1.9.1', { tags: ['1.9.1', '1', '1.9'] });
  await pushVersion(client, repo, '2.0.0', { tags: ['2.0.0', 'latest', '2', '2.0'] });
  const old = await pushVersion(client, repo, '1.0.5');
  const forced = await run(repo, { inputs: { version: '1.0.5', strategy: 'force', 'floating-tags': 'true' } });
  expect(forced.main.errors).toEqual([]);
  expect(forced.main.outputs).toMatchObject({ updated: 'true', reason: 'forced' });
  expect(await latestOf(repo)).toBe(old);
  // `1` holds 1.9.1, newer than 1.0.5: force does not move it back. `1.0` did not exist: created.
  expect((await client.headManifest(withTag(repo, '1')))?.digest).toBe(line1);
  expect((await client.headManifest(withTag(repo, '1.0')))?.digest).toBe(old);
  expect(forced.main.summary).toMatch(/\| `1` \|.*\| kept \| not-newer \| 1\.0\.5 <= 1\.9\.1/);

  const next = await pushVersion(client, repo, '1.9.2');
  const forward = await run(repo, { inputs: { version: '1.9.2', 'tag-type': 'annotated', 'floating-tags': 'true' } });
  expect(forward.main.exitCode).toBe(0);
  expect((await client.headManifest(withTag(repo, '1')))?.digest).toBe(next);
  expect((await client.headManifest(withTag(repo, '1.9')))?.digest).toBe(next);
});

describe('latest-tag that names a version is an input error, nothing moves', () => {
  test.each([
    [{ 'latest-tag': '1.0.0' }, '1.0.0'],
    [{ 'latest-tag': 'v1.0.0' }, 'v1.0.0'],
    [{ 'latest-tag': '2' }, '2'],
    [{ 'latest-tag': 'release-1.0.0', 'tag-prefix': 'release-' }, 'release-1.0.0'],
    [{ 'latest-tag': '1.0.0_build.1' }, '1.0.0_build.1'],
  ])('%j', async (inputs, shown) => {
    const { repo, digests } = await freshRepository(['2.0.1']);
    const result = await run(repo, { inputs: { version: '2.0.1', 'tag-type': 'annotated', ...inputs } });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Input "latest-tag" is "${shown.replace(/\./g, '\\.')}": expected a tag name that is not a version`,
        ),
      ),
    ]);
    expect(await latestOf(repo)).toBe(digests['1.0.0']);
    expect((await client.headManifest(withTag(repo, '1.0.0')))?.digest).toBe(digests['1.0.0']);
  });
});

describe('a registry dying mid-run: the error, the summary and the outputs say where it stopped', () => {
  interface ChangedTag {
    ref: string;
    before: string;
    now: string;
    restore: string;
  }

  test('latest moved, then every request dropped: each changed tag listed with its state and the command that puts it back', async () => {
    const skopeo = requireProgram('skopeo');
    const proxy = await startFaultProxy(server.host);
    try {
      const direct = parseReference(`${server.host}/e2e/dying${++counter}`);
      const old = await pushVersion(client, direct, '1.0.0', { tags: ['1.0.0', 'latest', '1', '1.0'] });
      const release = await pushVersion(client, direct, '1.2.0');
      // Through the proxy: the first manifest PUT (latest) goes through, then nothing answers.
      const repo = { registry: proxy.host, repository: direct.repository };
      proxy.inject({ fault: { kind: 'drop' }, times: 10_000, after: { method: 'PUT', path: /\/manifests\// } });
      const result = await run(repo, {
        inputs: { version: '1.2.0', 'tag-type': 'annotated', 'floating-tags': 'true' },
        timeoutMs: 120_000,
      });
      expect(result.main.exitCode).toBe(1);
      const shown = `${proxy.host}/${direct.repository}`;

      // The outputs: the partial state, one entry per tag this run changed.
      expect(result.main.outputs.partial).toBe('true');
      const changed = JSON.parse(result.main.outputs['changed-tags']) as ChangedTag[];
      expect(changed.map((c) => c.ref)).toEqual([`${shown}:latest`]);
      expect(changed[0]).toMatchObject({ before: old, now: release });
      // What the outputs say is what the registry serves.
      for (const c of changed) {
        const tag = c.ref.slice(c.ref.lastIndexOf(':') + 1);
        expect((await client.headManifest(withTag(direct, tag)))?.digest).toBe(c.now);
      }
      expect((await client.headManifest(withTag(direct, '1')))?.digest).toBe(old);

      // One error: what failed, then every changed tag with before, now and the command.
      expect(result.main.errors).toHaveLength(1);
      const error = result.main.errors[0];
      expect(error).toContain(`${shown}:latest: was ${old} (1.0.0), now ${release} (1.2.0)`);
      expect(error).toContain(changed[0].restore);
      expect(error).not.toMatch(/%0A\s+at /);
      expect(result.main.summary).toContain('Stopped after changing tags');
      expect(result.main.summary).toContain(`| \`${shown}:latest\` | \`${old.slice(0, 19)}\` 1.0.0 |`);

      // The command puts the tag back, as printed, once the registry answers again.
      proxy.reset();
      const [program, ...args] = changed[0].restore.split(' ');
      expect(program).toBe('skopeo');
      // Asynchronously: the proxy answers from this very process.
      await promisify(execFile)(skopeo, args, { timeout: 60_000 });
      expect(await latestOf(direct)).toBe(old);
    } finally {
      await proxy.stop();
    }
  }, 180_000);
});

describe('no fault leaves a half state: existing tags move first, new tags are created last', () => {
  interface ChangedTag {
    ref: string;
    before: string;
    now: string;
    state: string;
    restore: string;
  }
  const at = async (repo: ImageReference, tag: string) => (await client.headManifest(withTag(repo, tag)))?.digest;

  /** Runs 1.x.0 with floating tags through a fresh fault proxy armed with `rules`. */
  async function runWithFaults(direct: ImageReference, version: string, rules: FaultRule[]) {
    const proxy = await startFaultProxy(server.host);
    try {
      proxy.inject(...rules);
      const result = await run(
        { registry: proxy.host, repository: direct.repository },
        { inputs: { version, 'tag-type': 'annotated', 'floating-tags': 'true' }, timeoutMs: 120_000 },
      );
      return {
        result,
        shown: `${proxy.host}/${direct.repository}`,
        pending: proxy.pending(),
        requests: proxy.requests,
      };
    } finally {
      await proxy.stop();
    }
  }
  const refused = (tag: string): FaultRule => ({
    method: 'PUT',
    path: new RegExp(`/manifests/${tag.replace('.', '\\.')}$`),
    fault: { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"injected"}]}' },
    times: 1,
  });

  test('the answer to creating the new floating tag 1.1 is lost: it is read again, found moved, and the run succeeds', async () => {
    const direct = parseReference(`${server.host}/e2e/lost${++counter}`);
    const old = await pushVersion(client, direct, '1.0.0', { tags: ['1.0.0', 'latest', '1', '1.0'] });
    const release = await pushVersion(client, direct, '1.1.0');
    // Every PUT of 1.1 reaches the registry, every answer is lost (retries included).
    const { result, shown, requests } = await runWithFaults(direct, '1.1.0', [
      { method: 'PUT', path: /\/manifests\/1\.1$/, fault: { kind: 'drop-response' }, times: 1_000 },
    ]);
    const lost = requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/manifests/1.1'));
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((r) => r.outcome === 'dropped')).toBe(true);
    expect(result.main.errors).toEqual([]);
    expect(result.main.exitCode).toBe(0);
    expect(result.main.stdout).toContain(`${shown}:1.1: the write failed`);
    for (const tag of ['latest', '1', '1.1']) expect(await at(direct, tag)).toBe(release);
    expect(await at(direct, '1.0')).toBe(old);
    const changed = JSON.parse(result.main.outputs['changed-tags']) as ChangedTag[];
    // Existing tags first, the created one last.
    expect(changed.map((c) => [c.ref, c.state])).toEqual([
      [`${shown}:latest`, 'moved'],
      [`${shown}:1`, 'moved'],
      [`${shown}:1.1`, 'moved'],
    ]);
    expect(result.main.outputs.partial).toBe('false');
  }, 180_000);

  test('moving the existing 1 is refused after latest moved: latest is put back, 1.1 is never created', async () => {
    const direct = parseReference(`${server.host}/e2e/refused${++counter}`);
    const old = await pushVersion(client, direct, '1.0.0', { tags: ['1.0.0', 'latest', '1', '1.0'] });
    await pushVersion(client, direct, '1.1.0');
    const { result, shown, pending } = await runWithFaults(direct, '1.1.0', [refused('1')]);
    expect(pending).toEqual([]);
    expect(result.main.exitCode).toBe(1);
    expect(result.main.errors).toHaveLength(1);
    expect(result.main.errors[0]).toContain(`The registry refused to move ${shown}:1`);
    for (const tag of ['latest', '1', '1.0']) expect(await at(direct, tag)).toBe(old);
    expect(await at(direct, '1.1')).toBeUndefined();
    const changed = JSON.parse(result.main.outputs['changed-tags']) as ChangedTag[];
    expect(changed.map((c) => [c.ref, c.state, c.now])).toEqual([[`${shown}:latest`, 'put-back', old]]);
    expect(result.main.outputs.partial).toBe('false');
  }, 180_000);

  test('first release, latest absent: latest and 1 are created, creating 1.0 fails, 1.0 is listed with the command that creates it', async () => {
    const skopeo = requireProgram('skopeo');
    const direct = parseReference(`${server.host}/e2e/first${++counter}`);
    const release = await pushVersion(client, direct, '1.0.0');
    const { result, shown, pending } = await runWithFaults(direct, '1.0.0', [refused('1.0')]);
    expect(pending).toEqual([]);
    expect(result.main.exitCode).toBe(1);
    // latest is at the greatest release and 1 with it: consistent, so nothing is put back.
    expect(await at(direct, 'latest')).toBe(release);
    expect(await at(direct, '1')).toBe(release);
    expect(await at(direct, '1.0')).toBeUndefined();
    const changed = JSON.parse(result.main.outputs['changed-tags']) as ChangedTag[];
    expect(changed.map((c) => [c.ref, c.state, c.now])).toEqual([
      [`${shown}:latest`, 'moved', release],
      [`${shown}:1`, 'moved', release],
      [`${shown}:1.0`, 'missing', ''],
    ]);
    expect(result.main.outputs.partial).toBe('true');
    expect(result.main.errors).toHaveLength(1);
    expect(result.main.errors[0]).toContain(`${shown}:1.0: absent, not created`);
    expect(result.main.errors[0]).toContain(changed[2].restore);
    // The command creates the tag as printed (the proxy is gone: straight to the registry).
    const [program, ...args] = changed[2].restore.replaceAll(shown, `${server.host}/${direct.repository}`).split(' ');
    expect(program).toBe('skopeo');
    await promisify(execFile)(skopeo, args, { timeout: 60_000 });
    expect(await at(direct, '1.0')).toBe(release);
  }, 180_000);

  test('latest absent and creating it refused after the existing 1 moved: 1 is put back, no floating tag is ahead of latest', async () => {
    const direct = parseReference(`${server.host}/e2e/nolatest${++counter}`);
    const old = await pushVersion(client, direct, '1.0.0', { tags: ['1.0.0', '1', '1.0'] });
    await pushVersion(client, direct, '1.1.0');
    const { result, shown, pending } = await runWithFaults(direct, '1.1.0', [refused('latest')]);
    expect(pending).toEqual([]);
    expect(result.main.exitCode).toBe(1);
    expect(await at(direct, 'latest')).toBeUndefined();
    expect(await at(direct, '1')).toBe(old);
    expect(await at(direct, '1.1')).toBeUndefined();
    const changed = JSON.parse(result.main.outputs['changed-tags']) as ChangedTag[];
    expect(changed.map((c) => [c.ref, c.state, c.now])).toEqual([[`${shown}:1`, 'put-back', old]]);
    expect(result.main.outputs.partial).toBe('false');
  }, 180_000);
});
