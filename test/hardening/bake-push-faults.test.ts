// Issue 13, point 3, multiarch-bake's part: the bundled action builds two targets for two
// platforms on the real engine (Debian 13's dockerd and buildx, QEMU for arm64) and pushes
// through the fault proxy in random mode (30% of requests: 429 with Retry-After, 500, 503,
// reset, dropped or truncated answer, slow answer) to Debian's docker-registry. Each run either
// succeeds with the right result (`digests` is what the registry serves for each tag, read
// straight from it, and the index holds both platforms) or fails cleanly (non-zero, one clear
// error, the summary naming the target that failed), and never leaves a tag on an index missing a
// platform. The base image is pulled straight from the registry: only the push is faulted.
// buildx's push gives up at the first 5xx on most requests, so with 30% of all its ~60 requests
// faulted it practically never succeeds; every other run therefore faults 30% of the manifest
// requests after the staged push (the tag moves: our registry client's reads and tag PUTs), which
// is where a success, and so the digests check, can happen.
import { rmSync } from 'node:fs';
import { RegistryClient } from '@cib/core/registry/client';
import { writeBakeProject } from '../support/engine/bake-project';
import { pushBaseImage } from '../support/engine/base-images';
import type { DockerdRecord } from '../support/engine/dockerd';
import { runBakeAction } from '../support/engine/run-bake-action';
import { sharedEngine } from '../support/engine/shared-engine';
import { startFaultProxy, type FaultProxy } from '../support/registry/fault-proxy';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { seededRandom } from '../support/seeded-random';
import { drawSettings } from './support/draw';
import { countsLine, report } from './support/figures';
import { digestOf, direct, indexProblems } from './support/registry-state';

const RATE = 0.3;
const { draw, seed } = drawSettings();
const RUNS = draw === 'full' ? 10 : 4;
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const TARGETS = ['app', 'tool'];
/** The same project content every run: built once, so each later run is (cached) build plus push. */
const MARKER = `harden-bake-push-${seed}`;

let engine: DockerdRecord;
let registry: RegistryServer;
let proxy: FaultProxy;
let base: string;
const client = new RegistryClient();
const outcomes = { runs: 0, correct: 0, failedClean: 0 };
/** Which requests draw faults: every request of the run, or the tag moves (manifests outside the staging tags). */
const SCOPES = [
  { name: 'every request', only: undefined },
  { name: 'the tag moves', only: { path: /\/manifests\/(?!cib-staging-)/ } },
] as const;
const runsPerScope: Record<string, number> = {};
const faults: Record<string, number> = {};
/** Failed runs that still left some target's tag (complete) in the registry. */
let partial = 0;

beforeAll(async () => {
  engine = await sharedEngine();
  registry = await startRegistry();
  base = await pushBaseImage(engine, registry.host, 'harden/base');
  proxy = await startFaultProxy(registry.host);
}, 300_000);
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  const total = Object.values(faults).reduce((n, f) => n + f, 0);
  report({
    part: 'registry-faults',
    line:
      `multiarch-bake push (real engine, ${TARGETS.length} targets x ${PLATFORMS.length} platforms) ${outcomes.runs} runs ` +
      `(${outcomes.correct} correct, ${outcomes.failedClean} failed clean, ${partial} of those left a complete tag of one target); ` +
      `${RATE * 100}% of the requests of ${Object.entries(runsPerScope)
        .map(([scope, n]) => `${scope} (${n} runs)`)
        .join(', ')} faulted (${draw} draw, seed ${seed}): ${countsLine(faults)}`,
    counts: { runs: outcomes.runs, faults: total, correct: outcomes.correct, failedClean: outcomes.failedClean },
  });
});

async function runOnce(i: number): Promise<string[]> {
  const tags = Object.fromEntries(TARGETS.map((t) => [t, `harden/bake-${i}-${t}:1`]));
  const project = writeBakeProject({
    base,
    marker: MARKER,
    targets: Object.fromEntries(TARGETS.map((t) => [t, `  tags = ["${proxy.host}/${tags[t]}"]`])),
  });
  const scope = SCOPES[i % SCOPES.length];
  runsPerScope[scope.name] = (runsPerScope[scope.name] ?? 0) + 1;
  proxy.randomFaults({ rate: RATE, random: seededRandom(seed * 100 + i), only: scope.only });
  let run;
  try {
    run = await runBakeAction(engine, project, {
      targets: TARGETS.join(','),
      platforms: PLATFORMS.join(','),
      push: 'true',
      cache: 'none',
    });
  } finally {
    for (const fault of proxy.injected) faults[fault.kind] = (faults[fault.kind] ?? 0) + 1;
    proxy.reset();
    rmSync(project, { recursive: true, force: true });
  }
  rmSync(run.runnerDir, { recursive: true, force: true });
  outcomes.runs++;
  const found: string[] = [];
  const served: Record<string, string | undefined> = {};
  for (const target of TARGETS) {
    const ref = direct(registry.host, tags[target]);
    served[target] = await digestOf(client, ref);
    // Never a half state: a tag that exists is a complete index of both platforms.
    found.push(...(await indexProblems(client, ref, PLATFORMS)));
  }
  if (run.main.exitCode === 0) {
    outcomes.correct++;
    const digests = JSON.parse(run.main.outputs.digests ?? '{}') as Record<string, string>;
    for (const target of TARGETS)
      if (!served[target] || digests[target] !== served[target])
        found.push(
          `succeeded, but digests says ${target} is ${digests[target]} and the registry serves ${served[target]}`,
        );
  } else {
    outcomes.failedClean++;
    if (run.main.errors.length === 0) found.push(`exit ${run.main.exitCode} without an ::error::`);
    for (const e of run.main.errors)
      if (/internal error in cib/.test(e)) found.push(`internal error: ${e.slice(0, 300)}`);
    // The summary says which target failed: at least one not pushed must be named in it.
    const failed = TARGETS.filter((t) => !served[t]);
    if (failed.length && !failed.some((t) => run.main.summary.includes(t)))
      found.push(`failed, but the summary names none of ${failed.join(', ')}: ${run.main.summary.slice(0, 500)}`);
    if (failed.length < TARGETS.length) partial++;
  }
  if (run.post && run.post.exitCode !== 0) found.push(`post failed: ${run.post.errors.join(' | ')}`);
  return found.map((p) => `run ${i} (faults on ${scope.name}): ${p}`);
}

test('multiarch-bake pushing two targets x two platforms under random registry faults: right digests, or a clean failure, never a half index', async () => {
  const problems: string[] = [];
  // One at a time: the runs share the engine, and each push is what the faults are drawn against.
  for (let i = 0; i < RUNS; i++) problems.push(...(await runOnce(i)));
  expect(problems).toEqual([]);
}, 1_800_000);

/** Builds `app` for both platforms through the proxy, with `times` refusals (500) of the second manifest PUT under the tag. */
async function refusedPush(tag: string, times: number) {
  const project = writeBakeProject({ base, marker: MARKER, targets: { app: `  tags = ["${proxy.host}/${tag}"]` } });
  // buildx with the docker driver PUTs under the staging tag twice in one push (BuildKit's push,
  // then the Engine's); before staged pushes the tag itself was written so, and left moved.
  const underTheTag = /\/manifests\/(cib-staging-app|1)$/;
  proxy.inject({
    method: 'PUT',
    path: underTheTag,
    fault: { kind: 'status', status: 500 },
    after: { method: 'PUT', path: underTheTag },
    times,
  });
  try {
    const run = await runBakeAction(engine, project, {
      targets: 'app',
      platforms: PLATFORMS.join(','),
      push: 'true',
      cache: 'none',
    });
    rmSync(run.runnerDir, { recursive: true, force: true });
    return { run, pending: proxy.pending() };
  } finally {
    proxy.reset();
    rmSync(project, { recursive: true, force: true });
  }
}

test('the registry refusing the push for now (500 on every manifest PUT under the staging tag after the first): three bakes, then the step fails and the tag is never moved', async () => {
  const tag = 'harden/bake-refused:1';
  const { run } = await refusedPush(tag, 1000);
  expect(run.main.exitCode).not.toBe(0);
  expect(run.main.warnings.filter((w) => /Running the bake again \(attempt [23] of 3\)/.test(w))).toHaveLength(2);
  expect(run.main.errors.join('\n')).toMatch(/docker buildx bake failed \(target app\).*500 Internal Server Error/s);
  expect(await digestOf(client, direct(registry.host, tag))).toBeUndefined();
  expect(run.main.summary).toContain(`No tag was moved (the push went to staging tags only): ${proxy.host}/${tag}`);
  expect(run.main.summary).toContain('3 attempts (the registry refused a push for now)');
}, 600_000);

test('the registry refusing the push once: the bake runs again, succeeds, and the tag moves to the complete index', async () => {
  const tag = 'harden/bake-refused-once:1';
  const { run, pending } = await refusedPush(tag, 1);
  expect(pending).toEqual([]);
  expect(run.main.errors).toEqual([]);
  expect(run.main.exitCode).toBe(0);
  expect(run.main.warnings.join('\n')).toMatch(
    /The registry refused the push for now \(unexpected status from PUT request to .*: 500 Internal Server Error\); nothing was published.*attempt 2 of 3/,
  );
  const digests = JSON.parse(run.main.outputs.digests) as Record<string, string>;
  const ref = direct(registry.host, tag);
  expect(await digestOf(client, ref)).toBe(digests.app);
  expect(await indexProblems(client, ref, PLATFORMS)).toEqual([]);
  expect(run.main.summary).toContain('2 attempts (the registry refused a push for now)');
}, 600_000);
