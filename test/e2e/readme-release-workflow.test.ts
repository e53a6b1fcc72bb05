// The README's release workflow, run as written, for a tag with build metadata (v1.2.3+build.7):
// its YAML is read from README.md, every `${{ }}` expression evaluated, and every step run in
// order: cib's actions from dist/ through the runner harness, docker/build-push-action played by a
// push of a small image with the labels and tag it is given, actions/checkout by the shallow tag
// checkout of checkout before v6.0.2, in which the annotated tag has become lightweight (the README
// pins v6.0.2, which keeps it annotated: the harder case is played). Real git tags, Debian's
// docker-registry standing in for ghcr.io.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference, withTag } from '@cib/core/registry/reference';
import { createOrigin, shallowTagCheckout, type Origin } from '../support/git-repo';
import { platform, pushTestImage } from '../support/registry/test-images';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { REPO_ROOT, runAction } from '../support/runner-harness';

interface Step {
  id?: string;
  uses: string;
  with?: Record<string, string | boolean>;
}
interface Job {
  strategy?: { matrix: { include: Array<Record<string, string>> } };
  steps: Step[];
}

const TAG = 'v1.2.3+build.7';
const REPOSITORY = 'octo-org/octo-app';
let server: RegistryServer;
let origin: Origin;
const client = new RegistryClient();

beforeAll(async () => {
  server = await startRegistry();
  origin = createOrigin([
    { name: 'v1.0.0', annotated: true },
    { name: TAG, annotated: true },
  ]);
});
afterAll(async () => {
  await server?.stop();
});

/** The YAML block under "## A release workflow" in README.md. */
function readmeWorkflow(): { jobs: Record<string, Job> } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A release workflow'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!yaml) throw new Error('README.md has no YAML block under "## A release workflow"');
  return parseYaml(yaml) as { jobs: Record<string, Job> };
}

/** Evaluates the expressions the workflow uses; ghcr.io becomes the local registry. */
function evaluate(
  value: string | boolean,
  scope: { outputs: Record<string, Record<string, string>>; matrix: Record<string, string> },
): string {
  return String(value)
    .replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
      if (step) return scope.outputs[step[1]]?.[step[2]] ?? '';
      const matrix = /^matrix\.(\w+)$/.exec(expression);
      if (matrix) return scope.matrix[matrix[1]] ?? '';
      if (expression === 'github.repository') return REPOSITORY;
      if (expression === 'github.actor') return 'octocat';
      if (expression === 'secrets.GITHUB_TOKEN') return 'ghs_unused';
      throw new Error(`the test does not evaluate \${{ ${expression} }}`);
    })
    .replace(/\bghcr\.io\b/g, server.host);
}

/** Runs one job of the workflow; returns the outputs of its steps by id. */
async function runJob(job: Job, matrix: Record<string, string>) {
  const scope = { outputs: {} as Record<string, Record<string, string>>, matrix };
  const env = {
    GITHUB_REF: `refs/tags/${TAG}`,
    GITHUB_REF_NAME: TAG,
    GITHUB_REF_TYPE: 'tag',
    GITHUB_REPOSITORY: REPOSITORY,
  };
  let workspace = '';
  for (const step of job.steps) {
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(v, scope)]));
    const cib = /^org\/cib\/([\w-]+)@v1$/.exec(step.uses);
    if (step.uses.startsWith('actions/checkout@')) {
      workspace = shallowTagCheckout(origin, TAG);
    } else if (step.uses.startsWith('docker/login-action@')) {
      // The local registry needs no login.
    } else if (step.uses.startsWith('docker/build-push-action@')) {
      expect(inputs.push).toBe('true');
      const labels = Object.fromEntries(inputs.labels.split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));
      await pushTestImage(client, parseReference(inputs.tags), { platform: platform(inputs.platforms), labels });
    } else if (cib) {
      const run = await runAction(cib[1], { inputs, env, workspace });
      expect(run.main.errors).toEqual([]);
      expect(run.main.exitCode).toBe(0);
      if (step.id) scope.outputs[step.id] = run.main.outputs;
    } else {
      throw new Error(`the README workflow uses ${step.uses}, which this test does not play`);
    }
  }
  return scope.outputs;
}

test(`the README's release workflow runs as written for the tag ${TAG}`, async () => {
  const { jobs } = readmeWorkflow();
  const repo = parseReference(`${server.host}/${REPOSITORY}`);
  // What the registry held before: release 1.0.0 as latest and as its floating tags.
  const old = await pushTestImage(client, withTag(repo, '1.0.0'), {
    platform: platform('linux/amd64'),
    labels: { 'org.opencontainers.image.version': '1.0.0' },
  });
  for (const tag of ['latest', '1', '1.0']) await client.putManifest(withTag(repo, tag), old.bytes, old.mediaType);

  for (const matrix of jobs.build.strategy!.matrix.include) {
    const outputs = await runJob(jobs.build, matrix);
    expect(outputs.info.version).toBe('1.2.3_build.7');
  }
  const release = await runJob(jobs.release, {});

  const index = await client.getManifest(withTag(repo, '1.2.3_build.7'));
  expect(release.info.version).toBe('1.2.3_build.7');
  expect(
    (index.json as { annotations?: Record<string, string> }).annotations?.['org.opencontainers.image.version'],
  ).toBe('1.2.3+build.7');
  // latest, 1 and 1.2 all moved to the merged index: build metadata did not make it a prerelease.
  for (const tag of ['latest', '1', '1.2']) {
    expect((await client.headManifest(withTag(repo, tag)))?.digest).toBe(index.digest);
  }
  expect((await client.headManifest(withTag(repo, '1.0')))?.digest).toBe(old.digest);
});
