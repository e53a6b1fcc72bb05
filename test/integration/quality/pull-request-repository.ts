// A real git history for patch coverage: an origin whose main moved on after a feature branch
// left it, and the shallow checkout of the PR head that actions/checkout makes (depth 1), so the
// PR base and the merge base are missing until the gate fetches them. The origin allows fetching
// any commit by SHA, as GitHub does.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from '../../support/git-repo';

export interface PullRequestRepository {
  originUrl: string;
  /** The shallow checkout of the head. */
  checkout: string;
  /** PR base (main's tip), head (the feature's tip) and their merge base. */
  base: string;
  head: string;
  mergeBase: string;
}

function write(repo: string, path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

const CALC_BEFORE = ['function add(a, b) {', '  return a + b;', '}', '', 'module.exports = { add };', ''].join('\n');
/** Lines 5-12 are added by the PR (git counts the blank line 11 as added; the export changes). */
const CALC_AFTER = [
  'function add(a, b) {',
  '  return a + b;',
  '}',
  '',
  'function clamp(v, lo, hi) {',
  '  if (v < lo) return lo;',
  '  if (v > hi) return hi;',
  '  return v;',
  '}',
  '// a comment line, not instrumented',
  '',
  'module.exports = { add, clamp };',
  '',
].join('\n');

/** Builds the history; `extraMainCommits` puts that many commits on main after the branch point. */
export function createPullRequestRepository(extraMainCommits = 3): PullRequestRepository {
  const root = mkdtempSync(join(tmpdir(), 'cib-pr-'));
  const origin = join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  const authoring = join(root, 'authoring');
  git(root, 'init', '--quiet', '--initial-branch=main', authoring);
  git(authoring, 'remote', 'add', 'origin', `file://${origin}`);
  write(authoring, 'src/calc.js', CALC_BEFORE);
  write(authoring, 'README.md', 'app\n');
  git(authoring, 'add', '.');
  git(authoring, 'commit', '--quiet', '-m', 'initial');
  const mergeBase = git(authoring, 'rev-parse', 'HEAD');
  git(authoring, 'checkout', '--quiet', '-b', 'feature');
  write(authoring, 'src/calc.js', CALC_AFTER);
  write(authoring, 'src/new.js', 'exports.one = () => 1;\nexports.two = () => 2;\n');
  write(authoring, 'docs/notes.md', 'not code\n');
  git(authoring, 'add', '.');
  git(authoring, 'commit', '--quiet', '-m', 'feature: clamp and new.js');
  const head = git(authoring, 'rev-parse', 'HEAD');
  git(authoring, 'checkout', '--quiet', 'main');
  for (let i = 0; i < extraMainCommits; i++) {
    write(authoring, 'README.md', `app ${i}\n`);
    git(authoring, 'commit', '--quiet', '-am', `main moves on ${i}`);
  }
  const base = git(authoring, 'rev-parse', 'HEAD');
  git(authoring, 'push', '--quiet', 'origin', 'main', 'feature');
  const checkout = join(root, 'checkout');
  git(root, 'clone', '--quiet', '--depth=1', '--branch', 'feature', `file://${origin}`, checkout);
  return { originUrl: `file://${origin}`, checkout, base, head, mergeBase };
}

/** An lcov file for the head: of the added instrumented lines, 6 and 9 ran, 7 and 8 did not. */
export function headLcov(checkout: string): string {
  return [
    'TN:',
    `SF:${join(checkout, 'src/calc.js')}`,
    'DA:1,3',
    'DA:2,3',
    'DA:5,1',
    'DA:6,1',
    'DA:7,0',
    'DA:8,0',
    'DA:9,1',
    'DA:12,1',
    'LF:8',
    'LH:6',
    'end_of_record',
    'SF:src/new.js',
    'DA:1,1',
    'DA:2,1',
    'end_of_record',
    '',
  ].join('\n');
}
