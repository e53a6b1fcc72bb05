// One contract, two registries: the in-memory registry the unit tests use
// (test/support/memory-registry.ts) and Debian's docker-registry through the real client. The
// same operations (manifests by tag and digest, indexes, blobs, tag lists, unknown tags and
// digests, media types, refusals) must give the same answers from both, so the unit tests that
// run on the double test code against what a registry really does.
import { RegistryClient } from '@cib/core/registry/client';
import { sha256Digest } from '@cib/core/registry/digest';
import { RegistryError } from '@cib/core/registry/errors';
import type { Descriptor, ImageManifest } from '@cib/core/registry/manifest-types';
import {
  DOCKER_CONFIG,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
} from '@cib/core/registry/media-types';
import { parseReference, withDigest, type ImageReference } from '@cib/core/registry/reference';
import { MemoryRegistry, type RegistryApi } from '../../support/memory-registry';
import { startRegistry } from '../../support/registry/registry-server';

interface Registries {
  client: RegistryApi;
  /** Two registries (hosts), for copies across registries. */
  hosts: [string, string];
  stop(): Promise<void>;
}

const targets: Array<{ name: string; start: () => Promise<Registries> }> = [
  {
    name: 'the in-memory registry',
    start: async () => ({
      client: new MemoryRegistry(),
      hosts: ['registry-a.test', 'registry-b.test'],
      stop: async () => undefined,
    }),
  },
  {
    name: "Debian's docker-registry",
    start: async () => {
      const servers = await Promise.all([startRegistry(), startRegistry()]);
      return {
        client: new RegistryClient(),
        hosts: [servers[0].host, servers[1].host],
        stop: async () => void (await Promise.all(servers.map((server) => server.stop()))),
      };
    },
  },
];

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const layerType = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** What a failed call answered: the parts callers look at. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; code?: string; reference: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RegistryError)) throw new Error(`expected a RegistryError, got ${String(error)}`);
  return { status: error.status, code: error.code, reference: error.reference };
}

describe.each(targets)('$name', ({ start }) => {
  let registries: Registries;
  let client: RegistryApi;
  let host: string;
  let other: string;
  beforeAll(async () => {
    registries = await start();
    ({ client } = registries);
    [host, other] = registries.hosts;
  });
  afterAll(async () => {
    await registries?.stop();
  });

  const ref = (text: string, on = host) => parseReference(`${on}/${text}`);
  const repo = (text: string, on = host): ImageReference => ({ registry: on, repository: text });

  /** Uploads a config and a layer to `repository` and returns an image manifest over them. */
  async function imageBytes(repository: ImageReference, format: 'oci' | 'docker', seed: string) {
    const config = json({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' }, seed });
    const layer = Buffer.from(`layer ${seed}`);
    const configDigest = await client.uploadBlob(repository, config);
    const layerDigest = await client.uploadBlob(repository, layer);
    const mediaType = format === 'oci' ? OCI_MANIFEST : DOCKER_MANIFEST;
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType,
      config: { mediaType: format === 'oci' ? OCI_CONFIG : DOCKER_CONFIG, digest: configDigest, size: config.length },
      layers: [{ mediaType: layerType, digest: layerDigest, size: layer.length }],
    };
    const bytes = json(manifest);
    return { bytes, manifest, mediaType, digest: sha256Digest(bytes), configDigest, layerDigest, config };
  }

  describe('blobs', () => {
    test('an uploaded blob is in its repository only, byte for byte', async () => {
      const bytes = Buffer.from('blob contract bytes');
      const digest = await client.uploadBlob(repo('blobs/one'), bytes);
      expect(digest).toBe(sha256Digest(bytes));
      expect(await client.hasBlob(repo('blobs/one'), digest)).toBe(true);
      expect((await client.getBlob(repo('blobs/one'), digest)).equals(bytes)).toBe(true);
      expect(await client.hasBlob(repo('blobs/two'), digest)).toBe(false);
    });

    test('an unknown blob: HEAD false, GET 404 BLOB_UNKNOWN naming it', async () => {
      const digest = sha256Digest(Buffer.from('never uploaded'));
      expect(await client.hasBlob(repo('blobs/one'), digest)).toBe(false);
      expect(await refusal(client.getBlob(repo('blobs/one'), digest))).toEqual({
        status: 404,
        code: 'BLOB_UNKNOWN',
        reference: `${host}/blobs/one@${digest}`,
      });
    });

    test('copies: present, mounted on the same registry, uploaded to another; a missing source blob is 404', async () => {
      const bytes = Buffer.from('blob to copy');
      const digest = await client.uploadBlob(repo('copy/from'), bytes);
      const descriptor: Descriptor = { mediaType: layerType, digest, size: bytes.length };
      expect(await client.copyBlob(repo('copy/from'), repo('copy/from'), descriptor)).toBe('present');
      expect(await client.copyBlob(repo('copy/from'), repo('copy/to'), descriptor)).toBe('mounted');
      expect(await client.copyBlob(repo('copy/from'), repo('copy/to', other), descriptor)).toBe('uploaded');
      expect((await client.getBlob(repo('copy/to', other), digest)).equals(bytes)).toBe(true);
      const missing = sha256Digest(Buffer.from('not in the source'));
      expect(
        await refusal(client.copyBlob(repo('copy/from'), repo('copy/to'), { ...descriptor, digest: missing })),
      ).toMatchObject({ status: 404, code: 'BLOB_UNKNOWN' });
    });

    test('the config of a manifest reads back parsed', async () => {
      const image = await imageBytes(repo('blobs/config'), 'oci', 'config');
      const config = await client.getConfig(ref('blobs/config'), image.manifest);
      expect(config).toMatchObject({ architecture: 'amd64', os: 'linux' });
    });
  });

  describe('manifests', () => {
    test.each(['oci', 'docker'] as const)(
      'a %s image by tag and by digest: the exact bytes, digest, type and size',
      async (format) => {
        const image = await imageBytes(repo(`manifests/${format}`), format, format);
        expect(await client.putManifest(ref(`manifests/${format}:1.0.0`), image.bytes, image.mediaType)).toBe(
          image.digest,
        );
        const head = { digest: image.digest, mediaType: image.mediaType, size: image.bytes.length };
        expect(await client.headManifest(ref(`manifests/${format}:1.0.0`))).toEqual(head);
        expect(await client.headManifest(withDigest(repo(`manifests/${format}`), image.digest))).toEqual(head);
        for (const at of [ref(`manifests/${format}:1.0.0`), withDigest(repo(`manifests/${format}`), image.digest)]) {
          const fetched = await client.getManifest(at);
          expect(fetched.bytes.equals(image.bytes)).toBe(true);
          expect(fetched).toMatchObject({ ...head, json: image.manifest });
        }
      },
    );

    test.each([
      ['an OCI index', OCI_INDEX, 'oci'],
      ['a Docker manifest list', DOCKER_MANIFEST_LIST, 'docker'],
    ] as const)('%s over images in its repository', async (_, mediaType, format) => {
      const image = await imageBytes(repo(`indexes/${format}`), format, `index ${format}`);
      await client.putManifest(withDigest(repo(`indexes/${format}`), image.digest), image.bytes, image.mediaType);
      const bytes = json({
        schemaVersion: 2,
        mediaType,
        manifests: [
          {
            mediaType: image.mediaType,
            digest: image.digest,
            size: image.bytes.length,
            platform: { os: 'linux', architecture: 'amd64' },
          },
        ],
      });
      const digest = await client.putManifest(ref(`indexes/${format}:multi`), bytes, mediaType);
      expect(await client.headManifest(ref(`indexes/${format}:multi`))).toEqual({
        digest,
        mediaType,
        size: bytes.length,
      });
      expect((await client.getManifest(ref(`indexes/${format}:multi`))).bytes.equals(bytes)).toBe(true);
    });

    test('a push by digest tags nothing; a push to a tag moves it; the same bytes keep their digest', async () => {
      const first = await imageBytes(repo('manifests/moves'), 'oci', 'first');
      const second = await imageBytes(repo('manifests/moves'), 'oci', 'second');
      await client.putManifest(withDigest(repo('manifests/moves'), first.digest), first.bytes, first.mediaType);
      expect(await client.listTags(repo('manifests/moves'))).toEqual([]);
      await client.putManifest(ref('manifests/moves:latest'), first.bytes, first.mediaType);
      await client.putManifest(ref('manifests/moves:stable'), first.bytes, first.mediaType);
      expect((await client.headManifest(ref('manifests/moves:stable')))?.digest).toBe(first.digest);
      await client.putManifest(ref('manifests/moves:latest'), second.bytes, second.mediaType);
      expect((await client.headManifest(ref('manifests/moves:latest')))?.digest).toBe(second.digest);
      expect((await client.headManifest(ref('manifests/moves:stable')))?.digest).toBe(first.digest);
      expect([...(await client.listTags(repo('manifests/moves')))].sort()).toEqual(['latest', 'stable']);
    });

    test('unknown tag, digest or repository: HEAD answers nothing, GET 404 MANIFEST_UNKNOWN naming the reference', async () => {
      const image = await imageBytes(repo('unknown/app'), 'oci', 'unknown');
      await client.putManifest(ref('unknown/app:present'), image.bytes, image.mediaType);
      const absent = sha256Digest(Buffer.from('no such manifest'));
      // Manifests belong to their repository: the same digest elsewhere is unknown.
      for (const at of [
        ref('unknown/app:absent'),
        withDigest(repo('unknown/app'), absent),
        ref('unknown/nothing:1'),
        withDigest(repo('unknown/other'), image.digest),
      ]) {
        expect(await client.headManifest(at)).toBeUndefined();
        const { status, code, reference } = await refusal(client.getManifest(at));
        expect({ status, code }).toEqual({ status: 404, code: 'MANIFEST_UNKNOWN' });
        expect(reference).toBe(
          `${at.registry}/${at.repository}${at.tag ? `:${at.tag}` : ''}${at.digest ? `@${at.digest}` : ''}`,
        );
      }
    });
  });

  describe('what a manifest push is refused for', () => {
    const configless = (digest: string) => ({ mediaType: OCI_CONFIG, digest, size: 2 });
    test.each([
      {
        name: 'a config the repository lacks',
        body: () =>
          json({
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            config: configless(sha256Digest(Buffer.from('{}'))),
            layers: [],
          }),
        mediaType: OCI_MANIFEST,
        code: 'MANIFEST_BLOB_UNKNOWN',
      },
      {
        name: 'an index child the repository lacks',
        body: () =>
          json({
            schemaVersion: 2,
            mediaType: OCI_INDEX,
            manifests: [{ mediaType: OCI_MANIFEST, digest: sha256Digest(Buffer.from('x')), size: 1 }],
          }),
        mediaType: OCI_INDEX,
        code: 'MANIFEST_BLOB_UNKNOWN',
      },
      {
        name: 'a body that is not JSON',
        body: () => Buffer.from('not json'),
        mediaType: OCI_MANIFEST,
        code: 'MANIFEST_INVALID',
      },
      {
        name: 'a Content-Type that is no image type',
        body: (good: Buffer) => good,
        mediaType: 'application/json',
        code: 'MANIFEST_INVALID',
      },
      {
        name: 'a Content-Type other than the mediaType field',
        body: (good: Buffer) => good,
        mediaType: DOCKER_MANIFEST,
        code: 'MANIFEST_INVALID',
      },
      {
        name: 'an index Content-Type on a manifest',
        body: (good: Buffer) => good,
        mediaType: OCI_INDEX,
        code: 'MANIFEST_INVALID',
      },
      {
        name: 'a Docker manifest without its mediaType field',
        body: (good: Buffer) => json({ ...(JSON.parse(good.toString()) as object), mediaType: undefined }),
        mediaType: DOCKER_MANIFEST,
        code: 'MANIFEST_INVALID',
      },
    ])('$name: 400 $code', async ({ name, body, mediaType, code }) => {
      const image = await imageBytes(repo('refused/app'), 'oci', 'refused');
      // A tag per case, so that one wrongly accepted push cannot hide in another case.
      const tag = name.replace(/[^a-z0-9]+/gi, '-');
      const answer = await refusal(client.putManifest(ref(`refused/app:${tag}`), body(image.bytes), mediaType));
      expect(answer).toEqual({ status: 400, code, reference: `${host}/refused/app:${tag}` });
      expect(await client.headManifest(ref(`refused/app:${tag}`))).toBeUndefined();
    });

    test('a manifest pushed to a repository that lacks its blobs: 400 MANIFEST_BLOB_UNKNOWN', async () => {
      const image = await imageBytes(repo('refused/source'), 'oci', 'elsewhere');
      expect(await refusal(client.putManifest(ref('refused/target:1'), image.bytes, image.mediaType))).toMatchObject({
        status: 400,
        code: 'MANIFEST_BLOB_UNKNOWN',
      });
    });

    test('a push by a digest the bytes do not have: 400 DIGEST_INVALID', async () => {
      const image = await imageBytes(repo('refused/digest'), 'oci', 'digest');
      const wrong = withDigest(repo('refused/digest'), sha256Digest(Buffer.from('other bytes')));
      expect(await refusal(client.putManifest(wrong, image.bytes, image.mediaType))).toMatchObject({
        status: 400,
        code: 'DIGEST_INVALID',
      });
    });

    test('a layer with urls (non-distributable, stored elsewhere): 500, no URLs are allowed by default', async () => {
      const image = await imageBytes(repo('refused/foreign'), 'oci', 'foreign');
      const foreign: Descriptor = {
        mediaType: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
        digest: sha256Digest(Buffer.from('a Windows base layer elsewhere')),
        size: 30,
        urls: ['https://layers.example/base.tar.gz'],
      };
      const bytes = json({ ...image.manifest, layers: [...image.manifest.layers, foreign] });
      expect(await refusal(client.putManifest(ref('refused/foreign:1'), bytes, OCI_MANIFEST))).toMatchObject({
        status: 500,
        code: 'UNKNOWN',
      });
    });
  });

  describe('what a manifest push is not refused for', () => {
    test('sizes are not compared, and an index may point at a blob of its repository', async () => {
      const image = await imageBytes(repo('accepted/loose'), 'oci', 'loose');
      const wrongSize = json({ ...image.manifest, config: { ...image.manifest.config, size: 3 } });
      expect(await client.putManifest(ref('accepted/loose:size'), wrongSize, OCI_MANIFEST)).toBe(
        sha256Digest(wrongSize),
      );
      const toBlob = json({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [{ mediaType: OCI_MANIFEST, digest: image.configDigest, size: image.config.length }],
      });
      expect(await client.putManifest(ref('accepted/loose:blob'), toBlob, OCI_INDEX)).toBe(sha256Digest(toBlob));
    });
  });

  describe('media types', () => {
    test('an OCI manifest may leave its mediaType field out; it is served as an OCI manifest', async () => {
      const image = await imageBytes(repo('types/bare'), 'oci', 'bare');
      const bytes = json({ ...image.manifest, mediaType: undefined });
      await client.putManifest(ref('types/bare:1'), bytes, OCI_MANIFEST);
      expect(await client.headManifest(ref('types/bare:1'))).toMatchObject({
        mediaType: OCI_MANIFEST,
        size: bytes.length,
      });
    });

    test('Content-Type parameters are accepted and left out of what is served', async () => {
      const image = await imageBytes(repo('types/params'), 'oci', 'params');
      await client.putManifest(ref('types/params:1'), image.bytes, `${OCI_MANIFEST}; charset=utf-8`);
      expect((await client.getManifest(ref('types/params:1'))).mediaType).toBe(OCI_MANIFEST);
    });

    test('a Docker manifest list may hold OCI manifests, and an OCI index Docker manifests', async () => {
      const oci = await imageBytes(repo('types/mixed'), 'oci', 'mixed oci');
      const docker = await imageBytes(repo('types/mixed'), 'docker', 'mixed docker');
      for (const image of [oci, docker]) {
        await client.putManifest(withDigest(repo('types/mixed'), image.digest), image.bytes, image.mediaType);
      }
      const entry = (image: typeof oci) => ({
        mediaType: image.mediaType,
        digest: image.digest,
        size: image.bytes.length,
      });
      await client.putManifest(
        ref('types/mixed:list'),
        json({ schemaVersion: 2, mediaType: DOCKER_MANIFEST_LIST, manifests: [entry(oci)] }),
        DOCKER_MANIFEST_LIST,
      );
      await client.putManifest(
        ref('types/mixed:index'),
        json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry(docker)] }),
        OCI_INDEX,
      );
      expect((await client.headManifest(ref('types/mixed:list')))?.mediaType).toBe(DOCKER_MANIFEST_LIST);
      expect((await client.headManifest(ref('types/mixed:index')))?.mediaType).toBe(OCI_INDEX);
    });
  });

  describe('tag lists', () => {
    test('every tag of the repository (in no promised order); none for an unknown repository', async () => {
      const image = await imageBytes(repo('tags/app'), 'oci', 'tags');
      const tags = ['1.0.0', '1.10.0', '1.2.0', 'latest', 'v2'];
      for (const tag of tags) await client.putManifest(ref(`tags/app:${tag}`), image.bytes, image.mediaType);
      expect([...(await client.listTags(repo('tags/app')))].sort()).toEqual([...tags].sort());
      expect(await client.listTags(repo('tags/never-pushed'))).toEqual([]);
    });
  });
});
