// The one way an action's entry point runs: any error fails the step with one clear line (see
// failure.ts: the user's error as it is, anything else as an internal error of cib).
import type { ActionName } from './action-names.generated';
import { reportFailure } from './failure';
import { createGithubRuntime } from './github-runtime';
import type { Runtime } from './runtime';

export type ActionPhase = (runtime: Runtime) => Promise<void>;

/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
export async function runMain(
  action: ActionName,
  phase: ActionPhase,
  runtime: Runtime = createGithubRuntime(),
): Promise<void> {
  try {
    await phase(runtime);
  } catch (error) {
    reportFailure(runtime.log, error, action);
    process.exitCode = 1;
  }
}
