// Starts the real dockerd (Debian 13's, unpacked by fetch-trixie.sh) as root with the containerd
// image store, so the `docker` buildx driver builds several platforms and exports caches; no
// iptables rules, no masquerading and no forwarding, its own bridge (a build's RUN reaches nothing
// outside the machine), insecure registries on 127.0.0.0/8, and everything (data-root, exec-root,
// socket, pidfile, log) under one temporary folder. The daemon is detached, so the jest worker
// that started it can exit while other test files still use it; stopDockerd() ends it by pid.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { dockerConfigWithBuildx, engineFiles } from './engine-files';

/** What a running engine is; JSON-serialisable so other processes can use (and stop) it. */
export interface DockerdRecord {
  dir: string;
  pid: number;
  /** The unix socket, as DOCKER_HOST wants it (`unix://...`). */
  host: string;
  bridge: string;
  /** DOCKER_CONFIG with buildx 0.13.1 as a CLI plugin. */
  dockerConfig: string;
  /** Folder with the engine's docker, buildx...; put it first on PATH. */
  binDir: string;
  /** Milliseconds from spawn to the first answered /_ping. */
  startMs: number;
}

/** The environment that points the docker CLI (and buildx) at this engine. */
export function dockerEnv(record: DockerdRecord, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    PATH: `${record.binDir}:${base.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'}`,
    DOCKER_HOST: record.host,
    DOCKER_CONFIG: record.dockerConfig,
  };
}

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether the engine still answers (its process lives and its socket pings). */
export async function dockerdAnswers(record: DockerdRecord): Promise<boolean> {
  return isAlive(record.pid) && ping(record.host.replace(/^unix:\/\//, ''));
}

async function ip(args: string[]): Promise<void> {
  await execProcess('ip', args, { timeoutMs: 10000 });
}

/** Starts dockerd; throws with the reason and the fix when it cannot (not root, no engine). */
export async function startDockerd(): Promise<DockerdRecord> {
  if (process.getuid?.() !== 0)
    throw new Error(
      'The build-engine tests start dockerd, which needs root: run `npm test` as root ' +
        '(on a CI machine: sudo -E npm test).',
    );
  const files = engineFiles();
  const dir = mkdtempSync('/tmp/cib-engine-');
  // Our own bridge with a random private /24, so two engines on one machine never share docker0.
  const bridge = `cib${dir.slice(-6).replace(/[^a-zA-Z0-9]/g, 'x')}`;
  const subnet = `10.${randomInt(200, 250)}.${randomInt(0, 255)}`;
  await ip(['link', 'add', 'name', bridge, 'type', 'bridge']);
  await ip(['addr', 'add', `${subnet}.1/24`, 'dev', bridge]);
  await ip(['link', 'set', bridge, 'up']);
  const socket = join(dir, 'docker.sock');
  const config = {
    features: { 'containerd-snapshotter': true },
    iptables: false,
    ip6tables: false,
    'ip-masq': false,
    'ip-forward': false,
    'userland-proxy': false,
    bridge,
    'insecure-registries': ['127.0.0.0/8'],
    'data-root': join(dir, 'data'),
    'exec-root': join(dir, 'exec'),
    pidfile: join(dir, 'docker.pid'),
    hosts: [`unix://${socket}`],
    'log-level': 'warn',
  };
  const configFile = join(dir, 'daemon.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const logFile = join(dir, 'dockerd.log');
  const log = openSync(logFile, 'a');
  const started = Date.now();
  const child = spawn(files.dockerd, ['--config-file', configFile], {
    detached: true,
    stdio: ['ignore', log, log],
    // dockerd finds containerd and its shim on PATH, runc from Debian 12 in /usr/sbin.
    env: { PATH: `${files.binDir}:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin`, HOME: dir },
  });
  closeSync(log);
  child.unref();
  const pid = child.pid;
  const record: DockerdRecord = {
    dir,
    pid: pid ?? -1,
    host: `unix://${socket}`,
    bridge,
    dockerConfig: dockerConfigWithBuildx(join(dir, 'docker-config'), files),
    binDir: files.binDir,
    startMs: 0,
  };
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (pid === undefined || !isAlive(pid)) break;
    if (existsSync(socket) && (await ping(socket))) {
      record.startMs = Date.now() - started;
      return record;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  await stopDockerd(record);
  throw new Error(`dockerd did not start within 60 s; its log ends with:\n${text}`);
}

/** Stops the engine (SIGTERM, SIGKILL after 20 s), removes its bridge and its folder. */
export async function stopDockerd(record: DockerdRecord): Promise<void> {
  if (record.pid > 0 && isAlive(record.pid)) {
    process.kill(record.pid, 'SIGTERM');
    const deadline = Date.now() + 20000;
    while (isAlive(record.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (isAlive(record.pid)) process.kill(record.pid, 'SIGKILL');
  }
  await execProcess('ip', ['link', 'delete', record.bridge], { allowFailure: true });
  // A killed daemon can leave overlay mounts behind; unmount them before removing the folder.
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((target) => target?.startsWith(`${record.dir}/`))
    .reverse();
  for (const target of mounts) await execProcess('umount', ['-l', target], { allowFailure: true });
  rmSync(record.dir, { recursive: true, force: true });
}
