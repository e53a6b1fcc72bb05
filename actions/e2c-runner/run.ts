// e2c-runner: native ARM builders on EC2 with a teardown that always happens. Under GitHub
// Actions, main runs setup (and build when asked) and post runs cleanup and teardown; under the
// cib CLI, `--phase setup|build|cleanup|teardown|reap` runs one phase per process, the state
// carried in the state file. The work is in @cib/core/ec2.
import { buildPhase, cleanupPhase } from '@cib/core/ec2/build-phase';
import { readE2cInputs } from '@cib/core/ec2/inputs';
import { defaultDeps, phaseContext, type E2cDeps } from '@cib/core/ec2/phase-context';
import { setupPhase } from '@cib/core/ec2/setup-phase';
import { reapPhase, teardownPhase } from '@cib/core/ec2/teardown-phase';
import { actionInputs } from '@cib/core/runner/inputs';
import type { Runtime } from '@cib/core/runner/runtime';

/** Main step (or one CLI phase). */
export async function run(rt: Runtime, deps: E2cDeps = defaultDeps(rt.env)): Promise<void> {
  const inputs = readE2cInputs(actionInputs(rt, 'e2c-runner'), rt);
  const context = phaseContext(rt, inputs, deps);
  switch (inputs.phase) {
    case undefined:
      await setupPhase(context);
      if (inputs.build) await buildPhase(context);
      return;
    case 'setup':
      return setupPhase(context);
    case 'build':
      return buildPhase(context);
    case 'cleanup':
      return cleanupPhase(context);
    case 'teardown':
      return teardownPhase(context);
    case 'reap':
      return reapPhase(context);
  }
}

/** Post step: cleanup (a failure only warns), then teardown (a failure fails the step). */
export async function post(rt: Runtime, deps: E2cDeps = defaultDeps(rt.env)): Promise<void> {
  const inputs = readE2cInputs(actionInputs(rt, 'e2c-runner'), rt);
  const context = phaseContext(rt, inputs, deps);
  await cleanupPhase(context);
  await teardownPhase(context);
}
