// jest globalSetup: gives the run a folder for the shared build engine (shared-engine.ts). Starts
// nothing: the engine starts only when an engine test file asks for it, so unit-only runs stay fast.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_DIR_VARIABLE } from './shared-engine';

export default function globalSetup(): void {
  // Workers are started after globalSetup and inherit the variable.
  process.env[RUN_DIR_VARIABLE] = mkdtempSync(join(tmpdir(), 'cib-engine-run-'));
}
