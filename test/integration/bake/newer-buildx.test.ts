// What buildx 0.13.1 cannot show, at the `docker` process boundary: the recording double
// (test/support/engine/buildx-double.ts) answers as the buildx of GitHub's runners and rejects
// what that buildx rejects; merges still go through the real buildx's `bake --print`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { runAction } from '../../support/runner-harness';
import { writeBuildxDouble, type BuildxDouble, type BuildxDoubleOptions } from '../../support/engine/buildx-double';
import { writeBakeProject } from '../../support/engine/bake-project';

const TOKEN = 'runtime-token-8d7f1c0e';

function project(): string {
  return writeBakeProject({ base: '127.0.0.1:5000/base:1', targets: { app: '  tags = ["127.0.0.1:5000/app:1"]' } });
}

function double(options: BuildxDoubleOptions): BuildxDouble {
  return writeBuildxDouble(mkdtempSync(join(tmpdir(), 'cib-double-')), options);
}

function run(
  buildx: BuildxDouble,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runAction('multiarch-bake', {
    workspace,
    inputs,
    env: {
      PATH: `${buildx.binDir}:${process.env.PATH}`,
      DOCKER_CONFIG: buildx.dockerConfig,
      ACTIONS_RUNTIME_TOKEN: TOKEN,
      ...env,
    },
  });
}

test('cache: gha with buildx 0.29: the scope per target and platform, url and token left to buildx, three processes in all', async () => {
  const buildx = double({ version: '0.29.1' });
  const result = await run(
    buildx,
    project(),
    // No push: the double pushes nowhere, and a push ends with the tags moved in a real registry
    // (staged-push.ts; the engine tests cover it).
    { targets: 'app', platforms: 'linux/amd64,linux/arm64' },
    {
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/results/',
    },
  );
  expect(result.main.errors).toEqual([]);
  // version and --print run side by side (either may log first), then the bake.
  expect(buildx.commands().slice(0, 2).sort()).toEqual(['buildx bake --print', 'buildx version']);
  expect(buildx.commands().slice(2)).toEqual(['buildx bake']);
  // The two quick calls go straight to the plugin; the build through the docker CLI, as users run it.
  expect(buildx.calls().map((c) => c.via)).toEqual(['plugin', 'plugin', 'docker']);
  const bake = buildx.calls()[2];
  expect(bake.args).toEqual(
    expect.arrayContaining(['--set', 'app.cache-from=type=gha,scope=app-linux-amd64-linux-arm64']),
  );
  expect(bake.env).toMatchObject({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/results/', ACTIONS_RUNTIME_TOKEN: TOKEN });
  const plan = readFileSync(result.main.outputs['plan-file'], 'utf8');
  expect(plan).toContain('type=gha,scope=app-linux-amd64-linux-arm64,mode=max');
  expect(plan).not.toContain(TOKEN);
  expect(result.main.stdout).not.toContain(TOKEN);
  expect(result.main.outputs['cache-hit-ratio']).toBe('1.00');
  expect(JSON.parse(result.main.outputs.digests)).toEqual({ app: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
});

test('cache: gha (the default on GitHub) with buildx 0.13.1: one clear error, nothing built', async () => {
  const buildx = double({ version: '0.13.1' });
  const result = await run(buildx, project(), { targets: 'app' });
  expect(result.main.exitCode).toBe(1);
  expect(result.main.errors).toEqual([
    expect.stringMatching(/^cache: gha needs buildx 0.21 or newer .* this is 0.13.1\. Update buildx/),
  ]);
  expect(buildx.commands().sort()).toEqual(['buildx bake --print', 'buildx version']);
});

test('local cache with buildx 0.29 (fs entitlements enforced): the action allows its own folders, and the double refuses without them', async () => {
  const buildx = double({ version: '0.29.1' });
  const result = await run(buildx, project(), { targets: 'app', cache: 'local', platforms: 'linux/amd64' });
  expect(result.main.errors).toEqual([]);
  const bake = buildx.calls()[2].args;
  const allows = bake.flatMap((arg, i) => (bake[i - 1] === '--allow' ? [arg] : []));
  expect(allows).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^fs\.write=.*cib-bake-cache$/),
      expect.stringMatching(/^fs\.read=.*cib-bake-cache$/),
    ]),
  );

  const without = bake.filter((arg, i) => arg !== '--allow' && bake[i - 1] !== '--allow');
  const refused = await execProcess(join(buildx.binDir, 'docker'), without, {
    cwd: result.workspace,
    allowFailure: true,
  });
  expect(refused.exitCode).toBe(1);
  expect(refused.stderr).toMatch(
    /Write access to path .*cib-bake-cache\/app-linux-amd64\.new[\s\S]*additional privileges requested/,
  );
});

test('call: check with buildx 0.29: only checks, violations as annotations, the step fails', async () => {
  const buildx = double({
    version: '0.29.1',
    checkWarnings: [
      {
        rule: 'FromAsCasing',
        description: "'as' and 'FROM' keywords' casing do not match",
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      },
    ],
  });
  const result = await run(buildx, project(), { targets: 'app', call: 'check', cache: 'none' });
  expect(buildx.calls()[2].args).toEqual(expect.arrayContaining(['--call', 'check']));
  expect(result.main.warnings).toEqual([
    "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (https://docs.docker.com/go/dockerfile/rule/from-as-casing/)",
  ]);
  expect(result.main.exitCode).toBe(1);
});

test('call: check with buildx 0.13.1 is refused before anything is built', async () => {
  const buildx = double({ version: '0.13.1' });
  const result = await run(buildx, project(), { targets: 'app', call: 'check', cache: 'none' });
  expect(result.main.errors).toEqual([
    expect.stringMatching(/^call: check needs buildx 0.16 or newer, this is 0.13.1/),
  ]);
  expect(buildx.commands().sort()).toEqual(['buildx bake --print', 'buildx version']);
});

test('allow with buildx 0.13.1 (no bake --allow): refused, not dropped', async () => {
  const buildx = double({ version: '0.13.1' });
  const result = await run(buildx, project(), { targets: 'app', allow: 'network.host', cache: 'none' });
  expect(result.main.errors).toEqual([
    expect.stringMatching(
      /^Input "allow" is "network.host": expected nothing with buildx 0.13.1 \(bake --allow needs buildx 0.17/,
    ),
  ]);
  expect(buildx.commands().sort()).toEqual(['buildx bake --print', 'buildx version']);
});

test('push-by-digest with buildx 0.29: untagged image output, the digest and repository@digest reported', async () => {
  const buildx = double({ version: '0.29.1' });
  const result = await run(buildx, project(), { targets: 'app', 'push-by-digest': 'true', cache: 'none' });
  expect(result.main.errors).toEqual([]);
  const definition = JSON.parse(readFileSync(result.main.outputs['plan-file'], 'utf8')) as {
    definition: { target: { app: { output: string[]; tags: string[] } } };
  };
  expect(definition.definition.target.app).toMatchObject({
    tags: [],
    output: ['type=image,name=127.0.0.1:5000/app,push-by-digest=true,name-canonical=true,push=true'],
  });
  const digest = (JSON.parse(result.main.outputs.digests) as Record<string, string>).app;
  expect(JSON.parse(result.main.outputs.images)).toEqual({ app: [`127.0.0.1:5000/app@${digest}`] });
  expect(buildx.calls()[2].args).not.toContain('--push');
});

test('no build record artifact and no buildx history: the bake is the last process', async () => {
  const buildx = double({ version: '0.29.1' });
  await run(buildx, project(), { targets: 'app', cache: 'none' });
  expect(buildx.commands()).not.toContain('buildx history');
  expect(buildx.commands()).toHaveLength(3);
});

test('vars reach the bake files as HCL variables (buildx reads them from its environment)', async () => {
  const buildx = double({ version: '0.29.1' });
  const workspace = writeBakeProject({
    base: '127.0.0.1:5000/base:1',
    targets: { app: '  tags = ["127.0.0.1:5000/app:${TAG}"]' },
  });
  writeFileSync(
    join(workspace, 'docker-bake.hcl'),
    `variable "TAG" {\n  default = "dev"\n}\n${readFileSync(join(workspace, 'docker-bake.hcl'), 'utf8')}`,
  );
  const result = await run(buildx, workspace, { targets: 'app', cache: 'none', vars: 'TAG=1.2.3' });
  expect(result.main.errors).toEqual([]);
  const plan = JSON.parse(readFileSync(result.main.outputs['plan-file'], 'utf8')) as {
    targets: Array<{ tags: string[] }>;
  };
  expect(plan.targets[0].tags).toEqual(['127.0.0.1:5000/app:1.2.3']);
  expect(buildx.calls()[2].args).not.toContain('TAG=1.2.3');
});
