// The real build engine itself (test/support/engine): Debian 13's dockerd with the containerd
// store builds a RUN step for amd64, arm64 (QEMU) and arm/v7 (QEMU) from the busybox base index.
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { sharedEngine } from '../../support/engine/shared-engine';
import { dockerEnv, type DockerdRecord } from '../../support/engine/dockerd';
import { pushBaseImage } from '../../support/engine/base-images';
import { startRegistry, type RegistryServer } from '../../support/registry/registry-server';

let engine: DockerdRecord;
let registry: RegistryServer;
let base: string;
let work: string;

beforeAll(async () => {
  engine = await sharedEngine();
  registry = await startRegistry();
  base = await pushBaseImage(engine, registry.host);
  work = mkdtempSync(join(tmpdir(), 'cib-engine-test-'));
}, 180_000);

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the base index serves the three platforms', async () => {
  const { stdout } = await execProcess('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${base}`]);
  const index = JSON.parse(stdout) as { manifests: Array<{ platform: { architecture: string; variant?: string } }> };
  expect(index.manifests.map((m) => m.platform.architecture + (m.platform.variant ?? ''))).toEqual([
    'amd64',
    'arm64',
    'armv7',
  ]);
});

test('a RUN step runs natively for amd64 and under QEMU for arm64 and arm/v7', async () => {
  writeFileSync(join(work, 'Dockerfile'), `FROM ${base}\nRUN uname -m > /arch\n`);
  const out = join(work, 'out');
  await execProcess(
    'docker',
    [
      'buildx',
      'build',
      '--platform',
      'linux/amd64,linux/arm64,linux/arm/v7',
      '--output',
      `type=local,dest=${out}`,
      work,
    ],
    { env: dockerEnv(engine), timeoutMs: 120_000 },
  );
  const arch = (platform: string) => readFileSync(join(out, platform, 'arch'), 'utf8').trim();
  expect([arch('linux_amd64'), arch('linux_arm64'), arch('linux_arm_v7')]).toEqual(['x86_64', 'aarch64', 'armv7l']);
});
