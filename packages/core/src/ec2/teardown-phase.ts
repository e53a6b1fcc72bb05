// The teardown phase (the post step under GitHub Actions): stop the existing instance or terminate
// the launched one. With no saved id after a launch was attempted (cancelled between RunInstances
// and saving its answer), the instance is found by this job's tags. A failure fails the step
// loudly, naming every instance left, so that a person can clean up.
import { CibError, errorMessage } from '../errors/cib-error';
import { describeEc2Error } from './aws-error';
import type { Strategy } from './inputs';
import { STATE } from './job-state';
import type { PhaseContext } from './phase-context';
import { findExpiredInstances, findJobInstances } from './reap';
import { teardownInstance } from './teardown';

const TEARDOWN_TIMEOUT_MS = 10 * 60_000;

export async function teardownPhase(context: PhaseContext): Promise<void> {
  const { rt, inputs, deps, state } = context;
  const strategy = (state.get(STATE.strategy) || inputs.strategy) as Strategy | undefined;
  let ids = [state.get(STATE.instanceId)].filter(Boolean);
  if (!ids.length && !state.get(STATE.launchAttempted)) {
    rt.log.info('Nothing to tear down: no instance was started or launched');
    return;
  }
  const api = await deps.ec2(inputs.region);
  if (!ids.length) {
    rt.log.info("A launch was attempted but no instance id was saved: looking for this job's instances by tag");
    try {
      ids = (await findJobInstances(api, context.run)).map((i) => i.id);
    } catch (error) {
      throw new CibError(`Could not look for this job's instances by tag: ${describeEc2Error(error)}`, {
        hint: `Look for instances tagged cib:run-id=${context.run.runId}, cib:job=${context.run.job} and terminate them`,
      });
    }
    rt.log.info(ids.length ? `Found ${ids.join(', ')} by tag` : 'No instance of this job found by tag');
  }
  const failures: string[] = [];
  for (const id of ids) {
    try {
      const final = await teardownInstance(api, id, strategy ?? 'template', {
        clock: deps.clock,
        log: rt.log,
        pollMs: deps.pollMs,
        timeoutMs: TEARDOWN_TIMEOUT_MS,
      });
      rt.appendSummary(`Instance \`${id}\` is ${final}.\n`);
    } catch (error) {
      failures.push(errorMessage(error));
    }
  }
  if (failures.length) throw new CibError(failures.join('\n'));
  state.removeFile();
}

/** The reap phase: terminates this repository's managed instances whose time is up. */
export async function reapPhase(context: PhaseContext): Promise<void> {
  const { rt, inputs, deps, run } = context;
  if (!run.repository || run.repository === 'local')
    throw new CibError(
      "reap needs the repository (GITHUB_REPOSITORY or CI_PROJECT_PATH): it only touches that repository's instances",
    );
  const api = await deps.ec2(inputs.region);
  const due = await findExpiredInstances(api, run.repository, deps.clock.now(), inputs.reapOlderThanMinutes);
  rt.log.info(due.length ? `Reaping ${due.map((i) => i.id).join(', ')}` : `No expired instance of ${run.repository}`);
  const failures: string[] = [];
  for (const instance of due) {
    try {
      await teardownInstance(api, instance.id, 'template', {
        clock: deps.clock,
        log: rt.log,
        pollMs: deps.pollMs,
        timeoutMs: TEARDOWN_TIMEOUT_MS,
      });
    } catch (error) {
      failures.push(errorMessage(error));
    }
  }
  rt.setOutput('instance-id', due.map((i) => i.id).join(','));
  rt.appendSummary(
    `### e2c-runner reap\n\n${due.length ? due.map((i) => `- \`${i.id}\` (expired ${i.tags['cib:expires-at'] ?? '?'})`).join('\n') : 'Nothing to reap.'}\n`,
  );
  if (failures.length) throw new CibError(failures.join('\n'));
}
