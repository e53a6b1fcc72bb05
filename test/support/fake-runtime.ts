// A Runtime for tests that hand one to an action or to code that reads inputs: inputs, state and
// environment given up front; outputs, saved state, exported variables, PATH additions, secrets
// and the job summary recorded; log lines recorded by level in a RecordingLog. It behaves as the
// runner does where that matters to callers: inputs are trimmed and '' when absent, exported
// variables are visible in `env` at once, and `leaks()` finds a secret shown as the runner would
// show it (the same rules as the runner harness's findLeaks).
import type { Runtime } from '@cib/core/runner/runtime';
import { RecordingLog } from './recording-log';
import { secretForms } from './runner-harness';

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
  /** What `stateFile()` answers: the CLI's state file; undefined as under the GitHub runner. */
  stateFile?: string;
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
  /** For each secret, how many log messages had been written when it was registered. */
  private readonly maskedFrom = new Map<string, number>();
  private readonly clock: () => Date;
  private readonly stateFilePath: string | undefined;

  constructor(options: FakeRuntimeOptions = {}) {
    this.kind = options.kind ?? 'github-actions';
    this.env = { ...options.env };
    this.log = new RecordingLog(options.debug ?? false);
    this.inputs = new Map(Object.entries(options.inputs ?? {}));
    this.state = new Map(Object.entries(options.state ?? {}));
    this.clock = options.now ?? (() => new Date());
    this.stateFilePath = options.stateFile;
  }

  stateFile(): string | undefined {
    return this.stateFilePath;
  }

  getInput(name: string): string {
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
    if (!secret) return;
    this.secrets.push(secret);
    if (!this.maskedFrom.has(secret)) this.maskedFrom.set(secret, this.log.messages.length);
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

  /**
   * Where `secrets` (default: every registered one), plain, base64 or URL-encoded, would show
   * unmasked: a log line written before the secret was registered (the runner masks only from
   * then on), or any output, saved state, exported variable or the summary. Empty when none.
   */
  leaks(secrets: readonly string[] = this.secrets): string[] {
    const found: string[] = [];
    for (const secret of secrets) {
      const masked = this.maskedFrom.get(secret) ?? this.log.messages.length;
      const shown: Array<[string, string]> = [
        ...this.log.messages.slice(0, masked).map((m): [string, string] => [`${m.level} log`, m.message]),
        ...[...this.outputs].map(([name, value]): [string, string] => [`output ${name}`, value]),
        ...[...this.state].map(([name, value]): [string, string] => [`state ${name}`, value]),
        ...[...this.exported].map(([name, value]): [string, string] => [`env ${name}`, value]),
        ['summary', this.summary],
      ];
      for (const form of secretForms(secret)) {
        for (const [where, text] of shown) if (text.includes(form)) found.push(`${where}: ${text}`);
      }
    }
    return found;
  }
}

/** A FakeRuntime with these inputs (and options). */
export function fakeRuntime(inputs: Record<string, string> = {}, options: FakeRuntimeOptions = {}): FakeRuntime {
  return new FakeRuntime({ ...options, inputs: { ...options.inputs, ...inputs } });
}
