// How the action reaches buildx (`version`, `bake --print`, the bake itself): straight to the
// buildx CLI plugin when we find it where the docker CLI looks, else through `docker buildx`.
// Through the docker CLI each call costs a process more and ~50 ms (the CLI starts, asks the
// plugin for its metadata with a second buildx process, then re-executes it; more on a busy
// machine); buildx run directly works standalone (it is a plugin only when the CLI re-executes
// it, DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set) and reads DOCKER_HOST, DOCKER_CONTEXT and
// DOCKER_CONFIG itself, with the same commands and flags. The plan and the log still show the
// build as `docker buildx bake ...`, the command a user types to get the same build.
import { accessSync, constants, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The docker CLI's own plugin folders on Linux, after the user's (cli/cli-plugins/manager). */
const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins',
];

/** A program and the arguments that come before buildx's own. */
export interface BuildxProgram {
  command: string;
  prefix: string[];
}

export const DOCKER_BUILDX: BuildxProgram = { command: 'docker', prefix: ['buildx'] };

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folders the docker CLI searches, in its order: the config's, its extra dirs, the system's. */
export function pluginDirs(env: NodeJS.ProcessEnv): string[] {
  const configDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  let extra: string[] = [];
  try {
    const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as {
      cliPluginsExtraDirs?: string[];
    };
    extra = config.cliPluginsExtraDirs ?? [];
  } catch {
    // No config.json, or not JSON: the docker CLI then uses the defaults too.
  }
  return [join(configDir, 'cli-plugins'), ...extra, ...SYSTEM_PLUGIN_DIRS];
}

/** The buildx plugin the docker CLI would run, called directly; `docker buildx` when not found. */
export function findBuildx(env: NodeJS.ProcessEnv): BuildxProgram {
  for (const dir of pluginDirs(env)) {
    const candidate = join(dir, 'docker-buildx');
    if (executable(candidate)) return { command: candidate, prefix: [] };
  }
  return DOCKER_BUILDX;
}

/** `docker`-style argv (`buildx bake ...`) for `program`: its command and arguments. */
export function buildxArgv(program: BuildxProgram, dockerArgs: readonly string[]): [string, string[]] {
  const [first, ...rest] = dockerArgs;
  if (first !== 'buildx') throw new Error(`not a buildx command: ${dockerArgs.join(' ')}`);
  return [program.command, [...program.prefix, ...rest]];
}
