// `npm run demo` end to end: scripts/demo.ts run as its own process, as a user runs it. As root it
// starts the real engine and builds examples/sample-app for amd64 and arm64; on a machine where the
// engine is not there (CIB_ENGINE_DIR pointing at an empty folder, as on a clone that never ran
// ensure-deps.sh) it says why in one line and synthesises the images instead. A run as an
// unprivileged user is not tested here: it needs the clone readable by that user, which a CI
// machine's clone under /root is not.
// Either way it must finish the release flow and leave no process and no temporary folder behind,
// also when interrupted with Ctrl-C (SIGINT) in the middle of a build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Digest } from '@cib/core/registry/digest';
import type { ImageConfig, ImageIndex } from '@cib/core/registry/manifest-types';
import { REPO_ROOT } from '../support/runner-harness';
import { isAlive } from '../support/engine/dockerd';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { skopeo, skopeoInspectRaw } from '../support/registry/skopeo';
import { freePort } from '../support/registry/free-port';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

interface DemoRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** The TMPDIR the demo ran with (its registry, runner folders and scratch repositories go there). */
  tmp: string;
}

interface DemoOptions {
  env?: Record<string, string>;
  /** Send SIGINT once a line matches, as Ctrl-C in a terminal would. */
  interruptAt?: RegExp;
}

function runDemo(options: DemoOptions = {}): Promise<DemoRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'demo-test-'));
  const env = { ...process.env, TMPDIR: tmp, ...options.env };
  const child = spawn(process.execPath, [TSX, 'scripts/demo.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let interrupted = false;
  const collect = (chunk: string) => {
    output += chunk;
    if (options.interruptAt && !interrupted && options.interruptAt.test(output)) {
      interrupted = true;
      child.kill('SIGINT');
    }
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  const timer = setTimeout(() => child.kill('SIGKILL'), 280_000);
  return new Promise((resolve) =>
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, output, tmp });
    }),
  );
}

/**
 * Processes whose command line, working folder or environment name `text` (a folder only the
 * demo's processes name: the action steps and buildx run with RUNNER_TEMP and TMPDIR under it).
 */
function processesNaming(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const names = [cmdline, readlinkSync(`/proc/${pid}/cwd`), readFileSync(`/proc/${pid}/environ`, 'utf8')];
      if (names.some((name) => name.includes(text))) found.push(`${pid}: ${cmdline}`);
    } catch {
      // Ended while we looked.
    }
  }
  return found;
}

/** What the demo left in its TMPDIR, apart from tsx's compile cache (tsx-<uid>, not the demo's). */
function leftInTmp(run: DemoRun): string[] {
  return readdirSync(run.tmp).filter((name) => !/^tsx-\d+$/.test(name));
}

/** The engine the demo reported starting: its dockerd pid and folder. */
function engineOf(run: DemoRun): { pid: number; dir: string } {
  const match = /engine: Debian 13 dockerd pid (\d+) in (\S+),/.exec(run.output);
  if (!match) throw new Error(`The demo reported no engine:\n${run.output}`);
  return { pid: Number(match[1]), dir: match[2] };
}

function expectNothingLeft(run: DemoRun, engine?: { pid: number; dir: string }): void {
  expect(leftInTmp(run)).toEqual([]);
  expect(processesNaming(run.tmp)).toEqual([]);
  if (engine) {
    expect(isAlive(engine.pid)).toBe(false);
    expect(existsSync(engine.dir)).toBe(false);
    expect(processesNaming(engine.dir)).toEqual([]);
  }
}

const removeTmp = (run?: DemoRun) => run && rmSync(run.tmp, { recursive: true, force: true });

describe('as root, on the real engine', () => {
  let registry: RegistryServer;
  let run: DemoRun;

  beforeAll(async () => {
    // The demo's own registry would be gone when it ends; this one stays for skopeo to read.
    registry = await startRegistry();
    run = await runDemo({ env: { CIB_DEMO_REGISTRY: registry.host } });
  }, 300_000);

  afterAll(async () => {
    await registry?.stop();
    removeTmp(run);
  });

  test('finishes the release flow: built for both platforms, quality-gate passed', () => {
    expect({ exitCode: run.exitCode, tail: run.output.split('\n').slice(-15).join('\n') }).toEqual({
      exitCode: 0,
      tail: expect.stringContaining('everything the demo started is stopped'),
    });
    expect(run.output).toMatch(/^▶ multiarch-bake linux\/amd64 /m);
    expect(run.output).toMatch(/^▶ multiarch-bake linux\/arm64 /m);
    expect(run.output).not.toContain('no build engine');
    expect(run.output).toMatch(/^ {4}passed +true$/m);
    expect(run.output).toMatch(/^ {2}quality-gate passed: true$/m);
    expect(run.output).toMatch(/^ {2}v1\.1\.1 moved latest: false \(not-newer\)$/m);
    // The hotfix's builds follow a prune of the engine's build cache: their hits are the registry cache's.
    expect(run.output).toMatch(/cache hit ratio, v1\.1\.1 \(from the registry cache\): linux\/amd64 0\.[1-9]\d/);
  });

  test('app:1.2.0 is an index of linux/amd64 and linux/arm64 images built from the sample', async () => {
    const image = `${registry.host}/demo/app`;
    const index = JSON.parse((await skopeoInspectRaw(`${image}:1.2.0`)).toString('utf8')) as ImageIndex;
    const platforms = index.manifests
      .map((m) => m.platform)
      .filter((p) => p && p.os !== 'unknown')
      .map((p) => `${p!.os}/${p!.architecture}`);
    expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(index.annotations?.['org.opencontainers.image.version']).toBe('1.2.0');
    for (const arch of ['amd64', 'arm64']) {
      const stdout = await skopeo([
        'inspect',
        '--config',
        '--raw',
        '--tls-verify=false',
        `--override-arch=${arch}`,
        `docker://${image}:1.2.0`,
      ]);
      const config = JSON.parse(stdout) as ImageConfig & { config?: { Cmd?: string[] } };
      expect(config.architecture).toBe(arch);
      expect(config.config?.Labels?.['org.opencontainers.image.version']).toBe('1.2.0');
      expect(config.config?.Cmd).toEqual(['cat', '/app/VERSION', '/app/ARCH']);
    }
  });

  test('latest is 1.2.0 after the hotfix 1.1.1, which has its own index', async () => {
    const image = `${registry.host}/demo/app`;
    const digestOf = async (tag: string) => sha256Digest(await skopeoInspectRaw(`${image}:${tag}`));
    const [latest, release, hotfix] = await Promise.all(['latest', '1.2.0', '1.1.1'].map(digestOf));
    expect(latest).toBe(release);
    expect(hotfix).not.toBe(release);
  });

  test('leaves no dockerd, no registry and no temporary folder behind', () => {
    expectNothingLeft(run, engineOf(run));
  });
});

test('without the engine: says why, synthesises the images, still releases and gates', async () => {
  const noEngine = mkdtempSync(join(tmpdir(), 'no-engine-'));
  const run = await runDemo({ env: { CIB_ENGINE_DIR: noEngine } });
  rmSync(noEngine, { recursive: true, force: true });
  try {
    expect({ exitCode: run.exitCode, output: run.output }).toEqual({
      exitCode: 0,
      output: expect.stringContaining('quality-gate passed: true'),
    });
    expect(run.output).toContain(
      `no build engine: The Debian 13 build engine is not fetched (missing ${noEngine}/bin/docker`,
    );
    expect(run.output).toMatch(/^▶ build \(stand-in\): push /m);
    expect(run.output).not.toContain('▶ multiarch-bake');
    expect(run.output).toMatch(/^ {2}latest = 1\.2\.0$/m);
    // Its own registry (in its TMPDIR) is stopped and removed.
    expectNothingLeft(run);
  } finally {
    removeTmp(run);
  }
}, 120_000);

test('a registry that does not answer: the demo fails saying so, after stopping the engine it started', async () => {
  // Nothing listens on this port: pushing the base image fails once the engine is up.
  const run = await runDemo({ env: { CIB_DEMO_REGISTRY: `127.0.0.1:${await freePort()}` } });
  try {
    expect({ exitCode: run.exitCode, output: run.output }).toEqual({
      exitCode: 1,
      output: expect.stringMatching(/^demo failed: .*docker exited with code 1/m),
    });
    expect(run.output).toContain('everything the demo started is stopped');
    expectNothingLeft(run, engineOf(run));
  } finally {
    removeTmp(run);
  }
}, 180_000);

test('Ctrl-C during the arm64 build stops the build, the engine and the registry, and exits 130', async () => {
  const run = await runDemo({ interruptAt: /^▶ multiarch-bake linux\/arm64 /m });
  try {
    expect({ exitCode: run.exitCode, output: run.output }).toEqual({
      exitCode: 130,
      output: expect.stringContaining('SIGINT: stopping everything the demo started'),
    });
    expectNothingLeft(run, engineOf(run));
  } finally {
    removeTmp(run);
  }
}, 300_000);
