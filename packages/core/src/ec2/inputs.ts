// e2c-runner's inputs, parsed once into a typed object: the action.yml inputs, each falling back
// to the seed pipeline's variable when empty (see env-fallback.ts), checked before anything is
// launched so that a bad value fails with one InputError and nothing half-created.
import { InputError } from '../errors/input-error';
import { readBoolean, readEnum, readKeyValues, readLines, readList, readNumber, readString } from '../runner/inputs';
import type { Runtime } from '../runner/runtime';
import { withEnvFallback } from './env-fallback';

export const PHASES = ['setup', 'build', 'cleanup', 'teardown', 'reap'] as const;
export type Phase = (typeof PHASES)[number];
export type Strategy = 'existing' | 'template';

/** The seed pipeline's variables, by input. */
export const SEED_VARIABLES: Readonly<Record<string, string>> = {
  strategy: 'E2C_INSTANCE_STRATEGY',
  'instance-id': 'E2C_INSTANCE_ID',
  'launch-template-id': 'E2C_LAUNCH_TEMPLATE_ID',
  'ssh-user': 'E2C_SSH_USER',
  'ssh-private-key': 'E2C_SSH_PRIVATE_KEY',
  spot: 'E2C_USE_SPOT',
  'spot-max-price': 'E2C_SPOT_MAX_PRICE',
  region: 'AWS_DEFAULT_REGION',
};

export type HostKeyCheck = { mode: 'console' } | { mode: 'accept-new' } | { mode: 'literal'; line: string };

export interface E2cInputs {
  phase?: Phase;
  strategy?: Strategy;
  instanceId: string;
  launchTemplate: { id: string; name: string; version: string };
  instanceTypes: string[];
  subnetIds: string[];
  spot: boolean;
  spotMaxPrice: string;
  spotFallback: 'on-demand' | 'fail';
  region: string;
  sshUser: string;
  sshPrivateKey: string;
  sshPort: number;
  sshAddress: 'public' | 'private';
  readyTimeoutSeconds: number;
  hostKey: HostKeyCheck;
  maxLifetimeMinutes: number;
  tags: Map<string, string>;
  build: boolean;
  syncPaths: string[];
  /** The remote build directory; empty: ~/builds/<run id>-<job> (or E2C_BUILD_DIR/<run id>-<job>). */
  buildDir: string;
  buildDirBase: string;
  bakeFiles: string[];
  bakeTargets: string[];
  bakeSet: string[];
  push: boolean;
  platform: string;
  buildxNode: boolean;
  reapOlderThanMinutes?: number;
}

function readHostKey(value: string): HostKeyCheck {
  if (value === '' || value === 'accept-new') return { mode: 'accept-new' };
  if (value === 'console') return { mode: 'console' };
  // A known_hosts line: host patterns, key type, base64 key.
  if (/^\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(value)) return { mode: 'literal', line: value };
  throw new InputError('host-key', value, 'console, accept-new or a known_hosts line (host key-type base64-key)');
}

/**
 * Reads and checks every input. The private key is registered as a secret first, before anything
 * could print it (an InputError quoting another input included).
 */
export function readE2cInputs(rt: Pick<Runtime, 'getInput' | 'env' | 'setSecret'>): E2cInputs {
  const source = withEnvFallback(rt, SEED_VARIABLES);
  const sshPrivateKey = source.getInput('ssh-private-key');
  if (sshPrivateKey) rt.setSecret(sshPrivateKey);
  const phaseValue = rt.getInput('phase');
  const phase = phaseValue === '' ? undefined : readEnum(rt, 'phase', PHASES, 'setup');
  const strategyValue = source.getInput('strategy');
  const strategy =
    strategyValue === '' ? undefined : readEnum(source, 'strategy', ['existing', 'template'] as const, 'template');
  const reapValue = rt.getInput('reap-older-than');
  const inputs: E2cInputs = {
    phase,
    strategy,
    instanceId: readString(source, 'instance-id'),
    launchTemplate: {
      id: readString(source, 'launch-template-id'),
      name: readString(rt, 'launch-template-name'),
      version: readString(rt, 'launch-template-version', { fallback: '$Default' }),
    },
    instanceTypes: readList(rt, 'instance-types'),
    subnetIds: readList(rt, 'subnet-ids'),
    spot: readBoolean(source, 'spot', false),
    spotMaxPrice: readString(source, 'spot-max-price'),
    spotFallback: readEnum(rt, 'spot-fallback', ['on-demand', 'fail'] as const, 'on-demand'),
    region: readString(source, 'region'),
    sshUser: readString(source, 'ssh-user', { fallback: 'admin' }),
    sshPrivateKey,
    sshPort: readNumber(rt, 'ssh-port', { fallback: 22, min: 1, max: 65535 }),
    sshAddress: readEnum(rt, 'ssh-address', ['public', 'private'] as const, 'public'),
    readyTimeoutSeconds: readNumber(rt, 'ready-timeout', { fallback: 300, min: 1, max: 3600, unit: 'seconds' }),
    hostKey: readHostKey(rt.getInput('host-key')),
    maxLifetimeMinutes: readNumber(rt, 'max-lifetime', { fallback: 120, min: 5, max: 10080, unit: 'minutes' }),
    tags: readKeyValues(rt, 'tags', /^[A-Za-z0-9 _.:/=+\-@]{1,128}$/),
    build: readBoolean(rt, 'build', false),
    syncPaths: readLines(rt, 'sync-paths'),
    buildDir: readString(rt, 'build-dir'),
    buildDirBase: (rt.env.E2C_BUILD_DIR ?? '').trim() || '~/builds',
    bakeFiles: readLines(rt, 'bake-files'),
    bakeTargets: readList(rt, 'bake-targets'),
    bakeSet: readLines(rt, 'bake-set'),
    push: readBoolean(rt, 'push', false),
    platform: readString(rt, 'platform', { fallback: 'linux/arm64' }),
    buildxNode: readBoolean(rt, 'buildx-node', false),
    reapOlderThanMinutes:
      reapValue === '' ? undefined : readNumber(rt, 'reap-older-than', { fallback: 0, min: 0, unit: 'minutes' }),
  };
  if (inputs.spotMaxPrice && !/^\d+(\.\d+)?$/.test(inputs.spotMaxPrice))
    throw new InputError('spot-max-price', inputs.spotMaxPrice, 'a price in USD per hour such as 0.10, or empty');
  if (inputs.launchTemplate.id && inputs.launchTemplate.name)
    throw new InputError(
      'launch-template-name',
      inputs.launchTemplate.name,
      'empty when launch-template-id is given (one of the two)',
    );
  return inputs;
}

/** The checks only setup needs: what to start or launch, and how to log in. */
export function checkSetupInputs(inputs: E2cInputs): Strategy {
  if (!inputs.strategy) throw new InputError('strategy', '', 'existing or template (or E2C_INSTANCE_STRATEGY)');
  if (inputs.strategy === 'existing' && !/^i-[0-9a-f]{8,17}$/.test(inputs.instanceId))
    throw new InputError(
      'instance-id',
      inputs.instanceId,
      'an instance id such as i-0123456789abcdef0 (strategy existing)',
    );
  if (inputs.strategy === 'template' && !inputs.launchTemplate.id && !inputs.launchTemplate.name)
    throw new InputError(
      'launch-template-id',
      '',
      'a launch template id (lt-...) or a launch-template-name (strategy template)',
    );
  if (!inputs.sshPrivateKey)
    throw new InputError('ssh-private-key', '', 'the private key to log in with (PEM or base64 PEM)');
  return inputs.strategy;
}
