// The CLI's state between phases (main then post, or e2c-runner's setup/build/cleanup/teardown run
// as separate processes): a dotenv-like file, `NAME=value` a line (the seed pipelines' format, e.g.
// TARGET_INSTANCE_ID=i-0123), with multi-line values in the runner's `NAME<<delimiter` heredoc form.
// Written through on every saveState, so state saved just before a crash or a cancellation is kept.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatKeyValue, parseFileCommands } from '@cib/core/runner/file-commands';
import { randomUuid } from '@cib/core/runner/random-uuid';

/** The default state file: `.cib/state-<action>-<job id>.env`, the job id made safe for a file name. */
export function defaultStateFile(cwd: string, action: string, jobId: string): string {
  const job = (jobId || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
  return join(cwd, '.cib', `state-${action}-${job}.env`);
}

/** Reads a state file; a missing file is empty state. */
export function readStateFile(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  return parseFileCommands(readFileSync(file, 'utf8'));
}

/** Formats state: single-line values as `NAME=value`, others as heredocs. */
function formatState(state: ReadonlyMap<string, string>): string {
  let text = '';
  for (const [name, value] of state) {
    text += /[\r\n]/.test(value) ? formatKeyValue(name, value) : `${name}=${value}\n`;
  }
  return text;
}

/**
 * Writes the whole state, replacing the file atomically (a reader never sees half a file), readable
 * by the owner only (state may hold ids that lead to credentials).
 */
export function writeStateFile(file: string, state: ReadonlyMap<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUuid()}.tmp`;
  writeFileSync(temporary, formatState(state), { encoding: 'utf8', mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
