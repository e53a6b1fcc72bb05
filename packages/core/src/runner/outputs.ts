// The one way an action writes its outputs: a record built by the action's report module
// (build-info/report.ts, latest/report.ts, manifest/merge-report.ts), typed with the output
// names its action.yml declares, so an undeclared or misspelt output fails `tsc`.
import type { ActionName, ActionOutputNames } from './action-names.generated';
import type { Runtime } from './runtime';

/** The output names an action.yml declares. */
export type OutputName<A extends ActionName> = ActionOutputNames[A];

/** Some or all of an action's outputs, as the strings the runner stores. */
export type ActionOutputs<A extends ActionName> = Partial<Record<OutputName<A>, string>>;

/** Writes every output of `record`, in its order. */
export function writeOutputs<A extends ActionName>(
  rt: Pick<Runtime, 'setOutput'>,
  _action: A,
  record: ActionOutputs<A>,
): void {
  for (const [name, value] of Object.entries<string | undefined>(record)) {
    if (value !== undefined) rt.setOutput(name, value);
  }
}
