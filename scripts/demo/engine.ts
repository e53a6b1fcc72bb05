// The demo's build engine: the real one the multiarch-bake tests start (Debian 13's dockerd and
// buildx 0.13.1, QEMU for arm64, the busybox base image pushed to the demo's registry), or, where
// it cannot start, the one-line reason why, so the demo can fall back to synthesised images.
import { startEngine } from '../../test/support/engine/shared-engine';
import { stopDockerd, type DockerdRecord } from '../../test/support/engine/dockerd';
import { pushBaseImage } from '../../test/support/engine/base-images';
import type { Cleanup } from './cleanup';

export type DemoEngine = { kind: 'real'; engine: DockerdRecord; base: string } | { kind: 'none'; reason: string };

/** An error in one line: its first, and its last when the first only announces the others. */
function oneLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? 'unknown error';
  return first.endsWith(':') && lines.length > 1 ? `${first} ${lines[lines.length - 1]}` : first;
}

/**
 * Starts the engine and pushes the base image to `registryHost`; `none` with the reason when the
 * engine cannot start (not root, not fetched, dockerd or QEMU refusing).
 */
export async function startDemoEngine(registryHost: string, cleanup: Cleanup): Promise<DemoEngine> {
  const uid = process.getuid?.();
  if (uid !== 0)
    return {
      kind: 'none',
      reason: `not root (uid ${uid}): dockerd, its bridge and the QEMU handlers need root (sudo npm run demo)`,
    };
  const started = Date.now();
  // Registered before it starts: a Ctrl-C during the start still stops whatever came up (a
  // daemon killed while starting is cleaned up by startEngine itself, which then rejects).
  const starting = startEngine();
  cleanup.add('dockerd', async () => {
    const running = await starting.catch(() => undefined);
    if (running) await stopDockerd(running);
  });
  let engine: DockerdRecord;
  try {
    engine = await starting;
  } catch (error) {
    return { kind: 'none', reason: oneLine(error) };
  }
  cleanup.spare(engine.pid);
  console.log(
    `engine: Debian 13 dockerd pid ${engine.pid} in ${engine.dir}, buildx 0.13.1, QEMU for arm64 ` +
      `(started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  // The engine runs: a registry that refuses the base image is the demo's failure, not a reason
  // to fall back (the synthesised images would go to the same registry).
  const base = await pushBaseImage(engine, registryHost, 'demo/base');
  console.log(`base image: ${base} (busybox for linux/amd64, linux/arm64, linux/arm/v7)`);
  return { kind: 'real', engine, base };
}
