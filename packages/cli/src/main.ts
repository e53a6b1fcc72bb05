#!/usr/bin/env node
// Entry of the cib command (bundled to dist/cli/index.js), started by the dist/cli/cib launcher as
// `node -- dist/cli/index.js <action> ...` (packages/cli/bin/cib says why the `--`).
import { stderrWriter, stdoutWriter } from '@cib/core/runner/stdout';
import { runCli } from './cli';

// Straight to fd 1 and 2 (runner/stdout.ts says why: process.stdout costs start-up).
const stdout = stdoutWriter();
const stderr = stderrWriter();

runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout,
  stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr(`cib: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
