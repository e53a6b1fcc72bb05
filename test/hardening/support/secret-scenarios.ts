// The runs the secrets test makes of each landed action: the same inputs on every path (a
// working run, refused credentials, an unreachable peer, and an unexpected exception forced by
// fixtures/throwing-http.cjs), each secret-bearing input filled with a known secret. An action
// this file does not know yet runs with its defaults and every secret input filled.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basicAuthField, writeDockerConfig } from '../../support/registry/docker-config';
import { REPO_ROOT } from '../../support/runner-harness';
import type { Origin } from '../../support/git-repo';
import { fullClone } from '../../support/git-repo';
import { isSecretInput, type CatalogAction } from './action-catalog';
import { PASSWORD, SECRET_ENV, secretFor, WRONG_PASSWORD } from './secret-values';

export const PATHS = [
  'success',
  'docker-config',
  'bad-credentials',
  'network-error',
  'unexpected-exception',
  'exception-with-headers',
] as const;
export type SecretPath = (typeof PATHS)[number];

export interface SecretWorld {
  /** The htpasswd registry (user tester, PASSWORD), seeded like the hostile-input baselines. */
  registryHost: string;
  /** `127.0.0.1:<port>` of a deployed service answering GITHUB_SHA to `Bearer TOKEN`, 401 otherwise. */
  serviceHost: string;
  origin: Origin;
  sha: string;
}

export interface SecretRun {
  inputs: Record<string, string>;
  env: Record<string, string>;
  workspace?: string;
  /** Whether this action's run on this path is expected to succeed. */
  succeeds: boolean;
  /** Secrets this run hands over (beyond SECRET_ENV). */
  secrets: string[];
  /** Folders the run's setup made (the Docker config), for the test to remove. */
  dirs: string[];
}

const PRELOAD = join(REPO_ROOT, 'test/hardening/fixtures/throwing-http.cjs');

interface KnownInputs {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  workspace?: string;
}

function knownInputs(
  action: string,
  registry: string,
  service: string,
  world: SecretWorld,
  run: number,
): KnownInputs | undefined {
  switch (action) {
    case 'build-info':
      return {
        inputs: { 'verify-url': `http://${service}/build/info`, 'verify-timeout': '2', 'verify-interval': '1' },
      };
    case 'manifest-merge':
      return {
        inputs: {
          sources: `${registry}/harden/app:1.0.0-amd64,${registry}/harden/app:1.0.0-arm64`,
          tags: `${registry}/harden/app:secret-${run}`,
          username: 'tester',
        },
      };
    case 'latest-manager':
      return {
        inputs: { images: `${registry}/harden/latest`, version: '1.0.0', username: 'tester' },
        env: { GITHUB_REF: 'refs/tags/1.0.0', GITHUB_REF_NAME: '1.0.0', GITHUB_REF_TYPE: 'tag' },
        workspace: fullClone(world.origin),
      };
    default:
      return undefined;
  }
}

/** The run of `action` on `path`; `run` makes target tags unique. */
export function secretRun(
  action: CatalogAction,
  path: SecretPath,
  world: SecretWorld,
  run: number,
): SecretRun & { known: boolean } {
  const down = '127.0.0.1:1';
  const registry = path === 'network-error' ? down : world.registryHost;
  const service = path === 'network-error' ? down : world.serviceHost;
  const known = knownInputs(action.name, registry, service, world, run);
  const inputs: Record<string, string> = { ...known?.inputs };
  const secrets: string[] = [];
  const dirs: string[] = [];
  for (const [name, spec] of Object.entries(action.spec.inputs ?? {})) {
    if (!isSecretInput(name, spec.description)) continue;
    const secret = path === 'bad-credentials' && secretFor(name) === PASSWORD ? WRONG_PASSWORD : secretFor(name);
    // A wrong token too: the service refuses anything but TOKEN.
    inputs[name] = path === 'bad-credentials' && secret !== WRONG_PASSWORD ? `${secret}-wrong` : secret;
    secrets.push(inputs[name]);
  }
  const env: Record<string, string> = { ...SECRET_ENV, ...known?.env };
  if (path === 'docker-config' && 'username' in inputs) {
    // Credentials from the Docker config (docker/login-action) instead of the inputs.
    delete inputs.username;
    delete inputs.password;
    const dir = mkdtempSync(join(tmpdir(), 'cib-harden-docker-'));
    writeDockerConfig(dir, { auths: { [world.registryHost]: { auth: basicAuthField('tester', PASSWORD) } } });
    env.DOCKER_CONFIG = dir;
    dirs.push(dir);
    secrets.push(PASSWORD);
  }
  if (path === 'unexpected-exception' || path === 'exception-with-headers') env.NODE_OPTIONS = `--require ${PRELOAD}`;
  if (path === 'exception-with-headers') env.HARDEN_THROW_WITH_HEADERS = '1';
  // build-info in generate mode makes no request, so only the verify runs reach the network.
  return {
    inputs,
    env,
    workspace: known?.workspace,
    succeeds: path === 'success' || path === 'docker-config',
    secrets,
    dirs,
    known: known !== undefined,
  };
}
