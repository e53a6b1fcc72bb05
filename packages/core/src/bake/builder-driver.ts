// The driver of the builder a bake would use, read from `buildx inspect` (docs reference
// "buildx inspect": a `Driver:` line). Asked only when an input depends on it: push-by-digest,
// which buildx refuses on the `docker` driver whatever the engine's image store (build/opt.go:
// "push-by-digest is currently not implemented for docker driver, please create a new builder
// instance"; measured with buildx 0.13.1 and dockerd 26.1.5 with the containerd store here).
import { InputError } from '../errors/input-error';
import type { Exec } from '../exec/exec';
import { buildxArgv, type BuildxProgram } from './buildx-program';

/** `buildx inspect` of the builder (the current one when `builder` is empty); its name and driver. */
export async function inspectBuilder(
  exec: Exec,
  program: BuildxProgram,
  builder: string,
  env: NodeJS.ProcessEnv,
): Promise<{ name: string; driver: string }> {
  const [command, args] = buildxArgv(program, ['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])]);
  const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
  const field = (key: string) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(stdout)?.[1] ?? '';
  return { name: field('Name'), driver: field('Driver') };
}

/** push-by-digest on a builder whose driver cannot do it: one clear error before anything runs. */
export function checkPushByDigestDriver(builder: { name: string; driver: string }): void {
  if (builder.driver !== 'docker') return;
  throw new InputError(
    'push-by-digest',
    'true',
    `a builder whose driver can push by digest (docker-container, remote or kubernetes); builder "${builder.name}" uses the docker driver, on which buildx cannot push by digest`,
    'Create one first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use) and pass its name in "builder", or set push-by-digest: false',
  );
}
