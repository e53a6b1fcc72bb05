// Records every process an action starts by name: a PATH folder of shims for the programs our
// code runs (git, docker, ssh, skopeo, buildah, docker-credential-*), each writing its argv
// NUL-separated to its own log file and then exec-ing the real program, and for programs no
// action may ever start (a shell, touch, curl, ...) shims that only record and fail. Tests put
// `dir` first on PATH and read `calls()` after the run.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** Programs our code may start; recorded, then run for real. */
export const RECORDED = ['git', 'docker', 'ssh', 'scp', 'rsync', 'skopeo', 'buildah', 'docker-buildx'];
/** Programs no action may start: a hostile value asking for them must never get them run. */
export const FORBIDDEN = ['sh', 'bash', 'dash', 'touch', 'curl', 'wget', 'nc', 'python3', 'perl', 'id', 'cat', 'rm'];

export interface RecordedCall {
  program: string;
  argv: string[];
}

export interface ExecRecorder {
  dir: string;
  calls(): RecordedCall[];
  /** PATH with the shims first. */
  path: string;
  remove(): void;
}

function realPath(program: string, path: string): string | undefined {
  try {
    return execFileSync('/usr/bin/which', [program], { env: { PATH: path }, encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** Creates the shim folder; `basePath` is the PATH the real programs are looked up in. */
export function createExecRecorder(basePath = process.env.PATH ?? '/usr/bin:/bin'): ExecRecorder {
  const root = mkdtempSync(join(tmpdir(), 'cib-harden-exec-'));
  const dir = join(root, 'bin');
  const logs = join(root, 'calls');
  mkdirSync(dir);
  mkdirSync(logs);
  // The shims are dash scripts with an absolute interpreter (never looked up on PATH), and use
  // only builtins before the exec, so recording starts no process of its own.
  const record = (name: string) => `#!/bin/sh\nprintf '%s\\0' ${quote(name)} "$@" > ${quote(logs)}/${name}.$$\n`;
  for (const name of RECORDED) {
    const real = realPath(name, basePath);
    const tail = real
      ? `exec ${quote(real)} "$@"\n`
      : `echo ${quote(`${name} is not installed on this machine`)} >&2\nexit 127\n`;
    writeFileSync(join(dir, name), record(name) + tail);
  }
  for (const name of FORBIDDEN)
    writeFileSync(join(dir, name), `${record(name)}echo 'forbidden program started' >&2\nexit 126\n`);
  // docker-credential-<helper> names come from the Docker config; the common ones are recorded.
  for (const helper of ['desktop', 'pass', 'secretservice', 'ecr-login', 'gcloud']) {
    const name = `docker-credential-${helper}`;
    const real = realPath(name, basePath);
    writeFileSync(join(dir, name), record(name) + (real ? `exec ${quote(real)} "$@"\n` : 'exit 1\n'));
  }
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o755);
  return {
    dir,
    path: `${dir}:${basePath}`,
    calls: () =>
      readdirSync(logs).map((file) => {
        const [program, ...argv] = readFileSync(join(logs, file), 'utf8').split('\0').slice(0, -1);
        return { program, argv };
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
