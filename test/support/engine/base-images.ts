// Base images for the engine tests: no public registry is reachable, so they are made here from
// Debian's busybox-static per architecture (amd64, arm64, armhf as linux/arm/v7), imported into the
// engine once (`docker import --platform`), then pushed to a test registry and joined into one
// index, which a Dockerfile's FROM can then name for any of the three platforms.
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import type { EngineFiles } from './engine-files';
import { dockerEnv, type DockerdRecord } from './dockerd';

export const BASE_PLATFORMS = { amd64: 'linux/amd64', arm64: 'linux/arm64', arm: 'linux/arm/v7' } as const;
type Arch = keyof typeof BASE_PLATFORMS;

/** The applets the test Dockerfiles use, linked to busybox as Debian's busybox --install would. */
const APPLETS = ['sh', 'echo', 'cat', 'ls', 'uname', 'mkdir', 'true', 'false', 'sleep', 'env', 'test', 'cp', 'rm'];
APPLETS.push('touch', 'grep', 'sed', 'wc', 'date', 'id', 'printf', 'head', 'tail', 'sha256sum', 'exit');

/** The local name of the imported image for one architecture. */
export function localBaseImage(arch: Arch): string {
  return `cib-base:${arch}`;
}

/** Imports the three busybox root filesystems into the engine (once per engine). */
export async function importBaseImages(engine: DockerdRecord, files: EngineFiles): Promise<void> {
  const work = mkdtempSync(join(engine.dir, 'base-'));
  try {
    for (const arch of Object.keys(BASE_PLATFORMS) as Arch[]) {
      const root = join(work, arch);
      mkdirSync(join(root, 'bin'), { recursive: true });
      mkdirSync(join(root, 'tmp'));
      copyFileSync(files.busybox[arch], join(root, 'bin/busybox'));
      for (const applet of APPLETS) symlinkSync('busybox', join(root, 'bin', applet));
      const tarball = join(work, `${arch}.tar`);
      await execProcess('tar', ['-C', root, '-cf', tarball, '.']);
      await execProcess('docker', ['import', '--platform', BASE_PLATFORMS[arch], tarball, localBaseImage(arch)], {
        env: dockerEnv(engine),
        timeoutMs: 60000,
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Pushes the base images to `registryHost` as `<registryHost>/<repository>:<arch>` and joins them
 * into `<registryHost>/<repository>:latest` (an OCI index of the three platforms). Returns that
 * reference.
 */
export async function pushBaseImage(
  engine: DockerdRecord,
  registryHost: string,
  repository = 'cib/base',
): Promise<string> {
  const env = dockerEnv(engine);
  const name = `${registryHost}/${repository}`;
  const parts: string[] = [];
  for (const arch of Object.keys(BASE_PLATFORMS) as Arch[]) {
    await execProcess('docker', ['tag', localBaseImage(arch), `${name}:${arch}`], { env });
    await execProcess('docker', ['push', '-q', `${name}:${arch}`], { env, timeoutMs: 60000 });
    parts.push(`${name}:${arch}`);
  }
  await execProcess('docker', ['buildx', 'imagetools', 'create', '-t', `${name}:latest`, ...parts], {
    env,
    timeoutMs: 60000,
  });
  return `${name}:latest`;
}
