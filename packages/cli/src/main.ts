#!/usr/bin/env node
// Entry of the cib command (bundled to dist/cli/index.js), started by the dist/cli/cib launcher as
// `node -- dist/cli/index.js <action> ...` (packages/cli/bin/cib says why the `--`).
import { runCli } from './cli';

runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cib: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
