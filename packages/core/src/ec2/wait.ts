// Bounded waits on an instance, polling DescribeInstances every few seconds. Unlike the SDK's
// waiters (15-120 s delays, every error retried silently until the time runs out), a wait here
// ends at once when waiting cannot help (UnauthorizedOperation, expired credentials), saying why,
// and retries InvalidInstanceID.NotFound (EC2 is eventually consistent right after a launch).
import { CibError } from '../errors/cib-error';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import { classifyEc2Error, describeEc2Error, endsWaiting } from './aws-error';
import type { Ec2Api, InstanceInfo } from './ec2-api';

export interface WaitOptions {
  deadline: number;
  pollMs: number;
  clock: Clock;
  log: Log;
}

/** Polls until `done(instance)` holds; throws when a state in `failOn` shows up or time runs out. */
export async function waitForInstance(
  api: Ec2Api,
  id: string,
  what: string,
  done: (instance: InstanceInfo) => boolean,
  options: WaitOptions & { failOn?: string[] },
): Promise<InstanceInfo> {
  let last = 'no answer yet';
  for (;;) {
    try {
      const [instance] = await api.describe([id]);
      if (instance) {
        if (done(instance)) return instance;
        if (options.failOn?.includes(instance.state))
          throw new CibError(`Instance ${id} is ${instance.state} while waiting until it is ${what}`);
        last = `state ${instance.state}`;
      }
    } catch (error) {
      if (error instanceof CibError) throw error;
      if (endsWaiting(error))
        throw new CibError(`Stopped waiting until ${id} is ${what}: ${describeEc2Error(error)}`, { cause: error });
      if (classifyEc2Error(error) !== 'not-found') options.log.debug(`DescribeInstances: ${describeEc2Error(error)}`);
      last = describeEc2Error(error);
    }
    if (options.clock.now() + options.pollMs > options.deadline)
      throw new CibError(`Instance ${id} was not ${what} in time (last: ${last})`);
    await options.clock.sleep(options.pollMs);
  }
}
