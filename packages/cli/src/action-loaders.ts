// How the CLI reaches each action's code: one loader per action, each a dynamic import of
// actions/<name>/run.ts, so ncc puts every action in its own chunk and `cib build-info` loads
// build-info's code only (not manifest-merge's registry client, nor latest-manager's Octokit).
import type { Runtime } from '@cib/core/runner/runtime';

/** What an action's run.ts exports: its main step, and its post step when it has one. */
export interface ActionModule {
  run: (rt: Runtime) => Promise<void>;
  post?: (rt: Runtime) => Promise<void>;
}

export type ActionLoader = () => Promise<ActionModule>;

/**
 * Every action wired into the CLI, by name. Keyed by string rather than ActionName so that an
 * action.yml and its run.ts may land in either order; test/unit/cli checks both sides agree.
 */
export const ACTION_LOADERS: Readonly<Record<string, ActionLoader>> = {
  'build-info': () => import('../../../actions/build-info/run'),
  'e2c-runner': () => import('../../../actions/e2c-runner/run'),
  'latest-manager': () => import('../../../actions/latest-manager/run'),
  'manifest-merge': () => import('../../../actions/manifest-merge/run'),
  'multiarch-bake': () => import('../../../actions/multiarch-bake/run'),
  'quality-gate': () => import('../../../actions/quality-gate/run'),
};
