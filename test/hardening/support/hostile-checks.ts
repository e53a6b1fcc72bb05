// What a run with a hostile value must hold to (issue 13, point 1): nothing the value asked
// for happened (no file in the canary folder, no forbidden program started), every recorded
// process got the value as one argv element or not at all (and never as a leading option), no
// workflow command was forged, and the step worked or failed with a clear, non-internal error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StepResult } from '../../support/runner-harness';
import { FORBIDDEN, type RecordedCall } from './exec-recorder';
import { DECOY_CONTENT, decoyFile } from './hostile-values';

/** Every path under `dir` (files and folders), relative to it. */
function listTree(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    return entry.isDirectory() ? [path, ...listTree(join(dir, entry.name), path)] : [path];
  });
}

/** Files in the canary folder other than `allowed` (the file an output-path input named) and its folders. */
export function canaryViolations(canary: string, allowed?: string): string[] {
  const permitted = new Set<string>();
  if (allowed && resolve(allowed).startsWith(`${canary}/`)) {
    // The file and every folder above it inside the canary folder.
    for (let path = relative(canary, resolve(allowed)); path !== '.' && path !== ''; path = join(path, '..'))
      permitted.add(path);
  }
  return listTree(canary)
    .filter((path) => !permitted.has(path))
    .map((path) => `file appeared: ${path}`);
}

/** The decoy system file gone or changed (a traversal value that reached it). */
export function decoyViolations(canary: string): string[] {
  const decoy = decoyFile(canary);
  if (!existsSync(decoy)) return [`the decoy system file ${decoy} was removed`];
  return readFileSync(decoy, 'utf8') === DECOY_CONTENT ? [] : [`the decoy system file ${decoy} was changed`];
}

/** The parts of a value a shell or option parser would split it into (long enough to be telling). */
function pieces(value: string): string[] {
  return value.split(/[\s;|&`$()<>'"\\{}=,]+/).filter((piece) => piece.length >= 6);
}

/** Recorded calls that show the value split across arguments, run as an option, or a forbidden program started. */
export function argvViolations(calls: RecordedCall[], value: string): string[] {
  const whole = value.trim();
  const found: string[] = [];
  for (const call of calls) {
    if (FORBIDDEN.includes(call.program))
      found.push(`forbidden program started: ${call.program} ${call.argv.join(' ')}`);
    const endOfOptions = call.argv.indexOf('--');
    call.argv.forEach((arg, index) => {
      if (whole && arg === whole && arg.startsWith('-') && (endOfOptions < 0 || index < endOfOptions))
        found.push(`${call.program} got the value as an option: argv[${index}] ${JSON.stringify(arg)}`);
      if (arg.includes(whole)) return;
      for (const piece of pieces(value))
        if (arg.includes(piece))
          found.push(`${call.program} got part of the value: argv[${index}] ${JSON.stringify(arg.slice(0, 200))}`);
    });
  }
  return [...new Set(found)];
}

/** Annotations the value forged (a value printed raw could start a `::error::` line of its own). */
export function forgedCommands(step: StepResult): string[] {
  return step.commands
    .filter((c) => /^forged/.test(c.message) && ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => `forged ::${c.command}:: ${c.message}`);
}

/**
 * A failed step must say what was wrong in one clear error, never an internal error. The error
 * names the input, or the item of it that failed: a value that is valid list syntax (`a,a,a`,
 * `line1\nline2`) names images the action then tries to reach, and the error names those.
 */
export function failureViolations(step: StepResult, input: string, value: string): string[] {
  if (step.exitCode === 0) return [];
  if (step.errors.length === 0)
    return [
      `exit ${step.exitCode} (signal ${step.signal}) without an ::error:: (stderr: ${step.stderr.slice(0, 300)})`,
    ];
  const items = value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  const found: string[] = [];
  for (const error of step.errors) {
    if (/internal error/i.test(error)) found.push(`internal error: ${error.slice(0, 300)}`);
    else if (!error.includes(input) && !items.some((item) => error.includes(`/${item}`) || error.includes(`"${item}"`)))
      found.push(`error names neither the input ${input} nor an item of it: ${error.slice(0, 300)}`);
  }
  return found;
}
