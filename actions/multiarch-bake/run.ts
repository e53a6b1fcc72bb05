// multiarch-bake, not implemented yet: the interface is in multiarch-bake/action.yml and README.md
// (plan: roadmap 04). Until it lands the step fails clearly instead of silently building nothing.
import { CibError } from '@cib/core/errors/cib-error';
import type { Runtime } from '@cib/core/runner/runtime';

/** Main step: fails, naming the README that documents the planned interface. */
export async function run(_rt: Runtime): Promise<void> {
  throw new CibError('multiarch-bake is not implemented yet (see multiarch-bake/README.md)');
}

/** Post step (will save the local cache): nothing to do yet, so it succeeds. */
export async function post(rt: Runtime): Promise<void> {
  rt.log.debug('multiarch-bake post: not implemented yet, nothing to save');
}
