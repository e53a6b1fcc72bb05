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
import { dockerConfigWithBuildx, engineFiles } from '../../support/engine/engine-files';

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
  // Every call goes straight to the plugin the docker CLI would run (no CLI start, no metadata query).
  expect(buildx.calls().map((c) => c.via)).toEqual(['plugin', 'plugin', 'plugin']);
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

test('call: check with buildx 0.29: the JSON results as annotations on the Dockerfile lines, the step fails', async () => {
  const buildx = double({
    version: '0.29.1',
    checkWarnings: [
      {
        rule: 'FromAsCasing',
        description: "The 'as' keyword should match the case of the 'from' keyword",
        detail: "'as' and 'FROM' keywords' casing do not match",
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        line: 1,
      },
      {
        rule: 'UndefinedVar',
        description: 'Variables should be defined before their use',
        detail: "Usage of undefined variable '$PAHT'",
        url: 'https://docs.docker.com/go/dockerfile/rule/undefined-var/',
        line: 5,
      },
    ],
  });
  const result = await run(buildx, project(), { targets: 'app', call: 'check', cache: 'none' });
  const bake = buildx.calls().find((c) => c.args[1] === 'bake' && !c.args.includes('--print'));
  expect(bake?.args).toEqual(expect.arrayContaining(['--call', 'check,format=json']));
  expect(result.main.warnings).toEqual([
    "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (https://docs.docker.com/go/dockerfile/rule/from-as-casing/)",
    "UndefinedVar: Usage of undefined variable '$PAHT' (https://docs.docker.com/go/dockerfile/rule/undefined-var/)",
  ]);
  // On the Dockerfile line each finding names (buildkit's source range), for the PR diff view.
  const annotations = result.main.commands.filter((c) => c.command === 'warning').map((c) => c.properties);
  expect(annotations).toEqual([
    expect.objectContaining({ title: 'FromAsCasing', file: 'Dockerfile', line: '1' }),
    expect.objectContaining({ title: 'UndefinedVar', file: 'Dockerfile', line: '5' }),
  ]);
  expect(result.main.errors).toEqual([
    expect.stringMatching(/^Dockerfile checks failed \(2 findings\): app: FromAsCasing, UndefinedVar\./),
  ]);
  expect(result.main.exitCode).toBe(1);
});

test('call: check with buildx 0.29 and a clean Dockerfile: no annotation, the step passes', async () => {
  const buildx = double({ version: '0.29.1' });
  const result = await run(buildx, project(), { targets: 'app', call: 'check', cache: 'none' });
  expect(result.main.errors).toEqual([]);
  expect(result.main.warnings).toEqual([]);
  expect(result.main.stdout).toContain('Dockerfile checks: no warnings');
  expect(result.main.exitCode).toBe(0);
});

test('call: check with buildx 0.13.1 is refused before anything is built', async () => {
  const buildx = double({ version: '0.13.1' });
  const result = await run(buildx, project(), { targets: 'app', call: 'check', cache: 'none' });
  expect(result.main.errors).toEqual([
    expect.stringMatching(/^call: check needs buildx 0.16 or newer, this is 0.13.1/),
  ]);
  expect(buildx.commands().sort()).toEqual(['buildx bake --print', 'buildx version']);
});

test('the double refuses --call as the real buildx 0.13.1 does, run as the plugin and through the docker CLI', async () => {
  const buildx = double({ version: '0.13.1' });
  const workspace = project();
  const files = engineFiles();
  const args = ['bake', '--call', 'check,format=json', 'app'];
  const asPlugin = async (program: string) => execProcess(program, args, { cwd: workspace, allowFailure: true });
  const real = await asPlugin(join(files.binDir, 'docker-buildx'));
  const ours = await asPlugin(join(buildx.dockerConfig, 'cli-plugins', 'docker-buildx'));
  expect(real).toMatchObject({ exitCode: 1, stderr: 'ERROR: unknown flag: --call\n' });
  expect(ours).toMatchObject({ exitCode: real.exitCode, stderr: real.stderr });

  const realConfig = dockerConfigWithBuildx(mkdtempSync(join(tmpdir(), 'cib-docker-config-')), files);
  const viaCli = (program: string, config: string) =>
    execProcess(program, ['buildx', ...args], {
      cwd: workspace,
      env: { PATH: process.env.PATH, DOCKER_CONFIG: config },
      allowFailure: true,
    });
  const realCli = await viaCli(files.docker, realConfig);
  const oursCli = await viaCli(join(buildx.binDir, 'docker'), buildx.dockerConfig);
  expect(realCli.exitCode).toBe(125);
  expect(realCli.stderr).toContain('unknown flag: --call');
  expect(oursCli).toMatchObject({ exitCode: realCli.exitCode, stderr: realCli.stderr });
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
  // The builder's driver is asked side by side with version and --print, then the bake.
  expect(buildx.commands().slice(0, 3).sort()).toEqual(['buildx bake --print', 'buildx inspect', 'buildx version']);
  expect(buildx.commands().slice(3)).toEqual(['buildx bake']);
  expect(buildx.calls()[3].args).not.toContain('--push');
});

test('push-by-digest on a docker-driver builder: one clear error naming the input, nothing built', async () => {
  const buildx = double({ version: '0.29.1', driver: 'docker' });
  const result = await run(buildx, project(), {
    targets: 'app',
    'push-by-digest': 'true',
    cache: 'none',
    builder: 'desktop',
  });
  expect(result.main.exitCode).toBe(1);
  expect(result.main.errors).toEqual([
    expect.stringMatching(
      /^Input "push-by-digest" is "true": expected a builder whose driver can push by digest .*builder "desktop" uses the docker driver/,
    ),
  ]);
  expect(buildx.calls().find((c) => c.args[1] === 'inspect')?.args).toEqual([
    'buildx',
    'inspect',
    '--builder',
    'desktop',
  ]);
  expect(buildx.commands()).not.toContain('buildx bake');
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
