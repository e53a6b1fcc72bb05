// manifest-merge end to end: the bundle in dist/ run through the runner harness exactly as the
// GitHub runner runs it, against Debian's docker-registry on 127.0.0.1. Outputs, job summary,
// masking, credentials from inputs / Docker config / a credential helper, and every bad input
// failing with exit code 1, one error naming the problem, and no tag written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '@cib/core/registry/client';
import { sha256Digest } from '@cib/core/registry/digest';
import type { ImageIndex } from '@cib/core/registry/manifest-types';
import { OCI_MANIFEST } from '@cib/core/registry/media-types';
import { parseReference, withDigest, type ImageReference } from '@cib/core/registry/reference';
import { runAction } from '../support/runner-harness';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { platform, pushAttestedImage, pushTestImage } from '../support/registry/test-images';
import { skopeoInspectRaw } from '../support/registry/skopeo';
import { writeCredentialHelper, writeDockerConfig, basicAuthField } from '../support/registry/docker-config';

let open: RegistryServer;
let locked: RegistryServer;
let dir: string;
const password = 'e2e-secret-password';
const reader = () => new RegistryClient({ credentials: { [locked.host]: { username: 'tester', password } } });
const at = (server: RegistryServer, path: string): ImageReference => parseReference(`${server.host}/${path}`);

beforeAll(async () => {
  [open, locked] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: 'htpasswd', users: { tester: password } }),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'cib-e2e-merge-'));
  const seed = new RegistryClient();
  await pushTestImage(seed, at(open, 'org/app:1-amd64'), { platform: platform('linux/amd64') });
  await pushAttestedImage(seed, at(open, 'org/app:1-arm64'), { platform: platform('linux/arm64') });
  await pushTestImage(seed, at(open, 'org/app:1-armv7'), { platform: platform('linux/arm/v7') });
  await pushTestImage(seed, at(open, 'org/app:1-arm64v8'), { platform: platform('linux/arm64/v8') });
  // Not an image: an artifact whose config is a Helm chart config.
  const untagged = at(open, 'org/chart');
  const configBytes = Buffer.from('{"name":"chart","version":"1.0.0"}');
  const config = {
    mediaType: 'application/vnd.cncf.helm.config.v1+json',
    digest: await seed.uploadBlob(untagged, configBytes),
    size: configBytes.length,
  };
  const chartManifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [] }));
  await seed.putManifest(withDigest(untagged, sha256Digest(chartManifest)), chartManifest, OCI_MANIFEST);
  await seed.putManifest(at(open, 'org/chart:1'), chartManifest, OCI_MANIFEST);
  const seedLocked = reader();
  await pushTestImage(seedLocked, at(locked, 'org/app:1-amd64'), { platform: platform('linux/amd64') });
  await pushTestImage(seedLocked, at(locked, 'org/app:1-arm64'), { platform: platform('linux/arm64') });
});
afterAll(async () => {
  await Promise.all([open?.stop(), locked?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('3 platforms (one source an index with provenance) into 2 tags: outputs, summary, skopeo sees our index', async () => {
  const run = await runAction('manifest-merge', {
    inputs: {
      sources: `${open.host}/org/app:1-amd64\n${open.host}/org/app:1-arm64\n${open.host}/org/app:1-armv7`,
      tags: `${open.host}/org/app:1.0.0, ${open.host}/org/release:1.0.0`,
      platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
      annotations:
        'org.opencontainers.image.version=1.0.0\norg.opencontainers.image.source=https://github.com/octo-org/octo-app',
    },
  });
  expect(run.main.errors).toEqual([]);
  expect(run.main.exitCode).toBe(0);
  const { digest, images, platforms, json } = run.main.outputs;
  expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  expect(run.main.outputs['media-type']).toBe('application/vnd.oci.image.index.v1+json');
  expect(platforms).toBe('linux/amd64,linux/arm64,linux/arm/v7');
  expect(images.split(',')).toEqual([
    `${open.host}/org/app:1.0.0@${digest}`,
    `${open.host}/org/release:1.0.0@${digest}`,
  ]);
  const parsed = JSON.parse(json) as { manifests: Array<{ attestation: boolean }> };
  expect(parsed.manifests.filter((m) => m.attestation)).toHaveLength(1);
  for (const tag of ['org/app:1.0.0', 'org/release:1.0.0']) {
    const raw = await skopeoInspectRaw(`${open.host}/${tag}`);
    expect(sha256Digest(raw)).toBe(digest);
    expect((JSON.parse(raw.toString()) as ImageIndex).annotations?.['org.opencontainers.image.version']).toBe('1.0.0');
  }
  expect(run.main.summary).toContain('| Platform | Source | Digest | Size |');
  expect(run.main.summary).toContain(`| linux/arm/v7 | ${open.host}/org/app:1-armv7 |`);
  expect(run.main.summary).toContain('| attestation (linux/arm64) |');
});

test('Docker format with attestations dropped: a Docker manifest list of the images only', async () => {
  const run = await runAction('manifest-merge', {
    inputs: {
      sources: `${open.host}/org/app:1-amd64\n${open.host}/org/app:1-arm64`,
      tags: `${open.host}/org/app:docker`,
      format: 'docker',
      attestations: 'drop',
    },
  });
  expect(run.main.errors).toEqual([]);
  expect(run.main.outputs['media-type']).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
  expect(run.main.outputs.platforms).toBe('linux/amd64,linux/arm64');
  const raw = await skopeoInspectRaw(`${open.host}/org/app:docker`);
  expect(sha256Digest(raw)).toBe(run.main.outputs.digest);
  const list = JSON.parse(raw.toString()) as { mediaType: string; manifests: Array<{ annotations?: object }> };
  expect(list.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
  expect(list.manifests).toHaveLength(2);
  expect(list.manifests.every((m) => m.annotations === undefined)).toBe(true);
  expect(run.main.stdout).toContain('left out');
});

test('dry run: prints the index and the plan, pushes nothing', async () => {
  const run = await runAction('manifest-merge', {
    inputs: {
      sources: `${open.host}/org/app:1-amd64,${open.host}/org/app:1-armv7`,
      tags: `${open.host}/org/app:dry`,
      'dry-run': 'true',
    },
  });
  expect(run.main.exitCode).toBe(0);
  expect(run.main.stdout).toContain('Dry run: nothing pushed');
  expect(run.main.stdout).toContain(`push index ${run.main.outputs.digest}`);
  expect(await new RegistryClient().headManifest(at(open, 'org/app:dry'))).toBeUndefined();
});

describe('credentials for a registry with htpasswd auth', () => {
  const sources = () => `${locked.host}/org/app:1-amd64,${locked.host}/org/app:1-arm64`;

  test('from the username and password inputs, the password masked first', async () => {
    const run = await runAction('manifest-merge', {
      inputs: { sources: sources(), tags: `${locked.host}/org/app:inputs`, username: 'tester', password },
    });
    expect(run.main.errors).toEqual([]);
    expect(run.main.masks[0]).toBe(password);
    expect(run.main.stdout.split('\n').filter((l) => l.includes(password) && !l.startsWith('::add-mask::'))).toEqual(
      [],
    );
    expect((await reader().headManifest(at(locked, 'org/app:inputs')))?.digest).toBe(run.main.outputs.digest);
  });

  test('from a Docker config file (DOCKER_CONFIG), as docker/login-action writes it', async () => {
    const configDir = writeDockerConfig(join(dir, 'docker-config'), {
      auths: { [locked.host]: { auth: basicAuthField('tester', password) } },
    });
    const run = await runAction('manifest-merge', {
      inputs: { sources: sources(), tags: `${locked.host}/org/app:config` },
      env: { DOCKER_CONFIG: configDir },
    });
    expect(run.main.errors).toEqual([]);
    expect(run.main.masks).toContain(password);
    expect((await reader().headManifest(at(locked, 'org/app:config')))?.digest).toBe(run.main.outputs.digest);
  });

  test('from a credential helper program named in the Docker config', async () => {
    const helper = writeCredentialHelper(join(dir, 'helper-bin'), 'cibe2e', {
      [locked.host]: { username: 'tester', secret: password },
    });
    const configDir = writeDockerConfig(join(dir, 'docker-config-helper'), {
      credHelpers: { [locked.host]: 'cibe2e' },
    });
    const run = await runAction('manifest-merge', {
      inputs: { sources: sources(), tags: `${locked.host}/org/app:helper` },
      env: { DOCKER_CONFIG: configDir, PATH: `${helper.binDir}:${process.env.PATH}` },
    });
    expect(run.main.errors).toEqual([]);
    expect(helper.calls()).toContain(locked.host);
    expect((await reader().headManifest(at(locked, 'org/app:helper')))?.digest).toBe(run.main.outputs.digest);
  });
});

describe('bad input: exit code 1, one error naming the problem, no tag written', () => {
  const s = (path: string) => `${open.host}/${path}`;
  test.each<{ name: string; sources: () => string; extra: Record<string, string>; error: RegExp }>([
    {
      name: 'missing source',
      sources: () => `${s('org/app:1-amd64')},${s('org/app:1-nope')}`,
      extra: {},
      error: /Source 127\.0\.0\.1:\d+\/org\/app:1-nope does not exist/,
    },
    {
      name: 'unreadable source (auth refused)',
      sources: () => `${locked.host}/org/app:1-amd64`,
      extra: {},
      error: /Source 127\.0\.0\.1:\d+\/org\/app:1-amd64 could not be read: the registry refused access \(401\)/,
    },
    {
      name: 'wrong password',
      sources: () => `${locked.host}/org/app:1-amd64`,
      extra: { username: 'tester', password: 'wrong' },
      error: /could not be read: the registry refused access \(401\)\. The registry refused the credentials/,
    },
    {
      name: 'not an image',
      sources: () => `${s('org/app:1-amd64')},${s('org/chart:1')}`,
      extra: {},
      error:
        /Source 127\.0\.0\.1:\d+\/org\/chart:1 is not a container image: its config has media type application\/vnd\.cncf\.helm\.config\.v1\+json/,
    },
    {
      name: 'duplicate platforms',
      sources: () => `${s('org/app:1-amd64')},${s('org/app:1-arm64')},${s('org/app:1-arm64v8')}`,
      extra: {},
      error:
        /Sources 127\.0\.0\.1:\d+\/org\/app:1-arm64 and 127\.0\.0\.1:\d+\/org\/app:1-arm64v8 both provide platform linux\/arm64/,
    },
    {
      name: 'unsupported format',
      sources: () => s('org/app:1-amd64'),
      extra: { format: 'zip' },
      error: /Input "format" is "zip": expected one of oci, docker/,
    },
    {
      name: 'docker format with annotations',
      sources: () => s('org/app:1-amd64'),
      extra: { format: 'docker', annotations: 'a=b\nindex:c=d e' },
      error: /Input "annotations" is "a=b\\nc=d e": expected no annotations when "format" is docker/,
    },
    {
      name: 'platforms not as expected',
      sources: () => `${s('org/app:1-amd64')},${s('org/app:1-armv7')}`,
      extra: { platforms: 'linux/amd64,linux/arm64' },
      error: /missing linux\/arm64; not expected linux\/arm\/v7/,
    },
    {
      name: 'malformed source reference',
      sources: () => `${s('org/app:1-amd64')},${s('Org/App')}`,
      extra: {},
      error: /Input "sources" is ".*Org\/App": expected an image reference/,
    },
    { name: 'no sources', sources: () => '', extra: {}, error: /Input "sources" is empty/ },
    {
      name: 'registry-insecure written as a URL',
      sources: () => s('org/app:1-amd64'),
      extra: { 'registry-insecure': 'http://x:1' },
      error: /^Input "registry-insecure" is "http:\/\/x:1": expected hosts as host\[:port\].*Write it as x:1$/,
    },
    {
      name: 'a tag holding build metadata',
      sources: () => s('org/app:1-amd64'),
      extra: { tags: 'ghcr.io/org/app:1.2.3+build.7' },
      error: /^Input "tags" is .*as an image tag it is written 1\.2\.3_build\.7/,
    },
  ])('$name', async ({ sources, extra, error }) => {
    const tag = `bad-${Math.random().toString(36).slice(2, 8)}`;
    const run = await runAction('manifest-merge', {
      // The locked registry first: the username/password inputs are for the first tag's registry.
      inputs: { sources: sources(), tags: `${locked.host}/org/app:${tag},${s(`org/app:${tag}`)}`, ...extra },
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toHaveLength(1);
    expect(run.main.errors[0]).toMatch(error);
    expect(run.main.outputs).toEqual({});
    expect(await new RegistryClient().headManifest(at(open, `org/app:${tag}`))).toBeUndefined();
    expect(await reader().headManifest(at(locked, `org/app:${tag}`))).toBeUndefined();
  });
});
