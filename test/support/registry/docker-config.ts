// Writes what `docker login` / docker/login-action leave for other tools: a config.json with
// `auths`, `credHelpers`, `credsStore`, and `docker-credential-<name>` helper programs that answer
// `get` from a fixed table (logging each host asked, so tests can see they were used).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DockerConfigContent {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** base64 of `user:password`, the `auth` field of config.json. */
export function basicAuthField(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/** Writes `<dir>/config.json`; returns `dir` (what DOCKER_CONFIG points to). */
export function writeDockerConfig(dir: string, content: DockerConfigContent): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify(content, null, 2));
  return dir;
}

export interface CredentialHelper {
  /** Folder holding the program: put it first on PATH. */
  binDir: string;
  program: string;
  /** Hosts the program was asked about, in order. */
  calls(): string[];
}

/**
 * Writes an executable `docker-credential-<name>` (a POSIX shell script) into `binDir` that
 * answers `get` for the given server URLs and says "credentials not found" for others.
 */
export function writeCredentialHelper(
  binDir: string,
  name: string,
  entries: Record<string, { username: string; secret: string }>,
): CredentialHelper {
  mkdirSync(binDir, { recursive: true });
  const program = join(binDir, `docker-credential-${name}`);
  const callLog = join(binDir, `docker-credential-${name}.calls`);
  const cases = Object.entries(entries)
    .map(
      ([server, e]) =>
        `  ${shellQuote(server)}) printf '%s' ${shellQuote(JSON.stringify({ ServerURL: server, Username: e.username, Secret: e.secret }))} ;;`,
    )
    .join('\n');
  writeFileSync(
    program,
    `#!/bin/sh\n[ "$1" = get ] || { echo "unsupported: $1" >&2; exit 1; }\nread -r server\nprintf '%s\\n' "$server" >> ${shellQuote(callLog)}\ncase "$server" in\n${cases}\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n`,
  );
  chmodSync(program, 0o755);
  return {
    binDir,
    program,
    calls: () => (existsSync(callLog) ? readFileSync(callLog, 'utf8').split('\n').filter(Boolean) : []),
  };
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
