// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.
import { CibError } from '../errors/cib-error';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the process's stdin, which is then closed. */
  input?: string;
  /** Kills the process (SIGTERM, then SIGKILL) after this long. */
  timeoutMs?: number;
  /** Return a non-zero exit code instead of throwing. */
  allowFailure?: boolean;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  signal?: AbortSignal;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs one process; the seam every caller takes (and tests replace). */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/** A process that failed: names the program and shows the last lines it printed. */
export class ExecError extends CibError {
  readonly exitCode: number;
  readonly stderr: string;
  constructor(command: string, exitCode: number, stderr: string, stdout: string) {
    const tail = lastLines(stderr.trim() || stdout.trim(), 10);
    super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ExecError';
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

function lastLines(text: string, count: number): string {
  return text.split(/\r?\n/).slice(-count).join('\n');
}

function lineSplitter(onLine?: (line: string) => void): (chunk: string, flush?: boolean) => void {
  let pending = '';
  return (chunk, flush) => {
    if (!onLine) return;
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = flush ? '' : (lines.pop() ?? '');
    for (const line of lines) if (!flush || line !== '') onLine(line);
  };
}

export const execProcess: Exec = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    // node:child_process and node:os load on the first process, not at start-up: an action that
    // stops at an input error never pays for them (bench/cold-start).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const { constants } = process.getBuiltinModule('node:os');
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      outLines(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      errLines(chunk);
    });
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMs)
      : undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const hint = error.code === 'ENOENT' ? `Is ${command} installed and on PATH?` : undefined;
      reject(new CibError(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      outLines('', true);
      errLines('', true);
      if (timedOut) {
        reject(new CibError(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
        return;
      }
      // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
      const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
      if (exitCode !== 0 && !options.allowFailure) reject(new ExecError(command, exitCode, stderr, stdout));
      else resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
