// Issue 13, point 4: e2c-runner, bundled, run from dist/ as the runner runs it (main, then post
// with STATE_*, post-if always()) against the EC2 double (the real SDK in the bundle) and a real
// sshd standing in for the instance, under fault sequences and cancellation points drawn from the
// seed (support/ec2-cases.ts), then a scheduled reap run. For every run, read from the double:
// no job ever gets a second instance, every instance the job launched is terminated (template,
// spot or on-demand) and an existing instance is stopped, never terminated (e2c-runner README,
// "teardown"). When EC2 refuses the teardown itself, post must fail naming the instance and the
// reap afterwards (with working credentials) must terminate it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Double, type Ec2Double } from '../support/ec2/ec2-server';
import { ARM_BUILDER_TEMPLATE } from '../support/ec2/launch';
import type { SimInstance } from '../support/ec2/instances';
import { runAction, type StepResult } from '../support/runner-harness';
import { seededRandom } from '../support/seeded-random';
import { startSshd, type TestSshd } from '../support/sshd';
import { describeCase, drawEc2Case, SIGNAL_PLANS, type Ec2Case } from './support/ec2-cases';
import { drawSettings } from './support/draw';
import { report } from './support/figures';
import { runPool } from './support/pool';

const { draw, seed } = drawSettings();
const RUNS = draw === 'full' ? 48 : 10;
/** Codes the double answers only because a fault asked it to (IncorrectInstanceState is EC2 being EC2). */
const INJECTED = (code?: string) => code !== undefined && code !== 'IncorrectInstanceState';

let sshd: TestSshd;
let scratch: string;
const outcomes = { succeeded: 0, 'failed cleanly': 0, cancelled: 0 };
let faults = 0;
let lostAnswers = 0;
let cancellations = 0;
let loudTeardowns = 0;
let reaped = 0;

beforeAll(async () => {
  sshd = await startSshd();
  // A remote build that takes a second, so that a time drawn into main can land in it.
  sshd.setDockerDelay(1);
  scratch = mkdtempSync(join(tmpdir(), 'cib-harden-ec2-'));
  mkdirSync(join(scratch, 'workspace'));
  writeFileSync(join(scratch, 'workspace/Dockerfile'), 'FROM debian:trixie\n');
  writeFileSync(join(scratch, 'workspace/docker-bake.hcl'), 'target "app" {}\n');
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(scratch, { recursive: true, force: true });
  const runs = Object.values(outcomes).reduce((a, b) => a + b, 0);
  report({
    part: 'ec2-faults',
    line:
      `${runs} e2c-runner runs (${draw} draw, seed ${seed}): ${outcomes.succeeded} succeeded, ${outcomes['failed cleanly']} failed cleanly, ` +
      `${outcomes.cancelled} cancelled (${cancellations} cancellations drawn); ${faults} EC2 faults injected (${lostAnswers} launch answers lost); ` +
      `${loudTeardowns} teardowns EC2 refused, failed loudly, then reaped (${reaped} instances reaped); ` +
      'no second launch, nothing left running',
    counts: {
      runs,
      faults,
      cancellations,
      succeeded: outcomes.succeeded,
      failedCleanly: outcomes['failed cleanly'],
      cancelled: outcomes.cancelled,
    },
  });
});

/** Waits out the double's transient states (stopping, shutting-down) so the end state shows. */
async function settle(ec2: Ec2Double): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ec2.timing.stoppingMs + ec2.timing.shuttingDownMs + 50));
}

/** Main must end one of three ways: succeeded, killed by the drawn signal, or one clear non-internal error. */
function mainOutcome(main: StepResult): string {
  if (main.signal !== null) return 'cancelled';
  if (main.exitCode === 0) return 'succeeded';
  if (main.errors.length === 0)
    return `main exited ${main.exitCode} without an ::error:: (stderr: ${main.stderr.slice(-300)})`;
  const internal = main.errors.find((e) => /internal error in cib/.test(e));
  return internal ? `main: ${internal.slice(0, 300)}` : 'failed cleanly';
}

async function runCase(c: Ec2Case): Promise<string[]> {
  const problems: string[] = [];
  const ec2 = await startEc2Double({ templates: [ARM_BUILDER_TEMPLATE], hostKeys: [sshd.hostKey] });
  try {
    ec2.faults = c.faults;
    const existing = c.strategy === 'existing' ? ec2.addInstance({ state: 'stopped' }) : undefined;
    const runId = String(4_000_000 + c.index);
    const env = {
      ...ec2.env(),
      CIB_E2C_POLL_MS: '100',
      GITHUB_RUN_ID: runId,
      GITHUB_REPOSITORY: `octo-org/harden-${c.index}`,
    };
    const inputs = {
      strategy: c.strategy,
      ...(existing ? { 'instance-id': existing.id } : { 'launch-template-id': ARM_BUILDER_TEMPLATE.id }),
      'ssh-user': sshd.user,
      'ssh-private-key': sshd.client.privateKey,
      'ssh-port': String(sshd.port),
      'ready-timeout': '15',
      build: 'true',
      'build-dir': join(scratch, `build-${c.index}`),
      ...c.inputs,
    };
    const point = c.cancel?.point;
    const signalsFrom =
      point && 'requests' in point
        ? ec2.afterRequests(point.requests)
        : point && 'after' in point
          ? ec2.afterRequests(1, point.after)
          : undefined;
    const signals = c.cancel
      ? SIGNAL_PLANS[c.cancel.signals].map((s) => ({
          signal: s.signal,
          afterMs: s.afterMs + (point && 'ms' in point ? point.ms : 0),
        }))
      : undefined;
    if (c.teardownFault === 'credentials expired') ec2.faults.credentialsExpiredFor = ['TerminateInstances'];
    if (c.teardownFault === 'unauthorized')
      ec2.faults.unauthorized = [...(ec2.faults.unauthorized ?? []), 'TerminateInstances'];
    const run = await runAction('e2c-runner', {
      inputs,
      env,
      workspace: join(scratch, 'workspace'),
      signals,
      signalsFrom,
    });
    rmSync(run.runnerDir, { recursive: true, force: true });
    if (c.cancel) cancellations++;
    const outcome = mainOutcome(run.main);
    if (outcome in outcomes) outcomes[outcome as keyof typeof outcomes]++;
    else problems.push(outcome);

    // No second instance for one job: the double's launches carrying this run's tag.
    const jobInstances = (): SimInstance[] => ec2.current().filter((i) => i.tags.get('cib:run-id') === runId);
    if (jobInstances().length > 1)
      problems.push(
        `second launch: ${jobInstances()
          .map((i) => i.id)
          .join(', ')}`,
      );
    if (existing && ec2.requests.some((r) => r.action === 'RunInstances'))
      problems.push('RunInstances called for an existing instance');

    await settle(ec2);
    const post = run.post;
    const left = jobInstances().filter((i) => i.state !== 'terminated');
    if (!post) problems.push('post did not run (post-if: always())');
    else if (c.teardownFault && left.length) {
      // EC2 refused the teardown: post must fail, naming what is left so that a person can clean up.
      loudTeardowns++;
      const said = post.errors.join('\n');
      if (post.exitCode === 0) problems.push(`post succeeded with ${left.map((i) => i.id).join(', ')} left up`);
      for (const i of left) if (!said.includes(i.id)) problems.push(`post's error does not name ${i.id}: ${said}`);
    } else {
      if (post.exitCode !== 0) problems.push(`post failed: ${post.errors.join(' | ') || post.stderr.slice(-300)}`);
      for (const i of left) problems.push(`after post, launched instance ${i.id} is ${i.state}`);
    }
    if (existing && existing.state !== 'stopped')
      problems.push(`after post, existing ${existing.id} is ${existing.state}`);

    // The scheduled reap, later, with working credentials: everything of the job's gone, the existing one untouched.
    ec2.faults = {};
    const before = jobInstances().filter((i) => i.state !== 'terminated').length;
    const reap = await runAction('e2c-runner', {
      inputs: { phase: 'reap', 'reap-older-than': '0' },
      env,
      workspace: join(scratch, 'workspace'),
    });
    rmSync(reap.runnerDir, { recursive: true, force: true });
    if (reap.main.exitCode !== 0) problems.push(`reap failed: ${reap.main.errors.join(' | ')}`);
    await settle(ec2);
    reaped += before - jobInstances().filter((i) => i.state !== 'terminated').length;
    for (const i of jobInstances()) if (i.state !== 'terminated') problems.push(`after reap, ${i.id} is ${i.state}`);
    if (existing && existing.state !== 'stopped')
      problems.push(`after reap, existing ${existing.id} is ${existing.state}`);
    faults += ec2.requests.filter((r) => INJECTED(r.code)).length;
    lostAnswers += ec2.requests.filter((r) => r.action === 'RunInstances' && r.code === 'InternalError').length;
  } finally {
    await ec2.stop();
  }
  return problems.map((p) => `${describeCase(c)}: ${p}`);
}

test('e2c-runner under drawn EC2 faults and cancellations: one instance per job at most, none left up after post and reap', async () => {
  const random = seededRandom(seed);
  const cases = Array.from({ length: RUNS }, (_, i) => drawEc2Case(i, random));
  const problems = await runPool(cases, 2, runCase);
  expect(problems.flat()).toEqual([]);
}, 1_800_000);
