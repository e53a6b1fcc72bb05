// Launching from the launch template with capacity fallback: through the instance types, then the
// subnets, then (for spot, when allowed) on-demand, each step in the log. Every try has its own
// ClientToken (run, attempt, job, try number), so the SDK's retries of one try never launch a
// second instance. Fatal errors (permissions, bad parameters, credentials) stop at once with AWS's
// message. `onLaunched` runs the moment EC2 answers with the id, before anything else.
import { CibError } from '../errors/cib-error';
import type { Log } from '../runner/runtime';
import { classifyEc2Error, describeEc2Error } from './aws-error';
import type { Ec2Api, InstanceInfo, LaunchRequest } from './ec2-api';
import { clientToken, type RunIdentity } from './run-tags';

export interface LaunchPlan {
  launchTemplate: LaunchRequest['launchTemplate'];
  /** Types to try in order; [] uses the template's. */
  instanceTypes: string[];
  /** Subnets to try in order; [] uses the template's. */
  subnetIds: string[];
  spot: boolean;
  spotMaxPrice?: string;
  spotFallback: 'on-demand' | 'fail';
  tags: Record<string, string>;
  run: RunIdentity;
}

export interface LaunchTry {
  market: 'spot' | 'on-demand';
  subnetId?: string;
  instanceType?: string;
}

/** The tries in order: types inside subnets inside markets. */
export function launchTries(plan: LaunchPlan): LaunchTry[] {
  const markets: Array<LaunchTry['market']> = plan.spot
    ? plan.spotFallback === 'on-demand'
      ? ['spot', 'on-demand']
      : ['spot']
    : ['on-demand'];
  const subnets = plan.subnetIds.length ? plan.subnetIds : [undefined];
  const types = plan.instanceTypes.length ? plan.instanceTypes : [undefined];
  return markets.flatMap((market) =>
    subnets.flatMap((subnetId) => types.map((instanceType) => ({ market, subnetId, instanceType }))),
  );
}

function describeTry(t: LaunchTry): string {
  return `${t.market} ${t.instanceType ?? "the template's type"} in ${t.subnetId ?? "the template's subnet"}`;
}

/** Server errors and throttling: the same try again, with the same ClientToken. */
const TRANSIENT_RETRIES = 3;

/**
 * One try, repeated on transient errors with its own ClientToken: if EC2 launched the instance
 * but its answer was lost, the repeat returns that instance instead of launching another.
 */
async function launchOnce(
  api: Ec2Api,
  request: LaunchRequest,
  log: Log,
  sleep: (ms: number) => Promise<void>,
): Promise<InstanceInfo> {
  for (let repeat = 0; ; repeat++) {
    try {
      return await api.launch(request);
    } catch (error) {
      if (classifyEc2Error(error) !== 'transient' || repeat >= TRANSIENT_RETRIES) throw error;
      log.info(`RunInstances: ${describeEc2Error(error)}; repeating with the same ClientToken`);
      await sleep(1000 * 2 ** repeat);
    }
  }
}

export async function launchWithFallback(
  api: Ec2Api,
  plan: LaunchPlan,
  log: Log,
  onLaunched: (instance: InstanceInfo, attempt: LaunchTry) => void,
  sleep: (ms: number) => Promise<void>,
): Promise<{ instance: InstanceInfo; attempt: LaunchTry }> {
  const tries = launchTries(plan);
  const failures: string[] = [];
  for (const [index, attempt] of tries.entries()) {
    log.info(`Launching ${describeTry(attempt)} (try ${index + 1} of ${tries.length})`);
    try {
      const instance = await launchOnce(
        api,
        {
          launchTemplate: plan.launchTemplate,
          instanceType: attempt.instanceType,
          subnetId: attempt.subnetId,
          spot: attempt.market === 'spot' ? { maxPrice: plan.spotMaxPrice || undefined } : undefined,
          clientToken: clientToken(plan.run, index + 1),
          tags: plan.tags,
          shutdownBehavior: 'terminate',
        },
        log,
        sleep,
      );
      onLaunched(instance, attempt);
      return { instance, attempt };
    } catch (error) {
      if (classifyEc2Error(error) !== 'capacity')
        throw new CibError(`RunInstances failed (${describeTry(attempt)}): ${describeEc2Error(error)}`, {
          cause: error,
        });
      failures.push(`${describeTry(attempt)}: ${describeEc2Error(error)}`);
      const next = tries[index + 1];
      log.warning(
        `No capacity for ${describeTry(attempt)} (${describeEc2Error(error).split(':')[0]})` +
          (next ? `; trying ${describeTry(next)}` : ''),
      );
    }
  }
  throw new CibError(`No capacity for any of ${tries.length} launch tries:\n  ${failures.join('\n  ')}`, {
    hint:
      plan.spot && plan.spotFallback === 'fail'
        ? 'Set spot-fallback: on-demand, or add instance-types and subnet-ids to try'
        : 'Add instance-types and subnet-ids (other Availability Zones) to try',
  });
}
