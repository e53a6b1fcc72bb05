// The bake run on the instance: `docker buildx bake` in the build directory with the job's bake
// files, targets, --set overrides, platform and push, its output streamed into the log. The argv
// is multiarch-bake's (bake/bake-command.ts), so both actions write the same command.
import { plainBakeArgs } from '../bake/bake-command';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import { remotePath, runRemote, shellQuote, type SshTarget } from './ssh';

export interface RemoteBake {
  files: string[];
  targets: string[];
  set: string[];
  platform: string;
  push: boolean;
}

/** The bake argv (run remotely through the shell, every argument quoted). */
export function bakeArgv(bake: RemoteBake): string[] {
  const set = [...bake.set, `*.platform=${bake.platform}`];
  return ['docker', ...plainBakeArgs({ builder: '', files: bake.files, set, push: bake.push, targets: bake.targets })];
}

export async function runRemoteBake(
  exec: Exec,
  target: SshTarget,
  buildDir: string,
  bake: RemoteBake,
  log: Log,
): Promise<void> {
  const command = `cd ${remotePath(buildDir)} && ${bakeArgv(bake).map(shellQuote).join(' ')}`;
  log.info(`Running on ${target.host}: ${bakeArgv(bake).join(' ')}`);
  await runRemote(exec, target, command, { onLine: (line) => log.info(line) });
}
