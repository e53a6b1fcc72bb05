// The seed's branch rules in the reusable release workflow, evaluated with GitHub's expression
// evaluator: fix/feat/test/chore branches stop after lint and test, pull requests add the quality
// gate, `staging` (or the branch the caller names) adds build and build_manifests, tags run
// everything including release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/runner-harness';
import { jobsThatRun } from './job-selection';
import { readWorkflow } from './workflow-checks';

const release = readWorkflow(readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8'));
const push = (ref: string) => ({ github: { ref, event_name: 'push' } });

test.each(['fix/typo', 'feat/login', 'test/flaky', 'chore/deps', 'main'])(
  'a push to %s runs lint and test',
  (branch) => {
    expect(jobsThatRun(release, push(`refs/heads/${branch}`))).toEqual(['lint', 'test']);
  },
);

test('a pull request runs lint, test and the quality gate', () => {
  expect(jobsThatRun(release, { github: { ref: 'refs/pull/7/merge', event_name: 'pull_request' } })).toEqual([
    'lint',
    'test',
    'quality-gate',
  ]);
});

test('staging adds the plan, the per-platform builds and their merge', () => {
  expect(jobsThatRun(release, push('refs/heads/staging'))).toEqual([
    'lint',
    'test',
    'plan',
    'build',
    'build_manifests',
  ]);
});

test('a tag runs every stage, release included', () => {
  expect(jobsThatRun(release, push('refs/tags/v1.2.3'))).toEqual([
    'lint',
    'test',
    'plan',
    'build',
    'build_manifests',
    'release',
  ]);
});

test('the staging branch is the one the caller names', () => {
  const preprod = { ...push('refs/heads/preprod'), inputs: { 'staging-branch': 'preprod' } };
  expect(jobsThatRun(release, preprod)).toContain('build_manifests');
  expect(jobsThatRun(release, { ...push('refs/heads/staging'), inputs: { 'staging-branch': 'preprod' } })).toEqual([
    'lint',
    'test',
  ]);
});

test('the evaluator sees a failed condition: a job of a skipped job is skipped', () => {
  const workflow = readWorkflow(
    'on: push\njobs:\n  a: { if: "github.ref == \'refs/heads/x\'", runs-on: u }\n  b: { needs: a, runs-on: u }\n  c: { needs: a, if: always(), runs-on: u }\n',
  );
  expect(jobsThatRun(workflow, push('refs/heads/y'))).toEqual(['c']);
  expect(jobsThatRun(workflow, push('refs/heads/x'))).toEqual(['a', 'b', 'c']);
});
