// The one entry of the benchmarks (`npm run bench`): runs bench/cold-start.mjs first, then every
// other bench/*.mjs that exports `run()`, in name order, and prints each one's figures.
//
// A benchmark is a module bench/<name>.mjs exporting `async function run()`: it may print its own
// figures, and whatever it returns is printed too (a string as is, anything else as JSON). Importing
// it must not start it (guard a direct run with `import.meta.url === pathToFileURL(process.argv[1]).href`).
// `npm run bench -- <name>...` runs only the benchmarks whose file names contain one of the words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = new URL('.', import.meta.url).pathname;
const filters = process.argv.slice(2);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .sort((a, b) => (a === 'cold-start.mjs' ? -1 : b === 'cold-start.mjs' ? 1 : a.localeCompare(b)))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)));

let failed = 0;
for (const file of files) {
  const module = await import(pathToFileURL(join(dir, file)).href);
  if (typeof module.run !== 'function') continue;
  console.log(`\n=== bench/${file} ===\n`);
  const started = Date.now();
  try {
    const result = await module.run();
    if (typeof result === 'string') console.log(result);
    else if (result !== undefined) console.log(JSON.stringify(result, null, 2));
    console.log(`\n(bench/${file} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`bench/${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
if (files.length === 0) console.error(`No benchmark matches ${filters.join(', ')}`);
process.exitCode = failed || files.length === 0 ? 1 : 0;
