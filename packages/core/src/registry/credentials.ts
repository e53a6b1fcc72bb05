// Where registry credentials come from: the action's inputs first, then the Docker config file
// that docker/login-action and `docker login` write (`$DOCKER_CONFIG/config.json`, default
// ~/.docker): `auths.<host>.auth` (base64 user:password), `credHelpers.<host>` or `credsStore`
// naming a `docker-credential-<name>` program that answers `get` with the host on stdin.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CibError, errorMessage } from '../errors/cib-error';
import type { Exec } from '../exec/exec';
import { basicCredentials } from '../http/basic-auth';
import { DOCKER_HUB, isDockerHubHost } from './reference';
import type { Log } from '../runner/runtime';

export interface RegistryCredentials {
  username: string;
  password: string;
  /** An OAuth2 refresh token (a config's `identitytoken`, a helper's `<token>` user). */
  identityToken?: string;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The key Docker uses for Docker Hub in config files and credential helpers. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry; Docker Hub has several names. */
export function normalizeRegistryHost(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return isDockerHubHost(host) ? DOCKER_HUB : host;
}

export interface CredentialSourceOptions {
  /** Credentials given as action inputs, keyed by registry host; they win over the config. */
  explicit?: Record<string, RegistryCredentials>;
  /** The folder holding config.json; default $DOCKER_CONFIG, else ~/.docker. */
  dockerConfigDir?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs credential helper programs; loaded lazily when absent (most runs need none). */
  exec?: Exec;
  maskSecret?: (secret: string) => void;
  log?: Pick<Log, 'debug'>;
}

/** Looks credentials up once per registry host and remembers the answer. */
export class CredentialSource {
  private readonly cache = new Map<string, Promise<RegistryCredentials | undefined>>();
  private config?: Promise<DockerConfigFile | undefined>;
  private readonly explicit = new Map<string, RegistryCredentials>();

  constructor(private readonly options: CredentialSourceOptions = {}) {
    for (const [host, credentials] of Object.entries(options.explicit ?? {})) {
      this.explicit.set(normalizeRegistryHost(host), credentials);
      this.mask(credentials);
    }
  }

  /** The credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), if any. */
  get(registry: string): Promise<RegistryCredentials | undefined> {
    const host = normalizeRegistryHost(registry);
    let found = this.cache.get(host);
    if (!found) {
      found = this.lookup(host);
      this.cache.set(host, found);
    }
    return found;
  }

  private async lookup(host: string): Promise<RegistryCredentials | undefined> {
    const given = this.explicit.get(host);
    if (given) return given;
    const config = await this.readConfig();
    if (!config) return undefined;
    const helper = config.credHelpers?.[this.configKey(config.credHelpers, host) ?? ''] ?? config.credsStore;
    if (helper) {
      const fromHelper = await this.fromHelper(helper, host);
      if (fromHelper) return fromHelper;
    }
    const entry = config.auths?.[this.configKey(config.auths, host) ?? ''];
    if (!entry) return undefined;
    let credentials: RegistryCredentials | undefined;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) credentials = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    } else if (entry.username && entry.password) {
      credentials = { username: entry.username, password: entry.password };
    }
    if (entry.identitytoken)
      credentials = {
        username: credentials?.username ?? '',
        password: credentials?.password ?? '',
        identityToken: entry.identitytoken,
      };
    if (credentials) {
      this.mask(credentials);
      this.options.log?.debug(`Using credentials for ${host} from ${this.configPath()}`);
    }
    return credentials;
  }

  /** The key of `entries` that names `host` (`ghcr.io`, `https://ghcr.io`, `https://index.docker.io/v1/`). */
  private configKey(entries: Record<string, unknown> | undefined, host: string): string | undefined {
    if (!entries) return undefined;
    return Object.keys(entries).find((key) => normalizeRegistryHost(key) === host);
  }

  private configPath(): string {
    const env = this.options.env ?? process.env;
    const dir = this.options.dockerConfigDir ?? env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker');
    return join(dir, 'config.json');
  }

  private readConfig(): Promise<DockerConfigFile | undefined> {
    this.config ??= (async () => {
      const path = this.configPath();
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
      try {
        return JSON.parse(text) as DockerConfigFile;
      } catch (error) {
        throw new CibError(`The Docker config ${path} is not valid JSON: ${errorMessage(error)}`, {
          hint: 'Fix or remove it, or give username and password as inputs',
        });
      }
    })();
    return this.config;
  }

  private async fromHelper(helper: string, host: string): Promise<RegistryCredentials | undefined> {
    const program = `docker-credential-${helper}`;
    const exec = this.options.exec ?? (await import('../exec/exec')).execProcess;
    const serverUrl = host === DOCKER_HUB ? DOCKER_HUB_KEY : host;
    const env = this.options.env ? { ...this.options.env } : undefined;
    const result = await exec(program, ['get'], { input: serverUrl, allowFailure: true, timeoutMs: 30000, env });
    if (result.exitCode !== 0) {
      // "credentials not found in native keychain" is the helpers' way of saying "none here".
      if (/not found/i.test(result.stdout + result.stderr)) return undefined;
      throw new CibError(`The credential helper ${program} failed for ${host} (exit code ${result.exitCode})`, {
        hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
      });
    }
    let answer: { Username?: string; Secret?: string };
    try {
      answer = JSON.parse(result.stdout) as typeof answer;
    } catch {
      throw new CibError(`The credential helper ${program} answered something that is not JSON for ${host}`, {
        hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
      });
    }
    if (!answer.Secret) return undefined;
    this.options.maskSecret?.(answer.Secret);
    this.options.log?.debug(`Using credentials for ${host} from ${program}`);
    if (answer.Username === '<token>') return { username: '', password: '', identityToken: answer.Secret };
    return { username: answer.Username ?? '', password: answer.Secret };
  }

  private mask(credentials: RegistryCredentials): void {
    const mask = this.options.maskSecret;
    if (!mask) return;
    if (credentials.password) mask(credentials.password);
    if (credentials.identityToken) mask(credentials.identityToken);
    mask(basicCredentials(credentials.username, credentials.password));
  }
}
