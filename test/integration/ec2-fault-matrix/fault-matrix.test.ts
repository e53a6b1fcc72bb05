// The promise of e2c-runner, checked exhaustively: whatever EC2 does (every injected fault) and
// wherever the job is cancelled (every call to EC2 or to a process, and the moment between
// RunInstances' answer and saving it), after the post step every instance created is stopped or
// terminated; the single exception (a role without ec2:DescribeInstances whose launch answer was
// lost) must fail the post step loudly with the tags to find the instance by. A cancellation is modelled the way the runner's SIGINT ends main: at a call, with the
// state saved so far kept; post then runs with that state, as the runner runs it with STATE_*.
// Runs the action's own run/post in-process against the EC2 double (real SDK).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSdkEc2Api, type Ec2Api } from '@cib/core/ec2/ec2-api';
import type { Exec } from '@cib/core/exec/exec';
import type { E2cDeps } from '@cib/core/ec2/phase-context';
import { systemClock } from '@cib/core/time/clock';
import { post, run } from '../../../actions/e2c-runner/run';
import { startEc2Double, type Ec2Double } from '../../support/ec2/ec2-server';
import { fakeRuntime } from '../../support/fake-runtime';
import { faultsFromSeed, type FaultPlan } from '../../support/ec2/faults';

const TYPES = ['c7g.large', 'm7g.large', 't4g.large'];
const SUBNETS = ['subnet-0a', 'subnet-0b'];
const TEMPLATE = {
  id: 'lt-0fa17',
  name: 'matrix',
  versions: [{ instanceType: 't4g.large', subnetId: 'subnet-0a', imageId: 'ami-1' }],
  defaultVersion: 1,
};

interface Fault {
  name: string;
  faults: () => FaultPlan;
  inputs?: Record<string, string>;
  existing?: boolean;
}

const FAULTS: Fault[] = [
  { name: 'no fault', faults: () => ({}) },
  {
    name: 'no capacity for the first type',
    faults: () => ({ noCapacity: [{ instanceType: 'c7g.large' }] }),
    inputs: { 'instance-types': 'c7g.large,m7g.large' },
  },
  {
    name: 'no capacity in the first subnet',
    faults: () => ({ noCapacity: [{ subnetId: 'subnet-0a' }] }),
    inputs: { 'subnet-ids': SUBNETS.join(',') },
  },
  {
    name: 'no capacity anywhere',
    faults: () => ({ noCapacity: [{}] }),
    inputs: { 'instance-types': 'c7g.large,m7g.large' },
  },
  { name: 'spot count exceeded', faults: () => ({ maxSpotInstances: 0 }), inputs: { spot: 'true' } },
  {
    name: 'spot price too low',
    faults: () => ({ spotPrice: 0.5 }),
    inputs: { spot: 'true', 'spot-max-price': '0.01' },
  },
  { name: 'vCPU quota used up', faults: () => ({ vcpuLimitExceeded: true }) },
  { name: 'throttling', faults: () => ({ throttle: { count: 3 } }) },
  { name: 'not found right after launch', faults: () => ({ notFoundAfterLaunch: 3 }) },
  { name: 'launch answer lost once', faults: () => ({ launchAnswerLost: 1 }) },
  { name: 'launch connection reset once', faults: () => ({ launchConnectionReset: 1 }) },
  { name: 'RunInstances unauthorized', faults: () => ({ unauthorized: ['RunInstances'] }) },
  { name: 'DescribeInstances unauthorized', faults: () => ({ unauthorized: ['DescribeInstances'] }) },
  {
    name: 'GetConsoleOutput unauthorized',
    faults: () => ({ unauthorized: ['GetConsoleOutput'] }),
    inputs: { 'host-key': 'console' },
  },
  { name: 'credentials EC2 cannot validate', faults: () => ({ authFailure: true }) },
  { name: 'existing instance, throttled', faults: () => ({ throttle: { count: 2 } }), existing: true },
  ...[1, 2, 3, 4, 5].map((seed) => ({
    name: `seed ${seed}`,
    faults: () => faultsFromSeed(seed, TYPES, SUBNETS),
    inputs: { spot: 'true', 'instance-types': TYPES.join(','), 'subnet-ids': SUBNETS.join(',') },
  })),
];

/** Cancellation points: before the Nth call to EC2 or to a process (1-based), or right after RunInstances answers. */
const CALL_POINTS = Array.from({ length: 12 }, (_, i) => i + 1);
type Point = number | 'after RunInstances answered';
const POINTS: Point[] = [...CALL_POINTS, 'after RunInstances answered'];

/** The instance's host key (printed to its console) and a key to log in with: never used to connect here. */
const HOST_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const PRIVATE_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
let ec2: Ec2Double;
let runId = 5000;
/** Cases that ended with an instance up and a loud post failure (reported at the end). */
let excused = 0;

beforeEach(async () => {
  ec2 = await startEc2Double({
    templates: [TEMPLATE],
    hostKeys: [HOST_KEY],
    timing: { pendingMs: 60, stoppingMs: 60, shuttingDownMs: 60, consoleMs: 30 },
  });
  Object.assign(process.env, ec2.env());
});
afterEach(async () => {
  await ec2.stop();
});
afterAll(() => {
  const cases = FAULTS.length * POINTS.length;
  process.stderr.write(
    `fault matrix: ${FAULTS.length} faults x ${POINTS.length} cancellation points = ${cases} cases, ${excused} ended with a loud post failure instead\n`,
  );
});

/**
 * The collaborators of one run, and a promise that settles when the run "dies" at `point`: from
 * then on every call and every sleep hangs forever, as nothing runs in a killed process. EC2 is the
 * double through the real SDK; processes (ssh, scp, tar) answer success from a recording stand-in
 * (real SSH is exercised by the e2e tests; here only the places where a cancellation can land matter).
 */
function cancellingDeps(point: Point | undefined): { deps: E2cDeps; died: Promise<'cancelled'>; calls: () => number } {
  let calls = 0;
  let die: (value: 'cancelled') => void = () => undefined;
  const died = new Promise<'cancelled'>((resolve) => (die = resolve));
  let dead = false;
  const never = new Promise<never>(() => undefined);
  const enter = (): boolean => {
    if (dead) return false;
    calls += 1;
    if (calls === point) {
      dead = true;
      die('cancelled');
      return false;
    }
    return true;
  };
  const exec: Exec = (command, args) => {
    if (!enter()) return never;
    return Promise.resolve({ exitCode: 0, stdout: '', stderr: `${command} ${args.length} arguments` });
  };
  const deps: E2cDeps = {
    exec,
    clock: { now: () => Date.now(), sleep: (ms) => (dead ? never : systemClock.sleep(ms)) },
    pollMs: 25,
    async ec2(region) {
      const api = await createSdkEc2Api({ region, launchAttempts: 1 });
      const wrapped = {} as Record<string, unknown>;
      for (const method of Object.keys(api) as Array<keyof Ec2Api>) {
        wrapped[method] = async (...args: unknown[]) => {
          if (!enter()) return never;
          const result = await (api[method] as (...a: unknown[]) => Promise<unknown>)(...args);
          if (method === 'launch' && point === 'after RunInstances answered') {
            dead = true;
            die('cancelled');
            return never;
          }
          return dead ? never : result;
        };
      }
      return wrapped as unknown as Ec2Api;
    },
  };
  return { deps, died, calls: () => calls };
}

describe.each(FAULTS)('$name', (fault) => {
  it.each(POINTS)('cancelled at %s: every instance created is stopped or terminated after post', async (point) => {
    ec2.faults = fault.faults();
    const existing = fault.existing ? ec2.addInstance({ state: 'stopped' }) : undefined;
    const inputs: Record<string, string> = {
      strategy: existing ? 'existing' : 'template',
      'instance-id': existing?.id ?? '',
      'launch-template-id': TEMPLATE.id,
      'ssh-private-key': PRIVATE_KEY,
      'ready-timeout': '10',
      build: 'true',
      'build-dir': join(mkdtempSync(join(tmpdir(), 'cib-matrix-')), 'build'),
      ...fault.inputs,
    };
    const env = {
      ...process.env,
      GITHUB_REPOSITORY: 'o/matrix',
      GITHUB_RUN_ID: String((runId += 1)),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'arm',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'cib-matrix-temp-')),
    } as Record<string, string>;
    const mainRuntime = fakeRuntime(inputs, { env });
    const main = cancellingDeps(point);
    const outcome = await Promise.race([
      run(mainRuntime, main.deps).then(
        () => 'succeeded',
        () => 'failed',
      ),
      main.died,
    ]);
    // The post step: the state main saved, faults still in force, nothing cancelled.
    const postError = await post(
      fakeRuntime(inputs, { env, state: Object.fromEntries(mainRuntime.state) }),
      cancellingDeps(undefined).deps,
    ).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await new Promise((r) => setTimeout(r, ec2.timing.shuttingDownMs + ec2.timing.stoppingMs));
    const notDown = ec2.current().filter((i) => i.state !== 'stopped' && i.state !== 'terminated');
    // The one way an instance can stay up: post could not reach it and failed loudly, naming it
    // (or, when its id was never saved and EC2 refused the tag search, the tags to find it by).
    // Only a role without ec2:DescribeInstances gets there.
    const loudlyExcused =
      fault.name === 'DescribeInstances unauthorized' && !!postError?.includes(`cib:run-id=${env.GITHUB_RUN_ID}`);
    expect({ outcome, notDown: loudlyExcused ? [] : notDown.map((i) => `${i.id} ${i.state}`) }).toEqual({
      outcome,
      notDown: [],
    });
    excused += loudlyExcused && notDown.length ? 1 : 0;
  });
});
