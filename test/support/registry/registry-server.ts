// Starts Debian's docker-registry (distribution 2.8) on 127.0.0.1 for a test: without auth,
// with htpasswd Basic auth, or with token auth backed by token-server.ts. Each server gets its
// own port, storage folder and config, and is stopped (and its folder removed) by stop().
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { requireProgram } from './components';
import { freePort } from './free-port';
import { startTokenServer } from './token-server';
import type { TokenServer, TokenServerOptions } from './token-server';

export type RegistryAuthMode = 'none' | 'htpasswd' | 'token';

export interface RegistryServerOptions {
  auth?: RegistryAuthMode;
  /** username -> password for htpasswd and token modes; default { tester: 'secret-password' }. */
  users?: Record<string, string>;
  /** Token mode only: what each user may do (see TokenServerOptions.grant). */
  grant?: TokenServerOptions['grant'];
  refreshTokens?: Record<string, string>;
  tokenExpiresIn?: number;
}

export interface RegistryServer {
  /** `127.0.0.1:<port>`: the registry part of image references. */
  host: string;
  url: string;
  auth: RegistryAuthMode;
  users: Record<string, string>;
  /** The token service in token mode. */
  token?: TokenServer;
  dir: string;
  /** The registry's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export const DEFAULT_USERS = { tester: 'secret-password' };

function probe(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

async function waitUntilServing(url: string, child: ChildProcess, logOf: () => string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}:\n${logOf()}`);
    const status = await probe(`${url}/v2/`);
    if (status === 200 || status === 401) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`docker-registry did not answer on ${url} within 15 s:\n${logOf()}`);
}

/** Starts a registry; the caller must stop() it (afterAll). */
export async function startRegistry(options: RegistryServerOptions = {}): Promise<RegistryServer> {
  const binary = requireProgram('docker-registry');
  const auth = options.auth ?? 'none';
  const users = options.users ?? DEFAULT_USERS;
  const dir = mkdtempSync(join(tmpdir(), 'cib-registry-'));
  let token: TokenServer | undefined;
  let authConfig = '';
  if (auth === 'htpasswd') {
    const htpasswd = requireProgram('htpasswd');
    const lines: string[] = [];
    for (const [user, password] of Object.entries(users)) {
      // Bcrypt is the only hash distribution accepts. The password goes on argv here because
      // this is a throwaway test password, never a real secret.
      const { stdout } = await execProcess(htpasswd, ['-Bbn', user, password]);
      lines.push(stdout.trim());
    }
    writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    authConfig = `auth:\n  htpasswd:\n    realm: cib-test\n    path: ${join(dir, 'htpasswd')}\n`;
  } else if (auth === 'token') {
    token = await startTokenServer(dir, {
      users,
      grant: options.grant,
      refreshTokens: options.refreshTokens,
      expiresIn: options.tokenExpiresIn,
    });
    authConfig =
      `auth:\n  token:\n    realm: ${token.realm}\n    service: ${token.service}\n    issuer: ${token.issuer}\n` +
      `    rootcertbundle: ${token.certificatePath}\n`;
  }

  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config =
      `version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\n` +
      `storage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\n` +
      `http:\n  addr: 127.0.0.1:${port}\n  secret: cib-test-secret\n${authConfig}`;
    const configPath = join(dir, 'config.yml');
    writeFileSync(configPath, config);
    const logPath = join(dir, 'registry.log');
    const logFd = openSync(logPath, 'a');
    const child = spawn(binary, ['serve', configPath], { stdio: ['ignore', logFd, logFd] });
    closeSync(logFd);
    const logOf = () => {
      try {
        return readFileSync(logPath, 'utf8');
      } catch {
        return '';
      }
    };
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilServing(url, child, logOf);
    } catch (error) {
      // Another process may have taken the port between freePort() and the registry's bind.
      if (attempt < 2 && /address already in use/.test(logOf())) continue;
      await token?.stop();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      host: `127.0.0.1:${port}`,
      url,
      auth,
      users,
      token,
      dir,
      log: logOf,
      stop: async () => {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
          await exited;
          clearTimeout(timer);
        }
        await token?.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
