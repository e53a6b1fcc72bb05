// quality-gate, not implemented yet: the interface is in quality-gate/action.yml and README.md
// (plan: roadmap 06). Until it lands the step fails clearly rather than passing a gate it never checked.
import { CibError } from '@cib/core/errors/cib-error';
import type { Runtime } from '@cib/core/runner/runtime';

/** Main step: fails, naming the README that documents the planned interface. */
export async function run(_rt: Runtime): Promise<void> {
  throw new CibError('quality-gate is not implemented yet (see quality-gate/README.md)');
}
