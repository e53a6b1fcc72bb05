// The generated definition: what the user set explicitly wins over our defaults; inputs win
// over both; every selected target gets its own attributes (see test/integration/bake/
// bake-print.test.ts for the same definitions merged by the real buildx).
import { CibError } from '@cib/core/errors/cib-error';
import { InputError } from '@cib/core/errors/input-error';
import { buildOverride, type OverrideOptions } from '@cib/core/bake/override-definition';
import type { PrintedDefinition } from '@cib/core/bake/printed-definition';

const options: OverrideOptions = {
  platforms: [],
  tags: [],
  tagSuffix: '',
  pushByDigest: false,
  push: false,
  load: false,
  defaultArgs: new Map([
    ['GIT_COMMIT', 'abc'],
    ['VERSION', '1.2.3'],
  ]),
  defaultLabels: new Map([['org.opencontainers.image.version', '1.2.3']]),
  args: new Map(),
  labels: new Map(),
  annotations: new Map(),
  cache: { backend: 'registry', ref: 'r.example/cache', mode: 'max', scopePrefix: '' },
  cacheExplicit: true,
};

const printed: PrintedDefinition = {
  target: {
    app: { tags: ['r.example/app:1'], platforms: ['linux/amd64', 'linux/arm64'], args: { VERSION: 'from-file' } },
    tool: { tags: ['r.example/tool:1'] },
  },
};

test('bake-file platforms kept when the input is empty, linux/amd64 when the file has none', () => {
  const plan = buildOverride(printed, options);
  expect(plan.targets.map((t) => [t.target, t.platforms])).toEqual([
    ['app', ['linux/amd64', 'linux/arm64']],
    ['tool', ['linux/amd64']],
  ]);
});

test('build-info args only where the file sets none; the build-args input over everything', () => {
  const plan = buildOverride(printed, { ...options, args: new Map([['GIT_COMMIT', 'given']]) });
  expect(plan.definition.target.app.args).toEqual({ GIT_COMMIT: 'given' });
  expect(plan.definition.target.tool.args).toEqual({ GIT_COMMIT: 'given', VERSION: '1.2.3' });
});

test('own cache scope per target, platform list included', () => {
  const plan = buildOverride(printed, { ...options, platforms: ['linux/arm64'] });
  expect(plan.definition.target.app['cache-to']).toEqual([
    'type=registry,ref=r.example/cache:app-linux-arm64,mode=max,image-manifest=true,oci-mediatypes=true',
  ]);
  // cache-from goes by --set, which replaces the list instead of appending to an inherited one.
  expect(plan.definition.target.tool).not.toHaveProperty('cache-from');
  expect(plan.sets).toEqual([
    'app.cache-from=type=registry,ref=r.example/cache:app-linux-arm64',
    'tool.cache-from=type=registry,ref=r.example/cache:tool-linux-arm64',
  ]);
});

test('cache left to its default: a target whose file sets a cache keeps it', () => {
  const withCache: PrintedDefinition = { target: { app: { 'cache-to': ['type=inline'] }, tool: {} } };
  const plan = buildOverride(withCache, { ...options, cacheExplicit: false });
  expect(plan.definition.target.app).not.toHaveProperty('cache-to');
  expect(plan.targets[0].cache).toBeUndefined();
  expect(plan.definition.target.tool).toHaveProperty('cache-to');
});

test('platform-tag-suffix suffixes every tag; several platforms are an InputError', () => {
  const plan = buildOverride(printed, { ...options, platforms: ['linux/arm/v7'], tagSuffix: '-{arch}{variant}' });
  expect(plan.definition.target.app.tags).toEqual(['r.example/app:1-armv7']);
  expect(() => buildOverride(printed, { ...options, tagSuffix: '-{arch}' })).toThrow(InputError);
  expect(() => buildOverride(printed, { ...options, tagSuffix: '-{arch}' })).toThrow(
    /target app builds linux\/amd64, linux\/arm64/,
  );
});

test('push-by-digest: no tags, an image output with the repositories', () => {
  const plan = buildOverride(printed, {
    ...options,
    pushByDigest: true,
    tags: ['r.example/app:1', 'r.example/mirror:1'],
  });
  expect(plan.definition.target.app.tags).toEqual([]);
  expect(plan.definition.target.app.output).toEqual([
    'type=image,"name=r.example/app,r.example/mirror",push-by-digest=true,name-canonical=true,push=true',
  ]);
  expect(() => buildOverride({ target: { x: {} } }, { ...options, pushByDigest: true })).toThrow(CibError);
});

test('push with load for several platforms is refused', () => {
  expect(() => buildOverride(printed, { ...options, push: true, load: true })).toThrow(/Input "load"/);
});

test('annotations: the input replaces same-key annotations of the file, keeps the others', () => {
  const withAnnotations: PrintedDefinition = { target: { app: { annotations: ['a=1', 'b=2'] } } };
  const plan = buildOverride(withAnnotations, { ...options, annotations: new Map([['b', '3']]) });
  expect(plan.definition.target.app.annotations).toEqual(['a=1', 'b=3']);
});
