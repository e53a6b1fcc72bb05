// Faults the EC2 double injects, set per test or derived from a seed. Each one answers with the
// code, message and status EC2 gives (errors-overview.html; the capacity and spot codes are the
// ones EC2 documents for RunInstances and that EC2-runner actions fall back on).
import { seededRandom } from '../seeded-random';

export type CapacityCode =
  'InsufficientInstanceCapacity' | 'InsufficientCapacity' | 'UnfulfillableCapacity' | 'Unsupported';

export interface CapacityFault {
  /** Matches launches of this type (any type when absent). */
  instanceType?: string;
  /** Matches launches into this subnet (any subnet when absent). */
  subnetId?: string;
  /** Matches this market (any when absent). */
  market?: 'spot' | 'on-demand';
  code?: CapacityCode;
}

export interface FaultPlan {
  /** Launches that find no capacity. */
  noCapacity?: CapacityFault[];
  /** On-demand launches fail with VcpuLimitExceeded (the account's vCPU quota is used up). */
  vcpuLimitExceeded?: boolean;
  /** The current spot price (USD/h): a lower MaxPrice gets SpotMaxPriceTooLow. */
  spotPrice?: number;
  /** Spot instances the account may run at once: beyond it, MaxSpotInstanceCountExceeded. */
  maxSpotInstances?: number;
  /** The next `count` requests (of `actions`, or any) answer RequestLimitExceeded (503). */
  throttle?: { count: number; actions?: string[] };
  /** Actions answered UnauthorizedOperation (403): the role lacks the permission. */
  unauthorized?: string[];
  /** Every request answers AuthFailure (401): credentials EC2 cannot validate. */
  authFailure?: boolean;
  /** Every request answers RequestExpired (400), as EC2 does once session credentials expire. */
  credentialsExpired?: boolean;
  /** Only these actions answer RequestExpired (credentials that expire during a long build, before teardown). */
  credentialsExpiredFor?: string[];
  /** The next N RunInstances launch the instance but their answer is lost (500 InternalError): the caller never learns the id. */
  launchAnswerLost?: number;
  /**
   * The next N RunInstances launch the instance, then the connection is reset instead of answered
   * (a proxy or NAT dropping it): the SDK throws node's ECONNRESET, with no HTTP status at all.
   */
  launchConnectionReset?: number;
  /** The first N calls naming a just-launched instance by id answer InvalidInstanceID.NotFound (eventual consistency). */
  notFoundAfterLaunch?: number;
}

/**
 * A fault plan drawn from `seed` over the given instance types and subnets: some have no
 * capacity, spot may be too expensive or at its count limit, some requests throttled, some
 * calls after a launch not yet consistent. Never auth faults (those end a run by design).
 */
export function faultsFromSeed(seed: number, instanceTypes: string[], subnetIds: string[]): FaultPlan {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const noCapacity: CapacityFault[] = [];
  for (const instanceType of instanceTypes)
    if (random() < 0.4)
      noCapacity.push({ instanceType, code: pick(['InsufficientInstanceCapacity', 'InsufficientCapacity']) });
  for (const subnetId of subnetIds) if (random() < 0.3) noCapacity.push({ subnetId });
  const plan: FaultPlan = { noCapacity };
  if (random() < 0.3) plan.spotPrice = 5;
  if (random() < 0.2) plan.maxSpotInstances = 0;
  if (random() < 0.5) plan.throttle = { count: 1 + Math.floor(random() * 2) };
  if (random() < 0.5) plan.notFoundAfterLaunch = 1 + Math.floor(random() * 3);
  return plan;
}
