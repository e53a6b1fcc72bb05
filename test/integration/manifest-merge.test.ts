// manifest-merge's core against Debian's real docker-registry (distribution 2.8) on 127.0.0.1:
// platforms, attestation manifests, cross-repository and cross-registry targets, both index
// formats, annotations, the three auth modes and the credential sources, and registry faults.
// skopeo cross-checks what another client sees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeManifests, type MergeOptions, type MergeResult } from '@cib/core/manifest/merge';
import { RegistryClient, type RegistryClientOptions } from '@cib/core/registry/client';
import type { ImageIndex } from '@cib/core/registry/manifest-types';
import { DOCKER_MANIFEST_LIST, OCI_INDEX } from '@cib/core/registry/media-types';
import { parseReference, type ImageReference } from '@cib/core/registry/reference';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { startFaultProxy, type FaultProxy } from '../support/registry/fault-proxy';
import {
  descriptorOf,
  platform,
  pushAttestedImage,
  pushTestImage,
  pushTestIndex,
} from '../support/registry/test-images';
import { skopeoInspectRaw } from '../support/registry/skopeo';
import { basicAuthField, writeCredentialHelper, writeDockerConfig } from '../support/registry/docker-config';
import { RecordingLog } from '../support/recording-log';

const quiet = () => new RecordingLog();
const fastRetry = { baseDelayMs: 20, maxDelayMs: 200 };

function ref(server: { host: string }, path: string): ImageReference {
  return parseReference(`${server.host}/${path}`);
}

function merge(
  client: RegistryClient,
  server: { host: string },
  sources: string[],
  tags: string[],
  extra: Partial<MergeOptions> = {},
): Promise<MergeResult> {
  return mergeManifests(
    client,
    {
      format: 'oci',
      attestations: 'keep',
      ...extra,
      sources: sources.map((s) => ref(server, s)),
      tags: tags.map((t) => ref(server, t)),
    },
    quiet(),
  );
}

/** What skopeo (another client) reads at the reference, parsed, after checking the bytes are ours. */
async function crossCheck(host: string, path: string, result: MergeResult): Promise<ImageIndex> {
  const raw = await skopeoInspectRaw(`${host}/${path}`);
  expect(raw.equals(result.index.bytes)).toBe(true);
  return JSON.parse(raw.toString()) as ImageIndex;
}

describe('manifest-merge against a registry without auth', () => {
  let server: RegistryServer;
  let seed: RegistryClient;

  beforeAll(async () => {
    server = await startRegistry();
    seed = new RegistryClient();
    for (const [tag, p] of [
      ['1-amd64', 'linux/amd64'],
      ['1-arm64', 'linux/arm64'],
      ['1-armv7', 'linux/arm/v7'],
    ]) {
      await pushTestImage(seed, ref(server, `org/app:${tag}`), { platform: platform(p) });
      await pushTestImage(seed, ref(server, `org/docker-app:${tag}`), { platform: platform(p), format: 'docker' });
    }
    await pushAttestedImage(seed, ref(server, 'org/attested:1-amd64'), { platform: platform('linux/amd64') });
    await pushAttestedImage(seed, ref(server, 'org/attested:1-arm64'), { platform: platform('linux/arm64') });
    await pushTestImage(seed, ref(server, 'org/build-amd64:1'), { platform: platform('linux/amd64'), layers: 2 });
    await pushTestImage(seed, ref(server, 'org/build-arm64:1'), { platform: platform('linux/arm64'), layers: 2 });
  });
  afterAll(() => server?.stop());

  test('2 platforms into one tag: the index skopeo reads is our bytes', async () => {
    const client = new RegistryClient();
    const result = await merge(client, server, ['org/app:1-amd64', 'org/app:1-arm64'], ['org/app:1']);
    const index = await crossCheck(server.host, 'org/app:1', result);
    expect(index.mediaType).toBe(OCI_INDEX);
    expect(index.manifests.map((m) => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' },
    ]);
  });

  test('3 platforms including linux/arm/v7 into 2 tags of the same repository', async () => {
    const client = new RegistryClient();
    const result = await merge(
      client,
      server,
      ['org/app:1-amd64', 'org/app:1-arm64', 'org/app:1-armv7'],
      ['org/app:1.0.0', 'org/app:latest'],
      { platforms: [platform('linux/amd64'), platform('linux/arm64/v8'), platform('linux/arm/v7')] },
    );
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    for (const tag of ['1.0.0', 'latest']) {
      const index = await crossCheck(server.host, `org/app:${tag}`, result);
      expect(index.manifests.map((m) => m.platform?.variant)).toEqual([undefined, undefined, 'v7']);
    }
    expect(result.images).toEqual([
      `${server.host}/org/app:1.0.0@${result.index.digest}`,
      `${server.host}/org/app:latest@${result.index.digest}`,
    ]);
  });

  test('requests, all in one repository: per source one manifest GET and one config GET, per tag one PUT', async () => {
    const proxy = await startFaultProxy(server.host);
    try {
      const client = new RegistryClient();
      await merge(
        client,
        proxy,
        ['org/app:1-amd64', 'org/app:1-arm64', 'org/app:1-armv7'],
        ['org/app:counted', 'org/app:counted-latest'],
      );
      const seen = proxy.requests.map((r) => `${r.method} ${r.path.replace(/sha256:[a-f0-9]{64}/, 'DIGEST')}`).sort();
      // The client may first ask `GET /v2/` once per registry for its auth challenge before it
      // sends a body; everything else is the merge's own work.
      const own = seen.filter((r) => r !== 'GET /v2/');
      expect(own).toEqual([
        'GET /v2/org/app/blobs/DIGEST',
        'GET /v2/org/app/blobs/DIGEST',
        'GET /v2/org/app/blobs/DIGEST',
        'GET /v2/org/app/manifests/1-amd64',
        'GET /v2/org/app/manifests/1-arm64',
        'GET /v2/org/app/manifests/1-armv7',
        'PUT /v2/org/app/manifests/counted',
        'PUT /v2/org/app/manifests/counted-latest',
      ]);
      expect(seen.length - own.length).toBeLessThanOrEqual(1);
      expect(client.stats.requests).toBe(seen.length);
    } finally {
      await proxy.stop();
    }
  });

  test('Docker format: a Docker manifest list of Docker manifests', async () => {
    const result = await merge(
      new RegistryClient(),
      server,
      ['org/docker-app:1-amd64', 'org/docker-app:1-arm64', 'org/docker-app:1-armv7'],
      ['org/docker-app:1'],
      { format: 'docker' },
    );
    const index = await crossCheck(server.host, 'org/docker-app:1', result);
    expect(index.mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(index.manifests.every((m) => m.mediaType === 'application/vnd.docker.distribution.manifest.v2+json')).toBe(
      true,
    );
    expect(index.annotations).toBeUndefined();
  });

  test('a Docker manifest list as a source is flattened like an OCI index', async () => {
    const amd64 = await pushTestImage(seed, ref(server, 'org/listed'), {
      platform: platform('linux/amd64'),
      format: 'docker',
    });
    const arm64 = await pushTestImage(seed, ref(server, 'org/listed'), {
      platform: platform('linux/arm64'),
      format: 'docker',
    });
    await pushTestIndex(seed, ref(server, 'org/listed:list'), [descriptorOf(amd64), descriptorOf(arm64)], {
      format: 'docker',
    });
    await pushTestImage(seed, ref(server, 'org/listed:armv7'), {
      platform: platform('linux/arm/v7'),
      format: 'docker',
    });
    const result = await merge(
      new RegistryClient(),
      server,
      ['org/listed:list', 'org/listed:armv7'],
      ['org/listed:all'],
      {
        format: 'docker',
      },
    );
    const index = await crossCheck(server.host, 'org/listed:all', result);
    expect(index.manifests.map((m) => m.digest)).toEqual([amd64.digest, arm64.digest, expect.any(String)]);
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
  });

  test('annotations land on the OCI index', async () => {
    const annotations = {
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.description': 'An app, merged',
    };
    const result = await merge(new RegistryClient(), server, ['org/app:1-amd64'], ['org/app:annotated'], {
      annotations,
    });
    const index = await crossCheck(server.host, 'org/app:annotated', result);
    expect(index.annotations).toEqual(annotations);
  });

  test.each([
    { attestations: 'keep' as const, manifests: 4 },
    { attestations: 'drop' as const, manifests: 2 },
  ])('source indexes with attestation manifests are flattened ($attestations)', async ({ attestations, manifests }) => {
    const result = await merge(
      new RegistryClient(),
      server,
      ['org/attested:1-amd64', 'org/attested:1-arm64'],
      [`org/attested:${attestations}`],
      { attestations },
    );
    const index = await crossCheck(server.host, `org/attested:${attestations}`, result);
    expect(index.manifests).toHaveLength(manifests);
    const attestationEntries = index.manifests.filter(
      (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
    );
    expect(attestationEntries).toHaveLength(manifests - 2);
    // Each kept attestation still points at an image manifest of the index.
    for (const a of attestationEntries) {
      expect(index.manifests.map((m) => m.digest)).toContain(a.annotations?.['vnd.docker.reference.digest']);
      expect(a.platform).toEqual({ architecture: 'unknown', os: 'unknown' });
    }
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test('sources in other repositories: blobs mounted, children pushed by digest, then the index to every tag', async () => {
    const client = new RegistryClient();
    const result = await merge(
      client,
      server,
      ['org/build-amd64:1', 'org/build-arm64:1'],
      ['org/released:1', 'org/released:latest', 'org/mirror:1'],
    );
    const copies = result.pushed!.copies;
    // Two children into each of the two target repositories; config + 2 layers each, mounted.
    expect(copies).toHaveLength(4);
    expect(copies.every((c) => c.result === 'copied' && c.blobs.mounted === 3)).toBe(true);
    for (const path of ['org/released:1', 'org/released:latest', 'org/mirror:1'])
      await crossCheck(server.host, path, result);
    // Another client can pull each child (manifest and config) from the target repository.
    for (const m of result.index.json.manifests) {
      const child = ref(server, `org/mirror@${m.digest}`);
      const fetched = await seed.getManifest(child);
      expect(fetched.digest).toBe(m.digest);
    }
    // A second run finds everything present and copies nothing.
    const again = await merge(
      new RegistryClient(),
      server,
      ['org/build-amd64:1', 'org/build-arm64:1'],
      ['org/mirror:1'],
    );
    expect(again.pushed!.copies.every((c) => c.result === 'present')).toBe(true);
    expect(again.index.digest).toBe(result.index.digest);
  });

  test('a tag on another registry gets the children and blobs uploaded', async () => {
    const other = await startRegistry();
    try {
      const result = await mergeManifests(
        new RegistryClient(),
        {
          format: 'oci',
          attestations: 'keep',
          sources: [ref(server, 'org/attested:1-amd64'), ref(server, 'org/app:1-arm64')],
          tags: [ref(server, 'org/cross:1'), ref(other, 'elsewhere/app:1')],
        },
        quiet(),
      );
      const copied = result.pushed!.copies.filter((c) => c.to.startsWith(other.host));
      expect(copied).toHaveLength(3);
      expect(copied.every((c) => c.blobs.uploaded >= 2 && c.blobs.mounted === 0)).toBe(true);
      await crossCheck(other.host, 'elsewhere/app:1', result);
      await crossCheck(server.host, 'org/cross:1', result);
    } finally {
      await other.stop();
    }
  });

  test('dry run: reads, validates and plans; the tag does not exist afterwards', async () => {
    const client = new RegistryClient();
    const result = await merge(
      client,
      server,
      ['org/app:1-amd64', 'org/app:1-arm64'],
      ['org/app:dry', 'org/mirror:dry'],
      {
        dryRun: true,
      },
    );
    expect(result.pushed).toBeUndefined();
    expect(await client.headManifest(ref(server, 'org/app:dry'))).toBeUndefined();
    expect(await client.headManifest(ref(server, 'org/mirror:dry'))).toBeUndefined();
    expect(client.stats.byMethod.PUT ?? 0).toBe(0);
    expect(client.stats.byMethod.POST ?? 0).toBe(0);
  });

  describe('registry faults through the proxy still give the right index', () => {
    let proxy: FaultProxy;
    beforeAll(async () => {
      proxy = await startFaultProxy(server.host);
    });
    afterAll(() => proxy?.stop());
    beforeEach(() => proxy.reset());

    test.each([
      {
        name: '429 with Retry-After on manifest reads and the index push',
        rules: [
          {
            method: 'GET',
            path: /manifests/,
            fault: { kind: 'status' as const, status: 429, retryAfter: '1' },
            times: 2,
          },
          { method: 'PUT', path: /manifests/, fault: { kind: 'status' as const, status: 429, retryAfter: '1' } },
        ],
      },
      {
        name: '503 on blob reads and manifest pushes',
        rules: [
          { method: 'GET', path: /blobs/, fault: { kind: 'status' as const, status: 503 }, times: 2 },
          { method: 'PUT', path: /manifests/, fault: { kind: 'status' as const, status: 503 }, times: 2 },
        ],
      },
      {
        name: 'dropped connections on reads, mounts and pushes',
        rules: [
          { method: 'GET', fault: { kind: 'drop' as const }, times: 2 },
          { method: 'POST', fault: { kind: 'drop' as const } },
          { method: 'PUT', path: /manifests/, fault: { kind: 'drop' as const } },
        ],
      },
    ])('$name', async ({ name, rules }) => {
      proxy.inject(...rules);
      const tag = `faults-${name.split(' ')[0]}`;
      const client = new RegistryClient({ retry: fastRetry });
      const result = await merge(
        client,
        proxy,
        ['org/attested:1-amd64', 'org/build-arm64:1', 'org/app:1-armv7'],
        [`org/app:${tag}`, `org/faulted-${name.split(' ')[0]}:1`],
      );
      expect(proxy.pending()).toEqual([]);
      const index = await crossCheck(server.host, `org/app:${tag}`, result);
      await crossCheck(server.host, `org/faulted-${name.split(' ')[0]}:1`, result);
      expect(index.manifests.filter((m) => m.platform?.os === 'linux').map((m) => m.platform?.architecture)).toEqual([
        'amd64',
        'arm64',
        'arm',
      ]);
      expect(client.stats.retries).toBeGreaterThan(0);
    });
  });
});

describe('manifest-merge with credentials', () => {
  const users = { tester: 'secret-password' };
  const sources = ['org/app:1-amd64', 'org/app:1-arm64'];

  async function seeded(auth: 'htpasswd' | 'token'): Promise<RegistryServer> {
    const server = await startRegistry({ auth, users });
    const client = new RegistryClient({
      credentials: { [server.host]: { username: 'tester', password: users.tester } },
    });
    await pushTestImage(client, ref(server, 'org/app:1-amd64'), { platform: platform('linux/amd64') });
    await pushTestImage(client, ref(server, 'org/app:1-arm64'), { platform: platform('linux/arm64') });
    return server;
  }

  describe.each(['htpasswd', 'token'] as const)('%s auth', (auth) => {
    let server: RegistryServer;
    let dir: string;
    beforeAll(async () => {
      server = await seeded(auth);
      dir = mkdtempSync(join(tmpdir(), 'cib-merge-creds-'));
    });
    afterAll(async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const cases: Array<{ name: string; options: () => RegistryClientOptions; check?: () => void }> = [
      {
        name: 'credentials given as inputs',
        options: () => ({ credentials: { [server.host]: { username: 'tester', password: users.tester } } }),
      },
      {
        name: 'credentials from a Docker config file (DOCKER_CONFIG)',
        options: () => {
          const configDir = writeDockerConfig(join(dir, 'config-auths'), {
            auths: { [server.host]: { auth: basicAuthField('tester', users.tester) } },
          });
          return { env: { DOCKER_CONFIG: configDir, PATH: process.env.PATH } };
        },
      },
      {
        name: 'credentials from a credential helper program',
        options: () => {
          const helper = writeCredentialHelper(join(dir, 'bin'), 'cibtest', {
            [server.host]: { username: 'tester', secret: users.tester },
          });
          const configDir = writeDockerConfig(join(dir, 'config-helper'), {
            credHelpers: { [server.host]: 'cibtest' },
          });
          helperCalls = () => helper.calls();
          return { env: { DOCKER_CONFIG: configDir, PATH: `${helper.binDir}:${process.env.PATH}` } };
        },
        check: () => expect(helperCalls()).toContain(server.host),
      },
    ];
    let helperCalls: () => string[] = () => [];

    test.each(cases)('$name', async ({ name, options, check }) => {
      const masked: string[] = [];
      const client = new RegistryClient({ ...options(), maskSecret: (s) => masked.push(s) });
      const tag = `org/app:${name.split(' ')[2]}`;
      const result = await merge(client, server, sources, [tag]);
      const raw = await skopeoInspectRaw(`${server.host}/${tag}`, { username: 'tester', password: users.tester });
      expect(raw.equals(result.index.bytes)).toBe(true);
      expect(masked).toContain(users.tester);
      check?.();
    });

    test('sources in another repository: mounted with credentials that can pull there and push here', async () => {
      const client = new RegistryClient({
        credentials: { [server.host]: { username: 'tester', password: users.tester } },
      });
      const result = await merge(client, server, sources, ['org/published:1']);
      expect(result.pushed!.copies.every((c) => c.result === 'copied' && c.blobs.mounted === 2)).toBe(true);
      const raw = await skopeoInspectRaw(`${server.host}/org/published:1`, {
        username: 'tester',
        password: users.tester,
      });
      expect(raw.equals(result.index.bytes)).toBe(true);
    });

    test('no credentials: the source is unreadable, one error naming it, no tag written', async () => {
      const client = new RegistryClient({ env: { DOCKER_CONFIG: join(dir, 'none') } });
      await expect(merge(client, server, sources, ['org/app:anonymous'])).rejects.toThrow(
        new RegExp(`Source ${server.host}/org/app:1-amd64 could not be read: the registry refused access`),
      );
      const reader = new RegistryClient({
        credentials: { [server.host]: { username: 'tester', password: users.tester } },
      });
      expect(await reader.headManifest(ref(server, 'org/app:anonymous'))).toBeUndefined();
    });
  });
});

describe('manifest-merge with rights on some repositories only (token auth)', () => {
  let server: RegistryServer;
  const users = { publisher: 'publisher-password' };
  beforeAll(async () => {
    // The publisher may pull and push everywhere except org/locked-down, where it may only pull.
    server = await startRegistry({
      auth: 'token',
      users,
      grant: (user, repository, asked) =>
        !user ? [] : repository === 'org/locked-down' ? asked.filter((a) => a === 'pull') : asked,
    });
    const client = new RegistryClient({
      credentials: { [server.host]: { username: 'publisher', password: users.publisher } },
    });
    await pushTestImage(client, ref(server, 'org/app:1-amd64'), { platform: platform('linux/amd64') });
    await pushTestImage(client, ref(server, 'org/app:1-arm64'), { platform: platform('linux/arm64') });
  });
  afterAll(() => server?.stop());

  test('a target repository it cannot push to fails the copies before any tag is written, in every repository', async () => {
    const credentials = { [server.host]: { username: 'publisher', password: users.publisher } };
    await expect(
      merge(
        new RegistryClient({ credentials }),
        server,
        ['org/app:1-amd64', 'org/app:1-arm64'],
        ['org/app:allowed', 'org/locked-down:1'],
      ),
    ).rejects.toThrow(/org\/locked-down/);
    const reader = new RegistryClient({ credentials });
    expect(await reader.headManifest(ref(server, 'org/app:allowed'))).toBeUndefined();
    expect(await reader.headManifest(ref(server, 'org/locked-down:1'))).toBeUndefined();
  });
});
