// Staged pushes: buildx pushes under staging tags, the real tags move by digest afterwards, one
// PUT each, so a tag holds the complete image or what it held before (the half-pushed index found
// by test/hardening/bake-push-faults.test.ts).
import { CibError } from '@cib/core/errors/cib-error';
import { RegistryError } from '@cib/core/registry/errors';
import { buildOverride, type OverrideOptions } from '@cib/core/bake/override-definition';
import { moveStagedTags, stagingTags, tagMoveError, tagMovesSummary } from '@cib/core/bake/staged-push';
import { MemoryRegistry } from '../../support/memory-registry';
import { seedImage, seedIndex } from '../../support/seed-images';
import { RecordingLog } from '../../support/recording-log';

const options: OverrideOptions = {
  platforms: ['linux/amd64', 'linux/arm64'],
  tags: [],
  tagSuffix: '',
  pushByDigest: false,
  push: true,
  load: false,
  defaultArgs: new Map(),
  defaultLabels: new Map(),
  args: new Map(),
  labels: new Map(),
  annotations: new Map(),
  cache: { backend: 'none', mode: 'max', scopePrefix: '' },
  cacheExplicit: true,
};

test('one staging tag per repository the tags name', () => {
  expect(stagingTags('app', ['r.example/app:1', 'r.example/app:1.2', 'r.example/mirror:1'])).toEqual([
    'r.example/app:cib-staging-app',
    'r.example/mirror:cib-staging-app',
  ]);
  expect(stagingTags('x'.repeat(200), ['r.example/app:1'])[0].split(':')[1]).toHaveLength(128);
});

test('a push goes to the staging tags, the plan keeps the real ones; no push, load or no tags: the tags as they are', () => {
  const printed = { target: { app: { tags: ['r.example/app:1', 'r.example/app:latest'] }, bare: {} } };
  const pushed = buildOverride(printed, options);
  expect(pushed.definition.target.app.tags).toEqual(['r.example/app:cib-staging-app']);
  expect(pushed.targets[0]).toMatchObject({
    tags: ['r.example/app:1', 'r.example/app:latest'],
    stagingTags: ['r.example/app:cib-staging-app'],
  });
  expect(pushed.targets[1].stagingTags).toBeUndefined();
  for (const other of [{ push: false }, { load: true, platforms: ['linux/amd64'] }]) {
    const plan = buildOverride(printed, { ...options, ...other });
    expect(plan.definition.target.app.tags).toEqual(['r.example/app:1', 'r.example/app:latest']);
    expect(plan.targets[0].stagingTags).toBeUndefined();
  }
});

function pushedIndex(registry: MemoryRegistry, repository: string) {
  const amd64 = seedImage(registry, repository, { platform: { os: 'linux', architecture: 'amd64' } });
  const arm64 = seedImage(registry, repository, { platform: { os: 'linux', architecture: 'arm64' } });
  return seedIndex(registry, repository, [
    { ...amd64, platform: { os: 'linux', architecture: 'amd64' } },
    { ...arm64, platform: { os: 'linux', architecture: 'arm64' } },
  ]);
}

test('every tag of every target gets its pushed index by digest, in its repository', async () => {
  const registry = new MemoryRegistry();
  const app = pushedIndex(registry, 'r.example/app');
  const tool = pushedIndex(registry, 'r.example/tool');
  const log = new RecordingLog();
  const moves = await moveStagedTags(
    registry,
    [
      { target: 'app', tags: ['r.example/app:1', 'r.example/app:latest'] },
      { target: 'tool', tags: ['r.example/tool:1'] },
    ],
    { app: app.digest, tool: tool.digest },
    log,
  );
  expect(moves).toEqual({ moved: ['r.example/app:1', 'r.example/app:latest', 'r.example/tool:1'], failed: [] });
  expect(registry.digestOf('r.example/app', '1')).toBe(app.digest);
  expect(registry.digestOf('r.example/app', 'latest')).toBe(app.digest);
  expect(registry.digestOf('r.example/tool', '1')).toBe(tool.digest);
  // One GET of the index per repository, one PUT per tag.
  expect(registry.count('GET', 'manifest')).toBe(2);
  expect(registry.count('PUT', 'manifest')).toBe(3);
});

test('a tag the registry refuses keeps its image; the others move; the error lists both', async () => {
  const registry = new MemoryRegistry();
  const old = seedImage(registry, 'r.example/app', { tags: ['1'] });
  const app = pushedIndex(registry, 'r.example/app');
  registry.refuseWrite(
    'r.example/app:1',
    new RegistryError('unavailable', { status: 503, code: 'UNAVAILABLE', reference: 'r.example/app:1' }),
  );
  const moves = await moveStagedTags(
    registry,
    [
      { target: 'app', tags: ['r.example/app:1', 'r.example/app:latest'] },
      { target: 'tool', tags: ['r.example/tool:1'] },
    ],
    { app: app.digest },
    new RecordingLog(),
  );
  expect(moves.moved).toEqual(['r.example/app:latest']);
  expect(moves.failed.map((f) => f.tag)).toEqual(['r.example/app:1', 'r.example/tool:1']);
  expect(moves.failed[1].error).toBe('buildx reported no digest for target tool');
  expect(registry.digestOf('r.example/app', '1')).toBe(old.digest);
  const error = tagMoveError(moves);
  expect(error).toBeInstanceOf(CibError);
  expect(error.message).toMatch(/2 tag\(s\) still hold what they held before:\n {2}r\.example\/app:1: /);
  expect(error.message).toContain('Tagged: r.example/app:latest');
  expect(tagMovesSummary(moves)).toContain('- **not tagged** `r.example/tool:1`');
});
