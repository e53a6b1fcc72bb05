// The latest decision with an in-memory registry handed in: what moves, what stays,
// and why, for each scenario a release pipeline meets.
import { CibError } from '@cib/core/errors/cib-error';
import { InputError } from '@cib/core/errors/input-error';
import { RegistryError } from '@cib/core/registry/errors';
import { parseReference } from '@cib/core/registry/reference';
import { manageLatest, type LatestRequest } from '@cib/core/latest/manage-latest';
import { PartialReleaseError } from '@cib/core/latest/tag-changes';
import type { ResolvedTagType } from '@cib/core/latest/tag-type';
import { latestRequest } from '../../support/latest-request';
import { MemoryRegistry } from '../../support/memory-registry';
import { FakeClock } from '../../support/fake-clock';
import { RecordingLog } from '../../support/recording-log';
import { seedImage, seedIndex } from '../../support/seed-images';

const APP = 'registry.test/org/app';
const WORKER = 'registry.test/org/worker';
const AMD64 = { os: 'linux', architecture: 'amd64' };

function request(overrides: Partial<LatestRequest> = {}): LatestRequest {
  return latestRequest([parseReference(APP)], '1.2.0', overrides);
}

function setup(tagType: ResolvedTagType = { type: 'annotated', source: 'git' }) {
  const registry = new MemoryRegistry();
  const log = new RecordingLog();
  const tagTypeCalls: string[] = [];
  const context = {
    registry,
    resolveTagType: async (tag: string) => {
      tagTypeCalls.push(tag);
      return tagType;
    },
    log,
    clock: new FakeClock(),
  };
  return { registry, context, log, clock: context.clock, tagTypeCalls };
}

describe('strategy, tag type and prerelease (steps 1 to 3)', () => {
  it('skip moves nothing and asks neither git nor the registry', async () => {
    const { registry, context, tagTypeCalls } = setup();
    const outcome = await manageLatest(request({ strategy: 'skip' }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: false, reason: 'skipped-by-strategy' });
    expect(registry.requests).toEqual([]);
    expect(tagTypeCalls).toEqual([]);
  });

  it.each([
    ['a lightweight tag', { type: 'lightweight', source: 'git' } as const, '1.2.0', 'lightweight-tag'],
    ['an annotated prerelease (1.8.7alpha)', { type: 'annotated', source: 'git' } as const, '1.8.7alpha', 'prerelease'],
    [
      'an annotated RC with upper case',
      { type: 'annotated', source: 'override' } as const,
      'v2.0.0-RC.1',
      'prerelease',
    ],
  ])('%s does not move latest', async (_, tagType, version, reason) => {
    const { registry, context } = setup(tagType);
    seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' });
    seedImage(registry, APP, { tags: [version], label: version });
    const outcome = await manageLatest(request({ version, floatingTags: true }), context);
    expect(outcome.tagType).toEqual(tagType);
    expect(outcome.images[0].latest).toMatchObject({ updated: false, reason });
    expect(outcome.images[0].floating).toEqual([]);
    expect(registry.count('PUT', 'manifest')).toBe(0);
  });

  it('refuses a version that is not one unless forced', async () => {
    const { context } = setup();
    await expect(manageLatest(request({ version: 'nightly' }), context)).rejects.toThrow(InputError);
    await expect(manageLatest(request({ version: 'nightly' }), context)).rejects.toThrow(
      /Input "version" is "nightly": expected a version/,
    );
  });

  it('force moves latest to an older release, and to a tag that is not a version', async () => {
    const { registry, context, tagTypeCalls } = setup();
    seedImage(registry, APP, { tags: ['2.0.0', 'latest'], label: '2.0.0' });
    const old = seedImage(registry, APP, { tags: ['1.0.0'], label: '1.0.0' }).digest;
    const nightly = seedImage(registry, APP, { tags: ['nightly'], seed: 'nightly' }).digest;
    const forced = await manageLatest(request({ version: '1.0.0', strategy: 'force' }), context);
    expect(forced.images[0].latest).toMatchObject({ updated: true, reason: 'forced', previousVersion: '2.0.0' });
    expect(registry.digestOf(APP, 'latest')).toBe(old);
    await manageLatest(request({ version: 'nightly', strategy: 'force' }), context);
    expect(registry.digestOf(APP, 'latest')).toBe(nightly);
    expect(tagTypeCalls).toEqual([]);
  });
});

describe('comparing with what latest points to (steps 4 and 5)', () => {
  it('first release: no latest yet, latest is created from the release bytes', async () => {
    const { registry, context } = setup();
    const release = seedImage(registry, APP, { tags: ['1.0.0'], label: '1.0.0' }).digest;
    const outcome = await manageLatest(request({ version: '1.0.0' }), context);
    expect(outcome.images[0]).toMatchObject({ versionTag: '1.0.0', digest: release });
    expect(outcome.images[0].latest).toMatchObject({ updated: true, reason: 'no-latest-yet', previousDigest: '' });
    expect(registry.digestOf(APP, 'latest')).toBe(release);
  });

  it('newer release: latest found by its label in 2 requests, then moved', async () => {
    const { registry, context } = setup();
    const previous = seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' }).digest;
    const release = seedImage(registry, APP, { tags: ['v1.2.0'], label: 'v1.2.0' }).digest;
    const outcome = await manageLatest(request({ version: 'v1.2.0' }), context);
    expect(outcome.images[0].latest).toMatchObject({
      updated: true,
      reason: 'newer',
      previousVersion: '1.1.0',
      previousDigest: previous,
      previousVersionSource: 'label',
      detail: 'v1.2.0 > 1.1.0 (current latest)',
    });
    expect(registry.digestOf(APP, 'latest')).toBe(release);
    expect(registry.count('GET', 'tags')).toBe(0);
  });

  it('finds the image tag with or without the leading v', async () => {
    const { registry, context } = setup();
    seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' });
    const outcome = await manageLatest(request({ version: 'v1.2.0' }), context);
    expect(outcome.images[0].versionTag).toBe('1.2.0');
  });

  it('hotfix on an old line after a newer major: latest stays, 1 and 1.9 move forward', async () => {
    const { registry, context } = setup();
    const two = seedImage(registry, APP, { tags: ['2.0.0', 'latest', '2', '2.0'], label: '2.0.0' }).digest;
    seedImage(registry, APP, { tags: ['1.9.0', '1', '1.9'], label: '1.9.0' });
    seedImage(registry, APP, { tags: ['1.8.5', '1.8'], label: '1.8.5' });
    const hotfix = seedImage(registry, APP, { tags: ['1.9.1'], label: '1.9.1' }).digest;
    const outcome = await manageLatest(request({ version: '1.9.1', floatingTags: true }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: false, reason: 'not-newer', previousVersion: '2.0.0' });
    expect(outcome.images[0].floating.map((f) => [f.tag, f.updated, f.reason, f.previousVersion])).toEqual([
      ['1', true, 'newer', '1.9.0'],
      ['1.9', true, 'newer', '1.9.0'],
    ]);
    expect(registry.digestOf(APP, 'latest')).toBe(two);
    expect(registry.digestOf(APP, '1')).toBe(hotfix);
    expect(registry.digestOf(APP, '1.9')).toBe(hotfix);
    expect(registry.digestOf(APP, '2')).toBe(two);
    // `1` and `1.9` both held 1.9.0: its label is read once, not once per tag.
    const configReads = registry.requests.filter((c) => c.startsWith('GET blob '));
    expect(configReads).toHaveLength(2);
    expect(new Set(configReads).size).toBe(2);
  });

  it('a patch to an old minor moves neither latest nor the major tag, only its minor tag', async () => {
    const { registry, context } = setup();
    seedImage(registry, APP, { tags: ['1.9.0', 'latest', '1', '1.9'], label: '1.9.0' });
    seedImage(registry, APP, { tags: ['1.8.5', '1.8'], label: '1.8.5' });
    const patch = seedImage(registry, APP, { tags: ['1.8.6'], label: '1.8.6' }).digest;
    const outcome = await manageLatest(request({ version: '1.8.6', floatingTags: true }), context);
    expect(outcome.images[0].latest.updated).toBe(false);
    expect(outcome.images[0].floating.map((f) => [f.tag, f.updated])).toEqual([
      ['1', false],
      ['1.8', true],
    ]);
    expect(registry.digestOf(APP, '1.8')).toBe(patch);
  });

  it('without labels, compares digests of version tags highest first and stops at the match', async () => {
    const { registry, context, log } = setup();
    for (let minor = 0; minor < 40; minor++) seedImage(registry, APP, { tags: [`1.${minor}.0`], seed: `1.${minor}` });
    registry.retag(APP, 'latest', registry.digestOf(APP, '1.39.0')!);
    seedImage(registry, APP, { tags: ['main', 'sha-1234567'], seed: 'main' });
    const release = seedImage(registry, APP, { tags: ['1.40.0'], seed: '1.40' }).digest;
    const outcome = await manageLatest(request({ version: '1.40.0' }), { ...context, concurrency: 4 });
    expect(outcome.images[0].latest).toMatchObject({
      updated: true,
      reason: 'newer',
      previousVersion: '1.39.0',
      previousVersionSource: 'tag-search',
    });
    expect(registry.digestOf(APP, 'latest')).toBe(release);
    // One listing; one digest lookup (the highest version), not 40.
    expect(registry.count('GET', 'tags')).toBe(1);
    expect(log.text('info')).toMatch(/compared 1 of 40 version tags, highest first: it is 1\.39\.0/);
  });

  it('without labels, when latest is not the highest version, searches down a bounded window', async () => {
    const { registry, context, log } = setup();
    for (let minor = 0; minor < 40; minor++) seedImage(registry, APP, { tags: [`1.${minor}.0`], seed: `1.${minor}` });
    // Someone forced latest back to 1.20.0 once.
    registry.retag(APP, 'latest', registry.digestOf(APP, '1.20.0')!);
    seedImage(registry, APP, { tags: ['1.40.0'], seed: '1.40' });
    const outcome = await manageLatest(request({ version: '1.40.0', dryRun: true }), { ...context, concurrency: 4 });
    expect(outcome.images[0].latest).toMatchObject({ reason: 'newer', previousVersion: '1.20.0' });
    // 1.39.0 alone, then 1.38.0 down to 1.20.0 (19 tags) four at a time: at most 3 beyond the match.
    const compared = Number(/compared (\d+) of 40/.exec(log.text('info'))?.[1]);
    expect(compared).toBeGreaterThanOrEqual(20);
    expect(compared).toBeLessThanOrEqual(20 + 3);
  });

  it('a latest that matches no version tag is reported and treated as older', async () => {
    const { registry, context } = setup();
    seedImage(registry, APP, { tags: ['main', 'latest'], label: 'main' });
    seedImage(registry, APP, { tags: ['1.0.0'], seed: '1.0.0' });
    const release = seedImage(registry, APP, { tags: ['1.1.0'], seed: '1.1.0' }).digest;
    const outcome = await manageLatest(request({ version: '1.1.0' }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: true, reason: 'newer', previousVersion: '' });
    expect(outcome.images[0].latest.detail).toMatch(/matches no version tag: treated as older than 1\.1\.0/);
    expect(registry.digestOf(APP, 'latest')).toBe(release);
  });

  it('latest pointing at an index: its annotation answers in one request', async () => {
    const { registry, context } = setup();
    const child = seedImage(registry, APP, { seed: 'child-1.3.0' });
    seedIndex(registry, APP, [{ ...child, platform: AMD64 }], { tags: ['1.3.0', 'latest'], annotation: '1.3.0' });
    const childOld = seedImage(registry, APP, { seed: 'child-1.2.0' });
    seedIndex(registry, APP, [{ ...childOld, platform: AMD64 }], { tags: ['1.2.5'], annotation: '1.2.5' });
    const outcome = await manageLatest(request({ version: '1.2.5' }), context);
    expect(outcome.images[0].latest).toMatchObject({
      updated: false,
      reason: 'not-newer',
      previousVersion: '1.3.0',
      previousVersionSource: 'annotation',
    });
    expect(registry.requests.filter((c) => c.includes(':latest'))).toEqual([
      'GET manifest registry.test/org/app:latest',
    ]);
  });

  it('latest pointing at an index without annotation: the child config label answers', async () => {
    const { registry, context } = setup();
    const child = seedImage(registry, APP, { label: '1.3.0' });
    seedIndex(registry, APP, [{ ...child, platform: AMD64 }], { tags: ['1.3.0', 'latest'] });
    const release = seedImage(registry, APP, { tags: ['1.4.0'], label: '1.4.0' }).digest;
    const outcome = await manageLatest(request({ version: '1.4.0' }), context);
    expect(outcome.images[0].latest).toMatchObject({
      updated: true,
      previousVersion: '1.3.0',
      previousVersionSource: 'label',
    });
    expect(registry.digestOf(APP, 'latest')).toBe(release);
  });

  it('latest already at the release: nothing to write', async () => {
    const { registry, context } = setup();
    seedImage(registry, APP, { tags: ['1.2.0', 'latest'], label: '1.2.0' });
    const outcome = await manageLatest(request({ version: '1.2.0' }), context);
    expect(outcome.images[0].latest).toMatchObject({
      updated: false,
      reason: 'not-newer',
      detail: 'latest already points to 1.2.0',
    });
    expect(registry.count('PUT', 'manifest')).toBe(0);
  });

  it('dry-run decides but writes nothing', async () => {
    const { registry, context, log } = setup();
    const previous = seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' }).digest;
    seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' });
    const outcome = await manageLatest(request({ dryRun: true }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: false, reason: 'newer' });
    expect(registry.digestOf(APP, 'latest')).toBe(previous);
    expect(log.text('info')).toMatch(/would move \(dry run\)/);
  });

  it('a custom latest-tag moves that tag only', async () => {
    const { registry, context } = setup();
    const release = seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' }).digest;
    await manageLatest(request({ latestTag: 'stable' }), context);
    expect(registry.digestOf(APP, 'stable')).toBe(release);
    expect(registry.digestOf(APP, 'latest')).toBeUndefined();
  });
});

describe('several images', () => {
  it('move together', async () => {
    const { registry, context } = setup();
    for (const repo of [APP, WORKER]) {
      seedImage(registry, repo, { tags: ['1.1.0', 'latest'], label: '1.1.0', seed: `${repo}-1.1` });
      seedImage(registry, repo, { tags: ['1.2.0'], label: '1.2.0', seed: `${repo}-1.2` });
    }
    const outcome = await manageLatest(request({ images: [parseReference(APP), parseReference(WORKER)] }), context);
    expect(outcome.images.map((i) => [i.image, i.latest.updated])).toEqual([
      [APP, true],
      [WORKER, true],
    ]);
  });

  it('none moves when one lacks the release, and the error names it', async () => {
    const { registry, context } = setup();
    const before = seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' }).digest;
    seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' });
    seedImage(registry, WORKER, { tags: ['1.1.0', 'latest'], label: '1.1.0', seed: 'w' });
    const run = manageLatest(request({ images: [parseReference(APP), parseReference(WORKER)] }), context);
    await expect(run).rejects.toThrow(CibError);
    await expect(
      manageLatest(request({ images: [parseReference(APP), parseReference(WORKER)] }), context),
    ).rejects.toThrow(
      /The release 1\.2\.0 \(tag 1\.2\.0 or v1\.2\.0\) is missing from registry\.test\/org\/worker: no tag moved on any image/,
    );
    expect(registry.count('PUT', 'manifest')).toBe(0);
    expect(registry.digestOf(APP, 'latest')).toBe(before);
  });

  it('a refused write puts back what this run already moved, and says why', async () => {
    const { registry, context, log } = setup();
    const appBefore = seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0', seed: 'a1' }).digest;
    seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0', seed: 'a2' });
    seedImage(registry, WORKER, { tags: ['1.1.0', 'latest'], label: '1.1.0', seed: 'w1' });
    seedImage(registry, WORKER, { tags: ['1.2.0'], label: '1.2.0', seed: 'w2' });
    registry.refuseWrite(
      `${WORKER}:latest`,
      new RegistryError(
        "The image tag 'latest' already exists in the repository and cannot be overwritten because the repository is immutable",
        {
          status: 400,
          code: 'TAG_INVALID',
          reference: `${WORKER}:latest`,
        },
      ),
    );
    const run = manageLatest(request({ images: [parseReference(APP), parseReference(WORKER)] }), context);
    await expect(run).rejects.toThrow(
      /The registry refused to move registry\.test\/org\/worker:latest: .*immutable tags \(ECR/,
    );
    expect(registry.digestOf(APP, 'latest')).toBe(appBefore);
    expect(log.text('warning')).toMatch(/Putting back the 1 tag/);
  });
});

describe('releases racing (step 6)', () => {
  it('decides again when latest changed between reading and writing', async () => {
    const { registry, context, log } = setup();
    seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' });
    seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' });
    const racer = seedImage(registry, APP, { tags: ['1.3.0'], label: '1.3.0' }).digest;
    // The other release lands right after our first read of latest.
    const getManifest = registry.getManifest.bind(registry);
    let first = true;
    registry.getManifest = async (ref) => {
      const result = await getManifest(ref);
      if (first && ref.tag === 'latest') {
        first = false;
        registry.retag(APP, 'latest', racer);
      }
      return result;
    };
    const outcome = await manageLatest(request(), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: false, reason: 'not-newer', previousVersion: '1.3.0' });
    expect(registry.digestOf(APP, 'latest')).toBe(racer);
    expect(log.text('info')).toMatch(/changed since it was read .*: deciding again/);
  });

  it('decides again when another release overwrote latest right after our write', async () => {
    const { registry, context, log, clock } = setup();
    seedImage(registry, APP, { tags: ['1.1.0', 'latest'], label: '1.1.0' });
    const ours = seedImage(registry, APP, { tags: ['1.3.0'], label: '1.3.0' }).digest;
    const older = seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' }).digest;
    // A slower 1.2.0 release writes latest during our settle time.
    clock.onSleep = () => {
      if (registry.digestOf(APP, 'latest') === ours && !log.has('info', 'someone else')) {
        registry.retag(APP, 'latest', older);
      }
    };
    const outcome = await manageLatest(request({ version: '1.3.0' }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: true, reason: 'newer', previousVersion: '1.2.0' });
    expect(registry.digestOf(APP, 'latest')).toBe(ours);
    expect(log.text('info')).toMatch(/moved by someone else right after our write/);
    // Each of our two writes was followed by the settle time (1 s by default) before checking.
    expect(clock.sleeps).toEqual([1000, 1000]);
  });
});

describe('floating tags: force is for latest alone, and a release keeps its own tag', () => {
  it('force moves latest back, never a floating tag back', async () => {
    const { registry, context } = setup();
    const line1 = seedImage(registry, APP, { tags: ['1.9.1', '1', '1.9'], label: '1.9.1' }).digest;
    seedImage(registry, APP, { tags: ['2.0.0', 'latest'], label: '2.0.0' });
    const old = seedImage(registry, APP, { tags: ['1.0.5'], label: '1.0.5' }).digest;
    const outcome = await manageLatest(request({ version: '1.0.5', strategy: 'force', floatingTags: true }), context);
    expect(outcome.images[0].latest).toMatchObject({ updated: true, reason: 'forced' });
    expect(outcome.images[0].floating.map((f) => [f.tag, f.updated, f.reason])).toEqual([
      ['1', false, 'not-newer'],
      ['1.0', true, 'no-latest-yet'],
    ]);
    expect(registry.digestOf(APP, '1')).toBe(line1);
    expect(registry.digestOf(APP, 'latest')).toBe(old);
  });

  it('a forced prerelease moves latest only', async () => {
    const { registry, context } = setup();
    seedImage(registry, APP, { tags: ['1.9.1', '1', '1.9', 'latest'], label: '1.9.1' });
    const rc = seedImage(registry, APP, { tags: ['2.0.0-rc.1'], label: '2.0.0-rc.1' }).digest;
    const outcome = await manageLatest(
      request({ version: '2.0.0-rc.1', strategy: 'force', floatingTags: true }),
      context,
    );
    expect(outcome.images[0].floating).toEqual([]);
    expect(registry.digestOf(APP, 'latest')).toBe(rc);
    expect(registry.digestOf(APP, '2')).toBeUndefined();
  });

  it('5.1 holding release 5.1 stays when 5.1.1 is released; the warning says why', async () => {
    const { registry, context, log } = setup();
    const five = seedImage(registry, APP, { tags: ['5.1', 'latest'], label: '5.1' }).digest;
    const patch = seedImage(registry, APP, { tags: ['5.1.1'], label: '5.1.1' }).digest;
    const outcome = await manageLatest(request({ version: '5.1.1', floatingTags: true }), context);
    expect(outcome.images[0].floating.map((f) => [f.tag, f.updated, f.reason])).toEqual([
      ['5', true, 'no-latest-yet'],
      ['5.1', false, 'own-release'],
    ]);
    expect(registry.digestOf(APP, '5.1')).toBe(five);
    expect(registry.digestOf(APP, 'latest')).toBe(patch);
    expect(log.text('warning')).toMatch(/:5\.1: stays: own-release: 5\.1 holds release 5\.1 \(its label/);
    expect(outcome.changes.map((c) => c.ref)).toEqual([`${APP}:latest`, `${APP}:5`]);
  });
});

describe('a failure after a write', () => {
  it('throws a PartialReleaseError listing every tag changed and where it stands', async () => {
    const { registry, context } = setup();
    const before = seedImage(registry, APP, { tags: ['1.1.0', 'latest', '1'], label: '1.1.0' }).digest;
    const release = seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' }).digest;
    // latest is written; then the registry stops answering reads.
    const put = registry.putManifest.bind(registry);
    registry.putManifest = async (ref, bytes, type) => {
      const digest = await put(ref, bytes, type);
      registry.headManifest = async () => {
        throw new CibError('Could not reach registry.test');
      };
      return digest;
    };
    const run = manageLatest(request({ floatingTags: true }), context);
    await expect(run).rejects.toThrow(PartialReleaseError);
    const error = (await run.catch((e: unknown) => e)) as PartialReleaseError;
    expect(error.changes).toEqual([
      expect.objectContaining({ ref: `${APP}:latest`, before, now: release, state: 'left' }),
    ]);
    expect(error.message).toMatch(/^Could not reach registry\.test\nThis run changed 1 tag\(s\) before it stopped:\n/);
    expect(registry.digestOf(APP, 'latest')).toBe(release);
  });
});
