// multiarch-bake on the real engine (Debian 13's dockerd + buildx 0.13.1, QEMU for arm, Debian's
// docker-registry): no-cache, one job per platform with tag suffixes and separate caches, load,
// dry run, a failing RUN, and push-by-digest on the docker driver, which buildx refuses even with
// the containerd store (so the action refuses it first; pushing by digest on a docker-container
// builder is covered by test/integration/bake/newer-buildx.test.ts). The bundle in dist/ runs
// through the runner harness.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { sharedEngine } from '../../support/engine/shared-engine';
import { dockerEnv, type DockerdRecord } from '../../support/engine/dockerd';
import { pushBaseImage } from '../../support/engine/base-images';
import { writeBakeProject } from '../../support/engine/bake-project';
import { runBakeAction } from '../../support/engine/run-bake-action';
import { startRegistry, type RegistryServer } from '../../support/registry/registry-server';
import { skopeo } from '../../support/registry/skopeo';

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

async function tagsOf(repository: string): Promise<string[]> {
  const listed = JSON.parse(
    await skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/${repository}`]),
  ) as { Tags: string[] };
  return listed.Tags.sort();
}

test('no-cache rebuilds everything: ratio 0 on a second identical run', async () => {
  const project = writeBakeProject({ base, targets: { app: '' } });
  // A registry cache, so another test file pruning the shared engine's cache cannot change the
  // cached run's ratio.
  const inputs = {
    targets: 'app',
    cache: 'registry',
    'cache-ref': `${registry.host}/nocache/cache`,
    platforms: 'linux/amd64',
  };
  expect((await runBakeAction(engine, project, inputs)).main.exitCode).toBe(0);
  const cachedRun = await runBakeAction(engine, project, inputs);
  expect(cachedRun.main.outputs['cache-hit-ratio']).toBe('1.00');
  const rebuilt = await runBakeAction(engine, project, { ...inputs, 'no-cache': 'true' });
  expect(rebuilt.main.errors).toEqual([]);
  expect(rebuilt.main.exitCode).toBe(0);
  expect(rebuilt.main.outputs['cache-hit-ratio']).toBe('0.00');
});

test('one job per platform: suffixed tags ready for manifest-merge, and registry caches that stay apart', async () => {
  const project = writeBakeProject({ base, targets: { app: `  tags = ["${registry.host}/jobs/app:1.2.3"]` } });
  const job = (platform: string) =>
    runBakeAction(engine, project, {
      targets: 'app',
      platforms: platform,
      'platform-tag-suffix': '-{arch}{variant}',
      push: 'true',
      cache: 'registry',
      'cache-ref': `${registry.host}/jobs/cache`,
    });
  const [amd64, armv7] = [await job('linux/amd64'), await job('linux/arm/v7')];
  expect([amd64.main.errors, armv7.main.errors]).toEqual([[], []]);
  // And the staging tag both jobs pushed under before moving their own tag (staged-push.ts).
  expect(await tagsOf('jobs/app')).toEqual(['1.2.3-amd64', '1.2.3-armv7', 'cib-staging-app']);
  expect(await tagsOf('jobs/cache')).toEqual(['app-linux-amd64', 'app-linux-arm-v7']);
  const config = JSON.parse(
    await skopeo([
      'inspect',
      '--tls-verify=false',
      '--override-arch',
      'arm',
      '--override-variant',
      'v7',
      '--config',
      `docker://${registry.host}/jobs/app:1.2.3-armv7`,
    ]),
  ) as {
    architecture: string;
    variant?: string;
  };
  expect([config.architecture, config.variant]).toEqual(['arm', 'v7']);
});

test('load: one platform into the engine image store', async () => {
  const project = writeBakeProject({ base, targets: { app: '  tags = ["cib-test/loaded:1"]' } });
  const run = await runBakeAction(engine, project, {
    targets: 'app',
    platforms: 'linux/arm64',
    load: 'true',
    cache: 'none',
  });
  expect(run.main.errors).toEqual([]);
  const { stdout } = await execProcess(
    'docker',
    ['image', 'inspect', '--format', '{{.Architecture}}', 'cib-test/loaded:1'],
    {
      env: dockerEnv(engine),
    },
  );
  expect(stdout.trim()).toBe('arm64');
});

test('dry run: the plan (command, generated definition, merged bake --print) and nothing built', async () => {
  const project = writeBakeProject({ base, targets: { app: `  tags = ["${registry.host}/dry/app:1"]` } });
  const run = await runBakeAction(engine, project, {
    targets: 'app',
    platforms: 'linux/arm64',
    push: 'true',
    cache: 'none',
    'dry-run': 'true',
  });
  expect(run.main.errors).toEqual([]);
  expect(run.main.stdout).toMatch(/docker buildx bake -f docker-bake.hcl -f \S+bake-override.json .*--push app/);
  expect(run.main.stdout).toContain('"linux/arm64"');
  const plan = JSON.parse(readFileSync(run.main.outputs['plan-file'], 'utf8')) as {
    definition: { target: Record<string, unknown> };
  };
  expect(plan.definition.target.app).toMatchObject({ platforms: ['linux/arm64'] });
  expect(run.main.outputs.digests).toBeUndefined();
  expect(await tagsOf('dry/app').catch(() => [])).toEqual([]);
});

test('a failing RUN fails the step naming the target and platform, with its output; the summary says so', async () => {
  const project = writeBakeProject({
    base,
    targets: { app: `  tags = ["${registry.host}/fail/app:1"]`, tool: `  tags = ["${registry.host}/fail/tool:1"]` },
    run: 'RUN if [ "$(uname -m)" = aarch64 ]; then echo "no arm64 support here" && exit 7; fi',
  });
  const run = await runBakeAction(engine, project, {
    targets: 'app,tool',
    platforms: 'linux/amd64,linux/arm64',
    push: 'true',
    cache: 'none',
  });
  expect(run.main.exitCode).toBe(1);
  expect(run.main.errors).toHaveLength(1);
  expect(run.main.errors[0]).toMatch(
    /^docker buildx bake failed \(target (app|tool), platform linux\/arm64\) with exit code 1: .*exit code: 7/,
  );
  expect(run.main.errors[0]).toContain('no arm64 support here');
  expect(run.main.summary).toMatch(/\*\*Failed:\*\* target `(app|tool)`, platform `linux\/arm64`/);
  expect(existsSync(run.main.outputs.report)).toBe(true);
  expect(await tagsOf('fail/app').catch(() => [])).toEqual([]);
});

test('push-by-digest on the docker driver (containerd store): the real buildx refuses it, so the action does first', async () => {
  const project = writeBakeProject({ base, targets: { app: `  tags = ["${registry.host}/bydigest/app:1"]` } });
  // The fact the action's check rests on: buildx itself refuses before building anything.
  const raw = await execProcess(
    'docker',
    [
      'buildx',
      'bake',
      '-f',
      join(project, 'docker-bake.hcl'),
      '--set',
      'app.tags=',
      '--set',
      `app.output=type=image,name=${registry.host}/bydigest/app,push-by-digest=true,name-canonical=true,push=true`,
      'app',
    ],
    { cwd: project, env: dockerEnv(engine), allowFailure: true, timeoutMs: 120_000 },
  );
  expect(raw.exitCode).toBe(1);
  expect(raw.stderr).toContain(
    'ERROR: push-by-digest is currently not implemented for docker driver, please create a new builder instance',
  );

  const run = await runBakeAction(engine, project, { targets: 'app', 'push-by-digest': 'true', cache: 'none' });
  expect(run.main.exitCode).toBe(1);
  expect(run.main.errors).toEqual([
    expect.stringMatching(
      /^Input "push-by-digest" is "true": expected a builder whose driver can push by digest \(docker-container, remote or kubernetes\); builder "default" uses the docker driver.*Create one first/,
    ),
  ]);
  expect(run.main.outputs['plan-file']).toBeUndefined();
  expect(await tagsOf('bydigest/app').catch(() => [])).toEqual([]);
});
