// The simulated instances: their states over (compressed) time and how DescribeInstances shows
// them. Transitions follow the instance lifecycle in the EC2 user guide (ec2-instance-lifecycle):
// pending -> running, stopping -> stopped, shutting-down -> terminated; a terminated instance
// stays visible (EC2 shows it for about an hour). Start/Stop/Terminate answer IncorrectInstanceState
// where EC2 does, and a one-time spot instance cannot be stopped (UnsupportedOperation).
import { Ec2ApiError } from './ec2-error';

export type StateName = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

/** The state codes EC2 reports (InstanceState.Code). */
export const STATE_CODES: Record<StateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** How long transient states last: milliseconds, compressed from EC2's tens of seconds. */
export interface Timing {
  pendingMs: number;
  stoppingMs: number;
  shuttingDownMs: number;
  /** After running, how long until the console shows cloud-init's output. */
  consoleMs: number;
}

export const FAST_TIMING: Timing = { pendingMs: 150, stoppingMs: 150, shuttingDownMs: 150, consoleMs: 100 };

export interface SimInstance {
  id: string;
  reservationId: string;
  state: StateName;
  /** When the current state began (ms since epoch). */
  since: number;
  /** When it last became running, for the console output. */
  runningSince?: number;
  instanceType: string;
  subnetId: string;
  imageId: string;
  market: 'spot' | 'on-demand';
  shutdownBehavior: 'stop' | 'terminate';
  launchTime: Date;
  tags: Map<string, string>;
  volumeTags: Map<string, string>;
  clientToken?: string;
  launchTemplate?: { id: string; version: string };
  publicIp: string;
  privateIp: string;
  /** Calls naming it by id still to answer InvalidInstanceID.NotFound. */
  notFoundCalls: number;
}

const NEXT: Partial<Record<StateName, [StateName, keyof Timing]>> = {
  pending: ['running', 'pendingMs'],
  stopping: ['stopped', 'stoppingMs'],
  'shutting-down': ['terminated', 'shuttingDownMs'],
};

/** Moves an instance through the transient states whose time has passed. */
export function advance(instance: SimInstance, timing: Timing, now: number): void {
  for (;;) {
    const next = NEXT[instance.state];
    if (!next || now - instance.since < timing[next[1]]) return;
    instance.since += timing[next[1]];
    instance.state = next[0];
    if (instance.state === 'running') instance.runningSince = instance.since;
  }
}

function setState(instance: SimInstance, state: StateName, now: number): void {
  instance.state = state;
  instance.since = now;
}

export interface StateChange {
  InstanceId: string;
  CurrentState: { Code: number; Name: string };
  PreviousState: { Code: number; Name: string };
}

function change(instance: SimInstance, previous: StateName): StateChange {
  return {
    InstanceId: instance.id,
    CurrentState: { Code: STATE_CODES[instance.state], Name: instance.state },
    PreviousState: { Code: STATE_CODES[previous], Name: previous },
  };
}

export function startInstance(instance: SimInstance, now: number): StateChange {
  const previous = instance.state;
  if (previous === 'stopped') setState(instance, 'pending', now);
  else if (previous !== 'pending' && previous !== 'running')
    throw new Ec2ApiError(
      'IncorrectInstanceState',
      `The instance '${instance.id}' is not in a state from which it can be started.`,
    );
  return change(instance, previous);
}

export function stopInstance(instance: SimInstance, now: number): StateChange {
  const previous = instance.state;
  if (instance.market === 'spot')
    throw new Ec2ApiError(
      'UnsupportedOperation',
      `You can't stop the Spot Instance '${instance.id}' because it is associated with a one-time Spot Instance request. You can only stop Spot Instances associated with persistent Spot Instance requests.`,
    );
  if (previous === 'running') setState(instance, 'stopping', now);
  else if (previous !== 'stopping' && previous !== 'stopped')
    throw new Ec2ApiError(
      'IncorrectInstanceState',
      `This instance '${instance.id}' is not in a state from which it can be stopped.`,
    );
  return change(instance, previous);
}

export function terminateInstance(instance: SimInstance, now: number): StateChange {
  const previous = instance.state;
  if (previous !== 'terminated' && previous !== 'shutting-down') setState(instance, 'shutting-down', now);
  return change(instance, previous);
}

/** The instance as DescribeInstances and RunInstances answer it (the SDK's Instance shape). */
export function describeInstance(instance: SimInstance): Record<string, unknown> {
  const visible = instance.state === 'running' || instance.state === 'stopping';
  return {
    InstanceId: instance.id,
    ImageId: instance.imageId,
    InstanceType: instance.instanceType,
    State: { Code: STATE_CODES[instance.state], Name: instance.state },
    PrivateIpAddress: instance.state === 'terminated' ? undefined : instance.privateIp,
    // EC2 gives the public IP once the instance runs and takes it away when it stops.
    PublicIpAddress: visible ? instance.publicIp : undefined,
    SubnetId: instance.subnetId,
    Placement: { AvailabilityZone: `eu-north-1${'abc'[parseInt(instance.subnetId.slice(-1), 16) % 3] ?? 'a'}` },
    LaunchTime: instance.launchTime,
    Architecture: 'arm64',
    ClientToken: instance.clientToken,
    InstanceLifecycle: instance.market === 'spot' ? 'spot' : undefined,
    Tags: [...instance.tags].map(([Key, Value]) => ({ Key, Value })),
  };
}
