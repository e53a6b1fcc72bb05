// e2c-runner from dist/ as the runner runs it (main, then post with STATE_*), against the EC2
// double (the real AWS SDK inside the bundle talks to it through AWS_ENDPOINT_URL_EC2) and a real
// sshd on 127.0.0.1 standing in for the instance, with recording docker/shutdown doubles on its
// PATH. Whatever happens in main, no instance may be left running after post.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Double, Ec2Double } from '../support/ec2/ec2-server';
import { ARM_BUILDER_TEMPLATE } from '../support/ec2/launch';
import type { FaultPlan } from '../support/ec2/faults';
import { findLeaks, nodeFor, REPO_ROOT, runAction, secretForms, type ActionRun } from '../support/runner-harness';
import { dockerConfigWithBuildx } from '../support/engine/engine-files';
import { startDockerd, stopDockerd, type DockerdRecord } from '../support/engine/dockerd';
import { generateKeyPair, startSshd, type TestSshd } from '../support/sshd';

let sshd: TestSshd;
let ec2: Ec2Double;
let scratch: string;
let runId = 1658821493;

beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await sshd.stop();
});
beforeEach(async () => {
  ec2 = await startEc2Double({ templates: [ARM_BUILDER_TEMPLATE], hostKeys: [sshd.hostKey] });
  scratch = mkdtempSync(join(tmpdir(), 'cib-e2c-e2e-'));
  sshd.setDockerDelay(0);
});
afterEach(async () => {
  await ec2.stop();
});

function workspace(): string {
  const dir = join(scratch, 'workspace');
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/left-pad'), { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:bookworm\nCOPY src /src\n');
  writeFileSync(join(dir, 'docker-bake.hcl'), 'target "app" {}\n');
  writeFileSync(join(dir, 'src/main.py'), 'print("hi")\n');
  writeFileSync(join(dir, 'secret.env'), 'TOKEN=1\n');
  writeFileSync(join(dir, 'node_modules/left-pad/index.js'), '\n');
  writeFileSync(join(dir, '.dockerignore'), 'node_modules\n*.env\n');
  return dir;
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    strategy: 'template',
    'launch-template-id': ARM_BUILDER_TEMPLATE.id,
    'ssh-user': sshd.user,
    'ssh-private-key': sshd.client.privateKey,
    'ssh-port': String(sshd.port),
    'ready-timeout': '20',
    'build-dir': join(scratch, 'build'),
    ...extra,
  };
}

function run(extra: Record<string, string> = {}, options: Parameters<typeof runAction>[1] = {}): Promise<ActionRun> {
  return runAction('e2c-runner', {
    inputs: inputs(extra),
    // Each run its own run id, as on GitHub: the ClientToken is derived from it.
    env: { ...ec2.env(), CIB_E2C_POLL_MS: '100', GITHUB_RUN_ID: String((runId += 1)) },
    workspace: workspace(),
    ...options,
  });
}

function launches(): Array<Record<string, unknown>> {
  return ec2.requests.filter((r) => r.action === 'RunInstances').map((r) => r.input);
}

describe('template strategy end to end: launch, build remotely, terminate', () => {
  it('tags at creation, own ClientToken, SSH, max-lifetime, remote bake with .dockerignore, then terminate in post', async () => {
    const before = sshd.calls().length;
    const result = await run(
      { build: 'true', 'bake-files': 'docker-bake.hcl', 'bake-targets': 'app', push: 'true' },
      { debug: true },
    );
    expect(result.main.errors).toEqual([]);
    expect(result.main.exitCode).toBe(0);
    const [instance] = ec2.instances;
    expect(ec2.instances).toHaveLength(1);
    expect(result.main.outputs).toMatchObject({
      'instance-id': instance.id,
      'public-ip': '127.0.0.1',
      market: 'on-demand',
      'instance-type': 't4g.large',
    });
    expect(result.main.state).toMatchObject({ TARGET_INSTANCE_ID: instance.id, E2C_INSTANCE_STRATEGY: 'template' });
    // The seed's state file, in RUNNER_TEMP; the clean teardown in post removed it.
    expect(result.main.outputs['state-file']).toBe(join(result.runnerDir, 'temp', '.e2c_instance_state_build'));
    expect(existsSync(result.main.outputs['state-file'])).toBe(false);

    const [launch] = launches();
    expect(launch.ClientToken).toMatch(/^cib-[0-9a-f]{40}-1$/);
    expect(launch.InstanceInitiatedShutdownBehavior).toBe('terminate');
    const tags = Object.fromEntries([...instance.tags]);
    expect(tags).toMatchObject({
      'cib:managed': 'true',
      'cib:repository': 'octo-org/octo-app',
      'cib:run-id': String(runId),
      'cib:run-attempt': '1',
      'cib:job': 'build',
    });
    const expires = Date.parse(tags['cib:expires-at']) - instance.launchTime.getTime();
    expect(expires).toBeGreaterThan(119 * 60_000);
    expect(expires).toBeLessThan(121 * 60_000);
    expect(Object.fromEntries([...instance.volumeTags])).toEqual(tags);

    const calls = sshd.calls().slice(before);
    expect(calls.find((c) => c.program === 'shutdown')?.args).toEqual(['-P', '+120']);
    const bake = calls.find((c) => c.program === 'docker');
    expect(bake?.args).toEqual([
      'buildx',
      'bake',
      '-f',
      'docker-bake.hcl',
      '--set',
      '*.platform=linux/arm64',
      '--push',
      'app',
    ]);
    expect(bake?.cwd).toBe(join(scratch, 'build'));
    expect(bake?.files).toEqual(['.dockerignore', 'Dockerfile', 'docker-bake.hcl', 'src', 'src/main.py']);
    expect(result.main.stdout).toContain('#1 [internal] load build definition (double)');

    expect(result.post?.exitCode).toBe(0);
    expect(ec2.current()[0].state).toMatch(/shutting-down|terminated/);
    expect(ec2.leaked()).toEqual([]);
    const forms = [
      sshd.client.privateKey,
      ...sshd.client.privateKey.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----')),
      ...secretForms(Ec2Double.secretAccessKey),
      ec2.env().AWS_SESSION_TOKEN,
    ];
    expect([...findLeaks(result.main, forms), ...findLeaks(result.post!, forms)]).toEqual([]);
  });
});

describe('existing strategy end to end: start, stop', () => {
  it('starts the stopped instance, stops it again in post', async () => {
    const existing = ec2.addInstance({ state: 'stopped' });
    const result = await run({ strategy: 'existing', 'instance-id': existing.id, 'launch-template-id': '' });
    expect(result.main.errors).toEqual([]);
    expect(result.main.outputs['instance-id']).toBe(existing.id);
    expect(launches()).toEqual([]);
    expect(result.post?.exitCode).toBe(0);
    expect(ec2.current()[0].state).toBe('stopped');
  });
});

describe('spot and capacity fallback', () => {
  it.each<[string, Record<string, string>, FaultPlan, { market: string; type: string; subnet: string; tries: number }]>(
    [
      [
        'spot',
        { spot: 'true', 'spot-max-price': '0.10' },
        {},
        { market: 'spot', type: 't4g.large', subnet: 'subnet-0a', tries: 1 },
      ],
      [
        'spot falls back to on-demand',
        { spot: 'true' },
        { maxSpotInstances: 0 },
        { market: 'on-demand', type: 't4g.large', subnet: 'subnet-0a', tries: 2 },
      ],
      [
        'through types, then subnets',
        { 'instance-types': 'c7g.large,m7g.large', 'subnet-ids': 'subnet-0a,subnet-0b' },
        { noCapacity: [{ instanceType: 'c7g.large' }, { subnetId: 'subnet-0a' }] },
        { market: 'on-demand', type: 'm7g.large', subnet: 'subnet-0b', tries: 4 },
      ],
    ],
  )('%s', async (_name, extra, faults, expected) => {
    ec2.faults = faults;
    const result = await run(extra);
    expect(result.main.errors).toEqual([]);
    expect(result.main.outputs).toMatchObject({ market: expected.market, 'instance-type': expected.type });
    expect(ec2.instances.map((i) => i.subnetId)).toEqual([expected.subnet]);
    // One RunInstances per try: the SDK does not retry capacity errors for launches.
    expect(launches()).toHaveLength(expected.tries);
    expect(new Set(launches().map((l) => l.ClientToken)).size).toBe(expected.tries);
    expect(result.post?.exitCode).toBe(0);
    expect(ec2.leaked()).toEqual([]);
  });

  it('spot-fallback fail: no spot capacity fails the step and launches nothing', async () => {
    ec2.faults = { noCapacity: [{ market: 'spot' }] };
    const result = await run({ spot: 'true', 'spot-fallback': 'fail' });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.errors[0]).toMatch(/No capacity for any of 1 launch tries[\s\S]*InsufficientInstanceCapacity/);
    expect(ec2.instances).toEqual([]);
    expect(result.post?.exitCode).toBe(0);
  });

  it('the connection reset after RunInstances launched: repeated with the same ClientToken, one instance, terminated in post', async () => {
    ec2.faults = { launchConnectionReset: 1 };
    const result = await run({});
    expect(result.main.errors).toEqual([]);
    expect(result.main.exitCode).toBe(0);
    expect(ec2.requests.filter((r) => r.action === 'RunInstances').map((r) => r.code ?? r.status)).toEqual([
      'connection reset',
      200,
    ]);
    expect(new Set(launches().map((l) => l.ClientToken)).size).toBe(1);
    expect(ec2.instances).toHaveLength(1);
    expect(result.main.stdout).toMatch(/RunInstances: .*socket hang up; repeating with the same ClientToken/);
    expect(result.post?.exitCode).toBe(0);
    expect(ec2.leaked()).toEqual([]);
  });

  it("a fatal error stops at once with AWS's message", async () => {
    ec2.faults = { unauthorized: ['RunInstances'] };
    const result = await run({ 'instance-types': 'c7g.large,m7g.large' });
    expect(result.main.errors[0]).toMatch(/RunInstances failed .*UnauthorizedOperation: You are not authorized/);
    expect(launches()).toHaveLength(1);
  });
});

describe('SSH readiness', () => {
  it('SSH never ready: fails within ready-timeout, post terminates', async () => {
    const result = await run({ 'ssh-port': '1', 'ready-timeout': '3' });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.errors[0]).toMatch(/SSH to .*127\.0\.0\.1:1 did not work within ready-timeout/);
    expect(ec2.leaked()).toEqual([]);
  });

  it('a bad key: Permission denied named, post terminates', async () => {
    const other = generateKeyPair(scratch, 'other');
    const result = await run({
      'ssh-private-key': Buffer.from(other.privateKey).toString('base64'),
      'ready-timeout': '3',
    });
    expect(result.main.errors[0]).toMatch(/Permission denied \(publickey\)/);
    expect(result.main.errors[0]).toMatch(/ssh-private-key matches/);
    expect(ec2.leaked()).toEqual([]);
    expect(findLeaks(result.main, [other.privateKey.split('\n')[1]])).toEqual([]);
  });

  it('host-key console pins the keys cloud-init printed; a wrong literal key fails at once', async () => {
    const pinned = await run({ 'host-key': 'console' });
    expect(pinned.main.errors).toEqual([]);
    const wrong = await run({ 'host-key': `[127.0.0.1]:${sshd.port} ${generateKeyPair(scratch, 'fake').publicKey}` });
    expect(wrong.main.errors[0]).toMatch(/host key of 127\.0\.0\.1:\d+ does not match/);
    expect(ec2.leaked()).toEqual([]);
  });
});

describe('teardown failures are loud', () => {
  it('expired credentials at teardown: post fails naming the instance id', async () => {
    ec2.faults = { credentialsExpiredFor: ['TerminateInstances'] };
    const result = await run();
    expect(result.main.exitCode).toBe(0);
    expect(result.post?.exitCode).toBe(1);
    const id = ec2.instances[0].id;
    expect(result.post?.errors[0]).toContain(
      `Could not terminate instance ${id}: RequestExpired: Request has expired.`,
    );
    expect(result.post?.errors[0]).toContain(`aws ec2 terminate-instances --instance-ids ${id}`);
  });
});

describe('cancellation: SIGINT then SIGTERM to main, then post', () => {
  it.each<[string, (d: Ec2Double, s: TestSshd) => void, number]>([
    ['before anything is launched', () => undefined, 30],
    ['while the instance is pending', (d) => (d.timing.pendingMs = 4000), 2500],
    ['while SSH is not ready yet', (_d, s) => s.authorize([]), 2500],
    ['during the remote build', (_d, s) => s.setDockerDelay(10), 3500],
  ])('%s: no instance left running', async (_name, arrange, afterMs) => {
    arrange(ec2, sshd);
    try {
      const result = await run(
        { build: 'true' },
        {
          signals: [
            { afterMs, signal: 'SIGINT' },
            { afterMs: afterMs + 500, signal: 'SIGTERM' },
          ],
        },
      );
      expect(result.main.exitCode).not.toBe(0);
      expect(result.post?.exitCode).toBe(0);
      expect(ec2.leaked()).toEqual([]);
    } finally {
      sshd.authorize([sshd.client.publicKey]);
    }
  });
});

/** The cib CLI bundle as a GitLab job runs it: one process per phase, asynchronously (the EC2 double runs in this process). */
function cib(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(nodeFor('node24'), [join(REPO_ROOT, 'dist/cli/index.js'), 'e2c-runner', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the CLI phases across processes, with the seed pipeline variables', () => {
  const gitlab = (extra: Record<string, string> = {}) => ({
    ...ec2.env(),
    CIB_E2C_POLL_MS: '100',
    GITLAB_CI: 'true',
    CI: 'true',
    CI_PROJECT_PATH: 'grp/app',
    CI_PIPELINE_ID: '4242',
    CI_JOB_ID: '777',
    E2C_INSTANCE_STRATEGY: 'template',
    E2C_LAUNCH_TEMPLATE_ID: ARM_BUILDER_TEMPLATE.id,
    E2C_SSH_USER: sshd.user,
    E2C_SSH_PRIVATE_KEY: Buffer.from(sshd.client.privateKey).toString('base64'),
    E2C_USE_SPOT: 'true',
    ...extra,
  });
  const sshFlags = () => ['--ssh-port', String(sshd.port), '--build-dir', join(scratch, 'build')];

  it('setup, build, cleanup, teardown: the seed state file between them, then removed', async () => {
    const dir = workspace();
    const setup = await cib(['--phase', 'setup', ...sshFlags()], gitlab(), dir);
    expect(setup.stderr).not.toMatch(/error/);
    expect(setup.code).toBe(0);
    const id = ec2.instances[0].id;
    expect(ec2.instances[0].market).toBe('spot');
    expect(readFileSync(join(dir, '.e2c_instance_state_777'), 'utf8')).toBe(
      `TARGET_INSTANCE_ID=${id}\nE2C_PUBLIC_IP=127.0.0.1\nE2C_INSTANCE_STRATEGY=template\n`,
    );
    expect(setup.stdout).toContain(`INSTANCE_ID=${id}\n`);
    // The state-file output names the CLI's own state file, which the Runtime reports.
    expect(setup.stdout).toContain(`STATE_FILE=${join(dir, '.cib', 'state-e2c-runner-777.env')}\n`);

    const before = sshd.calls().length;
    const build = await cib(['--phase', 'build', '--bake-targets', 'app', ...sshFlags()], gitlab(), dir);
    expect(build.code).toBe(0);
    // The sshd is shared by the tests of this file: only the calls of this build count.
    expect(
      sshd
        .calls()
        .slice(before)
        .filter((c) => c.program === 'docker'),
    ).toHaveLength(1);
    expect(existsSync(join(scratch, 'build', 'Dockerfile'))).toBe(true);

    const cleanup = await cib(['--phase', 'cleanup', ...sshFlags()], gitlab(), dir);
    expect(cleanup.code).toBe(0);
    expect(existsSync(join(scratch, 'build'))).toBe(false);

    const teardown = await cib(['--phase', 'teardown', ...sshFlags()], gitlab(), dir);
    expect(teardown.code).toBe(0);
    expect(ec2.leaked()).toEqual([]);
    expect(existsSync(join(dir, '.e2c_instance_state_777'))).toBe(false);
    for (const out of [setup, build, cleanup, teardown]) expect(findLeaksInText(out.stdout + out.stderr)).toEqual([]);
  });

  it('a teardown whose state lost the instance id finds the instance by its run tags', async () => {
    const dir = workspace();
    expect((await cib(['--phase', 'setup', ...sshFlags()], gitlab(), dir)).code).toBe(0);
    const stateFile = join(dir, '.cib', 'state-e2c-runner-777.env');
    writeFileSync(stateFile, readFileSync(stateFile, 'utf8').replace(/^TARGET_INSTANCE_ID=.*\n/m, ''));
    const teardown = await cib(['--phase', 'teardown'], gitlab(), dir);
    expect(teardown.stderr).toContain(`Found ${ec2.instances[0].id} by tag`);
    expect(teardown.code).toBe(0);
    expect(ec2.leaked()).toEqual([]);
  });

  it("reap terminates only this repository's managed instances past cib:expires-at", async () => {
    const tags = (repository: string, expiresAt: string) =>
      new Map([
        ['cib:managed', 'true'],
        ['cib:repository', repository],
        ['cib:expires-at', expiresAt],
      ]);
    const past = '2026-01-01T00:00:00Z';
    const due = ec2.addInstance({ state: 'running', tags: tags('grp/app', past) });
    const notYet = ec2.addInstance({ state: 'running', tags: tags('grp/app', '2999-01-01T00:00:00Z') });
    const otherRepository = ec2.addInstance({ state: 'running', tags: tags('grp/other', past) });
    const untagged = ec2.addInstance({ state: 'running' });
    const reap = await cib(['--phase', 'reap'], gitlab(), workspace());
    expect(reap.code).toBe(0);
    expect(reap.stdout).toContain(`INSTANCE_ID=${due.id}\n`);
    const states = Object.fromEntries(ec2.current().map((i) => [i.id, i.state]));
    expect(states[due.id]).toMatch(/shutting-down|terminated/);
    for (const kept of [notYet, otherRepository, untagged]) expect(states[kept.id]).toBe('running');
  });

  it('bad input fails before anything is launched, naming the input', async () => {
    const setup = await cib(['--phase', 'setup'], gitlab({ E2C_INSTANCE_STRATEGY: 'sometimes' }), workspace());
    expect(setup.code).toBe(1);
    expect(setup.stderr).toContain('strategy');
    expect(setup.stderr).toContain('existing, template');
    expect(ec2.requests).toEqual([]);
  });
});

/** The test credentials and key, in any form, in a CLI's output. */
function findLeaksInText(text: string): string[] {
  const forms = [
    ...sshd.client.privateKey.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----')),
    Buffer.from(sshd.client.privateKey).toString('base64').slice(0, 40),
    Ec2Double.secretAccessKey,
    ec2.env().AWS_SESSION_TOKEN,
  ];
  return forms.filter((form) => text.includes(form));
}

describe('buildx-node end to end: the instance as a node of a local builder, removed in post', () => {
  // Its own sshd whose remote docker is the real CLI on a real engine (the connection helper runs
  // `docker system dial-stdio` there), and the runner's buildx 0.13.1 with its own store.
  let engine: DockerdRecord;
  let nodeSshd: TestSshd;
  beforeAll(async () => {
    engine = await startDockerd();
    nodeSshd = await startSshd({ realDocker: { cli: join(engine.binDir, 'docker'), dockerHost: engine.host } });
  }, 120_000);
  afterAll(async () => {
    await nodeSshd?.stop();
    if (engine) await stopDockerd(engine);
  });

  it('creates the builder with an ssh:// node through our ssh config; post removes it and the ssh folder', async () => {
    const dockerConfig = dockerConfigWithBuildx(join(scratch, 'docker-config'));
    const local = {
      PATH: `${engine.binDir}:${process.env.PATH ?? ''}`,
      DOCKER_CONFIG: dockerConfig,
      DOCKER_HOST: undefined,
    };
    const before = nodeSshd.calls().length;
    const result = await runAction('e2c-runner', {
      inputs: {
        ...inputs({ 'buildx-node': 'true', 'ssh-user': nodeSshd.user, 'ssh-port': String(nodeSshd.port) }),
        'ssh-private-key': nodeSshd.client.privateKey,
      },
      env: { ...ec2.env(), ...local, CIB_E2C_POLL_MS: '100', GITHUB_RUN_ID: String((runId += 1)) },
      workspace: workspace(),
    });
    expect(result.main.errors).toEqual([]);
    expect(result.main.exitCode).toBe(0);
    const builder = result.main.outputs.builder;
    expect(builder).toBe(`cib-e2c-${runId}-build`);
    const [instance] = ec2.instances;
    expect(result.main.stdout).toContain(
      `Builder ${builder}: node cib-e2c-${instance.id} (linux/arm64) at ssh://${nodeSshd.user}@cib-e2c-${instance.id}`,
    );
    // The node's ssh is on the job's PATH for later steps (multiarch-bake with builder:).
    expect(result.main.path).toHaveLength(1);
    expect(result.main.path[0]).toMatch(/cib-e2c-node-[^/]+\/bin$/);
    const nodeDir = join(result.main.path[0], '..');

    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.stdout).toContain(`Builder ${builder} removed`);
    // Removing the node reached the instance's docker through our ssh config (key, port, pinned key).
    expect(
      nodeSshd
        .calls()
        .slice(before)
        .map((c) => c.args.join(' ')),
    ).toContain('system dial-stdio');
    const inspect = spawnSync('docker', ['buildx', 'inspect', builder], {
      env: { ...process.env, ...local },
      encoding: 'utf8',
    });
    expect(inspect.status).not.toBe(0);
    expect(existsSync(nodeDir)).toBe(false);
    expect(ec2.leaked()).toEqual([]);
    const key = nodeSshd.client.privateKey;
    const forms = [key, ...key.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----'))];
    expect([...findLeaks(result.main, forms), ...findLeaks(result.post!, forms)]).toEqual([]);
  });
});
