// The build phase: copy the project into the job's build directory on the instance and run the
// bake there, streaming its output into the log.
import { CibError } from '../errors/cib-error';
import { STATE } from './job-state';
import { savedKnownHosts, withSsh, type PhaseContext } from './phase-context';
import { runRemoteBake } from './remote-bake';
import { remotePath, runRemote } from './ssh';
import { syncProject } from './sync';

/** The remote build directory: build-dir, else <E2C_BUILD_DIR or ~/builds>/<run id>-<job>. */
export function buildDirectory(context: PhaseContext): string {
  const { inputs, run } = context;
  const dir = inputs.buildDir || `${inputs.buildDirBase.replace(/\/+$/, '')}/${run.runId}-${run.job}`;
  return dir.replace(/^~$/, '~/');
}

export async function buildPhase(context: PhaseContext): Promise<void> {
  const { rt, inputs, deps, state } = context;
  if (!state.get(STATE.instanceId)) throw new CibError('No instance in the saved state: run the setup phase first');
  const buildDir = buildDirectory(context);
  state.set(STATE.buildDir, buildDir);
  await withSsh(context, savedKnownHosts(state), async (target) => {
    const files = await rt.log.group('Copy the project to the instance', () =>
      syncProject(deps.exec, target, { root: context.workspace, paths: inputs.syncPaths, buildDir, log: rt.log }),
    );
    await rt.log.group(`docker buildx bake on ${state.get(STATE.instanceId)}`, () =>
      runRemoteBake(
        deps.exec,
        target,
        buildDir,
        {
          files: inputs.bakeFiles,
          targets: inputs.bakeTargets,
          set: inputs.bakeSet,
          platform: inputs.platform,
          push: inputs.push,
        },
        rt.log,
      ),
    );
    rt.appendSummary(
      `Built ${inputs.bakeTargets.join(', ') || 'the default group'} for ${inputs.platform} on \`${state.get(STATE.instanceId)}\` (${files} files copied${inputs.push ? ', pushed' : ''}).\n`,
    );
  });
}

/** Removes the job's build directory from the instance; a failure is a warning (teardown follows). */
export async function cleanupPhase(context: PhaseContext): Promise<void> {
  const { rt, deps, state } = context;
  const buildDir = state.get(STATE.buildDir);
  if (!buildDir || !state.get(STATE.sshHost) || !state.get(STATE.instanceId)) {
    rt.log.info('No build directory to remove');
    return;
  }
  if (['~', '~/', '/', '.', ''].includes(buildDir.trim()))
    throw new CibError(`Refusing to remove build directory ${buildDir}`);
  try {
    await withSsh(context, savedKnownHosts(state), async (target) => {
      await runRemote(deps.exec, target, `rm -rf -- ${remotePath(buildDir)}`, { timeoutMs: 120_000 });
    });
    rt.log.info(`Removed ${buildDir} from the instance`);
  } catch (error) {
    rt.log.warning(
      `Could not remove ${buildDir} from the instance: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
