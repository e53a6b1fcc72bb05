// The registry client against a real registry (distribution 2.8) without auth: manifests by tag
// and digest, indexes, blobs, cross-repository mounts, tag pagination, and what skopeo sees.
import { RegistryClient } from '@cib/core/registry/client';
import { RegistryError } from '@cib/core/registry/errors';
import { sha256Digest } from '@cib/core/registry/digest';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '@cib/core/registry/media-types';
import { isImageIndex } from '@cib/core/registry/manifest-types';
import { parseReference, withDigest, withTag } from '@cib/core/registry/reference';
import { startRegistry } from '../../support/registry/registry-server';
import type { RegistryServer } from '../../support/registry/registry-server';
import { skopeoInspectRaw } from '../../support/registry/skopeo';
import {
  descriptorOf,
  platform,
  pushAttestedImage,
  pushTestImage,
  pushTestIndex,
} from '../../support/registry/test-images';

let registry: RegistryServer;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

const ref = (text: string) => parseReference(`${registry.host}/${text}`);

describe('manifests', () => {
  test.each([
    ['oci', OCI_MANIFEST],
    ['docker', DOCKER_MANIFEST],
  ] as const)('a %s image reads back byte for byte, by tag and by digest', async (format, mediaType) => {
    const client = new RegistryClient();
    const pushed = await pushTestImage(client, ref(`manifests/${format}:1.0.0`), {
      platform: platform('linux/amd64'),
      format,
    });

    const head = await client.headManifest(ref(`manifests/${format}:1.0.0`));
    expect(head).toEqual({ digest: pushed.digest, mediaType, size: pushed.bytes.length });

    const byTag = await client.getManifest(ref(`manifests/${format}:1.0.0`));
    expect(byTag.bytes.equals(pushed.bytes)).toBe(true);
    expect(byTag).toMatchObject({ digest: pushed.digest, mediaType, size: pushed.bytes.length });

    const byDigest = await client.getManifest(withDigest(ref(`manifests/${format}`), pushed.digest));
    expect(byDigest.digest).toBe(pushed.digest);
    expect((await skopeoInspectRaw(`${registry.host}/manifests/${format}:1.0.0`)).equals(pushed.bytes)).toBe(true);
  });

  test('a missing tag: HEAD answers undefined, GET throws MANIFEST_UNKNOWN naming the reference', async () => {
    const client = new RegistryClient();
    await pushTestImage(client, ref('manifests/missing:present'), { platform: platform('linux/amd64') });
    expect(await client.headManifest(ref('manifests/missing:absent'))).toBeUndefined();
    const error = await client.getManifest(ref('manifests/missing:absent')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({
      status: 404,
      code: 'MANIFEST_UNKNOWN',
      reference: `${registry.host}/manifests/missing:absent`,
    });
    expect((error as Error).message).toContain(`${registry.host}/manifests/missing:absent`);
  });

  test('retagging by PUT of the same bytes keeps the digest', async () => {
    const client = new RegistryClient();
    const pushed = await pushTestImage(client, ref('manifests/retag:1.2.3'), { platform: platform('linux/arm64') });
    const fetched = await client.getManifest(ref('manifests/retag:1.2.3'));
    const digest = await client.putManifest(ref('manifests/retag:latest'), fetched.bytes, fetched.mediaType);
    expect(digest).toBe(pushed.digest);
    expect((await client.headManifest(ref('manifests/retag:latest')))?.digest).toBe(pushed.digest);
  });

  test.each([
    ['oci', OCI_INDEX],
    ['docker', DOCKER_MANIFEST_LIST],
  ] as const)(
    'an index (%s) of three platforms reads back as an index with its platforms',
    async (format, mediaType) => {
      const client = new RegistryClient();
      const images = [];
      for (const p of ['linux/amd64', 'linux/arm64', 'linux/arm/v7']) {
        images.push(
          await pushTestImage(client, ref(`indexes/${format}`), {
            platform: platform(p),
            format: format === 'oci' ? 'oci' : 'docker',
          }),
        );
      }
      const index = await pushTestIndex(client, ref(`indexes/${format}:multi`), images.map(descriptorOf), { format });
      const fetched = await client.getManifest(ref(`indexes/${format}:multi`));
      expect(fetched.mediaType).toBe(mediaType);
      expect(fetched.digest).toBe(index.digest);
      expect(isImageIndex(fetched.json)).toBe(true);
      const platforms = isImageIndex(fetched.json) ? fetched.json.manifests.map((m) => m.platform) : [];
      expect(platforms).toEqual([platform('linux/amd64'), platform('linux/arm64'), platform('linux/arm/v7')]);
      expect((await skopeoInspectRaw(`${registry.host}/indexes/${format}:multi`)).equals(index.bytes)).toBe(true);
    },
  );

  test('a buildx-style index keeps its attestation manifest and the config of each image is readable', async () => {
    const client = new RegistryClient();
    const { index, image, attestation } = await pushAttestedImage(client, ref('indexes/attested:1.0.0-amd64'), {
      platform: platform('linux/amd64'),
      labels: { 'org.opencontainers.image.version': '1.0.0' },
    });
    const fetched = await client.getManifest(ref('indexes/attested:1.0.0-amd64'));
    expect(fetched.digest).toBe(index.digest);
    const children = isImageIndex(fetched.json) ? fetched.json.manifests : [];
    expect(children.map((c) => c.digest)).toEqual([image.digest, attestation.digest]);
    expect(children[1].annotations?.['vnd.docker.reference.type']).toBe('attestation-manifest');
    const child = await client.getManifest(withDigest(ref('indexes/attested'), image.digest));
    const config = await client.getConfig(ref('indexes/attested'), child.json as never);
    expect(config).toMatchObject({
      os: 'linux',
      architecture: 'amd64',
      config: { Labels: { 'org.opencontainers.image.version': '1.0.0' } },
    });
  });

  test('a PUT whose bytes do not match the digest in the reference is refused by the registry', async () => {
    const client = new RegistryClient();
    const pushed = await pushTestImage(client, ref('manifests/mismatch:one'), { platform: platform('linux/amd64') });
    const wrong = withDigest(ref('manifests/mismatch'), sha256Digest(Buffer.from('something else')));
    await expect(client.putManifest(wrong, pushed.bytes, pushed.mediaType)).rejects.toBeInstanceOf(RegistryError);
  });

  test('a manifest that references a blob the repository lacks is refused with MANIFEST_BLOB_UNKNOWN', async () => {
    const client = new RegistryClient();
    const pushed = await pushTestImage(client, ref('manifests/source:one'), { platform: platform('linux/amd64') });
    await expect(
      client.putManifest(ref('manifests/elsewhere:one'), pushed.bytes, pushed.mediaType),
    ).rejects.toMatchObject({ status: 400, code: 'MANIFEST_BLOB_UNKNOWN' });
  });
});

describe('blobs', () => {
  test('upload, HEAD and GET a blob; its digest is verified', async () => {
    const client = new RegistryClient();
    const bytes = Buffer.from('hello blob');
    const digest = await client.uploadBlob(ref('blobs/a'), bytes);
    expect(digest).toBe(sha256Digest(bytes));
    expect(await client.hasBlob(ref('blobs/a'), digest)).toBe(true);
    expect(await client.hasBlob(ref('blobs/b'), digest)).toBe(false);
    expect((await client.getBlob(ref('blobs/a'), digest)).toString()).toBe('hello blob');
  });

  test('copyBlob mounts across repositories of the same registry, then finds it present', async () => {
    const client = new RegistryClient();
    const image = await pushTestImage(client, ref('blobs/from:1'), { platform: platform('linux/amd64'), layers: 2 });
    const before = client.stats.requests;
    expect(await client.copyBlob(ref('blobs/from'), ref('blobs/to'), image.layers[0])).toBe('mounted');
    expect(client.stats.requests - before).toBe(2); // HEAD (absent) + POST ?mount=
    expect(await client.copyBlob(ref('blobs/from'), ref('blobs/to'), image.layers[0])).toBe('present');
    expect(await client.hasBlob(ref('blobs/to'), image.layers[0].digest)).toBe(true);
  });

  test('copyBlob from a repository that lacks the blob fails with BLOB_UNKNOWN after the mount falls back', async () => {
    const client = new RegistryClient();
    const digest = sha256Digest(Buffer.from('nowhere'));
    await expect(
      client.copyBlob(ref('blobs/empty'), ref('blobs/to2'), { mediaType: 'x', digest, size: 7 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('tags', () => {
  // distribution 2.8 answers the whole list in one page whatever `n` says (pagination of tag
  // lists came with distribution 3); following `Link` is covered in test/unit/registry.
  test('listTags returns every tag once', async () => {
    const client = new RegistryClient();
    const image = await pushTestImage(client, ref('tags/many:v0'), { platform: platform('linux/amd64') });
    const names = Array.from({ length: 11 }, (_, i) => `1.0.${i}`);
    for (const name of names) await client.putManifest(withTag(ref('tags/many'), name), image.bytes, image.mediaType);
    const tags = await client.listTags(ref('tags/many'), 4);
    expect([...tags].sort()).toEqual([...names, 'v0'].sort());
  });

  test('a repository that does not exist has no tags', async () => {
    expect(await new RegistryClient().listTags(ref('tags/never-pushed'))).toEqual([]);
  });
});
