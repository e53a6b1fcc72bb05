// Runs the multiarch-bake bundle through the runner harness against the shared engine: the
// docker CLI on PATH and DOCKER_HOST/DOCKER_CONFIG point at the engine, as a job whose earlier
// steps set up Docker would leave them.
import { runAction, type ActionRun } from '../runner-harness';
import { dockerEnv, type DockerdRecord } from './dockerd';

export function runBakeAction(
  engine: DockerdRecord,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('multiarch-bake', {
    workspace,
    inputs,
    env: { ...(dockerEnv(engine, { PATH: process.env.PATH }) as Record<string, string>), ...env },
    timeoutMs: 300_000,
  });
}
