// The lines a pull request adds: `git diff` from the merge base of the PR's base and head to the
// head, as GitHub's "Files changed" shows it. actions/checkout fetches one commit, so the base is
// fetched when missing, and the history deepened until a merge base appears; failing that (an
// unrelated or very long history) the diff is taken straight from base to head, and we say so.
import type { Exec } from '../exec/exec';
import { isShallowRepository } from '../git/shallow';
import type { Log } from '../runner/runtime';
import { parseAddedLines, type AddedLines } from './added-lines';

export interface PullRequestRange {
  base: string;
  head: string;
}

export interface PullRequestDiff {
  added: AddedLines;
  /** Set when the diff could not start at the merge base. */
  note?: string;
}

const DEEPEN_STEPS = [50, 200, 1000];

async function git(exec: Exec, cwd: string, args: string[]): Promise<{ ok: boolean; stdout: string }> {
  const result = await exec('git', ['-c', 'core.quotePath=off', ...args], { cwd, allowFailure: true });
  return { ok: result.exitCode === 0, stdout: result.stdout };
}

const hasCommit = async (exec: Exec, cwd: string, sha: string) =>
  (await git(exec, cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;

/** The added lines of `range` in the repository at `cwd`, fetching from `origin` what is missing. */
export async function pullRequestDiff(
  exec: Exec,
  cwd: string,
  range: PullRequestRange,
  log: Log,
): Promise<PullRequestDiff> {
  for (const sha of [range.base, range.head]) {
    if (await hasCommit(exec, cwd, sha)) continue;
    log.info(`Fetching ${sha.slice(0, 12)} from origin for patch coverage (the checkout does not have it)`);
    await git(exec, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    if (!(await hasCommit(exec, cwd, sha))) {
      return {
        added: new Map(),
        note: `commit ${sha.slice(0, 12)} could not be fetched from origin, so patch coverage is unknown`,
      };
    }
  }
  let mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
  for (const depth of DEEPEN_STEPS) {
    if (mergeBase.ok || !(await isShallowRepository(exec, cwd))) break;
    log.info(`Deepening the shallow checkout by ${depth} commits to find the merge base`);
    await git(exec, cwd, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin', range.base, range.head]);
    mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
  }
  const from = mergeBase.ok ? mergeBase.stdout.trim() : range.base;
  const diff = await git(exec, cwd, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', from, range.head]);
  if (!diff.ok) return { added: new Map(), note: 'git diff failed, so patch coverage is unknown' };
  return {
    added: parseAddedLines(diff.stdout),
    note: mergeBase.ok ? undefined : 'no merge base was found: the diff runs from the base commit to the head',
  };
}
