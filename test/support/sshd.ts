// A real OpenSSH server (Debian's openssh-server) on 127.0.0.1 for the tests: generated host and
// client keys, its own authorized_keys (the user's own is never touched), and a PATH for remote
// commands that starts with recording doubles of `docker`, `shutdown` and `sudo`, so a remote
// bake or a max-lifetime power-off is recorded, never run on this machine. Fails (never skips)
// with the package to install when sshd or ssh-keygen is missing.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './registry/free-port';

const SSHD = '/usr/sbin/sshd';

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

/** A new ed25519 key pair (OpenSSH PEM private key, authorized_keys public line). */
export function generateKeyPair(dir: string, name: string): KeyPair {
  const file = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  return { privateKey: readFileSync(file, 'utf8'), publicKey: readFileSync(`${file}.pub`, 'utf8').trim() };
}

/** A recorded remote command: the double's name, its arguments and the folder it ran in. */
export interface RemoteCall {
  program: string;
  args: string[];
  cwd: string;
  /** What the folder it ran in held (recursively), as the double saw it (docker only). */
  files: string[];
}

export interface TestSshd {
  port: number;
  user: string;
  /** The key pair authorized to log in. */
  client: KeyPair;
  /** The server's public host key (known_hosts form without the host). */
  hostKey: string;
  /** Commands the doubles recorded, in order. */
  calls(): RemoteCall[];
  /** Makes the docker double take this many seconds (a long build, to cancel during). */
  setDockerDelay(seconds: number): void;
  /** Replaces authorized_keys (empty: nobody can log in, as before cloud-init installs the key). */
  authorize(publicKeys: string[]): void;
  stop(): Promise<void>;
}

const RECORDER = (program: string, log: string, tail: string, listFiles = false) => `#!/bin/sh
# Test double of ${program}: records its arguments, one JSON line, then ${tail || 'exits 0'}.
node -e 'process.stdout.write(JSON.stringify({program: process.argv[1], args: process.argv.slice(2), cwd: process.cwd(), files: ${listFiles ? 'require("fs").readdirSync(".", {recursive: true}).sort()' : '[]'}}) + "\\n")' ${program} "$@" >> ${log}
${tail}
`;

export async function startSshd(): Promise<TestSshd> {
  if (!existsSync(SSHD))
    throw new Error(
      'sshd is not installed: the e2c-runner tests need it. Install it with: apt-get install -y openssh-server',
    );
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('ssh-keygen is not installed. Install it with: apt-get install -y openssh-client', {
        cause: error,
      });
  }
  const dir = mkdtempSync(join(tmpdir(), 'cib-sshd-'));
  chmodSync(dir, 0o755);
  const host = generateKeyPair(dir, 'host_ed25519');
  const client = generateKeyPair(dir, 'client_ed25519');
  const authorizedKeys = join(dir, 'authorized_keys');
  const log = join(dir, 'calls.jsonl');
  writeFileSync(log, '');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const node = process.execPath;
  const script = (name: string, body: string) =>
    writeFileSync(join(bin, name), body.replace(/^node /m, `${node} `), { mode: 0o755 });
  const dockerDelay = join(dir, 'docker-delay');
  script(
    'docker',
    RECORDER(
      'docker',
      log,
      `[ -f ${dockerDelay} ] && sleep "$(cat ${dockerDelay})"\necho "#1 [internal] load build definition (double)"`,
      true,
    ),
  );
  script('shutdown', RECORDER('shutdown', log, 'echo "Shutdown scheduled (double)"'));
  // sudo -n <cmd>: record, then run the command (still on the doubles' PATH).
  script('sudo', RECORDER('sudo', log, '[ "$1" = -n ] && shift; exec "$@"'));
  const port = await freePort();
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_ed25519')}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'UsePAM no',
      'StrictModes no',
      'PidFile none',
      // scp speaks SFTP since OpenSSH 9, as on any stock server.
      'Subsystem sftp internal-sftp',
      // Remote commands find the doubles first: a bake or a power-off is recorded, never run here.
      `SetEnv PATH=${bin}:/usr/local/bin:/usr/bin:/bin`,
      'LogLevel ERROR',
    ].join('\n') + '\n',
  );
  writeFileSync(authorizedKeys, `${client.publicKey}\n`, { mode: 0o600 });
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await waitForPort(port, child, () => stderr);
  const sshd: TestSshd = {
    port,
    user: userInfo().username,
    client,
    hostKey: host.publicKey.split(/\s+/).slice(0, 2).join(' '),
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RemoteCall),
    setDockerDelay: (seconds) => writeFileSync(dockerDelay, String(seconds)),
    authorize: (keys) => writeFileSync(authorizedKeys, keys.map((k) => `${k}\n`).join(''), { mode: 0o600 }),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  assertDoublesFirst(sshd, dir);
  return sshd;
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}: ${stderr()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`sshd did not listen on ${port}: ${stderr()}`);
}

/**
 * Logs in once and checks that remote commands resolve `shutdown` to the double: a test must never
 * be able to power this machine off.
 */
function assertDoublesFirst(sshd: TestSshd, dir: string): void {
  const key = join(dir, 'client_ed25519');
  const where = execFileSync(
    'ssh',
    [
      '-F',
      '/dev/null',
      '-i',
      key,
      '-p',
      String(sshd.port),
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=no',
      '-o',
      'UserKnownHostsFile=/dev/null',
      '-o',
      'LogLevel=ERROR',
      `${sshd.user}@127.0.0.1`,
      'command -v shutdown',
    ],
    { encoding: 'utf8' },
  ).trim();
  if (where !== join(dir, 'bin', 'shutdown'))
    throw new Error(`Remote PATH does not start with the doubles (shutdown is ${where}): refusing to go on`);
}
