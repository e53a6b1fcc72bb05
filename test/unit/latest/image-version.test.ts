// Reading the version an image declares about itself (annotation or config label), the cheap
// path that answers in a few requests whatever the number of tags.
import { parseReference, withTag } from '@cib/core/registry/reference';
import { versionFromMetadata } from '@cib/core/latest/image-version';
import { MemoryRegistry } from '../../support/memory-registry';
import { seedImage, seedIndex } from '../../support/seed-images';

const APP = 'registry.test/org/app';

async function read(registry: MemoryRegistry, tag: string) {
  const ref = withTag(parseReference(APP), tag);
  const manifest = await registry.getManifest(ref);
  registry.clearRequests();
  const found = await versionFromMetadata(registry, ref, manifest);
  return { found: found && { version: found.version.raw, source: found.source }, calls: [...registry.requests] };
}

describe('versionFromMetadata', () => {
  it('reads the config label of a single image with one more request', async () => {
    const registry = new MemoryRegistry();
    seedImage(registry, APP, { tags: ['a'], label: 'v1.4.2' });
    const { found, calls } = await read(registry, 'a');
    expect(found).toEqual({ version: 'v1.4.2', source: 'label' });
    expect(calls).toHaveLength(1);
  });

  it('prefers the manifest annotation, with no more request', async () => {
    const registry = new MemoryRegistry();
    seedImage(registry, APP, { tags: ['a'], label: '1.0.0', annotation: '1.4.2' });
    expect(await read(registry, 'a')).toEqual({ found: { version: '1.4.2', source: 'annotation' }, calls: [] });
  });

  // buildx marks an attestation manifest both ways; either one alone must be enough to skip it.
  it.each([
    ['marked by its annotation', { annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } }],
    ['marked by its unknown/unknown platform', { platform: { os: 'unknown', architecture: 'unknown' } }],
    [
      'marked both ways',
      {
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      },
    ],
  ])('skips a buildx attestation manifest (%s) to reach the image config label of an index', async (_, marks) => {
    const registry = new MemoryRegistry();
    const image = seedImage(registry, APP, { label: '2.1.0' });
    const attestation = seedImage(registry, APP, { seed: 'attestation' });
    seedIndex(
      registry,
      APP,
      [
        { ...attestation, ...marks },
        { ...image, platform: { os: 'linux', architecture: 'amd64' } },
      ],
      {
        tags: ['multi'],
      },
    );
    const { found, calls } = await read(registry, 'multi');
    expect(found).toEqual({ version: '2.1.0', source: 'label' });
    expect(calls).toEqual([`GET manifest ${APP}:multi@${image.digest}`, expect.stringMatching(/^GET blob /)]);
  });

  it.each([
    ['a label that is not a version', 'main'],
    ['a commit SHA label', '0123456789abcdef0123456789abcdef01234567'],
    ['no label', undefined],
  ])('answers nothing for %s', async (_, label) => {
    const registry = new MemoryRegistry();
    seedImage(registry, APP, { tags: ['a'], label });
    expect((await read(registry, 'a')).found).toBeUndefined();
  });
});
