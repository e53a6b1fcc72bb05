// A Runtime for tests that hand one to an action or to code that reads inputs: inputs, state and
// environment given up front; outputs, saved state, exported variables, PATH additions, secrets
// and the job summary recorded; log lines recorded by level in a RecordingLog. It behaves as the
// runner does where that matters to callers: inputs are trimmed and '' when absent, exported
// variables are visible in `env` at once, and `leakedSecrets()` finds a registered secret that
// reached a log line, an output or the summary (the runner would have masked it; a test wants
// to know it was printed at all).
import type { Runtime } from '@cib/core/runner/runtime';
import { RecordingLog } from './recording-log';

export interface FakeRuntimeOptions {
  kind?: Runtime['kind'];
  /** Input values by name (as in action.yml), untrimmed as the user wrote them. */
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** State saved by the main step, for a post step. */
  state?: Record<string, string>;
  /** Step debug logging on (`log.isDebug()`). */
  debug?: boolean;
  /** The time `now()` answers; default the real clock. */
  now?: () => Date;
}

export class FakeRuntime implements Runtime {
  readonly kind: Runtime['kind'];
  readonly env: Record<string, string | undefined>;
  readonly log: RecordingLog;
  readonly inputs: Map<string, string>;
  readonly outputs = new Map<string, string>();
  readonly state: Map<string, string>;
  readonly exported = new Map<string, string>();
  readonly paths: string[] = [];
  readonly secrets: string[] = [];
  readonly summaries: string[] = [];
  /** Every input name asked for, in order (to check what an action reads). */
  readonly inputsRead: string[] = [];
  private readonly clock: () => Date;

  constructor(options: FakeRuntimeOptions = {}) {
    this.kind = options.kind ?? 'github-actions';
    this.env = { ...options.env };
    this.log = new RecordingLog(options.debug ?? false);
    this.inputs = new Map(Object.entries(options.inputs ?? {}));
    this.state = new Map(Object.entries(options.state ?? {}));
    this.clock = options.now ?? (() => new Date());
  }

  getInput(name: string): string {
    this.inputsRead.push(name);
    return (this.inputs.get(name) ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  saveState(name: string, value: string): void {
    this.state.set(name, value);
  }
  getState(name: string): string {
    return this.state.get(name) ?? '';
  }
  exportVariable(name: string, value: string): void {
    this.exported.set(name, value);
    this.env[name] = value;
  }
  addPath(directory: string): void {
    this.paths.push(directory);
  }
  setSecret(secret: string): void {
    if (secret) this.secrets.push(secret);
  }
  appendSummary(markdown: string): void {
    this.summaries.push(markdown);
  }
  now(): Date {
    return this.clock();
  }

  /** The job summary written so far. */
  get summary(): string {
    return this.summaries.join('');
  }

  /** The outputs as a plain object, for `toEqual`/`toMatchObject`. */
  outputRecord(): Record<string, string> {
    return Object.fromEntries(this.outputs);
  }

  /** Registered secrets found in a log line, an output or the summary. */
  leakedSecrets(): string[] {
    const printed = [...this.log.lines(), ...this.outputs.values(), this.summary];
    return this.secrets.filter((secret) => printed.some((text) => text.includes(secret)));
  }
}

/** A FakeRuntime with these inputs (and options). */
export function fakeRuntime(inputs: Record<string, string> = {}, options: FakeRuntimeOptions = {}): FakeRuntime {
  return new FakeRuntime({ ...options, inputs: { ...options.inputs, ...inputs } });
}
