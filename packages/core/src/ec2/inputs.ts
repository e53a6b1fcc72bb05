// e2c-runner's inputs, parsed once into a typed object through the one input layer: the
// action.yml inputs, several falling back to the seed pipeline's variable when empty, checked
// before anything is launched so that a bad value fails with one InputError and nothing
// half-created.
import { BAKE_NAME } from '../bake/bake-command';
import { InputError } from '../errors/input-error';
import {
  readBoolean,
  readEnum,
  readKeyValues,
  readLines,
  readList,
  readNumber,
  readSecret,
  readString,
  type ActionInputs,
  type InputName,
} from '../runner/inputs';
import type { Runtime } from '../runner/runtime';

export type E2cInputNames = InputName<'e2c-runner'>;

export const PHASES = ['setup', 'build', 'cleanup', 'teardown', 'reap'] as const;
export type Phase = (typeof PHASES)[number];
export type Strategy = 'existing' | 'template';

/** The seed pipeline's variables, by input. */
export const SEED_VARIABLES = {
  strategy: 'E2C_INSTANCE_STRATEGY',
  'instance-id': 'E2C_INSTANCE_ID',
  'launch-template-id': 'E2C_LAUNCH_TEMPLATE_ID',
  'ssh-user': 'E2C_SSH_USER',
  'ssh-private-key': 'E2C_SSH_PRIVATE_KEY',
  spot: 'E2C_USE_SPOT',
  'spot-max-price': 'E2C_SPOT_MAX_PRICE',
  region: 'AWS_DEFAULT_REGION',
} as const;

const env = (name: keyof typeof SEED_VARIABLES) => ({ env: SEED_VARIABLES[name] });

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

/** What bake-targets, bake-files and bake-set may take together (see below). */
const MAX_REMOTE_BAKE_CHARS = 65_536;

/**
 * Reads and checks every input. The private key is registered as a secret first, before anything
 * could print it (an InputError quoting another input included).
 */
export function readE2cInputs(inputs: ActionInputs<E2cInputNames>, rt: Pick<Runtime, 'setSecret'>): E2cInputs {
  const sshPrivateKey = readSecret(inputs, 'ssh-private-key', (secret) => rt.setSecret(secret), env('ssh-private-key'));
  const phase = inputs.raw('phase') === '' ? undefined : readEnum(inputs, 'phase', PHASES, 'setup');
  const strategyValue = readString(inputs, 'strategy', env('strategy'));
  const strategy =
    strategyValue === ''
      ? undefined
      : readEnum(inputs, 'strategy', ['existing', 'template'] as const, 'template', env('strategy'));
  const result: E2cInputs = {
    phase,
    strategy,
    instanceId: readString(inputs, 'instance-id', env('instance-id')),
    launchTemplate: {
      id: readString(inputs, 'launch-template-id', env('launch-template-id')),
      name: readString(inputs, 'launch-template-name'),
      version: readString(inputs, 'launch-template-version', { fallback: '$Default' }),
    },
    instanceTypes: readList(inputs, 'instance-types'),
    subnetIds: readList(inputs, 'subnet-ids'),
    spot: readBoolean(inputs, 'spot', false, env('spot')),
    spotMaxPrice: readString(inputs, 'spot-max-price', env('spot-max-price')),
    spotFallback: readEnum(inputs, 'spot-fallback', ['on-demand', 'fail'] as const, 'on-demand'),
    region: readString(inputs, 'region', env('region')),
    sshUser: readString(inputs, 'ssh-user', { ...env('ssh-user'), fallback: 'admin' }),
    sshPrivateKey,
    sshPort: readNumber(inputs, 'ssh-port', { fallback: 22, min: 1, max: 65535 }),
    sshAddress: readEnum(inputs, 'ssh-address', ['public', 'private'] as const, 'public'),
    readyTimeoutSeconds: readNumber(inputs, 'ready-timeout', { fallback: 300, min: 1, max: 3600, unit: 'seconds' }),
    hostKey: readHostKey(inputs.raw('host-key')),
    maxLifetimeMinutes: readNumber(inputs, 'max-lifetime', { fallback: 120, min: 5, max: 10080, unit: 'minutes' }),
    tags: readKeyValues(inputs, 'tags', /^[A-Za-z0-9 _.:/=+\-@]{1,128}$/),
    build: readBoolean(inputs, 'build', false),
    syncPaths: readLines(inputs, 'sync-paths'),
    buildDir: readString(inputs, 'build-dir'),
    buildDirBase: (inputs.env.E2C_BUILD_DIR ?? '').trim() || '~/builds',
    bakeFiles: readLines(inputs, 'bake-files'),
    bakeTargets: readList(inputs, 'bake-targets'),
    bakeSet: readLines(inputs, 'bake-set'),
    push: readBoolean(inputs, 'push', false),
    platform: readString(inputs, 'platform', { fallback: 'linux/arm64' }),
    buildxNode: readBoolean(inputs, 'buildx-node', false),
    reapOlderThanMinutes:
      inputs.raw('reap-older-than') === ''
        ? undefined
        : readNumber(inputs, 'reap-older-than', { fallback: 0, min: 0, unit: 'minutes' }),
  };
  // EC2 names and ids are checked here, so a typo fails naming our input rather than with EC2's
  // parameter name (InvalidParameterValue for InstanceType), and nothing odd reaches a request.
  for (const [input, values, pattern, expected] of [
    [
      'launch-template-id',
      [result.launchTemplate.id],
      /^lt-[0-9a-z]+$/,
      'a launch template id such as lt-0123456789abcdef0',
    ],
    [
      'launch-template-name',
      [result.launchTemplate.name],
      /^[A-Za-z0-9().\-/_]{3,128}$/,
      'a launch template name (3-128 letters, digits and ( ) . - / _)',
    ],
    [
      'launch-template-version',
      [result.launchTemplate.version],
      /^(\$Default|\$Latest|[1-9]\d{0,17})$/,
      '$Default, $Latest or a version number',
    ],
    ['instance-types', result.instanceTypes, /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'instance types such as c7g.large'],
    ['subnet-ids', result.subnetIds, /^subnet-[0-9a-z]+$/, 'subnet ids such as subnet-0123456789abcdef0'],
    ['region', [result.region], /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'an AWS region such as eu-north-1'],
    ['ssh-user', [result.sshUser], /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/, 'a user name such as admin or ec2-user'],
    // A folder on the instance that the cleanup removes (rm -rf over SSH): absolute or under ~/,
    // at least two levels deep, no `.` or `..` level, no leading `-`, characters a path needs and
    // no shell would read, at most PATH_MAX. `../../etc/passwd` on the instance must not reach
    // rm -rf (the hardening suite's sshd runs on this machine, as root).
    [
      'build-dir',
      [result.buildDir],
      /^(?=.{1,4095}$)(?!.*\/\.{1,2}(\/|$))(~\/|\/)[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,-]*\/[A-Za-z0-9_.@%+=:,/-]*$/,
      'an absolute folder path on the instance (or one under ~/), at least two levels deep, without . or .. levels',
    ],
    // Bake files (relative to the synced project), targets and the platform reach the remote bake
    // command: names a bake file or target can have, nothing a shell or option parser would read.
    [
      'bake-files',
      result.bakeFiles,
      /^(?=.{1,1024}$)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,/-]*$/,
      'bake file paths in the project, such as docker-bake.hcl (no .. level, no spaces)',
    ],
    ['bake-targets', result.bakeTargets, BAKE_NAME, 'bake target or group names such as app'],
    [
      'bake-set',
      result.bakeSet,
      /^(?=[^\n\r]{1,8192}$)[A-Za-z0-9_*-][A-Za-z0-9_.*-]*\.[A-Za-z0-9_.-]+=/,
      'target.key=value lines such as app.args.VERSION=1.2.3 (at most 8192 characters each)',
    ],
    ['platform', [result.platform], /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'one platform such as linux/arm64'],
  ] as const) {
    const bad = values.find((value) => value !== '' && !pattern.test(value));
    if (bad !== undefined) throw new InputError(input, bad, expected);
  }
  // The bake's files, targets and --set lines become one remote command: one argument of ssh, and
  // of the shell sshd starts, which Linux caps at 128 KiB (MAX_ARG_STRLEN); past it the build
  // would fail with E2BIG. 64 KiB leaves room for quoting and the cd before it.
  const bakeInputs = [
    ['bake-targets', inputs.raw('bake-targets'), result.bakeTargets],
    ['bake-files', inputs.raw('bake-files'), result.bakeFiles],
    ['bake-set', inputs.raw('bake-set'), result.bakeSet],
  ] as const;
  const bakeChars = bakeInputs.reduce((n, [, , values]) => n + values.reduce((m, v) => m + v.length + 3, 0), 0);
  if (bakeChars > MAX_REMOTE_BAKE_CHARS) {
    const [input, raw] = [...bakeInputs].sort((a, b) => b[1].length - a[1].length)[0];
    throw new InputError(
      input,
      raw,
      `bake-targets, bake-files and bake-set of at most ${MAX_REMOTE_BAKE_CHARS} characters together (they become one command on the instance; these take ${bakeChars})`,
      'Name a bake group instead of many targets, or move --set values into a bake file',
    );
  }
  if (result.spotMaxPrice && !/^\d+(\.\d+)?$/.test(result.spotMaxPrice))
    throw new InputError('spot-max-price', result.spotMaxPrice, 'a price in USD per hour such as 0.10, or empty');
  if (result.launchTemplate.id && result.launchTemplate.name)
    throw new InputError(
      'launch-template-name',
      result.launchTemplate.name,
      'empty when launch-template-id is given (one of the two)',
    );
  return result;
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
