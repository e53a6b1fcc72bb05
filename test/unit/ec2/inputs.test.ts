// e2c-runner's inputs: the seed pipeline's variables when an input is empty, one InputError naming
// the input for a bad value, the private key masked before anything else, and the project files
// a sync would send.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@cib/core/errors/input-error';
import { checkSetupInputs, readE2cInputs } from '@cib/core/ec2/inputs';
import { defaultDeps, phaseContext } from '@cib/core/ec2/phase-context';
import { actionInputs } from '@cib/core/runner/inputs';
import { fakeRuntime } from '../../support/fake-runtime';
import { decodePrivateKey } from '@cib/core/ec2/ssh-files';
import { listSyncFiles } from '@cib/core/ec2/sync';

const PEM =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';

function source(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const rt = fakeRuntime(inputs, { env });
  return { secrets: rt.secrets, rt, read: () => readE2cInputs(actionInputs(rt, 'e2c-runner'), rt) };
}

describe('seed variables as fallbacks', () => {
  it('reads E2C_* and AWS_DEFAULT_REGION when the inputs are empty', () => {
    const { read } = source(
      {},
      {
        E2C_INSTANCE_STRATEGY: 'existing',
        E2C_INSTANCE_ID: 'i-0123456789abcdef0',
        E2C_LAUNCH_TEMPLATE_ID: 'lt-08c7ea1a2658e52f7',
        E2C_SSH_USER: 'ubuntu',
        E2C_SSH_PRIVATE_KEY: Buffer.from(PEM).toString('base64'),
        E2C_USE_SPOT: 'true',
        E2C_SPOT_MAX_PRICE: '0.10',
        E2C_BUILD_DIR: '~/ci-builds',
        AWS_DEFAULT_REGION: 'eu-north-1',
      },
    );
    const inputs = read();
    expect(inputs).toMatchObject({
      strategy: 'existing',
      instanceId: 'i-0123456789abcdef0',
      launchTemplate: { id: 'lt-08c7ea1a2658e52f7', version: '$Default' },
      sshUser: 'ubuntu',
      spot: true,
      spotMaxPrice: '0.10',
      buildDirBase: '~/ci-builds',
      region: 'eu-north-1',
    });
    expect(decodePrivateKey(inputs.sshPrivateKey)).toBe(PEM);
  });

  it('an input given wins over its variable; defaults when neither is set', () => {
    const inputs = source(
      { strategy: 'template', 'ssh-user': 'admin' },
      { E2C_INSTANCE_STRATEGY: 'existing', E2C_SSH_USER: 'ubuntu' },
    ).read();
    expect(inputs).toMatchObject({
      strategy: 'template',
      sshUser: 'admin',
      sshPort: 22,
      readyTimeoutSeconds: 300,
      maxLifetimeMinutes: 120,
      hostKey: { mode: 'accept-new' },
      platform: 'linux/arm64',
      spotFallback: 'on-demand',
    });
  });
});

describe('bad values: one InputError naming the input', () => {
  it.each([
    [{ strategy: 'sometimes' }, 'strategy'],
    [{ 'ssh-port': '70000' }, 'ssh-port'],
    [{ 'host-key': 'trust-me' }, 'host-key'],
    [{ 'spot-max-price': '$1' }, 'spot-max-price'],
    [{ 'launch-template-id': 'lt-1', 'launch-template-name': 'x' }, 'launch-template-name'],
    [{ 'max-lifetime': '1' }, 'max-lifetime'],
    [{ phase: 'deploy' }, 'phase'],
    [{ tags: 'no equals sign' }, 'tags'],
    [{ 'launch-template-id': 'lt-0abc; touch /tmp/x' }, 'launch-template-id'],
    [{ 'launch-template-name': '--name=x y' }, 'launch-template-name'],
    [{ 'launch-template-version': '-f/etc/passwd' }, 'launch-template-version'],
    [{ 'launch-template-version': '0' }, 'launch-template-version'],
    [{ 'instance-types': 'c7g.large,x; touch /tmp/x' }, 'instance-types'],
    [{ 'subnet-ids': 'subnet-0a,../../etc' }, 'subnet-ids'],
    [{ region: 'eu-north-1.evil.example' }, 'region'],
    [{ 'ssh-user': '-oProxyCommand=touch /tmp/x' }, 'ssh-user'],
    [{ 'build-dir': `/home/admin/${'b'.repeat(4096)}` }, 'build-dir'],
    [{ 'build-dir': 'builds\n/etc' }, 'build-dir'],
    [{ 'build-dir': '../../../../etc/passwd' }, 'build-dir'],
    [{ 'build-dir': '/home/admin/../../etc' }, 'build-dir'],
    [{ 'build-dir': '/' }, 'build-dir'],
    [{ 'build-dir': '/etc' }, 'build-dir'],
    [{ 'build-dir': '-rf' }, 'build-dir'],
    [{ 'build-dir': '~/b $(touch x)' }, 'build-dir'],
    [{ 'bake-files': 'docker-bake.hcl\n../../etc/passwd' }, 'bake-files'],
    [{ 'bake-files': '-f/etc/x' }, 'bake-files'],
    [{ 'bake-targets': 'app,--output=/etc/x' }, 'bake-targets'],
    [{ 'bake-set': 'x' }, 'bake-set'],
    [{ 'bake-set': 'target "x" {' }, 'bake-set'],
    [{ platform: 'linux/arm64 $(id)' }, 'platform'],
  ])('%j', (inputs, name) => {
    const error = (() => {
      try {
        source(inputs).read();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(name);
  });

  it('bake inputs past one remote command (Linux caps one argument at 128 KiB): refused naming the largest, below it accepted', () => {
    const targets = (n: number) => Array.from({ length: n }, (_, i) => `target-${i}`).join(',');
    const many = targets(8000); // about 95,000 characters of valid names
    expect(() => source({ 'bake-targets': many }).read()).toThrow(
      /^Input "bake-targets" is .*: expected bake-targets, bake-files and bake-set of at most 65536 characters together/,
    );
    const sets = Array.from({ length: 10 }, (_, i) => `app.args.V${i}=${'x'.repeat(7000)}`).join('\n');
    expect(() => source({ 'bake-targets': 'app', 'bake-set': sets }).read()).toThrow(/^Input "bake-set"/);
    expect(source({ 'bake-targets': targets(4000) }).read().bakeTargets).toHaveLength(4000);
  });

  it.each([
    [{ strategy: 'existing', 'instance-id': 'web-1' }, 'instance-id'],
    [{ strategy: 'template' }, 'launch-template-id'],
    [{ strategy: 'template', 'launch-template-id': 'lt-1' }, 'ssh-private-key'],
    [{}, 'strategy'],
  ])('setup needs %j -> %s', (inputs, name) => {
    expect(() => checkSetupInputs(source(inputs).read())).toThrow(name);
  });

  it('a malformed key is an error that never quotes it', () => {
    expect(() => decodePrivateKey('not-a-key-but-secret')).toThrow(InputError);
    expect(() => decodePrivateKey('not-a-key-but-secret')).not.toThrow(/not-a-key-but-secret/);
  });

  it('masks the key before any other input can fail', () => {
    const { read, secrets } = source({ 'ssh-private-key': PEM, strategy: 'bad' });
    expect(() => read()).toThrow(InputError);
    expect(secrets).toEqual([PEM.trim()]);
  });
});

describe('AWS credentials', () => {
  it('are masked before any phase runs', () => {
    const rt = fakeRuntime(
      {},
      { env: { AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG', AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2Vj' } },
    );
    phaseContext(rt, readE2cInputs(actionInputs(rt, 'e2c-runner'), rt), defaultDeps(rt.env));
    expect(rt.secrets).toEqual(['wJalrXUtnFEMI/K7MDENG', 'IQoJb3JpZ2luX2Vj']);
  });
});

describe('files a sync sends', () => {
  it('honours .dockerignore (with re-includes) and never sends cib state', () => {
    const root = mkdtempSync(join(tmpdir(), 'cib-sync-'));
    for (const dir of ['src', 'node_modules/x', '.cib', 'logs']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of [
      'src/a.ts',
      'node_modules/x/i.js',
      '.cib/state-e2c-runner-1.env',
      '.e2c_instance_state_1',
      'logs/a.log',
      'logs/keep.log',
      'Dockerfile',
    ])
      writeFileSync(join(root, file), '');
    writeFileSync(join(root, '.dockerignore'), 'node_modules\nlogs/*.log\n!logs/keep.log\n');
    expect(listSyncFiles(root, [])).toEqual(['.dockerignore', 'Dockerfile', 'logs/keep.log', 'src/a.ts']);
    expect(listSyncFiles(root, ['src'])).toEqual(['src/a.ts']);
    expect(() => listSyncFiles(root, ['../etc'])).toThrow(/outside the workspace/);
  });
});
