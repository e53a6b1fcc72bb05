// Patch coverage against real git repositories: a shallow checkout of the PR head where the base
// and the merge base are missing, as actions/checkout leaves it.
import { execProcess } from '@cib/core/exec/exec';
import { git } from '../../support/git-repo';
import { CoverageSet } from '@cib/core/quality/coverage';
import { readLcov } from '@cib/core/quality/coverage-lcov';
import { patchCoverage } from '@cib/core/quality/patch-coverage';
import { pullRequestDiff } from '@cib/core/quality/pull-request-diff';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPullRequestRepository, headLcov } from './pull-request-repository';

const log = { info: jest.fn(), debug: jest.fn(), warning: jest.fn() };

describe('patch coverage on a shallow PR checkout', () => {
  it('fetches the base, deepens to the merge base and diffs from it', async () => {
    const repo = createPullRequestRepository(3);
    expect(git(repo.checkout, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const diff = await pullRequestDiff(execProcess, repo.checkout, { base: repo.base, head: repo.head }, log);
    expect(diff.note).toBeUndefined();
    // Only the feature's lines: README changes on main are not part of the PR.
    expect(Object.fromEntries(diff.added)).toEqual({
      'src/calc.js': [5, 6, 7, 8, 9, 10, 11, 12],
      'src/new.js': [1, 2],
      'docs/notes.md': [1],
    });
    expect(git(repo.checkout, 'merge-base', repo.base, repo.head)).toBe(repo.mergeBase);
  });

  it('intersects the added lines with per-line coverage; uninstrumented lines do not count', async () => {
    const repo = createPullRequestRepository(1);
    const lcov = join(repo.checkout, 'lcov.info');
    writeFileSync(lcov, headLcov(repo.checkout));
    const set = new CoverageSet();
    await readLcov(lcov, set);
    const diff = await pullRequestDiff(execProcess, repo.checkout, { base: repo.base, head: repo.head }, log);
    const patch = patchCoverage(set, diff.added);
    // calc.js: 5, 6, 9, 12 hit; 7, 8 not; 10 is a comment. new.js: 1, 2 hit.
    expect(patch.lines).toEqual({ found: 8, hit: 6 });
    expect(patch.uncovered).toEqual([{ file: 'src/calc.js', lines: [7, 8] }]);
    expect(patch.unmatched).toEqual(['docs/notes.md']);
  });

  it('says so when a commit cannot be fetched', async () => {
    const repo = createPullRequestRepository(0);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const diff = await pullRequestDiff(execProcess, repo.checkout, { base: missing, head: repo.head }, log);
    expect(diff.added.size).toBe(0);
    expect(diff.note).toMatch(/could not be fetched from origin, so patch coverage is unknown/);
  });
});
