// Running commands on the instance over the system ssh client, through the one exec seam: argv
// arrays locally; the remote side always goes through the login shell, so every remote argument
// is single-quoted here. Options make ssh non-interactive, ignore the user's own ssh config and
// known hosts, and check the host key against the job's known_hosts file.
import type { Exec, ExecResult } from '../exec/exec';

export interface SshTarget {
  user: string;
  host: string;
  port: number;
  keyFile: string;
  knownHostsFile: string;
  /** `yes` when known_hosts is pinned (console, literal), `accept-new` for trust on first use. */
  strictHostKeyChecking: 'yes' | 'accept-new';
}

/** Quotes one argument for a POSIX shell. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A remote path for the shell: a leading `~/` becomes "$HOME"/ (quoted `~` would not expand),
 * the rest quoted.
 */
export function remotePath(path: string): string {
  return path.startsWith('~/') ? `"$HOME"/${shellQuote(path.slice(2))}` : shellQuote(path);
}

/** The options shared by ssh and scp. */
export function sshOptions(target: SshTarget): string[] {
  return [
    '-F',
    '/dev/null',
    '-i',
    target.keyFile,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    `StrictHostKeyChecking=${target.strictHostKeyChecking}`,
    '-o',
    `UserKnownHostsFile=${target.knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'ConnectTimeout=10',
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'LogLevel=ERROR',
  ];
}

export interface RemoteOptions {
  onLine?: (line: string) => void;
  timeoutMs?: number;
  allowFailure?: boolean;
  signal?: AbortSignal;
}

/** Runs `command` (a shell command line built with shellQuote/remotePath) on the instance. */
export function runRemote(
  exec: Exec,
  target: SshTarget,
  command: string,
  options: RemoteOptions = {},
): Promise<ExecResult> {
  return exec(
    'ssh',
    [...sshOptions(target), '-p', String(target.port), `${target.user}@${target.host}`, '--', command],
    {
      onStdoutLine: options.onLine,
      onStderrLine: options.onLine,
      timeoutMs: options.timeoutMs,
      allowFailure: options.allowFailure,
      signal: options.signal,
    },
  );
}

/** Copies a local file to a path relative to the remote user's home. */
export function copyToRemote(
  exec: Exec,
  target: SshTarget,
  localFile: string,
  remoteRelative: string,
): Promise<ExecResult> {
  return exec('scp', [
    ...sshOptions(target),
    '-P',
    String(target.port),
    '-q',
    localFile,
    `${target.user}@${target.host}:${remoteRelative}`,
  ]);
}
