// Where the unpacked Debian 13 engine lives (scripts/engine/fetch-trixie.sh puts it there) and the
// environment that makes the docker CLI use it: our docker first on PATH (the machine may have
// another), DOCKER_CONFIG with buildx as a CLI plugin. Fails with the command that fixes it.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../runner-harness';

export interface EngineFiles {
  /** The cache folder fetch-trixie.sh filled. */
  dir: string;
  /** Folder with docker, dockerd, containerd, containerd-shim-runc-v2, docker-buildx, buildx. */
  binDir: string;
  docker: string;
  dockerd: string;
  /** buildx as a standalone program: `buildx bake --print` needs no daemon. */
  buildx: string;
  /** busybox-static per architecture (amd64, arm64, arm) for the base images. */
  busybox: Record<'amd64' | 'arm64' | 'arm', string>;
}

const FIX = 'Run `bash scripts/ensure-deps.sh` as root (it runs scripts/engine/fetch-trixie.sh).';

/** The engine's files; throws saying how to fetch them when they are not there. */
export function engineFiles(): EngineFiles {
  const dir = process.env.CIB_ENGINE_DIR ?? join(REPO_ROOT, '.cache/engine');
  const binDir = join(dir, 'bin');
  const files: EngineFiles = {
    dir,
    binDir,
    docker: join(binDir, 'docker'),
    dockerd: join(binDir, 'dockerd'),
    buildx: join(binDir, 'buildx'),
    busybox: {
      amd64: join(dir, 'arch/amd64/usr/bin/busybox'),
      arm64: join(dir, 'arch/arm64/usr/bin/busybox'),
      arm: join(dir, 'arch/arm/usr/bin/busybox'),
    },
  };
  const missing = [files.docker, files.dockerd, files.buildx, ...Object.values(files.busybox)].filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0)
    throw new Error(`The Debian 13 build engine is not fetched (missing ${missing.join(', ')}). ${FIX}`);
  return files;
}

/**
 * A DOCKER_CONFIG folder whose cli-plugins/ holds our buildx, so `docker buildx` is buildx 0.13.1
 * whatever the machine has. Returns the folder.
 */
export function dockerConfigWithBuildx(configDir: string, files: EngineFiles = engineFiles()): string {
  const plugins = join(configDir, 'cli-plugins');
  mkdirSync(plugins, { recursive: true });
  const link = join(plugins, 'docker-buildx');
  if (!existsSync(link)) symlinkSync(join(files.binDir, 'docker-buildx'), link);
  return configDir;
}
