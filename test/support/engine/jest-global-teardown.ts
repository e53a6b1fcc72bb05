// jest globalTeardown: stops the shared build engine if a test file started one, and removes the
// run's folder.
import { rmSync } from 'node:fs';
import { RUN_DIR_VARIABLE, stopSharedEngine } from './shared-engine';

export default async function globalTeardown(): Promise<void> {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (!dir) return;
  await stopSharedEngine(dir);
  rmSync(dir, { recursive: true, force: true });
}
