// The demo's build engine: the real one the multiarch-bake tests start (Debian 13's dockerd and
// buildx 0.13.1, QEMU for arm64, the busybox base image pushed to the demo's registry), or, where
// it cannot start, the one-line reason why, so the demo can fall back to synthesised images.
import { startEngine } from '../../test/support/engine/shared-engine';
import { stopDockerd, type DockerdRecord } from '../../test/support/engine/dockerd';
import { pushBaseImage } from '../../test/support/engine/base-images';
import type { Cleanup } from './cleanup';

export type DemoEngine =
  { kind: 'real'; engine: DockerdRecord; base: string; seconds: number } | { kind: 'none'; reason: string };

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Starts the engine and pushes the base image to `registryHost`; `none` with the reason when it cannot. */
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
    return { kind: 'none', reason: firstLine(error) };
  }
  cleanup.spare(engine.pid);
  try {
    const base = await pushBaseImage(engine, registryHost, 'demo/base');
    return { kind: 'real', engine, base, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    return { kind: 'none', reason: `the base image could not be pushed: ${firstLine(error)}` };
  }
}
