// The one way an action's entry point runs: any error fails the step with one clear message.
import { CibError, errorMessage } from '../errors/cib-error';
import { createGithubRuntime } from './github-runtime';
import type { Runtime } from './runtime';

export type ActionPhase = (runtime: Runtime) => Promise<void>;

/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
export async function runMain(phase: ActionPhase, runtime: Runtime = createGithubRuntime()): Promise<void> {
  try {
    await phase(runtime);
  } catch (error) {
    runtime.log.error(errorMessage(error));
    // A CibError's message is the whole story (and repeating it would echo every value in it
    // again); anything else is a bug, whose stack goes to the debug log.
    if (!(error instanceof CibError) && error instanceof Error && error.stack) runtime.log.debug(error.stack);
    process.exitCode = 1;
  }
}
