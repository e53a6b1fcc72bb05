// Where credentials come from: inputs, then config.json (auths, credHelpers, credsStore), with
// the host names Docker writes there (https://index.docker.io/v1/, https://ghcr.io, ghcr.io).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '@cib/core/exec/exec';
import { CredentialSource, normalizeRegistryHost } from '@cib/core/registry/credentials';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cib-cred-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const b64 = (s: string) => Buffer.from(s).toString('base64');
function config(content: unknown): string {
  writeFileSync(join(dir, 'config.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

test.each([
  ['ghcr.io', 'ghcr.io'],
  ['https://ghcr.io', 'ghcr.io'],
  ['https://ghcr.io/v2/', 'ghcr.io'],
  ['GHCR.IO', 'ghcr.io'],
  ['https://index.docker.io/v1/', 'docker.io'],
  ['registry-1.docker.io', 'docker.io'],
  ['127.0.0.1:5000', '127.0.0.1:5000'],
  ['http://localhost:5000/', 'localhost:5000'],
])('normalizeRegistryHost(%s) is %s', (key, host) => {
  expect(normalizeRegistryHost(key)).toBe(host);
});

test('auths entries match whatever form the host key was written in', async () => {
  const source = new CredentialSource({
    dockerConfigDir: config({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:hubpass') },
        'https://ghcr.io': { auth: b64('gh:ghp_token:with:colons') },
        'quay.io': { username: 'q', password: 'qpass' },
      },
    }),
  });
  expect(await source.get('docker.io')).toEqual({ username: 'hub', password: 'hubpass' });
  expect(await source.get('ghcr.io')).toEqual({ username: 'gh', password: 'ghp_token:with:colons' });
  expect(await source.get('quay.io')).toEqual({ username: 'q', password: 'qpass' });
  expect(await source.get('example.com')).toBeUndefined();
});

test('inputs win, and every secret learned is masked', async () => {
  const masked: string[] = [];
  const source = new CredentialSource({
    dockerConfigDir: config({ auths: { 'ghcr.io': { auth: b64('old:oldpass') } } }),
    explicit: { 'https://ghcr.io': { username: 'new', password: 'newpass' } },
    maskSecret: (s) => masked.push(s),
  });
  expect(await source.get('ghcr.io')).toEqual({ username: 'new', password: 'newpass' });
  expect(masked).toEqual(['newpass', b64('new:newpass')]);
});

test('credHelpers wins over credsStore; Docker Hub is asked for as https://index.docker.io/v1/', async () => {
  const calls: { command: string; input?: string }[] = [];
  const exec: Exec = async (command, _args, options) => {
    calls.push({ command, input: options?.input });
    return { exitCode: 0, stdout: JSON.stringify({ Username: command.slice(-4), Secret: 's3cret' }), stderr: '' };
  };
  const source = new CredentialSource({
    exec,
    dockerConfigDir: config({ credsStore: 'desk', credHelpers: { 'ghcr.io': 'ecr1' } }),
  });
  expect(await source.get('ghcr.io')).toEqual({ username: 'ecr1', password: 's3cret' });
  expect(await source.get('docker.io')).toEqual({ username: 'desk', password: 's3cret' });
  expect(await source.get('docker.io')).toEqual({ username: 'desk', password: 's3cret' });
  expect(calls).toEqual([
    { command: 'docker-credential-ecr1', input: 'ghcr.io' },
    { command: 'docker-credential-desk', input: 'https://index.docker.io/v1/' },
  ]);
});

test('a helper that says "not found" falls back to auths; one that fails or answers garbage is an error naming it', async () => {
  const notFound: Exec = async () => ({ exitCode: 1, stdout: 'credentials not found in native keychain', stderr: '' });
  const dirWithAuths = config({ credsStore: 'desk', auths: { 'ghcr.io': { auth: b64('u:p') } } });
  expect(await new CredentialSource({ exec: notFound, dockerConfigDir: dirWithAuths }).get('ghcr.io')).toEqual({
    username: 'u',
    password: 'p',
  });
  const broken: Exec = async () => ({ exitCode: 2, stdout: '', stderr: 'dbus: no session' });
  await expect(new CredentialSource({ exec: broken, dockerConfigDir: dirWithAuths }).get('ghcr.io')).rejects.toThrow(
    /docker-credential-desk failed for ghcr.io/,
  );
  const garbled: Exec = async () => ({ exitCode: 0, stdout: 'Username: u', stderr: '' });
  await expect(new CredentialSource({ exec: garbled, dockerConfigDir: dirWithAuths }).get('ghcr.io')).rejects.toThrow(
    'The credential helper docker-credential-desk answered something that is not JSON for ghcr.io. Check that docker-credential-desk works: echo ghcr.io | docker-credential-desk get',
  );
});

test('a helper answering <token> gives an identity token', async () => {
  const exec: Exec = async () => ({
    exitCode: 0,
    stdout: JSON.stringify({ Username: '<token>', Secret: 'refresh' }),
    stderr: '',
  });
  const source = new CredentialSource({ exec, dockerConfigDir: config({ credsStore: 'x' }) });
  expect(await source.get('ghcr.io')).toEqual({ username: '', password: '', identityToken: 'refresh' });
});

test('DOCKER_CONFIG moves the folder; no config file means no credentials; a broken one is an error', async () => {
  config({ auths: { 'ghcr.io': { auth: b64('u:p') } } });
  expect(await new CredentialSource({ env: { DOCKER_CONFIG: dir } }).get('ghcr.io')).toEqual({
    username: 'u',
    password: 'p',
  });
  expect(await new CredentialSource({ env: { DOCKER_CONFIG: join(dir, 'none') } }).get('ghcr.io')).toBeUndefined();
  config('{ not json');
  await expect(new CredentialSource({ dockerConfigDir: dir }).get('ghcr.io')).rejects.toThrow(
    /config.json is not valid JSON/,
  );
});
