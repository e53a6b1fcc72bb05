// The contract between an action and whatever runs it: the GitHub runner (runner/github-runtime.ts)
// or the cib CLI (packages/cli). Actions only talk to a Runtime, so the same code runs in both,
// and tests can hand in their own.

/** Where an annotation points (file paths relative to the repository root). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Log output with the runner's levels, annotations and collapsible groups. */
export interface Logger {
  info(message: string): void;
  /** Shown only when step debug logging is on. */
  debug(message: string): void;
  notice(message: string, annotation?: AnnotationProperties): void;
  warning(message: string, annotation?: AnnotationProperties): void;
  error(message: string, annotation?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T> | T): Promise<T>;
  isDebug(): boolean;
}

/**
 * The one log interface core code takes: the Runtime's logger narrowed to plain lines, so a test
 * hands in a recording log and the CLI or the runner decides how lines look.
 */
export type Log = Pick<Logger, 'debug' | 'info' | 'warning'>;

export interface Runtime {
  /** `github-actions` under the runner, `cli` under the cib command. */
  readonly kind: 'github-actions' | 'cli';
  /** The process environment the action sees (CI variables, credentials). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: Logger;
  /** The input's value, trimmed; '' when not given (the runner fills in action.yml defaults). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Saves a value for the post step (or the next CLI phase). */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /**
   * The file the cib CLI keeps state in between phases (separate processes: e2c-runner's setup,
   * build, cleanup, teardown), in the seed's `NAME=value` format, for an action to name in an
   * output or a log; undefined under the GitHub runner, which keeps state itself (STATE_*).
   */
  stateFile(): string | undefined;
  /** Makes a variable visible to later steps (and to this process). */
  exportVariable(name: string, value: string): void;
  addPath(directory: string): void;
  /** Registers a secret so that no log line shows it. Call before anything can print it. */
  setSecret(secret: string): void;
  /** Appends markdown to the job summary (the CLI prints it). */
  appendSummary(markdown: string): void;
  /** The clock, a seam for tests. */
  now(): Date;
}
