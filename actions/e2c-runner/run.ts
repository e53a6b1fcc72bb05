// e2c-runner, not implemented yet: the interface is in e2c-runner/action.yml and README.md
// (plan: roadmap 05). Until it lands the step fails clearly instead of silently building nothing.
import { CibError } from '@cib/core/errors/cib-error';
import type { Runtime } from '@cib/core/runner/runtime';

/** Main step: fails, naming the README that documents the planned interface. */
export async function run(_rt: Runtime): Promise<void> {
  throw new CibError('e2c-runner is not implemented yet (see e2c-runner/README.md)');
}

/** Post step (will clean up and tear down): main never launched anything, so nothing to do. */
export async function post(rt: Runtime): Promise<void> {
  rt.log.debug('e2c-runner post: not implemented yet, nothing to tear down');
}
