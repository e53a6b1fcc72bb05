// What e2c-runner keeps between its phases: in the Runtime's state (the post step's STATE_*, or
// the CLI's state file across processes) and, in the seed's format, in `.e2c_instance_state_<job>`
// (TARGET_INSTANCE_ID=, E2C_PUBLIC_IP=, E2C_INSTANCE_STRATEGY=), rewritten on every change so a
// cancellation at any point leaves the latest values behind.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../runner/runtime';

export const STATE = {
  instanceId: 'TARGET_INSTANCE_ID',
  publicIp: 'E2C_PUBLIC_IP',
  strategy: 'E2C_INSTANCE_STRATEGY',
  /** Set before RunInstances: the post step looks for the instance by tag if no id was saved. */
  launchAttempted: 'E2C_LAUNCH_ATTEMPTED',
  /** The address SSH uses (public or private). */
  sshHost: 'E2C_SSH_HOST',
  knownHosts: 'E2C_KNOWN_HOSTS',
  buildDir: 'E2C_BUILD_DIR',
} as const;

const SEED_KEYS = [STATE.instanceId, STATE.publicIp, STATE.strategy];

export class JobState {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly rt: Pick<Runtime, 'saveState' | 'getState'>,
    /** The seed-format state file. */
    readonly file: string,
  ) {}

  get(name: string): string {
    return this.values.get(name) ?? this.rt.getState(name);
  }

  set(name: string, value: string): void {
    this.values.set(name, value);
    this.rt.saveState(name, value);
    if (SEED_KEYS.includes(name as (typeof SEED_KEYS)[number])) this.writeSeedFile();
  }

  private writeSeedFile(): void {
    const lines = SEED_KEYS.map((key) => [key, this.get(key)]).filter(([, value]) => value !== '');
    writeFileSync(this.file, lines.map(([key, value]) => `${key}=${value}\n`).join(''), { mode: 0o600 });
  }

  /** After a clean teardown: the seed's teardown removed its state file too. */
  removeFile(): void {
    rmSync(this.file, { force: true });
  }
}

/** `.e2c_instance_state_<job id>` in the runner's temp folder, or the working folder under the CLI. */
export function seedStateFile(env: Readonly<Record<string, string | undefined>>, folder: string): string {
  const job = (env.CI_JOB_ID || env.GITHUB_JOB || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
  return join(env.RUNNER_TEMP || folder, `.e2c_instance_state_${job}`);
}
