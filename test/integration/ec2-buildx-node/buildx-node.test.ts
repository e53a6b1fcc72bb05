// buildx-node against real parts: the real buildx 0.13.1 (Debian 13) creates the builder whose
// ssh:// node goes through our ssh config; a real sshd on 127.0.0.1 stands in for the instance,
// its remote `docker` the real docker CLI talking to a real dockerd (test/support/engine), so the
// connection helper's `ssh ... -- <alias> docker system dial-stdio` reaches an engine. What this
// machine cannot do: bootstrap the node. The docker-container driver pulls
// moby/buildkit:buildx-stable-1 (no network here, no Debian package ships a BuildKit image) and
// runs it privileged (privileged containers cannot start here, see facts.md), so no bake runs
// through the node in these tests.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  builderExists,
  createNode,
  findOnPath,
  nodeEnv,
  removeNode,
  writeNodeSshFiles,
  type NodeTarget,
} from '@cib/core/ec2/buildx-node';
import { execProcess } from '@cib/core/exec/exec';
import { dockerEnv, startDockerd, stopDockerd, type DockerdRecord } from '../../support/engine/dockerd';
import { RecordingLog } from '../../support/recording-log';
import { generateKeyPair, startSshd, type TestSshd } from '../../support/sshd';

jest.setTimeout(120_000);

let engine: DockerdRecord;
let sshd: TestSshd;
let localEnv: NodeJS.ProcessEnv;
let scratch: string;

beforeAll(async () => {
  engine = await startDockerd();
  sshd = await startSshd({ realDocker: { cli: join(engine.binDir, 'docker'), dockerHost: engine.host } });
  scratch = mkdtempSync(join(tmpdir(), 'cib-buildx-node-'));
  // The runner's side: the engine's docker CLI and buildx, its own buildx store; no DOCKER_HOST
  // (nothing local is needed to create an ssh:// node).
  localEnv = { ...dockerEnv(engine), DOCKER_CONFIG: engine.dockerConfig };
  delete localEnv.DOCKER_HOST;
});
afterAll(async () => {
  await sshd?.stop();
  if (engine) await stopDockerd(engine);
});

function target(knownHosts = [`[127.0.0.1]:${sshd.port} ${sshd.hostKey}`]): NodeTarget {
  return { user: sshd.user, host: '127.0.0.1', port: sshd.port, pem: sshd.client.privateKey, knownHosts };
}

const realSsh = () => findOnPath('ssh', process.env.PATH) ?? '/usr/bin/ssh';

it('our ssh reaches the engine through the pinned key and port, as the connection helper calls it', async () => {
  const files = writeNodeSshFiles(scratch, target(), 'cib-e2c-i-0a1', realSsh());
  const env = nodeEnv(localEnv, files);
  // The connection helper's argv shape: ssh -l <user> -- <host> docker system dial-stdio.
  const remote = await execProcess(
    'ssh',
    ['-l', sshd.user, '--', files.alias, 'docker', 'info', '--format', '{{.ID}}'],
    { env },
  );
  const local = await execProcess('docker', ['info', '--format', '{{.ID}}'], { env: dockerEnv(engine) });
  expect(remote.stdout.trim()).toBe(local.stdout.trim());
  expect(remote.stdout.trim()).not.toBe('');
});

it('a host key other than the pinned one is refused', async () => {
  const other = generateKeyPair(scratch, `other-${Date.now()}`).publicKey.split(/\s+/).slice(0, 2).join(' ');
  const files = writeNodeSshFiles(scratch, target([`[127.0.0.1]:${sshd.port} ${other}`]), 'cib-e2c-i-0a2', realSsh());
  const result = await execProcess('ssh', ['-l', sshd.user, '--', files.alias, 'true'], {
    env: nodeEnv(localEnv, files),
    allowFailure: true,
  });
  expect(result.exitCode).toBe(255);
  expect(result.stderr).toMatch(/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/);
});

it('real buildx creates the builder with the ssh:// docker-container node; removal deletes it and the folder', async () => {
  const files = writeNodeSshFiles(scratch, target(), 'cib-e2c-i-0a3', realSsh());
  const log = new RecordingLog();
  const builder = `cib-e2c-it-${process.pid}`;
  expect(await builderExists(execProcess, localEnv, builder)).toBe(false);
  await createNode({
    exec: execProcess,
    env: localEnv,
    log,
    builder,
    node: files.alias,
    platform: 'linux/arm64',
    user: sshd.user,
    files,
    builderExisted: false,
  });
  const inspect = await execProcess('docker', ['buildx', 'inspect', builder], { env: nodeEnv(localEnv, files) });
  expect(inspect.stdout).toMatch(/Driver:\s+docker-container/);
  expect(inspect.stdout).toMatch(
    new RegExp(`Name:\\s+${files.alias}\\n\\s*Endpoint:\\s+ssh://${sshd.user}@${files.alias}`),
  );
  expect(inspect.stdout).toMatch(/Platforms:\s+linux\/arm64/);
  // A second node appended to the same builder, then taken out again (the --leave path).
  const second = writeNodeSshFiles(scratch, target(), 'cib-e2c-i-0a4', realSsh());
  await createNode({
    exec: execProcess,
    env: localEnv,
    log,
    builder,
    node: second.alias,
    platform: 'linux/arm64',
    user: sshd.user,
    files: second,
    builderExisted: true,
  });
  await removeNode({
    exec: execProcess,
    env: localEnv,
    log,
    builder,
    node: second.alias,
    builderExisted: true,
    dir: second.dir,
  });
  const after = await execProcess('docker', ['buildx', 'inspect', builder], { env: localEnv });
  expect(after.stdout).toContain(files.alias);
  expect(after.stdout).not.toContain(second.alias);
  expect(existsSync(second.dir)).toBe(false);
  await removeNode({
    exec: execProcess,
    env: localEnv,
    log,
    builder,
    node: files.alias,
    builderExisted: false,
    dir: files.dir,
  });
  expect(await builderExists(execProcess, localEnv, builder)).toBe(false);
  expect(existsSync(files.dir)).toBe(false);
  expect(log.messages.filter((m) => m.level === 'warning')).toEqual([]);
});
