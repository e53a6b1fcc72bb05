// The Runtime under the GitHub Actions runner: inputs from INPUT_*, state from STATE_*, file
// commands for outputs/state/env/path/summary, workflow commands on stdout for logs and masks.
import { delimiter } from 'node:path';
import { formatCommand, type CommandProperties } from './workflow-commands';
import { appendKeyValue, appendRaw, EOL } from './file-commands';
import type { AnnotationProperties, Logger, Runtime } from './runtime';
import { limitSummary } from './summary-limit';
import { CibError } from '../errors/cib-error';
import { stdoutWriter } from './stdout';

/** The longest `NAME=value` string one environment variable can hold on Linux (MAX_ARG_STRLEN, with its NUL). */
export const ENV_STRING_MAX_BYTES = 128 * 1024;

/** The environment variable the runner sets for an input (upper-cased, spaces to `_`). */
function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function annotationCommandProperties(a: AnnotationProperties = {}): CommandProperties {
  return {
    title: a.title,
    file: a.file,
    line: a.startLine,
    endLine: a.endLine,
    col: a.startColumn,
    endColumn: a.endColumn,
  };
}

export interface GithubRuntimeOptions {
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  now?: () => Date;
}

export function createGithubRuntime(options: GithubRuntimeOptions = {}): Runtime {
  const env = options.env ?? process.env;
  const write = options.write ?? stdoutWriter();
  const issue = (command: string, message: string, properties: CommandProperties = {}) =>
    write(formatCommand(command, properties, message) + EOL);
  let summaryBytes = 0;
  // A secret registered twice (an input masked by the action, then by the client that uses it)
  // is announced once: each mask command is one more place the value appears in the raw log.
  const masked = new Set<string>();

  const log: Logger = {
    info: (message) => write(message + EOL),
    debug: (message) => issue('debug', message),
    notice: (message, a) => issue('notice', message, annotationCommandProperties(a)),
    warning: (message, a) => issue('warning', message, annotationCommandProperties(a)),
    error: (message, a) => issue('error', message, annotationCommandProperties(a)),
    isDebug: () => env.RUNNER_DEBUG === '1',
    async group(name, fn) {
      issue('group', name);
      try {
        return await fn();
      } finally {
        issue('endgroup', '');
      }
    },
  };

  return {
    kind: 'github-actions',
    env,
    log,
    getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
    setOutput(name, value) {
      if (!appendKeyValue(env, 'GITHUB_OUTPUT', name, value)) {
        write(EOL);
        issue('set-output', value, { name });
      }
    },
    saveState(name, value) {
      // The runner hands each state value to the post step as one environment variable: one too
      // long for that would stop the post step from starting at all (E2BIG), so it fails here.
      const bytes = Buffer.byteLength(`STATE_${name}=${value}`) + 1;
      if (bytes > ENV_STRING_MAX_BYTES)
        throw new CibError(
          `State "${name}" is ${bytes} bytes: the runner passes state to the post step in one environment variable, which holds at most ${ENV_STRING_MAX_BYTES}`,
          { hint: 'Shorten the input it comes from' },
        );
      if (!appendKeyValue(env, 'GITHUB_STATE', name, value)) issue('save-state', value, { name });
    },
    getState: (name) => env[`STATE_${name}`] ?? '',
    // The runner carries state from main to post in STATE_* variables: no file of ours.
    stateFile: () => undefined,
    exportVariable(name, value) {
      env[name] = value;
      if (!appendKeyValue(env, 'GITHUB_ENV', name, value)) issue('set-env', value, { name });
    },
    addPath(directory) {
      if (!appendRaw(env, 'GITHUB_PATH', directory + EOL)) issue('add-path', directory);
      env.PATH = env.PATH ? `${directory}${delimiter}${env.PATH}` : directory;
    },
    setSecret: (secret) => {
      if (!secret || masked.has(secret)) return;
      masked.add(secret);
      issue('add-mask', secret);
    },
    appendSummary(markdown) {
      const { text, bytes } = limitSummary(markdown, summaryBytes);
      summaryBytes += bytes;
      if (!appendRaw(env, 'GITHUB_STEP_SUMMARY', text)) log.debug('No GITHUB_STEP_SUMMARY file: summary not written');
    },
    now: options.now ?? (() => new Date()),
  };
}
