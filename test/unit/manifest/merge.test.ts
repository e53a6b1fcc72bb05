// The merge against an in-memory registry: which manifests end up in the index, what is
// validated before anything is written, and what is copied where.
import { mergeManifests, type MergeOptions } from '@cib/core/manifest/merge';
import { parseExpectedPlatforms } from '@cib/core/manifest/expectation';
import { parseReference } from '@cib/core/registry/reference';
import { MemoryRegistry } from '../../support/memory-registry';
import { RecordingLog } from '../../support/recording-log';
import { seedAttestation, seedImage, seedIndex } from '../../support/seed-images';

const R = 'registry.test/org/app';
const amd64 = { os: 'linux', architecture: 'amd64' };
const arm64 = { os: 'linux', architecture: 'arm64' };
const armv7 = { os: 'linux', architecture: 'arm', variant: 'v7' };

function options(
  overrides: Omit<Partial<MergeOptions>, 'sources' | 'tags'> & { sources: string[]; tags?: string[] },
): MergeOptions {
  return {
    format: 'oci',
    attestations: 'keep',
    ...overrides,
    sources: overrides.sources.map(parseReference),
    tags: (overrides.tags ?? [`${R}:1.0.0`]).map(parseReference),
  };
}

const log = () => new RecordingLog();

/** A registry with per-platform images (plain manifests) and a buildx-style index with provenance. */
function seeded(): MemoryRegistry {
  const registry = new MemoryRegistry();
  seedImage(registry, R, { platform: amd64, tags: ['1.0.0-amd64'] });
  seedImage(registry, R, { platform: arm64, tags: ['1.0.0-arm64'] });
  seedImage(registry, R, { platform: armv7, tags: ['1.0.0-armv7'] });
  const image = seedImage(registry, R, { platform: { os: 'linux', architecture: 's390x' } });
  const attestation = seedAttestation(registry, R, image);
  seedIndex(registry, R, [{ ...image, platform: { os: 'linux', architecture: 's390x' } }, attestation], {
    tags: ['1.0.0-s390x'],
  });
  return registry;
}

describe('which manifests the index holds', () => {
  test.each([
    {
      name: 'two plain images: platforms read from their configs',
      sources: ['amd64', 'arm64'],
      attestations: 'keep',
      expected: ['linux/amd64', 'linux/arm64'],
      count: 2,
    },
    {
      name: 'three platforms including linux/arm/v7',
      sources: ['amd64', 'arm64', 'armv7'],
      attestations: 'keep',
      expected: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      count: 3,
    },
    {
      name: 'an index source is flattened; its attestation kept',
      sources: ['amd64', 's390x'],
      attestations: 'keep',
      expected: ['linux/amd64', 'linux/s390x'],
      count: 3,
    },
    {
      name: 'an index source is flattened; its attestation dropped',
      sources: ['amd64', 's390x'],
      attestations: 'drop',
      expected: ['linux/amd64', 'linux/s390x'],
      count: 2,
    },
  ] as const)('$name', async ({ sources, attestations, expected, count }) => {
    const registry = seeded();
    const result = await mergeManifests(
      registry,
      options({ sources: sources.map((s) => `${R}:1.0.0-${s}`), attestations }),
      log(),
    );
    expect(result.platforms).toEqual(expected);
    expect(result.index.json.manifests).toHaveLength(count);
    const attestationsInIndex = result.index.json.manifests.filter((m) => m.annotations?.['vnd.docker.reference.type']);
    expect(attestationsInIndex).toHaveLength(count - expected.length);
    // The tag now points at exactly the bytes we built.
    expect(registry.digestOf(R, '1.0.0')).toBe(result.index.digest);
  });

  test('a child without platform in its descriptor gets it from its config', async () => {
    const registry = new MemoryRegistry();
    const image = seedImage(registry, R, { platform: armv7 });
    seedIndex(registry, R, [image], { tags: ['noplatform'] });
    seedImage(registry, R, { platform: amd64, tags: ['amd64'] });
    const result = await mergeManifests(registry, options({ sources: [`${R}:noplatform`, `${R}:amd64`] }), log());
    expect(result.index.json.manifests[0].platform).toEqual({ architecture: 'arm', os: 'linux', variant: 'v7' });
  });

  test('per source: one manifest read and one config read; per tag: one write (all in one repository)', async () => {
    const registry = seeded();
    await mergeManifests(
      registry,
      options({
        sources: [`${R}:1.0.0-amd64`, `${R}:1.0.0-arm64`, `${R}:1.0.0-armv7`],
        tags: [`${R}:1.0.0`, `${R}:latest`],
      }),
      log(),
    );
    expect(registry.reads).toHaveLength(6);
    expect(registry.writes).toEqual([`PUT manifest ${R}:1.0.0`, `PUT manifest ${R}:latest`]);
  });
});

describe('what a source index may hold besides images', () => {
  test('a non-attestation unknown/unknown child is left out (and logged)', async () => {
    const registry = new MemoryRegistry();
    const image = seedImage(registry, R, { platform: amd64 });
    const artifact = seedImage(registry, R, { platform: { os: 'unknown', architecture: 'unknown' } });
    seedIndex(
      registry,
      R,
      [
        { ...image, platform: amd64 },
        { ...artifact, platform: { os: 'unknown', architecture: 'unknown' } },
      ],
      { tags: ['mixed'] },
    );
    const log = new RecordingLog();
    const result = await mergeManifests(registry, options({ sources: [`${R}:mixed`] }), log);
    expect(result.index.json.manifests.map((m) => m.digest)).toEqual([image.digest]);
    expect(log.lines('info')).toContain(
      `${R}:mixed: left out ${artifact.digest} (not an image (application/vnd.oci.image.manifest.v1+json, unknown/unknown))`,
    );
  });

  test('a nested index is flattened too', async () => {
    const registry = new MemoryRegistry();
    const inner = seedIndex(registry, R, [{ ...seedImage(registry, R, { platform: arm64 }), platform: arm64 }]);
    seedIndex(registry, R, [{ ...seedImage(registry, R, { platform: amd64 }), platform: amd64 }, inner], {
      tags: ['nested'],
    });
    const result = await mergeManifests(registry, options({ sources: [`${R}:nested`] }), log());
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test('an index of attestations only is not an image', async () => {
    const registry = new MemoryRegistry();
    const image = seedImage(registry, R, { platform: amd64 });
    seedIndex(registry, R, [seedAttestation(registry, R, image)], { tags: ['only-attestation'] });
    await expect(mergeManifests(registry, options({ sources: [`${R}:only-attestation`] }), log())).rejects.toThrow(
      /is not a container image: its index holds no image manifest with a platform/,
    );
  });
});

describe('bad sources and expectations: one error, nothing written', () => {
  test.each([
    {
      name: 'missing source',
      setup: () => undefined,
      sources: ['amd64', 'nope'],
      platforms: [],
      error: /Source registry\.test\/org\/app:1\.0\.0-nope does not exist/,
    },
    {
      name: 'unreadable source (auth)',
      setup: (r: MemoryRegistry) => r.lock('registry.test/org/locked'),
      sources: ['amd64', 'registry.test/org/locked:1'],
      platforms: [],
      error: /Source registry\.test\/org\/locked:1 could not be read: the registry refused access \(401\)/,
    },
    {
      name: 'not an image (a Helm chart)',
      setup: (r: MemoryRegistry) =>
        seedImage(r, R, {
          platform: amd64,
          tags: ['1.0.0-chart'],
          configType: 'application/vnd.cncf.helm.config.v1+json',
        }),
      sources: ['amd64', 'chart'],
      platforms: [],
      error:
        /Source .*:1\.0\.0-chart is not a container image: its config has media type application\/vnd\.cncf\.helm\.config\.v1\+json/,
    },
    {
      name: 'duplicate platforms',
      setup: (r: MemoryRegistry) =>
        seedImage(r, R, { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, tags: ['1.0.0-arm64v8'] }),
      sources: ['amd64', 'arm64', 'arm64v8'],
      platforms: [],
      error:
        /Sources registry\.test\/org\/app:1\.0\.0-arm64 and registry\.test\/org\/app:1\.0\.0-arm64v8 both provide platform linux\/arm64/,
    },
    {
      name: 'expected platform missing',
      setup: () => undefined,
      sources: ['amd64', 'arm64'],
      platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      error: /missing linux\/arm\/v7/,
    },
    {
      name: 'the same source twice',
      setup: () => undefined,
      sources: ['amd64', 'arm64', 'amd64'],
      platforms: [],
      error:
        /Sources registry\.test\/org\/app:1\.0\.0-amd64 and registry\.test\/org\/app:1\.0\.0-amd64 are the same image \(linux\/amd64, sha256:/,
    },
    {
      name: 'platform not expected',
      setup: () => undefined,
      sources: ['amd64', 'arm64', 'armv7'],
      platforms: ['linux/amd64', 'linux/arm64'],
      error: /not expected linux\/arm\/v7 \(from registry\.test\/org\/app:1\.0\.0-armv7\)/,
    },
  ])('$name', async ({ setup, sources, platforms, error }) => {
    const registry = seeded();
    setup(registry);
    const refs = sources.map((s) => (s.includes('/') ? s : `${R}:1.0.0-${s}`));
    await expect(
      mergeManifests(
        registry,
        options({
          sources: refs,
          platforms: parseExpectedPlatforms(platforms),
          tags: [`${R}:1.0.0`, 'registry.test/org/other:1.0.0'],
        }),
        log(),
      ),
    ).rejects.toThrow(error);
    expect(registry.writes).toEqual([]);
  });

  test('the expectation is compared normalised: linux/arm64/v8 matches linux/arm64', async () => {
    const registry = seeded();
    const result = await mergeManifests(
      registry,
      options({
        sources: [`${R}:1.0.0-amd64`, `${R}:1.0.0-arm64`],
        platforms: parseExpectedPlatforms(['linux/arm64/v8', 'linux/amd64']),
      }),
      log(),
    );
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test('docker format with annotations fails before any request', async () => {
    const registry = seeded();
    await expect(
      mergeManifests(
        registry,
        options({ sources: [`${R}:1.0.0-amd64`], format: 'docker', annotations: { a: 'b' } }),
        log(),
      ),
    ).rejects.toThrow(/Input "annotations"/);
    expect(registry.reads).toEqual([]);
  });
});

describe('targets in other repositories', () => {
  test('children and their blobs are copied before the index; a second tag in the same repository copies nothing more', async () => {
    const registry = seeded();
    const result = await mergeManifests(
      registry,
      options({
        sources: [`${R}:1.0.0-amd64`, `${R}:1.0.0-s390x`],
        tags: [`${R}:1.0.0`, 'registry.test/org/mirror:1.0.0', 'registry.test/org/mirror:1'],
      }),
      log(),
    );
    const manifestWrites = registry.writes.filter((w) => w.startsWith('PUT manifest'));
    // amd64, s390x and its attestation copied by digest, then the three tags.
    expect(manifestWrites.slice(0, 3).every((w) => w.startsWith('PUT manifest registry.test/org/mirror@sha256:'))).toBe(
      true,
    );
    expect(manifestWrites.slice(3)).toEqual([
      `PUT manifest ${R}:1.0.0`,
      'PUT manifest registry.test/org/mirror:1.0.0',
      'PUT manifest registry.test/org/mirror:1',
    ]);
    // Every blob (config + layer of 3 manifests) once, before the first manifest write.
    const blobWrites = registry.writes.filter((w) => /^(PUT|POST) blob /.test(w));
    expect(blobWrites).toHaveLength(6);
    const lastBlob = Math.max(...blobWrites.map((w) => registry.writes.indexOf(w)));
    const firstTag = registry.writes.indexOf(`PUT manifest ${R}:1.0.0`);
    expect(firstTag).toBeGreaterThan(lastBlob);
    expect(firstTag).toBeGreaterThan(registry.writes.indexOf(manifestWrites[2]));
    // A copied manifest is written after its own config and layer.
    const firstCopy = registry.writes.indexOf(manifestWrites[0]);
    expect(
      registry.writes.slice(0, firstCopy).filter((w) => /^(PUT|POST) blob /.test(w)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(result.images).toEqual([
      `${R}:1.0.0@${result.index.digest}`,
      `registry.test/org/mirror:1.0.0@${result.index.digest}`,
      `registry.test/org/mirror:1@${result.index.digest}`,
    ]);
  });

  test('a manifest already in the target repository is not copied again', async () => {
    const registry = seeded();
    const opts = options({ sources: [`${R}:1.0.0-amd64`], tags: ['registry.test/org/mirror:a'] });
    await mergeManifests(registry, opts, log());
    registry.clearRequests();
    await mergeManifests(registry, opts, log());
    expect(registry.writes).toEqual(['PUT manifest registry.test/org/mirror:a']);
  });
});

describe('a registry that stores other bytes than it was given fails the merge, naming both digests', () => {
  const ZERO = `sha256:${'0'.repeat(64)}`;
  test.each([
    [
      'a copied manifest (pushed by digest)',
      (ref: { digest?: string }) => ref.digest !== undefined,
      /^The registry stored manifest sha256:[0-9a-f]{64} as sha256:0{64} in registry\.test\/org\/mirror\. The registry changed the manifest bytes; it may not support this media type$/,
      0,
    ],
    [
      'the index (pushed by tag)',
      (ref: { digest?: string }) => ref.digest === undefined,
      /^The registry answered digest sha256:0{64} for the index pushed to registry\.test\/org\/(app:1\.0\.0|mirror:1), not sha256:[0-9a-f]{64}\. The registry changed the index bytes; it may not support this media type$/,
      2,
    ],
  ])('%s', async (_, rewrites, error, tagWrites) => {
    const registry = seeded();
    const put = registry.putManifest.bind(registry);
    registry.putManifest = async (ref, bytes, mediaType) => {
      const digest = await put(ref, bytes, mediaType);
      return rewrites(ref) ? ZERO : digest;
    };
    const merging = mergeManifests(
      registry,
      options({ sources: [`${R}:1.0.0-amd64`], tags: [`${R}:1.0.0`, 'registry.test/org/mirror:1'] }),
      log(),
    );
    await expect(merging).rejects.toThrow(error);
    // Copies come before any tag: a copy that fails leaves every tag untouched.
    expect(registry.writes.filter((w) => /^PUT manifest [^@]+$/.test(w))).toHaveLength(tagWrites);
  });
});

describe('dry run', () => {
  test('reads and validates, writes nothing, still reports the digest', async () => {
    const registry = seeded();
    const log = new RecordingLog();
    const result = await mergeManifests(
      registry,
      options({
        sources: [`${R}:1.0.0-amd64`, `${R}:1.0.0-arm64`],
        tags: [`${R}:1.0.0`, 'registry.test/org/mirror:1'],
        dryRun: true,
      }),
      log,
    );
    expect(registry.writes).toEqual([]);
    expect(result.pushed).toBeUndefined();
    log.expectMessages('info', `push index ${result.index.digest}`, 'to registry.test/org/mirror (when missing)');
    expect(result.images).toEqual([
      `${R}:1.0.0@${result.index.digest}`,
      `registry.test/org/mirror:1@${result.index.digest}`,
    ]);
  });
});
