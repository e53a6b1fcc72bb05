// Teardown of one instance: `existing` stops it (and waits until it is stopped), `template`
// terminates it. Already stopped or terminated is fine. IncorrectInstanceState (a stop while it
// is still pending) and InvalidInstanceID.NotFound (just after launch) are waited out; anything
// else fails loudly, naming the instance so that a person can clean up.
import { CibError } from '../errors/cib-error';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import { classifyEc2Error, describeEc2Error } from './aws-error';
import type { Ec2Api } from './ec2-api';
import type { Strategy } from './inputs';
import { waitForInstance } from './wait';

const GONE = ['terminated', 'shutting-down'];

export async function teardownInstance(
  api: Ec2Api,
  id: string,
  strategy: Strategy,
  options: { clock: Clock; log: Log; pollMs: number; timeoutMs: number },
): Promise<string> {
  const deadline = options.clock.now() + options.timeoutMs;
  const verb = strategy === 'existing' ? 'stop' : 'terminate';
  const loud = (error: unknown) =>
    new CibError(`Could not ${verb} instance ${id}: ${describeEc2Error(error)}`, {
      hint: `The instance may still be running: ${verb} ${id} yourself (aws ec2 ${verb}-instances --instance-ids ${id}); it is tagged cib:managed and cib:expires-at, so a scheduled "reap" finds it too`,
      cause: error,
    });
  // Terminated (or on its way) is done for both strategies; stopped is done for existing.
  const finished = strategy === 'template' ? GONE : ['stopped', 'stopping', ...GONE];
  for (;;) {
    try {
      if (strategy === 'template') await api.terminate(id);
      else await api.stop(id);
      break;
    } catch (error) {
      const kind = classifyEc2Error(error);
      if (kind === 'incorrect-state') {
        const [instance] = await api.describe([id]).catch(() => []);
        if (instance && finished.includes(instance.state)) break;
      }
      const waitable = kind === 'incorrect-state' || kind === 'not-found' || kind === 'transient' || kind === 'other';
      if (!waitable || options.clock.now() + options.pollMs > deadline) throw loud(error);
      options.log.info(`${verb} ${id}: ${describeEc2Error(error)}; trying again`);
      await options.clock.sleep(options.pollMs);
    }
  }
  const target = strategy === 'template' ? GONE : ['stopped', ...GONE];
  try {
    const instance = await waitForInstance(api, id, target.join(' or '), (i) => target.includes(i.state), {
      ...options,
      deadline,
    });
    options.log.info(`Instance ${id} is ${instance.state}`);
    return instance.state;
  } catch (error) {
    throw loud(error);
  }
}
