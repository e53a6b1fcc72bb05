// Lets a benchmark (plain .mjs, so bench/run.mjs can import it) use the TypeScript sources and
// test support: bundles a TypeScript entry with ncc (transpile only: type checking is tsc's job)
// into `outDir` and imports it. No run() export: bench/run.mjs skips this file.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (a path relative to the repository root) into `outDir` and imports it. */
export async function loadTypeScript(entry, outDir) {
  const ncc = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  execFileSync(process.execPath, [ncc, 'build', join(ROOT, entry), '-o', outDir, '-t', '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return import(pathToFileURL(join(outDir, 'index.js')).href);
}
