// Real git repositories for the tests: an "origin" (bare) holding annotated and lightweight
// tags, full clones of it, and the shallow checkout actions/checkout before v6.0.2 makes for a
// tag push (`git fetch --depth=1 origin +<sha>:refs/tags/X`), in which an annotated tag has
// become lightweight. Fails loudly when git is missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fixed identity and no user/system configuration, so tests behave the same everywhere. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'cib test',
  GIT_AUTHOR_EMAIL: 'test@cib.invalid',
  GIT_COMMITTER_NAME: 'cib test',
  GIT_COMMITTER_EMAIL: 'test@cib.invalid',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs git in `cwd` and returns its stdout, trimmed; throws with git's stderr on failure. */
export function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error('git is not installed: install the Debian package "git"', { cause: error });
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${e.stderr ?? e.message}`, { cause: error });
  }
}

export interface TagSpec {
  name: string;
  annotated: boolean;
}

export interface Origin {
  /** The bare repository, as a file:// URL (so that shallow fetches work as over the network). */
  url: string;
  /** Its path on disk. */
  path: string;
  /** A full clone used to make the commits and tags (tags pushed to origin). */
  authoring: string;
}

/** A bare origin with one commit per tag, tagged as asked, in the order given. */
export function createOrigin(tags: TagSpec[]): Origin {
  const root = mkdtempSync(join(tmpdir(), 'cib-git-'));
  const path = join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', path);
  const authoring = join(root, 'authoring');
  git(root, 'init', '--quiet', '--initial-branch=main', authoring);
  git(authoring, 'remote', 'add', 'origin', `file://${path}`);
  tags.forEach((tag, index) => {
    writeFileSync(join(authoring, 'VERSION'), `${tag.name}\n`);
    git(authoring, 'add', 'VERSION');
    git(authoring, 'commit', '--quiet', '-m', `commit ${index + 1} for ${tag.name}`);
    if (tag.annotated) git(authoring, 'tag', '-a', tag.name, '-m', `Release ${tag.name}`);
    else git(authoring, 'tag', tag.name);
  });
  git(authoring, 'push', '--quiet', '--tags', 'origin', 'main');
  return { url: `file://${path}`, path, authoring };
}

/** A full clone of the origin with every tag, as `actions/checkout` with `fetch-depth: 0` makes. */
export function fullClone(origin: Origin): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cib-clone-')), 'work');
  git(tmpdir(), 'clone', '--quiet', origin.url, dir);
  return dir;
}

/**
 * The checkout actions/checkout before v6.0.2 makes for a tag push: init, add origin, fetch
 * depth 1 `+<sha>:refs/tags/<tag>`, check out the tag. The tag is lightweight here whatever it
 * is in origin.
 */
export function shallowTagCheckout(origin: Origin, tag: string): string {
  const sha = git(origin.path, 'rev-parse', `refs/tags/${tag}^{commit}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'cib-checkout-')), 'work');
  git(tmpdir(), 'init', '--quiet', dir);
  git(dir, 'remote', 'add', 'origin', origin.url);
  git(dir, 'fetch', '--quiet', '--no-tags', '--prune', '--depth=1', 'origin', `+${sha}:refs/tags/${tag}`);
  git(dir, 'checkout', '--quiet', '--detach', `refs/tags/${tag}`);
  return dir;
}

/** A repository with no tags at all and no origin (the tag asked about is missing everywhere). */
export function emptyRepository(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cib-empty-')), 'work');
  git(tmpdir(), 'init', '--quiet', dir);
  writeFileSync(join(dir, 'README'), 'empty\n');
  git(dir, 'add', 'README');
  git(dir, 'commit', '--quiet', '-m', 'first');
  return dir;
}

/** The object type `refs/tags/<tag>` points to in `repo` (`tag` or `commit`). */
export function tagObjectType(repo: string, tag: string): string {
  return git(repo, 'cat-file', '-t', `refs/tags/${tag}`);
}
