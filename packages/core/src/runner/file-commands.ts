// The runner's file commands: GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV take `name<<delimiter`
// heredocs, GITHUB_PATH one directory a line, GITHUB_STEP_SUMMARY markdown. Same format as
// @actions/core's file-command.ts (see runner/workflow-commands.ts for why it is ours).
import { appendFileSync } from 'node:fs';
import { randomUuid } from './random-uuid';

/**
 * os.EOL without loading node:os, which every action's start-up would pay for (bench/cold-start).
 * The runner reads either ending; @actions/core writes os.EOL, and so do we.
 */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Formats `name<<delimiter` / value / `delimiter`, refusing a value that contains the delimiter. */
export function formatKeyValue(name: string, value: string, delimiter = `ghadelimiter_${randomUuid()}`): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Appends a heredoc entry to the file named by `fileVariable`; false when the runner gave no such file. */
export function appendKeyValue(env: NodeJS.ProcessEnv, fileVariable: string, name: string, value: string): boolean {
  return appendRaw(env, fileVariable, formatKeyValue(name, value));
}

/** Appends raw text to the file named by `fileVariable`; false when the runner gave no such file. */
export function appendRaw(env: NodeJS.ProcessEnv, fileVariable: string, text: string): boolean {
  const file = env[fileVariable];
  if (!file) return false;
  appendFileSync(file, text, 'utf8');
  return true;
}

/**
 * Parses a file written with file commands (both `name=value` and heredoc forms), as the runner
 * does after a step. Used by the CLI's state file and by the test harness.
 */
export function parseFileCommands(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`Unterminated heredoc for "${name}": no line "${delimiter}"`);
      result.set(name, value.join('\n'));
    } else if (eq > 0) {
      result.set(line.slice(0, eq), line.slice(eq + 1));
    } else {
      throw new Error(`Malformed file command line: ${JSON.stringify(line)}`);
    }
  }
  return result;
}
