// examples/gitlab/.gitlab-ci.yml run for real by gitlab-ci-local (shell executor, Node 24) in a
// temporary git repository copy with real annotated and lightweight tags, against Debian's
// docker-registry on 127.0.0.1: a feature branch runs lint and test only; `staging` adds the
// per-platform builds and their merge (tagged `staging` too); an annotated tag runs everything
// and moves `latest`; a lightweight tag, even a newer one, does not. build-info's outputs reach
// the later jobs through dotenv reports.
//
// NOT A REAL BUILD: no build engine runs here, so `cib multiarch-bake` is replaced by
// test/workflows/synthetic-bake.ts, which checks its flags against multiarch-bake's action.yml and
// pushes a synthesised image per platform (random layers); see test/workflows/gitlab-pipeline.ts.
// Every other step is the real cib CLI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '@cib/core/registry/client';
import type { ImageIndex } from '@cib/core/registry/manifest-types';
import { parseReference } from '@cib/core/registry/reference';
import { git } from '../support/git-repo';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { createPipelineProject, type PipelineProject } from '../workflows/gitlab-pipeline';

let server: RegistryServer;
let pipeline: PipelineProject;
let project: string;
const client = new RegistryClient();
const image = () => `${server.host}/octo/app`;
const runPipeline = (ref: { branch: string } | { tag: string }) => pipeline.run(ref);

async function digestOf(tag: string): Promise<string | undefined> {
  return (await client.headManifest(parseReference(`${image()}:${tag}`)))?.digest;
}

beforeAll(async () => {
  server = await startRegistry();
  pipeline = createPipelineProject(image());
  project = pipeline.dir;
});
afterAll(async () => {
  await server?.stop();
  pipeline?.remove();
});

test('a feature branch runs lint and test only', async () => {
  git(project, 'checkout', '--quiet', '-b', 'feat/login');
  const run = await runPipeline({ branch: 'feat/login' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toEqual(['lint', 'test']);
  expect(existsSync(pipeline.bakeLog)).toBe(false);
});

test('staging adds the per-platform builds and their merge, tagged with the version and staging', async () => {
  git(project, 'checkout', '--quiet', '-b', 'staging');
  const commit = git(project, 'rev-parse', 'HEAD');
  const run = await runPipeline({ branch: 'staging' });
  expect(run.failed).toEqual([]);
  expect(run.passed).toEqual(['build-info', 'build:amd64', 'build:arm64', 'build_manifests', 'lint', 'test']);

  // build-info's VERSION reached the build jobs through the dotenv report: staging-<short sha>.
  const calls = readFileSync(pipeline.bakeLog, 'utf8')
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
