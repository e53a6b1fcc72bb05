// buildx-node: the instance as a native node of a local buildx builder. buildx reaches an ssh://
// endpoint through the docker CLI's connection helper, which runs `ssh -l <user> -- <host>
// docker system dial-stdio` found on PATH, with no way to pass `-i` or `-F`; and ssh reads
// `~/.ssh/config` from the passwd entry, not $HOME. So the node's ssh material lives in a folder
// of our own: the key, the pinned known_hosts, an ssh config whose Host alias carries the address,
// port, key and host-key checking (then includes the user's own config for every other host),
// and an `ssh` on a PATH folder that calls the real ssh with `-F` that config. The folder is added
// to the job's PATH so later steps (multiarch-bake with `builder:`) reach the node too; the post
// step removes the node and the folder.
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { CibError } from '../errors/cib-error';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import type { RunIdentity } from './run-tags';
import { shellQuote } from './ssh';

export interface NodeSshFiles {
  dir: string;
  /** The folder holding the `ssh` that applies our config: first on PATH for buildx. */
  binDir: string;
  configFile: string;
  /** The Host alias the builder endpoint names. */
  alias: string;
}

export interface NodeTarget {
  user: string;
  host: string;
  port: number;
  pem: string;
  knownHosts: string[];
}

/** The builder's name: one per run and job, so parallel jobs never share a builder. */
export function builderName(run: RunIdentity): string {
  return `cib-e2c-${run.runId}-${run.job}`.replace(/[^A-Za-z0-9_.-]/g, '-').toLowerCase();
}

/** The absolute path of `program` on PATH (the wrapper must not find itself). */
export function findOnPath(program: string, path: string | undefined, skip: string[] = []): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir || skip.includes(dir)) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The node's Host block: everything ssh needs, so the endpoint is just `ssh://user@alias`. */
export function nodeHostBlock(alias: string, target: NodeTarget, keyFile: string, knownHostsFile: string): string {
  // Quoted values: a runner temp folder may hold spaces.
  const q = (value: string) => `"${value}"`;
  return [
    `Host ${alias}`,
    `  HostName ${target.host}`,
    `  Port ${target.port}`,
    `  User ${target.user}`,
    `  IdentityFile ${q(keyFile)}`,
    '  IdentitiesOnly yes',
    '  BatchMode yes',
    // Setup pinned the host key (console, literal, or the one seen on first use): nothing else is trusted.
    '  StrictHostKeyChecking yes',
    `  UserKnownHostsFile ${q(knownHostsFile)}`,
    '  GlobalKnownHostsFile /dev/null',
    '  ServerAliveInterval 15',
    '  LogLevel ERROR',
    '',
  ].join('\n');
}

/**
 * The config our `ssh` runs with. buildx connects to every node of a builder (appending one
 * checks the others), and only the first of our `ssh` programs on PATH runs: so each includes
 * the Host blocks of all our nodes beside it, then the user's and the system's config, which
 * `-F` would otherwise replace, for every other host.
 */
export function nodeSshConfig(parent: string): string {
  return [
    `Include "${join(parent, `${DIR_PREFIX}*`, HOST_BLOCK)}"`,
    'Match all',
    'Include ~/.ssh/config /etc/ssh/ssh_config',
    '',
  ].join('\n');
}

const DIR_PREFIX = 'cib-e2c-node-';
const HOST_BLOCK = 'host.conf';

/** Writes the node's key, known_hosts, ssh config and `ssh` wrapper into a new private folder. */
export function writeNodeSshFiles(
  parent: string | undefined,
  target: NodeTarget,
  alias: string,
  realSsh: string,
): NodeSshFiles {
  const base = parent || tmpdir();
  const dir = mkdtempSync(join(base, DIR_PREFIX));
  chmodSync(dir, 0o700);
  const keyFile = join(dir, 'id_key');
  const knownHostsFile = join(dir, 'known_hosts');
  const configFile = join(dir, 'ssh_config');
  const binDir = join(dir, 'bin');
  writeFileSync(keyFile, target.pem, { mode: 0o600 });
  writeFileSync(knownHostsFile, target.knownHosts.map((line) => `${line}\n`).join(''), { mode: 0o600 });
  writeFileSync(join(dir, HOST_BLOCK), nodeHostBlock(alias, target, keyFile, knownHostsFile), { mode: 0o600 });
  writeFileSync(configFile, nodeSshConfig(base), { mode: 0o600 });
  mkdirSync(binDir, { mode: 0o700 });
  // A fixed two-line program: the arguments buildx gives pass through untouched as "$@".
  writeFileSync(
    join(binDir, 'ssh'),
    `#!/bin/sh\n# cib e2c-runner: ssh with the buildx node's own config.\nexec ${shellQuote(realSsh)} -F ${shellQuote(configFile)} "$@"\n`,
    { mode: 0o700 },
  );
  return { dir, binDir, configFile, alias };
}

export interface CreateNodeOptions {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  log: Log;
  builder: string;
  node: string;
  platform: string;
  user: string;
  files: NodeSshFiles;
  /** `--append` only to an existing builder: buildx 0.13 fails with "failed to find instance" otherwise. */
  builderExisted: boolean;
}

/** The environment buildx runs with: our `ssh` first on PATH. */
export function nodeEnv(env: NodeJS.ProcessEnv, files: Pick<NodeSshFiles, 'binDir'>): NodeJS.ProcessEnv {
  return { ...env, PATH: [files.binDir, env.PATH ?? ''].filter(Boolean).join(delimiter) };
}

/** Whether the builder exists already: then the post step only takes our node out of it. */
export async function builderExists(exec: Exec, env: NodeJS.ProcessEnv, builder: string): Promise<boolean> {
  const inspect = await exec('docker', ['buildx', 'inspect', builder], { env, allowFailure: true });
  return inspect.exitCode === 0;
}

/** Appends the node to the builder, or creates the builder with it. */
export async function createNode(options: CreateNodeOptions): Promise<void> {
  const { exec, env, log, builder, node, platform, user, files, builderExisted } = options;
  const args = ['buildx', 'create', ...(builderExisted ? ['--append'] : []), '--name', builder];
  // docker-container explicitly: buildx 0.13 picks the remote driver for a bare ssh:// URL, which
  // wants buildkitd and buildctl on the instance; docker-container needs only docker there.
  args.push('--driver', 'docker-container', '--node', node, '--platform', platform);
  args.push(`ssh://${user}@${files.alias}`);
  const created = await exec('docker', args, { env: nodeEnv(env, files), allowFailure: true });
  if (created.exitCode !== 0)
    throw new CibError(
      `docker buildx create could not add the instance as node ${node} of builder ${builder}: ${(created.stderr || created.stdout).trim().slice(0, 800)}`,
      {
        hint: 'The instance needs docker (with buildx) running and the ssh user in the docker group; this runner needs docker buildx',
      },
    );
  log.info(`Builder ${builder}: node ${node} (${platform}) at ssh://${user}@${files.alias}`);
}

export interface RemoveNodeOptions {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  log: Log;
  builder: string;
  node: string;
  builderExisted: boolean;
  dir: string;
}

/**
 * Removes the node (the whole builder when we created it), then the ssh folder, always. A failure
 * to remove the node only warns: the instance's teardown, which follows, matters more.
 */
export async function removeNode(options: RemoveNodeOptions): Promise<void> {
  const { exec, env, log, builder, node, builderExisted, dir } = options;
  try {
    const args = builderExisted
      ? ['buildx', 'create', '--leave', '--name', builder, '--node', node]
      : // --keep-state: the BuildKit volume stays on the instance, so an existing instance stays warm.
        ['buildx', 'rm', '--keep-state', builder];
    const result = await exec('docker', args, { env: nodeEnv(env, { binDir: join(dir, 'bin') }), allowFailure: true });
    if (result.exitCode === 0)
      log.info(builderExisted ? `Node ${node} left builder ${builder}` : `Builder ${builder} removed`);
    else
      log.warning(
        `Could not remove ${builderExisted ? `node ${node} from builder ${builder}` : `builder ${builder}`}: ${result.stderr.trim().slice(0, 400)}. Remove it with: docker buildx rm ${builder}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
