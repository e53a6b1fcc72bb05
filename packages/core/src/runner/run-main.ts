// The one way an action's entry point runs: any error fails the step with one clear message.
import { errorMessage } from '../errors/cib-error';
import { createGithubRuntime } from './github-runtime';
import type { Runtime } from './runtime';

export type ActionPhase = (runtime: Runtime) => Promise<void>;

/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
export async function runMain(phase: ActionPhase, runtime: Runtime = createGithubRuntime()): Promise<void> {
  try {
    await phase(runtime);
  } catch (error) {
    runtime.log.error(errorMessage(error));
    if (error instanceof Error && error.stack) runtime.log.debug(error.stack);
    process.exitCode = 1;
  }
}
