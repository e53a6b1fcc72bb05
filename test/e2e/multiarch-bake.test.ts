// multiarch-bake end to end: the bundle in dist/ run by the runner harness (INPUT_*, file
// commands, the post step with STATE_*) against the real engine (test/support/engine): Debian 13's
// dockerd and buildx 0.13.1, QEMU for arm64, Debian's docker-registry on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { execProcess } from '@cib/core/exec/exec';
import { runAction } from '../support/runner-harness';
import { sharedEngine } from '../support/engine/shared-engine';
import { dockerEnv, type DockerdRecord } from '../support/engine/dockerd';
import { pushBaseImage } from '../support/engine/base-images';
import { writeBakeProject } from '../support/engine/bake-project';
import { runBakeAction } from '../support/engine/run-bake-action';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { writeBuildxDouble } from '../support/engine/buildx-double';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { FakeCacheService } from '../support/actions-cache/cache-service';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skopeo } from '../support/registry/skopeo';

let engine: DockerdRecord;
let registry: RegistryServer;
let base: string;

beforeAll(async () => {
  engine = await sharedEngine();
  registry = await startRegistry();
  base = await pushBaseImage(engine, registry.host);
}, 180_000);

afterAll(async () => {
  await registry?.stop();
});

const bake = (workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBakeAction(engine, workspace, inputs, env);

test('two targets x two platforms pushed: digests the registry serves, build-info args and labels, registry cache ratio 0 then 1', async () => {
  const project = writeBakeProject({
    base,
    targets: {
      app: `  tags = ["${registry.host}/e2e/app:1"]`,
      tool: `  tags = ["${registry.host}/e2e/tool:1"]`,
    },
  });
  const inputs = {
    targets: 'app,tool',
    platforms: 'linux/amd64,linux/arm64',
    push: 'true',
    cache: 'registry',
    'cache-ref': `${registry.host}/e2e/cache`,
    labels: 'org.example.team=builders',
  };
  const first = await bake(project, inputs);
  expect(first.main.errors).toEqual([]);
  expect(first.main.exitCode).toBe(0);
  expect(first.post?.exitCode).toBe(0);
  const digests = JSON.parse(first.main.outputs.digests) as Record<string, string>;
  expect(Object.keys(digests).sort()).toEqual(['app', 'tool']);
  for (const target of ['app', 'tool']) {
    const served = (
      await skopeo([
        'inspect',
        '--tls-verify=false',
        '--format',
        '{{.Digest}}',
        `docker://${registry.host}/e2e/${target}:1`,
      ])
    ).trim();
    expect(digests[target]).toBe(served);
  }
  expect(JSON.parse(first.main.outputs.images)).toEqual({
    app: [`${registry.host}/e2e/app@${digests.app}`],
    tool: [`${registry.host}/e2e/tool@${digests.tool}`],
  });
  expect(first.main.outputs['cache-hit-ratio']).toBe('0.00');

  // build-info's labels and the user's label are in the arm64 image's config; GIT_COMMIT reached the RUN.
  const config = JSON.parse(
    await skopeo([
      'inspect',
      '--tls-verify=false',
      '--override-arch',
      'arm64',
      '--config',
      `docker://${registry.host}/e2e/app:1`,
    ]),
  ) as { config: { Labels: Record<string, string> }; history: Array<{ created_by?: string }> };
  expect(config.config.Labels).toMatchObject({
    'org.opencontainers.image.revision': 'ffac537e6cbbf934b08745a378932722df287a53',
    'org.opencontainers.image.source': 'https://github.com/octo-org/octo-app',
    'org.example.team': 'builders',
  });
  expect(config.history.map((h) => h.created_by ?? '').join('\n')).toContain(
    'GIT_COMMIT=ffac537e6cbbf934b08745a378932722df287a53',
  );

  // Each target and platform set has its own cache tag.
  const tags = JSON.parse(await skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/e2e/cache`])) as {
    Tags: string[];
  };
  expect(tags.Tags.sort()).toEqual(['app-linux-amd64-linux-arm64', 'tool-linux-amd64-linux-arm64']);

  const matrix = JSON.parse(first.main.outputs.matrix) as { include: unknown[] };
  expect(matrix.include).toEqual([
    { target: 'app', platform: 'linux/amd64', runner: 'ubuntu-24.04' },
    { target: 'app', platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
    { target: 'tool', platform: 'linux/amd64', runner: 'ubuntu-24.04' },
    { target: 'tool', platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
  ]);
  expect(first.main.summary).toContain('registry (app-linux-amd64-linux-arm64)');

  // Forget the engine's own build cache, so the second run can only hit the registry cache.
  await execProcess('docker', ['buildx', 'prune', '--all', '--force'], { env: dockerEnv(engine), timeoutMs: 60_000 });
  const second = await bake(project, inputs);
  expect(second.main.exitCode).toBe(0);
  expect(second.main.outputs['cache-hit-ratio']).toBe('1.00');
  const report = JSON.parse(readFileSync(second.main.outputs.report, 'utf8')) as {
    targets: Array<{ cacheHitRatio: Array<{ ratio: number }> }>;
  };
  expect(report.targets.flatMap((t) => t.cacheHitRatio.map((r) => r.ratio))).toEqual([1, 1, 1, 1]);
});

test('local cache: written per scope, rotated, and the post step warns that no cache service is reachable', async () => {
  const project = writeBakeProject({ base, targets: { app: '' } });
  const run = await bake(project, { targets: 'app', cache: 'local', platforms: 'linux/amd64' });
  expect(run.main.errors).toEqual([]);
  expect(run.main.exitCode).toBe(0);
  const state = JSON.parse(run.main.state['local-cache']) as { dirs: string[]; key: string };
  expect(state.dirs).toHaveLength(1);
  expect(state.dirs[0]).toMatch(/cib-bake-cache\/app-linux-amd64$/);
  expect(JSON.parse(readFileSync(`${state.dirs[0]}/index.json`, 'utf8'))).toHaveProperty('manifests');
  expect(run.post?.exitCode).toBe(0);
  expect(run.post?.warnings.join('\n')).toMatch(/Local cache not saved: no GitHub cache service/);
});

test('local cache through the Actions cache service: the post step saves it, a fresh runner restores and imports it, rotation keeps one export', async () => {
  const service = new FakeCacheService();
  await service.start();
  try {
    const project = writeBakeProject({ base, targets: { app: '' } });
    // Every job of a GitHub runner has the same RUNNER_TEMP path, emptied between jobs.
    const runnerTemp = join(mkdtempSync(join(tmpdir(), 'cib-runner-temp-')), '_temp');
    const job = async (runId: string) => {
      rmSync(runnerTemp, { recursive: true, force: true });
      mkdirSync(runnerTemp, { recursive: true });
      return bake(
        project,
        { targets: 'app', cache: 'local', platforms: 'linux/amd64' },
        { ...service.env(), RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: runId },
      );
    };
    const blobs = (dir: string) => readdirSync(join(dir, 'blobs/sha256')).sort();

    const first = await job('501');
    expect(first.main.exitCode).toBe(0);
    expect(first.main.stdout).toContain('Local cache: nothing saved yet for these scopes');
    const state = JSON.parse(first.main.state['local-cache']) as { dirs: string[]; key: string };
    expect(state.key).toBe('cib-bake-app-linux-amd64-501-1');
    const firstBlobs = blobs(state.dirs[0]);
    expect(first.post?.exitCode).toBe(0);
    expect(first.post?.warnings).toEqual([]);
    expect(first.post?.stdout).toContain('Local cache saved as cib-bake-app-linux-amd64-501-1');
    expect(service.stored().map((e) => e.key)).toEqual(['cib-bake-app-linux-amd64-501-1']);

    // A fresh runner: no build cache in the engine, nothing in RUNNER_TEMP but what is restored.
    await execProcess('docker', ['buildx', 'prune', '--all', '--force'], { env: dockerEnv(engine), timeoutMs: 60_000 });
    const second = await job('502');
    expect(second.main.errors).toEqual([]);
    expect(second.main.stdout).toContain('Local cache restored from cib-bake-app-linux-amd64-501-1');
    // The restored directory is imported: every step is a cache hit.
    expect(second.main.outputs['cache-hit-ratio']).toBe('1.00');
    // Rotation: the new export replaced the restored one, nothing accumulated.
    expect(existsSync(`${state.dirs[0]}.new`)).toBe(false);
    expect(blobs(state.dirs[0])).toEqual(firstBlobs);
    expect(second.post?.stdout).toContain('Local cache saved as cib-bake-app-linux-amd64-502-1');
    expect(service.stored().map((e) => e.key)).toEqual([
      'cib-bake-app-linux-amd64-501-1',
      'cib-bake-app-linux-amd64-502-1',
    ]);

    // The same run saving again: the service refuses the existing key and the post step warns.
    const again = await job('502');
    expect(again.post?.exitCode).toBe(0);
    expect(again.post?.warnings.join('\n')).toMatch(/Local cache not saved as cib-bake-app-linux-amd64-502-1/);
    expect(service.stored()).toHaveLength(2);
  } finally {
    await service.stop();
  }
}, 300_000);

// Each bad input: one error naming the input and what was expected, and no build (the recording
// docker shows which processes ran: at most `buildx version` and `bake --print`, side by side).
describe.each([
  [
    'an unknown platform',
    { platforms: 'linux/amd64,linux/amd46' },
    /^Input "platforms" is "linux\/amd46": expected platforms written os\/arch/,
    [],
  ],
  [
    'platform-tag-suffix with several platforms',
    { platforms: 'linux/amd64,linux/arm64', 'platform-tag-suffix': '-{arch}' },
    /^Input "platform-tag-suffix" is "-\{arch\}": expected one platform per job/,
    [],
  ],
  [
    'cache: registry without cache-ref',
    { cache: 'registry' },
    /^Input "cache-ref" is empty: expected a registry repository/,
    [],
  ],
  [
    'push with load for several platforms',
    { push: 'true', load: 'true', platforms: 'linux/amd64,linux/arm64' },
    /^Input "load" is "true": expected one platform when push is true too/,
    [],
  ],
  [
    'an unparsable build-args line',
    { 'build-args': 'GOOD=1\nnot a pair' },
    /^Input "build-args" is "not a pair": expected key=value lines \(line 2/,
    [],
  ],
  [
    'a bake file that does not exist',
    { files: 'docker-bake.hcl,missing.hcl' },
    /^Input "files" is "missing.hcl": expected bake files that exist/,
    [],
  ],
  [
    'an unknown target',
    { targets: 'app,nosuch' },
    /^Input "targets" is "app,nosuch": expected targets or groups defined in the bake files.*nosuch/,
    ['buildx bake --print', 'buildx version'],
  ],
])('bad input: %s', (_, inputs, message, ran) => {
  test('fails with one clear error before anything is built', async () => {
    const buildx = writeBuildxDouble(mkdtempSync(join(tmpdir(), 'cib-double-')), { version: '0.29.1' });
    const project = writeBakeProject({
      base: '127.0.0.1:5000/base:1',
      targets: { app: '  tags = ["127.0.0.1:5000/app:1"]' },
    });
    const run = await runAction('multiarch-bake', {
      workspace: project,
      inputs: { targets: 'app', cache: 'none', push: 'true', ...inputs },
      env: { PATH: `${buildx.binDir}:${process.env.PATH}`, DOCKER_CONFIG: buildx.dockerConfig },
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toEqual([expect.stringMatching(message)]);
    expect(buildx.commands().sort()).toEqual(ran);
    expect(run.main.outputs).toEqual({});
  });
});
