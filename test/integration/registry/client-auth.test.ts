// The registry client's auth against the real registry: htpasswd Basic auth, and token auth
// where the registry verifies JWTs from the test token service. Credentials come from inputs,
// from a Docker config file, and from a credential helper program; secrets are masked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RegistryClient } from '@cib/core/registry/client';
import type { RegistryClientOptions } from '@cib/core/registry/client';
import { CredentialSource } from '@cib/core/registry/credentials';
import { RegistryError } from '@cib/core/registry/errors';
import { parseReference, withDigest } from '@cib/core/registry/reference';
import { DEFAULT_USERS, startRegistry } from '../../support/registry/registry-server';
import type { RegistryServer } from '../../support/registry/registry-server';
import { basicAuthField, writeCredentialHelper, writeDockerConfig } from '../../support/registry/docker-config';
import { skopeoInspectRaw } from '../../support/registry/skopeo';
import { platform, pushTestImage } from '../../support/registry/test-images';

const [USER, PASSWORD] = Object.entries(DEFAULT_USERS)[0];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cib-auth-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A client that reads no Docker config unless told (the machine's own ~/.docker stays out). */
function clientFor(options: RegistryClientOptions = {}): RegistryClient {
  return new RegistryClient({ dockerConfigDir: join(work, 'no-config'), ...options });
}
function withInputs(server: RegistryServer, password = PASSWORD, extra: RegistryClientOptions = {}): RegistryClient {
  return clientFor({ credentials: { [server.host]: { username: USER, password } }, ...extra });
}

describe.each(['htpasswd', 'token'] as const)('%s auth', (mode) => {
  let server: RegistryServer;
  beforeAll(async () => {
    server = await startRegistry({ auth: mode });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const ref = (text: string) => parseReference(`${server.host}/${text}`);

  test('credentials from inputs push and pull; the password (and any token) is masked', async () => {
    const masked: string[] = [];
    const client = withInputs(server, PASSWORD, { maskSecret: (s) => masked.push(s) });
    const pushed = await pushTestImage(client, ref('auth/app:1.0.0'), { platform: platform('linux/amd64') });
    expect((await client.getManifest(ref('auth/app:1.0.0'))).digest).toBe(pushed.digest);
    expect(masked).toContain(PASSWORD);
    expect(masked).toContain(basicAuthField(USER, PASSWORD));
    if (mode === 'token') expect(masked.some((s) => s.split('.').length === 3)).toBe(true);
    expect(
      (await skopeoInspectRaw(`${server.host}/auth/app:1.0.0`, { username: USER, password: PASSWORD })).equals(
        pushed.bytes,
      ),
    ).toBe(true);
  });

  test('without credentials: UNAUTHORIZED, naming the registry and how to log in', async () => {
    const error = await clientFor()
      .getManifest(ref('auth/app:1.0.0'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect((error as Error).message).toMatch(/username and password|docker\/login-action/);
  });

  test('a wrong password: one clear UNAUTHORIZED error, and the password never in it', async () => {
    const wrong = 'not-the-password';
    const error = await withInputs(server, wrong)
      .headManifest(ref('auth/app:1.0.0'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((error as Error).message).toMatch(/refused the credentials|refused a token/);
    expect((error as Error).message).toMatch(/check the username and password/i);
    expect((error as Error).message).not.toContain(wrong);
  });

  test('credentials from a Docker config file (DOCKER_CONFIG), as docker/login-action writes it', async () => {
    const dir = writeDockerConfig(join(work, `${mode}-config`), {
      auths: { [server.host]: { auth: basicAuthField(USER, PASSWORD) } },
    });
    const client = new RegistryClient({ env: { DOCKER_CONFIG: dir, PATH: process.env.PATH } });
    const pushed = await pushTestImage(client, ref('auth/from-config:1'), { platform: platform('linux/arm64') });
    expect((await client.headManifest(ref('auth/from-config:1')))?.digest).toBe(pushed.digest);
  });

  test('credentials from a credential helper program named by credHelpers', async () => {
    const helper = writeCredentialHelper(join(work, `${mode}-bin`), 'cibtest', {
      [server.host]: { username: USER, secret: PASSWORD },
    });
    const dir = writeDockerConfig(join(work, `${mode}-helper-config`), { credHelpers: { [server.host]: 'cibtest' } });
    const masked: string[] = [];
    const client = new RegistryClient({
      env: { DOCKER_CONFIG: dir, PATH: `${helper.binDir}${delimiter}${process.env.PATH}` },
      maskSecret: (s) => masked.push(s),
    });
    const pushed = await pushTestImage(client, ref('auth/from-helper:1'), { platform: platform('linux/amd64') });
    expect((await client.getManifest(ref('auth/from-helper:1'))).digest).toBe(pushed.digest);
    expect(helper.calls()).toEqual([server.host]); // asked once, remembered
    expect(masked).toContain(PASSWORD);
  });

  test('credsStore answers for every host; a host it does not know gets no credentials', async () => {
    const helper = writeCredentialHelper(join(work, `${mode}-store-bin`), 'store', {
      [server.host]: { username: USER, secret: PASSWORD },
    });
    const dir = writeDockerConfig(join(work, `${mode}-store-config`), { credsStore: 'store' });
    const env = { DOCKER_CONFIG: dir, PATH: `${helper.binDir}${delimiter}${process.env.PATH}` };
    const client = new RegistryClient({ env });
    const pushed = await pushTestImage(client, ref('auth/from-store:1'), { platform: platform('linux/amd64') });
    expect((await client.getManifest(ref('auth/from-store:1'))).digest).toBe(pushed.digest);
    expect(await new CredentialSource({ env }).get('elsewhere.example')).toBeUndefined();
    expect(helper.calls()).toEqual([server.host, 'elsewhere.example']);
  });

  test('inputs win over the Docker config', async () => {
    const dir = writeDockerConfig(join(work, `${mode}-stale-config`), {
      auths: { [server.host]: { auth: basicAuthField(USER, 'stale') } },
    });
    const client = new RegistryClient({
      env: { DOCKER_CONFIG: dir },
      credentials: { [server.host]: { username: USER, password: PASSWORD } },
    });
    await expect(client.listTags(ref('auth/app'))).resolves.toContain('1.0.0');
  });
});

describe('token auth specifics', () => {
  let server: RegistryServer;
  beforeAll(async () => {
    server = await startRegistry({
      auth: 'token',
      users: { ...DEFAULT_USERS, reader: 'reader-password' },
      refreshTokens: { 'refresh-abc': USER },
      // `reader` may only pull; anonymous may pull `public/*`; `tester` may do anything.
      grant: (user, repository, asked) =>
        user === USER
          ? asked
          : user === 'reader' || repository.startsWith('public/')
            ? asked.filter((a) => a === 'pull')
            : [],
    });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const ref = (text: string) => parseReference(`${server.host}/${text}`);

  test('one token per scope set, cached: repeated reads ask the token service once', async () => {
    const client = withInputs(server);
    await pushTestImage(client, ref('token/cache:1'), { platform: platform('linux/amd64') });
    const reader = withInputs(server);
    const before = server.token!.requests.length;
    for (let i = 0; i < 3; i++) await reader.headManifest(ref('token/cache:1'));
    const asked = server.token!.requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0].scopes).toEqual(['repository:token/cache:pull']);
    // First HEAD: anonymous 401 with the challenge, token, HEAD again; then two HEADs.
    expect(reader.stats.byMethod.HEAD).toBe(4);
  });

  test('a cross-repository mount asks for pull on the source with push on the target, and mounts', async () => {
    const client = withInputs(server);
    const image = await pushTestImage(client, ref('token/from:1'), { platform: platform('linux/amd64') });
    expect(await client.copyBlob(ref('token/from'), ref('token/to'), image.layers[0])).toBe('mounted');
    expect(server.token!.requests.at(-1)?.scopes.sort()).toEqual([
      'repository:token/from:pull',
      'repository:token/to:pull,push',
    ]);
  });

  test('anonymous pulls work where the token service grants them', async () => {
    const pushed = await pushTestImage(withInputs(server), ref('public/app:1'), { platform: platform('linux/amd64') });
    const anonymous = clientFor();
    expect((await anonymous.getManifest(ref('public/app:1'))).digest).toBe(pushed.digest);
    expect(server.token!.requests.at(-1)?.user).toBeUndefined();
  });

  test('a pull-only account pushing: a clear error naming the repository, after asking again once', async () => {
    await pushTestImage(withInputs(server), ref('token/readonly:1'), { platform: platform('linux/amd64') });
    const reader = clientFor({
      credentials: { [server.host]: { username: 'reader', password: 'reader-password' } },
    });
    const fetched = await reader.getManifest(ref('token/readonly:1'));
    const error = await reader
      .putManifest(ref('token/readonly:2'), fetched.bytes, fetched.mediaType)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 401 });
    expect((error as Error).message).toContain(`${server.host}/token/readonly:2`);
    expect((error as Error).message).toContain('is not allowed to push token/readonly');
  });

  test('an identity token (refresh token) from the Docker config gets access tokens by POST', async () => {
    const dir = writeDockerConfig(join(work, 'identity-config'), {
      auths: { [server.host]: { identitytoken: 'refresh-abc' } },
    });
    const client = new RegistryClient({ env: { DOCKER_CONFIG: dir } });
    const pushed = await pushTestImage(client, ref('token/identity:1'), { platform: platform('linux/amd64') });
    expect((await client.getManifest(withDigest(ref('token/identity'), pushed.digest))).digest).toBe(pushed.digest);
    expect(server.token!.requests.at(-1)).toMatchObject({ method: 'POST', user: USER });
  });
});
