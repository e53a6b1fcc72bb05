// What every e2c-runner phase works with: the side effects (processes, clock, EC2) handed in, the
// run's identity from the CI context, the job state, and SSH sessions to the instance built from
// the saved address and known_hosts.
import { readFileSync } from 'node:fs';
import { CibError } from '../errors/cib-error';
import { execProcess, type Exec } from '../exec/exec';
import { readCiContext } from '../runner/ci-context';
import type { Runtime } from '../runner/runtime';
import { systemClock, type Clock } from '../time/clock';
import { createSdkEc2Api, type Ec2Api } from './ec2-api';
import type { E2cInputs } from './inputs';
import { JobState, seedStateFile, STATE } from './job-state';
import type { RunIdentity } from './run-tags';
import { decodePrivateKey, maskPrivateKey, writeSshFiles } from './ssh-files';
import type { SshTarget } from './ssh';

export interface E2cDeps {
  exec: Exec;
  clock: Clock;
  /** How often waits poll EC2 and SSH. */
  pollMs: number;
  ec2(region: string): Promise<Ec2Api>;
}

/** The real side effects. CIB_E2C_POLL_MS shortens the polling interval (the tests' simulated EC2 is fast). */
export function defaultDeps(env: Readonly<Record<string, string | undefined>>): E2cDeps {
  const poll = Number(env.CIB_E2C_POLL_MS);
  return {
    exec: execProcess,
    clock: systemClock,
    pollMs: Number.isFinite(poll) && poll > 0 ? poll : 3000,
    ec2: (region) => createSdkEc2Api({ region, launchAttempts: 1 }),
  };
}

export interface PhaseContext {
  rt: Runtime;
  inputs: E2cInputs;
  deps: E2cDeps;
  run: RunIdentity;
  workspace: string;
  state: JobState;
}

/** AWS credentials in the environment (the standard chain's variables): masked before any phase logs. */
const AWS_SECRETS = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

export function phaseContext(rt: Runtime, inputs: E2cInputs, deps: E2cDeps): PhaseContext {
  for (const name of AWS_SECRETS) {
    const value = rt.env[name];
    if (value) rt.setSecret(value);
  }
  const ci = readCiContext(rt.env);
  const workspace = ci.workspace || process.cwd();
  return {
    rt,
    inputs,
    deps,
    run: {
      repository: ci.repository || 'local',
      runId: ci.runId || 'local',
      runAttempt: ci.runAttempt || '1',
      job: ci.job || 'local',
    },
    workspace,
    state: new JobState(rt, seedStateFile(rt.env, workspace)),
  };
}

/**
 * Runs `fn` with an SSH target for the saved instance: the key and known_hosts written to a
 * private folder for the call and removed after it, whatever happens.
 */
export async function withSsh<T>(
  context: PhaseContext,
  knownHosts: string[],
  fn: (target: SshTarget, knownHostsFile: string) => Promise<T>,
): Promise<T> {
  const { inputs, rt, state } = context;
  if (!inputs.sshPrivateKey) throw new CibError('ssh-private-key is empty: this phase logs in to the instance');
  const pem = decodePrivateKey(inputs.sshPrivateKey);
  maskPrivateKey(rt, inputs.sshPrivateKey, pem);
  const host = state.get(STATE.sshHost);
  if (!host) throw new CibError('No instance address in the saved state: run the setup phase first');
  const files = writeSshFiles(rt.env.RUNNER_TEMP, pem, knownHosts.map((line) => `${line}\n`).join(''));
  try {
    return await fn(
      {
        user: inputs.sshUser,
        host,
        port: inputs.sshPort,
        keyFile: files.keyFile,
        knownHostsFile: files.knownHostsFile,
        strictHostKeyChecking: knownHosts.length ? 'yes' : 'accept-new',
      },
      files.knownHostsFile,
    );
  } finally {
    files.remove();
  }
}

/** The known_hosts lines saved by setup (so later phases trust exactly the key setup saw). */
export function savedKnownHosts(state: JobState): string[] {
  return state.get(STATE.knownHosts).split('\n').filter(Boolean);
}

export function readKnownHostsFile(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}
