// The latest decision against Debian's docker-registry on 127.0.0.1 and real git repositories:
// the release scenarios, with the real registry client.
import { execProcess } from '@cib/core/exec/exec';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference, withTag, type ImageReference } from '@cib/core/registry/reference';
import { manageLatest, type LatestContext } from '@cib/core/latest/manage-latest';
import { resolveTagType } from '@cib/core/latest/tag-type';
import { compilePrereleasePattern } from '@cib/core/version/prerelease';
import { createOrigin, fullClone, type Origin } from '../support/git-repo';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { pushVersion } from '../support/latest-manager-images';
import { latestRequest } from '../support/latest-request';
import { platform, pushTestImage, pushTestIndex, descriptorOf } from '../support/registry/test-images';
import { RecordingLog } from '../support/recording-log';

let server: RegistryServer;
let locked: RegistryServer;
let origin: Origin;
let checkout: string;
const seed = () => new RegistryClient();

beforeAll(async () => {
  [server, locked] = await Promise.all([
    startRegistry(),
    startRegistry({
      auth: 'token',
      users: { reader: 'reader-password', writer: 'writer-password' },
      // The reader may pull but never push: the registry refuses its writes.
      grant: (user, _repository, asked) =>
        user === 'writer' ? asked : user === 'reader' ? asked.filter((a) => a === 'pull') : [],
    }),
  ]);
  origin = createOrigin([
    { name: '1.0.0', annotated: true },
    { name: '1.8.7alpha', annotated: false },
    { name: '1.8.7', annotated: true },
  ]);
  checkout = fullClone(origin);
});
afterAll(async () => {
  await Promise.all([server?.stop(), locked?.stop()]);
});

const repo = (name: string, host = server.host): ImageReference => parseReference(`${host}/${name}`);

async function digestAt(repository: ImageReference, tag: string): Promise<string | undefined> {
  return (await seed().headManifest(withTag(repository, tag)))?.digest;
}

const request = latestRequest;

function context(registry = seed(), log = new RecordingLog()): LatestContext {
  return {
    registry,
    settleMs: 50,
    log,
    resolveTagType: (tag, mode, version) =>
      resolveTagType(tag, mode, version, {
        exec: execProcess,
        cwd: checkout,
        prereleasePattern: compilePrereleasePattern(''),
        log,
      }),
  };
}

test('first release, then a newer one: latest follows with the release bytes unchanged', async () => {
  const app = repo('first/app');
  const one = await pushVersion(seed(), app, '1.0.0');
  const first = await manageLatest(request([app], '1.0.0'), context());
  expect(first.tagType).toEqual({ type: 'annotated', source: 'git' });
  expect(first.images[0].latest).toMatchObject({ updated: true, reason: 'no-latest-yet' });
  expect(await digestAt(app, 'latest')).toBe(one);

  const two = await pushVersion(seed(), app, '1.8.7');
  const second = await manageLatest(request([app], '1.8.7'), context());
  expect(second.images[0].latest).toMatchObject({
    updated: true,
    reason: 'newer',
    previousVersion: '1.0.0',
    previousDigest: one,
    previousVersionSource: 'label',
  });
  expect(await digestAt(app, 'latest')).toBe(two);
});

test('hotfix on an old line after a newer major: latest stays, 1 and 1.9 move', async () => {
  const app = repo('hotfix/app');
  const client = seed();
  await pushVersion(client, app, '1.9.0', { tags: ['1.9.0', '1', '1.9'] });
  const two = await pushVersion(client, app, '2.0.0', { tags: ['2.0.0', 'latest', '2', '2.0'] });
  const hotfix = await pushVersion(client, app, '1.9.1');
  const outcome = await manageLatest(request([app], '1.9.1', { tagType: 'annotated', floatingTags: true }), context());
  expect(outcome.images[0].latest).toMatchObject({ updated: false, reason: 'not-newer', previousVersion: '2.0.0' });
  expect(outcome.images[0].floating.map((f) => `${f.tag}:${f.updated}`)).toEqual(['1:true', '1.9:true']);
  expect(await digestAt(app, 'latest')).toBe(two);
  expect(await digestAt(app, '1')).toBe(hotfix);
  expect(await digestAt(app, '1.9')).toBe(hotfix);
  expect(await digestAt(app, '2')).toBe(two);
});

test.each([
  ['alpha pushed as a lightweight tag', '1.8.7alpha', 'lightweight-tag'],
  ['1.8.7alpha pushed as an annotated tag (override)', '1.8.7alpha', 'prerelease'],
])('%s: latest stays', async (name, version, reason) => {
  const app = repo(`alpha/${reason}`);
  const before = await pushVersion(seed(), app, '1.0.0', { tags: ['1.0.0', 'latest'] });
  await pushVersion(seed(), app, version);
  const override = name.includes('override') ? ('annotated' as const) : ('auto' as const);
  const outcome = await manageLatest(request([app], version, { tagType: override }), context());
  expect(outcome.images[0].latest).toMatchObject({ updated: false, reason });
  expect(await digestAt(app, 'latest')).toBe(before);
});

test('several images where one lacks the release: none moves, one error naming it', async () => {
  const app = repo('together/app');
  const worker = repo('together/worker');
  const appBefore = await pushVersion(seed(), app, '1.0.0', { tags: ['1.0.0', 'latest'] });
  await pushVersion(seed(), app, '1.8.7');
  const workerBefore = await pushVersion(seed(), worker, '1.0.0', { tags: ['1.0.0', 'latest'] });
  await expect(manageLatest(request([app, worker], '1.8.7'), context())).rejects.toThrow(
    `The release 1.8.7 (tag 1.8.7 or v1.8.7) is missing from ${server.host}/together/worker: no tag moved on any image`,
  );
  expect(await digestAt(app, 'latest')).toBe(appBefore);
  expect(await digestAt(worker, 'latest')).toBe(workerBefore);

  const workerRelease = await pushVersion(seed(), worker, '1.8.7');
  const outcome = await manageLatest(request([app, worker], '1.8.7'), context());
  expect(outcome.images.map((i) => i.latest.updated)).toEqual([true, true]);
  expect(await digestAt(worker, 'latest')).toBe(workerRelease);
});

test('latest pointing at an index: the index annotation answers, then the index is replaced by the release', async () => {
  const app = repo('index/app');
  const client = seed();
  const amd = await pushTestImage(client, repo('index/app'), { platform: platform('linux/amd64'), layers: 0 });
  const arm = await pushTestImage(client, repo('index/app'), { platform: platform('linux/arm64'), layers: 0 });
  await pushTestIndex(client, withTag(app, '1.0.0'), [descriptorOf(amd), descriptorOf(arm)], {
    annotations: { 'org.opencontainers.image.version': '1.0.0' },
  });
  await client.putManifest(
    withTag(app, 'latest'),
    (await client.getManifest(withTag(app, '1.0.0'))).bytes,
    'application/vnd.oci.image.index.v1+json',
  );
  const release = await pushTestIndex(client, withTag(app, 'v1.1.0'), [descriptorOf(amd)], {
    annotations: { 'org.opencontainers.image.version': '1.1.0' },
  });
  const counting = seed();
  const outcome = await manageLatest(request([app], 'v1.1.0', { tagType: 'annotated' }), context(counting));
  expect(outcome.images[0]).toMatchObject({ versionTag: 'v1.1.0', digest: release.digest });
  expect(outcome.images[0].latest).toMatchObject({
    updated: true,
    previousVersion: '1.0.0',
    previousVersionSource: 'annotation',
  });
  const moved = await client.getManifest(withTag(app, 'latest'));
  expect(moved.bytes.equals(release.bytes)).toBe(true);
  expect(moved.mediaType).toBe('application/vnd.oci.image.index.v1+json');
});

test('a registry with hundreds of tags and no label: a few digest lookups, not one per tag', async () => {
  const app = repo('many/app');
  const client = seed();
  for (let batch = 0; batch < 300; batch += 25) {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => pushVersion(client, app, `1.${batch + i}.0`, { label: false })),
    );
  }
  await client.putManifest(
    withTag(app, 'latest'),
    (await client.getManifest(withTag(app, '1.299.0'))).bytes,
    'application/vnd.oci.image.manifest.v1+json',
  );
  for (const other of ['main', 'sha-0123abc', 'nightly']) await pushVersion(client, app, other, { label: false });
  const release = await pushVersion(client, app, '1.300.0', { label: false });
  const counting = seed();
  const log = new RecordingLog();
  const outcome = await manageLatest(request([app], '1.300.0', { tagType: 'annotated' }), context(counting, log));
  expect(outcome.images[0].latest).toMatchObject({
    updated: true,
    previousVersion: '1.299.0',
    previousVersionSource: 'tag-search',
  });
  expect(await digestAt(app, 'latest')).toBe(release);
  // 305 tags listed, 301 versions; the search stops within the first concurrent window.
  log.expectMessages('info', /305 tags listed, 301 name a version/);
  expect(counting.stats.byMethod.HEAD ?? 0).toBeLessThan(30);
});

test('two releases racing: latest ends at the greater version, whichever writes last', async () => {
  const app = repo('race/app');
  const client = seed();
  await pushVersion(client, app, '3.0.0', { tags: ['3.0.0', 'latest'] });
  for (const [a, b] of [
    ['3.1.0', '3.2.0'],
    ['3.4.0', '3.3.0'],
  ]) {
    const digests = [await pushVersion(client, app, a), await pushVersion(client, app, b)];
    const greater = a > b ? digests[0] : digests[1];
    // With the default settle time (1 s): a write landing later than that is outside the promise.
    const racing = () => ({ ...context(seed()), settleMs: undefined });
    const results = await Promise.allSettled([
      manageLatest(request([app], a, { tagType: 'annotated' }), racing()),
      manageLatest(request([app], b, { tagType: 'annotated' }), racing()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await digestAt(app, 'latest')).toBe(greater);
  }
});

test('a registry refusing the write: one error saying so, latest untouched', async () => {
  const app = repo('locked/app', locked.host);
  const writer = new RegistryClient({
    credentials: { [locked.host]: { username: 'writer', password: 'writer-password' } },
  });
  const before = await pushVersion(writer, app, '1.0.0', { tags: ['1.0.0', 'latest'] });
  await pushVersion(writer, app, '1.1.0');
  const reader = new RegistryClient({
    credentials: { [locked.host]: { username: 'reader', password: 'reader-password' } },
  });
  await expect(manageLatest(request([app], '1.1.0', { tagType: 'annotated' }), context(reader))).rejects.toThrow(
    new RegExp(`The registry refused to move ${locked.host}/locked/app:latest: .*can read but not push`, 's'),
  );
  expect((await writer.headManifest(withTag(app, 'latest')))?.digest).toBe(before);
});
