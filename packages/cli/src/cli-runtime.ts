// The Runtime under the cib CLI: inputs from the command line (with action.yml defaults already
// applied), state in a state file across phases, outputs/exported variables/summary collected for
// the CLI to print at the end, logs on stderr, secrets masked everywhere (see secret-masker.ts).
import { delimiter } from 'node:path';
import type { Logger, Runtime } from '@cib/core/runner/runtime';
import { readStateFile, writeStateFile } from './state-file';
import type { SecretMasker } from './secret-masker';

export interface CliRuntimeOptions {
  /** Every input's value: given on the command line, else the action.yml default. */
  inputs: ReadonlyMap<string, string>;
  /** The environment the action sees; exportVariable and addPath change it (pass process.env in the CLI). */
  env: NodeJS.ProcessEnv;
  log: Logger;
  masker: SecretMasker;
  stateFile: string;
  now?: () => Date;
}

/** What the action produced, for the CLI to print after the run. */
export interface CliRunRecord {
  outputs: Map<string, string>;
  /** Variables the action exported for later steps. */
  exported: Map<string, string>;
  paths: string[];
  summary: string[];
  state: Map<string, string>;
}

/** A Runtime for one CLI run, and the record of what the action did through it. */
export function createCliRuntime(options: CliRuntimeOptions): { runtime: Runtime; record: CliRunRecord } {
  const { env, masker, stateFile } = options;
  const record: CliRunRecord = {
    outputs: new Map(),
    exported: new Map(),
    paths: [],
    summary: [],
    // State saved by an earlier phase (another process): read once, written through on every save.
    state: readStateFile(stateFile),
  };
  const runtime: Runtime = {
    kind: 'cli',
    env,
    log: options.log,
    getInput: (name) => (options.inputs.get(name) ?? '').trim(),
    setOutput: (name, value) => void record.outputs.set(name, value),
    saveState(name, value) {
      record.state.set(name, value);
      writeStateFile(stateFile, record.state);
    },
    getState: (name) => record.state.get(name) ?? '',
    stateFile: () => stateFile,
    exportVariable(name, value) {
      env[name] = value;
      record.exported.set(name, value);
    },
    addPath(directory) {
      env.PATH = env.PATH ? `${directory}${delimiter}${env.PATH}` : directory;
      record.paths.push(directory);
    },
    setSecret: (secret) => masker.add(secret),
    appendSummary: (markdown) => void record.summary.push(markdown),
    now: options.now ?? (() => new Date()),
  };
  return { runtime, record };
}
