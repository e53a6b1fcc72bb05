// How the demo shows itself in the terminal: a bold heading per step, the step's exit code,
// errors, outputs (long values cut) and its job summary, as the runner's log would show them.
import { rmSync } from 'node:fs';
import type { ActionRun, StepResult } from '../../test/support/runner-harness';

const tty = process.stdout.isTTY;
export const bold = (text: string) => (tty ? `\x1b[1m${text}\x1b[0m` : text);
export const dim = (text: string) => (tty ? `\x1b[2m${text}\x1b[0m` : text);

/** Longest output value shown whole; longer ones (bake metadata, reports) are cut. */
const SHOWN_CHARS = 400;

export function heading(title: string): void {
  console.log(`\n${bold(`▶ ${title}`)}`);
}

/** Prints what a step did; throws when it failed, so the demo stops there. */
export function printStep(title: string, step: StepResult): void {
  console.log(`  exit code ${step.exitCode}`);
  for (const error of step.errors) console.log(`  error: ${error}`);
  const outputs = Object.entries(step.outputs);
  if (outputs.length) {
    console.log('  outputs:');
    const width = Math.max(...outputs.map(([k]) => k.length));
    for (const [key, value] of outputs) {
      const shown = value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}… (${value.length} characters)` : value;
      console.log(`    ${key.padEnd(width)}  ${shown.replace(/\n/g, `\n    ${' '.repeat(width)}  `)}`);
    }
  }
  if (step.summary.trim()) {
    console.log(dim('  job summary:'));
    console.log(dim(step.summary.trim().replace(/^/gm, '    │ ')));
  }
  if (step.exitCode !== 0) {
    const tail = step.stderr.trim().split('\n').slice(-10).join('\n');
    if (tail) console.log(dim(tail.replace(/^/gm, '    stderr │ ')));
    throw new Error(`${title} failed (exit code ${step.exitCode})`);
  }
}

/** Runs one action step under a heading and prints it (and its post step, when it has one). */
export async function step(title: string, run: () => Promise<ActionRun>): Promise<ActionRun> {
  heading(title);
  const result = await run();
  try {
    printStep(title, result.main);
    if (result.post && result.post.exitCode !== 0) printStep(`${title} (post)`, result.post);
  } finally {
    // The runner's folder (temp, file-command files); the workspace is the demo's checkout.
    rmSync(result.runnerDir, { recursive: true, force: true });
  }
  return result;
}
