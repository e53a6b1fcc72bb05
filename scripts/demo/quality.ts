// The sample application's own tests, run on the host with Node's test runner (a spec listing
// on the terminal, a JUnit XML and an lcov file in reports/), and quality-gate on those real
// reports and on the compressed size of each platform of the released image.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { runAction, type ActionRun } from '../../test/support/runner-harness';
import { dim, heading, step } from './print';

/** Where the reports land, relative to the checkout (the sample's .gitignore keeps them out). */
export const REPORTS = { junit: 'reports/junit.xml', lcov: 'reports/lcov.info' };

/** Runs the sample's tests in `checkout`; throws when they fail (the gate would not be reached). */
export async function runSampleTests(checkout: string): Promise<void> {
  heading("test: the sample application's tests (node --test, JUnit and lcov reporters)");
  const tests = readdirSync(join(checkout, 'test'))
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join('test', name));
  // Node writes the reports but does not make their folder.
  mkdirSync(join(checkout, dirname(REPORTS.junit)), { recursive: true });
  const result = await execProcess(
    process.execPath,
    [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${REPORTS.junit}`,
      '--test-reporter=lcov',
      `--test-reporter-destination=${REPORTS.lcov}`,
      ...tests,
    ],
    // Three reporters on one stream make Node warn about listeners; the warning is noise here.
    { cwd: checkout, env: { ...process.env, NODE_NO_WARNINGS: '1' }, allowFailure: true, timeoutMs: 60_000 },
  );
  console.log(dim(result.stdout.trim().replace(/^/gm, '    │ ')));
  if (result.stderr.trim()) console.log(dim(result.stderr.trim().replace(/^/gm, '    stderr │ ')));
  if (result.exitCode !== 0) throw new Error(`the sample's tests failed (exit code ${result.exitCode})`);
  console.log(`  reports: ${REPORTS.junit}, ${REPORTS.lcov}`);
}

/** quality-gate on the reports and the image size, reported in the job summary (no GitHub API here). */
export function qualityGate(checkout: string, env: Record<string, string>, image: string): Promise<ActionRun> {
  return step(`quality-gate: tests, coverage and the size of ${image}`, () =>
    runAction('quality-gate', {
      workspace: checkout,
      env,
      inputs: {
        'test-files': REPORTS.junit,
        'coverage-files': REPORTS.lcov,
        'min-tests': '4',
        'max-failures': '0',
        'min-line-coverage': '90',
        'min-branch-coverage': '80',
        images: image,
        'max-image-size-mb': '5',
        report: 'summary',
        baseline: 'none',
        'github-token': '',
      },
    }),
  );
}
