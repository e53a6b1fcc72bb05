// Issue 13, point 6: input values as large as the runner can pass (an environment string is at
// most 128 KiB), a manifest-merge sources or tags list of thousands of references, deeply nested
// and oversized JSON where build-info reads JSON (the labels it writes back out, the deployment's
// answer in verify mode), and a multiarch-bake file of 500 targets (a dry run with the real buildx:
// bake --print needs no daemon). Each gets a clear answer (success, or one non-internal error)
// before the harness's deadline kills it, and reports the peak RSS of the action's process.
// quality-gate's huge and hostile reports are in huge-reports.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '@cib/core/registry/client';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { platform, pushTestImage } from '../support/registry/test-images';
import { dockerConfigWithBuildx, engineFiles } from '../support/engine/engine-files';
import {
  runAction as runHarness,
  type ActionRun,
  type RunActionOptions,
  type StepResult,
} from '../support/runner-harness';
import { report } from './support/figures';
import { ENV_STRING_LIMIT } from './support/hostile-values';
import { digestOf, direct } from './support/registry-state';
import { drawSettings } from './support/draw';

const { draw } = drawSettings();
/** The CI draw keeps the lists shorter (each source and tag is a registry round trip). */
const MAX_LIST = draw === 'full' ? Infinity : 300;

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
/** GitHub's cap on a job's outputs together (facts.md): one output must fit under it. */
const OUTPUT_CAP = 1024 * 1024;

/** Every run here reports the peak RSS of the action's process (test/support/peak-rss-probe.cjs). */
const runAction = (action: string, options: RunActionOptions): Promise<ActionRun> =>
  runHarness(action, { ...options, measurePeakRss: true });

let registry: RegistryServer;
let service: Server;
let answer: () => string = () => '{}';
const client = new RegistryClient();
const lines: string[] = [];

beforeAll(async () => {
  registry = await startRegistry();
  for (const arch of ['amd64', 'arm64'])
    await pushTestImage(client, direct(registry.host, `huge/src:1-${arch}`), { platform: platform(`linux/${arch}`) });
  service = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answer());
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await registry?.stop();
  await new Promise((resolve) => service?.close(resolve));
  report({ part: 'huge-inputs', line: `${lines.length} cases: ${lines.join('; ')}`, counts: { cases: lines.length } });
});

/** The room an input has in one environment string. */
const room = (input: string) => ENV_STRING_LIMIT - `INPUT_${input.toUpperCase()}=`.length - 1;

/** Success, or exactly one clear error; records the case for the figures. */
function clearAnswer(name: string, main: StepResult, started: number): 'worked' | 'refused' {
  const outcome = main.exitCode === 0 ? 'worked' : 'refused';
  const said = main.errors[0] ? ` (${main.errors[0].replace(/^.*last seen: /, 'last seen: ').slice(0, 110)})` : '';
  const rss = `peak RSS ${((main.peakRssKiB ?? NaN) / 1024).toFixed(0)} MB`;
  lines.push(`${name} ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${rss}${said}`);
  expect(main.signal).toBeNull();
  expect(main.peakRssKiB).toBeGreaterThan(0);
  if (outcome === 'refused') {
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).not.toMatch(/internal error/i);
  }
  return outcome;
}

test.each([
  ['the same two images over and over', (i: number) => `huge/src:1-${i % 2 ? 'arm64' : 'amd64'}`],
  [
    'two images and thousands of distinct missing ones',
    (i: number) => (i < 2 ? `huge/src:1-${i ? 'arm64' : 'amd64'}` : `huge/src:gone-${i}`),
  ],
])(
  'manifest-merge: sources filling the whole input with %s: a clear answer, nothing pushed',
  async (name, nth) => {
    const longest = `${registry.host}/${nth(99_999)}`;
    const length = Math.min(MAX_LIST, Math.floor(room('sources') / (longest.length + 1)));
    const sources = Array.from({ length }, (_, i) => `${registry.host}/${nth(i)}`);
    const target = `huge/out:sources-${length}-${name.length}`;
    const started = Date.now();
    const run = await runAction('manifest-merge', {
      inputs: { sources: sources.join('\n'), tags: `${registry.host}/${target}` },
      timeoutMs: 300_000,
    });
    expect(clearAnswer(`manifest-merge ${length} sources (${name})`, run.main, started)).toBe('refused');
    expect(run.main.errors[0]).toMatch(/sources|huge\/src:gone-/);
    expect(await digestOf(client, direct(registry.host, target))).toBeUndefined();
    rmSync(run.runnerDir, { recursive: true, force: true });
  },
  600_000,
);

test('manifest-merge: thousands of target tags all carry the index, or none is promised', async () => {
  const prefix = `${registry.host}/huge/out:t`;
  const count = Math.min(2000, MAX_LIST, Math.floor(room('tags') / (prefix.length + 6)));
  const tags = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const started = Date.now();
  const run = await runAction('manifest-merge', {
    inputs: { sources: `${registry.host}/huge/src:1-amd64,${registry.host}/huge/src:1-arm64`, tags: tags.join('\n') },
    timeoutMs: 300_000,
  });
  if (clearAnswer(`manifest-merge ${count} tags`, run.main, started) === 'worked') {
    const digest = run.main.outputs.digest;
    for (const i of [0, Math.floor(count / 2), count - 1])
      expect(await digestOf(client, direct(registry.host, `huge/out:t${i}`))).toBe(digest);
  }
  rmSync(run.runnerDir, { recursive: true, force: true });
}, 600_000);

test('build-info: labels as large and deeply nested as the runner allows are written back intact', async () => {
  const depth = Math.floor((room('labels') - 'deep='.length - 8) / 2);
  const value = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const started = Date.now();
  const run = await runAction('build-info', { inputs: { labels: `deep=${value}` } });
  expect(clearAnswer(`build-info labels ${value.length} characters ${depth} deep`, run.main, started)).toBe('worked');
  expect(run.main.outputs.labels.split('\n')).toContain(`deep=${value}`);
  rmSync(run.runnerDir, { recursive: true, force: true });
});

const nested = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

/** A dotted path as deep as verify-field can hold, and an answer nesting the commit that deep. */
const DEPTH = Math.floor(room('verify-field') / 2);
const DEEP_FIELD = Array.from({ length: DEPTH }, () => 'a').join('.');

test.each([
  // Refused as too deep to write out again as the json output, never an internal error.
  [`an answer nested ${DEPTH} deep around the commit`, () => nested(DEPTH, `"${SHA}"`), DEEP_FIELD, false],
  [
    'a commit field holding 150,000 levels of objects',
    () => `{"git_commit":${nested(150_000, '1')}}`,
    'git_commit',
    false,
  ],
  [
    'an answer over the 1 MiB body limit',
    () => `{"pad":"${'x'.repeat(2 * 1024 * 1024)}","git_commit":"${SHA}"}`,
    'git_commit',
    false,
  ],
  [
    'a flat answer of 50,000 keys, the commit last',
    () => `{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`).join(',')},"git_commit":"${SHA}"}`,
    'git_commit',
    true,
  ],
])('build-info verify: %s', async (name, body, field, works) => {
  answer = body;
  const started = Date.now();
  const run = await runAction('build-info', {
    inputs: {
      'verify-url': `http://127.0.0.1:${(service.address() as AddressInfo).port}/build/info`,
      'verify-field': field,
      'verify-timeout': '2',
      'verify-interval': '1',
    },
    env: { GITHUB_SHA: SHA },
  });
  expect(clearAnswer(`build-info verify ${name}`, run.main, started)).toBe(works ? 'worked' : 'refused');
  rmSync(run.runnerDir, { recursive: true, force: true });
});

const TARGETS = 500;
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'];

/** A project whose bake file defines TARGETS targets and a group `all` of them. */
function bakeProjectOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cib-huge-bake-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /\n');
  const names = Array.from({ length: count }, (_, i) => `svc-${i}`);
  const targets = names.map((name) => `target "${name}" {\n  dockerfile = "Dockerfile"\n}\n`);
  const group = `group "all" {\n  targets = [${names.map((n) => `"${n}"`).join(', ')}]\n}\n`;
  writeFileSync(join(dir, 'docker-bake.hcl'), `${group}${targets.join('')}`);
  return dir;
}

test(`multiarch-bake: ${TARGETS} targets x ${PLATFORMS.length} platforms, dry run: every target planned with its own cache scope, the matrix valid under the output cap`, async () => {
  const engine = engineFiles();
  const workspace = bakeProjectOf(TARGETS);
  const dockerConfig = mkdtempSync(join(tmpdir(), 'cib-huge-docker-'));
  const env = {
    PATH: `${engine.binDir}:${process.env.PATH}`,
    DOCKER_CONFIG: dockerConfigWithBuildx(dockerConfig, engine),
  };
  const started = Date.now();
  let runnerDir: string | undefined;
  try {
    const run = await runAction('multiarch-bake', {
      workspace,
      inputs: {
        files: 'docker-bake.hcl',
        targets: 'all',
        platforms: PLATFORMS.join(','),
        cache: 'registry',
        'cache-ref': '127.0.0.1:5000/huge/cache',
        'dry-run': 'true',
      },
      env,
      timeoutMs: 300_000,
    });
    runnerDir = run.runnerDir;
    const name = `multiarch-bake ${TARGETS} targets x ${PLATFORMS.length} platforms (dry run)`;
    expect(clearAnswer(name, run.main, started)).toBe('worked');

    // The real bake --print of the user's file, our generated definition and our --set lines.
    const planFile = run.main.outputs['plan-file'];
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as {
      targets: Array<{ target: string; cache?: { from: string[] } }>;
    };
    const sets = plan.targets.flatMap((t) => (t.cache?.from ?? []).map((from) => `${t.target}.cache-from=${from}`));
    const definition = join(dirname(planFile), 'bake-override.json');
    const printed = await execProcess(
      engine.buildx,
      ['bake', '-f', 'docker-bake.hcl', '-f', definition, '--print', ...sets.flatMap((set) => ['--set', set]), 'all'],
      { cwd: workspace, env: { ...process.env, ...env }, timeoutMs: 120_000 },
    );
    const merged = JSON.parse(printed.stdout) as {
      target: Record<string, { platforms?: string[]; 'cache-to'?: string[]; 'cache-from'?: string[] }>;
    };
    const names = Object.keys(merged.target);
    expect(names).toHaveLength(TARGETS);
    const scopes = new Set<string>();
    for (const target of names) {
      const entry = merged.target[target];
      expect(entry.platforms).toEqual(PLATFORMS);
      expect(entry['cache-to']).toHaveLength(1);
      // The scope is the registry cache's tag; reading goes where writing went.
      const ref = /ref=([^,]+)/.exec(entry['cache-to']![0])?.[1];
      expect(ref).toMatch(new RegExp(`^127\\.0\\.0\\.1:5000/huge/cache:${target}-`));
      expect(entry['cache-from']?.join(' ')).toContain(`ref=${ref}`);
      scopes.add(ref!);
    }
    expect(scopes.size).toBe(TARGETS);

    // One matrix job per target and platform, as valid JSON under the output cap.
    const matrix = run.main.outputs.matrix;
    expect(Buffer.byteLength(matrix)).toBeLessThan(OUTPUT_CAP);
    const include = (JSON.parse(matrix) as { include: Array<{ target: string; platform: string }> }).include;
    expect(include).toHaveLength(TARGETS * PLATFORMS.length);
    expect(new Set(include.map((job) => `${job.target} ${job.platform}`)).size).toBe(TARGETS * PLATFORMS.length);
    // More jobs than GitHub runs from one matrix: said, not left to fail the next job.
    expect(run.main.warnings).toContainEqual(
      expect.stringMatching(/^The matrix output has 1500 jobs .* at most 256 jobs/),
    );
    lines.push(`its matrix: ${include.length} jobs in ${(Buffer.byteLength(matrix) / 1024).toFixed(0)} KiB of JSON`);
  } finally {
    for (const dir of [runnerDir, workspace, dockerConfig]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
