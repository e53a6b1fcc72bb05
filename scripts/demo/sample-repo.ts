// The sample application's git history, as a team's repository would hold it: v1.1.0 and v1.2.0
// on main, then a hotfix v1.1.1 on a release-1.1 branch cut from v1.1.0; all tags annotated
// (releases). The demo works in a full clone of it, as actions/checkout with fetch-depth: 0 makes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/support/runner-harness';
import { git } from '../../test/support/git-repo';

export const SAMPLE_APP = join(REPO_ROOT, 'examples/sample-app');

export interface SampleRepo {
  /** The folder holding the origin and the checkout; remove it to clean up. */
  root: string;
  checkout: string;
  /** The commit a tag points to. */
  commitOf(tag: string): string;
}

function setVersion(dir: string, version: string): void {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
}

function release(dir: string, version: string, message: string): void {
  setVersion(dir, version);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', message);
  git(dir, 'tag', '-a', `v${version}`, '-m', `Release v${version}`);
}

/** Makes the origin and its full clone under one temporary folder. */
export function createSampleRepo(): SampleRepo {
  const root = mkdtempSync(join(tmpdir(), 'cib-demo-git-'));
  const origin = join(root, 'origin.git');
  const authoring = join(root, 'authoring');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(root, 'init', '--quiet', '--initial-branch=main', authoring);
  cpSync(SAMPLE_APP, authoring, { recursive: true, filter: (source) => !source.includes('/reports') });
  release(authoring, '1.1.0', 'Sample app 1.1.0');
  writeFileSync(join(authoring, 'CHANGELOG.md'), '# 1.2.0\n\nGreets prereleases.\n');
  release(authoring, '1.2.0', 'Sample app 1.2.0');
  git(authoring, 'switch', '--quiet', '-c', 'release-1.1', 'v1.1.0');
  writeFileSync(join(authoring, 'CHANGELOG.md'), '# 1.1.1\n\nA hotfix on the 1.1 line.\n');
  release(authoring, '1.1.1', 'Hotfix 1.1.1');
  git(authoring, 'push', '--quiet', '--tags', `file://${origin}`, 'main', 'release-1.1');
  const checkout = join(root, 'checkout');
  git(root, 'clone', '--quiet', `file://${origin}`, checkout);
  return { root, checkout, commitOf: (tag) => git(checkout, 'rev-parse', `refs/tags/${tag}^{commit}`) };
}
