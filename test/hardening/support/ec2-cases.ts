// The e2c-runner runs the EC2 hardening part draws from its seed: a strategy (template on-demand,
// template spot, an existing instance), a fault plan (the EC2 double's own faultsFromSeed, plus
// launch answers lost, a refused launch, and for template a teardown EC2 refuses), and a
// cancellation point (after the Nth answer of the double, right after RunInstances answered, or a
// time into the run) with the signals the runner sends. Same seed, same cases.
import { faultsFromSeed, type FaultPlan } from '../../support/ec2/faults';
import { pick } from './draw';

export const INSTANCE_TYPES = ['c7g.large', 'm7g.large', 't4g.large'];
export const SUBNET_IDS = ['subnet-0a', 'subnet-0b'];

/** Where main is cancelled: after the double's Nth answer, after RunInstances' first answer, or `ms` into main. */
export type CancelPoint = { requests: number } | { after: 'RunInstances' } | { ms: number };

/**
 * What the runner sends. On cancel it sends SIGINT, then SIGTERM when the step has not ended
 * (7.5 s later, compressed here), and kills what is left; a lost runner host is a SIGKILL.
 */
export const SIGNAL_PLANS = {
  'SIGINT then SIGTERM': [
    { afterMs: 0, signal: 'SIGINT' },
    { afterMs: 300, signal: 'SIGTERM' },
  ],
  SIGTERM: [{ afterMs: 0, signal: 'SIGTERM' }],
  SIGKILL: [{ afterMs: 0, signal: 'SIGKILL' }],
} as const satisfies Record<string, ReadonlyArray<{ afterMs: number; signal: NodeJS.Signals }>>;
export type SignalPlan = keyof typeof SIGNAL_PLANS;

/** Teardown faults: EC2 refuses TerminateInstances in the post step (credentials expired during the build, or a role without it). */
export type TeardownFault = 'credentials expired' | 'unauthorized';

export interface Ec2Case {
  index: number;
  strategy: 'template' | 'existing';
  /** Inputs beyond the common ones (spot, fallback lists, host-key). */
  inputs: Record<string, string>;
  faults: FaultPlan;
  teardownFault?: TeardownFault;
  cancel?: { point: CancelPoint; signals: SignalPlan };
}

function describePoint(point: CancelPoint): string {
  if ('requests' in point) return `after EC2 answer ${point.requests}`;
  if ('after' in point) return `right after ${point.after} answered`;
  return `${point.ms} ms into main`;
}

/** One line naming the case, for failure messages (replay with the same seed). */
export function describeCase(c: Ec2Case): string {
  const cancel = c.cancel ? `cancelled ${describePoint(c.cancel.point)} (${c.cancel.signals})` : 'not cancelled';
  const inputs = Object.entries(c.inputs)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `case ${c.index}: ${c.strategy} ${inputs}; faults ${JSON.stringify(c.faults)}${c.teardownFault ? `; teardown ${c.teardownFault}` : ''}; ${cancel}`;
}

export function drawEc2Case(index: number, random: () => number): Ec2Case {
  const kind = pick(['on-demand', 'spot', 'existing'] as const, random);
  const strategy = kind === 'existing' ? 'existing' : 'template';
  const inputs: Record<string, string> = {};
  let faults: FaultPlan;
  let teardownFault: TeardownFault | undefined;
  if (strategy === 'template') {
    faults = faultsFromSeed(Math.floor(random() * 2 ** 31), INSTANCE_TYPES, SUBNET_IDS);
    if (random() < 0.6) inputs['instance-types'] = INSTANCE_TYPES.join(',');
    if (random() < 0.5) inputs['subnet-ids'] = SUBNET_IDS.join(',');
    if (kind === 'spot') {
      inputs.spot = 'true';
      inputs['spot-fallback'] = pick(['on-demand', 'on-demand', 'fail'] as const, random);
      if (random() < 0.4) inputs['spot-max-price'] = pick(['0.5', '9'], random);
    }
    // 1 to 5 lost answers: up to three repeats with the same token learn the id, more fail the launch.
    if (random() < 0.35) faults.launchAnswerLost = 1 + Math.floor(random() * 5);
    if (random() < 0.08) faults.unauthorized = ['RunInstances'];
    if (random() < 0.2) teardownFault = pick(['credentials expired', 'unauthorized'] as const, random);
  } else {
    faults = random() < 0.5 ? { throttle: { count: 1 + Math.floor(random() * 3) } } : {};
  }
  if (random() < 0.3) inputs['host-key'] = 'console';
  let cancel: Ec2Case['cancel'];
  const roll = random();
  if (roll < 0.7) {
    const point: CancelPoint =
      roll < 0.35
        ? { requests: 1 + Math.floor(random() * 10) }
        : roll < 0.45
          ? { after: 'RunInstances' }
          : { ms: 300 + Math.floor(random() * 3500) };
    cancel = { point, signals: pick(Object.keys(SIGNAL_PLANS) as SignalPlan[], random) };
  }
  return { index, strategy, inputs, faults, teardownFault, cancel };
}
