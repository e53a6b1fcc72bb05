// One engine for every test file of a jest run: the first file that asks starts dockerd (with QEMU
// handlers and the base images imported) and records it in the run's folder; later files, in any
// jest worker, find the record and reuse the daemon. globalTeardown (jest-global-teardown.ts) stops
// it. A lock folder keeps two workers from starting two daemons; the machine has two cores.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureQemuHandlers } from './binfmt';
import { importBaseImages } from './base-images';
import { engineFiles } from './engine-files';
import { dockerdAnswers, startDockerd, stopDockerd, type DockerdRecord } from './dockerd';

/** Set by jest-global-setup.ts: the folder holding this run's engine record and lock. */
export const RUN_DIR_VARIABLE = 'CIB_ENGINE_RUN_DIR';

function runDir(): string {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (!dir)
    throw new Error(
      `${RUN_DIR_VARIABLE} is not set: run the engine tests through jest with the repository's jest.config.cjs ` +
        '(its globalSetup prepares the shared engine), e.g. npx jest test/integration/bake',
    );
  return dir;
}

async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, 'lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`The engine lock ${lock} was held for 3 minutes; remove it`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(lock);
  }
}

/** Starts an engine ready for the tests: dockerd, QEMU for arm, busybox base images imported. */
export async function startEngine(): Promise<DockerdRecord> {
  const files = engineFiles();
  await ensureQemuHandlers();
  const engine = await startDockerd();
  try {
    await importBaseImages(engine, files);
  } catch (error) {
    await stopDockerd(engine);
    throw error;
  }
  return engine;
}

/** The run's shared engine, started by whichever test file asks first. */
export async function sharedEngine(): Promise<DockerdRecord> {
  const dir = runDir();
  const recordFile = join(dir, 'engine.json');
  return withLock(dir, async () => {
    if (existsSync(recordFile)) {
      const record = JSON.parse(readFileSync(recordFile, 'utf8')) as DockerdRecord;
      if (await dockerdAnswers(record)) return record;
      await stopDockerd(record);
    }
    const record = await startEngine();
    writeFileSync(recordFile, JSON.stringify(record));
    return record;
  });
}

/** Stops the run's shared engine if one was started (globalTeardown). */
export async function stopSharedEngine(dir: string): Promise<void> {
  const recordFile = join(dir, 'engine.json');
  if (!existsSync(recordFile)) return;
  await stopDockerd(JSON.parse(readFileSync(recordFile, 'utf8')) as DockerdRecord);
}
