// Step 2 of the latest decision: is the release tag annotated (a release) or lightweight (an
// internal/alpha build)? Asked in order: the override; the local git object; the remote when the
// checkout cannot be trusted (shallow, tag missing, or lightweight, which actions/checkout before
// v6.0.2 makes of an annotated tag): the single tag ref fetched again, else the GitHub API; last,
// the prerelease heuristic. The answer says which method decided.
import type { Exec } from '../exec/exec';
import { fetchTagRef } from '../git/fetch-tag';
import { isShallowRepository } from '../git/shallow';
import { localTagType } from '../git/tag-object';
import { githubTagType, type GithubTagLookup, type GithubTagType } from '../github/tag-ref';
import type { Log } from '../runner/runtime';
import { isPrerelease } from '../version/prerelease';
import type { Version } from '../version/version';

export type TagType = 'annotated' | 'lightweight';
export type TagTypeMode = 'auto' | TagType;
/** How the tag type was decided, as the `tag-type-source` output says it. */
export type TagTypeSource = 'override' | 'git' | 'git-fetch' | 'github-api' | 'heuristic';

export interface ResolvedTagType {
  type: TagType;
  source: TagTypeSource;
}

export interface TagTypeContext {
  exec: Exec;
  /** The checkout. */
  cwd: string;
  /** The GitHub API to ask when git cannot tell; undefined off GitHub or without a token. */
  github?: GithubTagLookup;
  /** Seam for tests; default githubTagType. */
  askGithub?: (lookup: GithubTagLookup, tag: string) => Promise<GithubTagType>;
  prereleasePattern: RegExp;
  log: Log;
}

/** Resolves the tag type of git tag `tag` (the released version as pushed). */
export async function resolveTagType(
  tag: string,
  mode: TagTypeMode,
  version: Version | undefined,
  context: TagTypeContext,
): Promise<ResolvedTagType> {
  const { exec, cwd, log } = context;
  if (mode !== 'auto') {
    log.info(`Tag type: ${mode} (override)`);
    return { type: mode, source: 'override' };
  }
  const local = await localTagType(exec, cwd, tag);
  if (local === 'annotated') {
    // A tag object in the checkout is conclusive, shallow or not.
    log.info(`Tag type: annotated (git cat-file: refs/tags/${tag} is a tag object)`);
    return { type: 'annotated', source: 'git' };
  }
  const shallow = await isShallowRepository(exec, cwd);
  const why =
    local === 'missing' ? 'missing in the checkout' : `lightweight in the ${shallow ? 'shallow ' : ''}checkout`;
  log.info(`Tag type: refs/tags/${tag} is ${why}; asking the remote`);

  const fetched = await fetchTagRef(exec, cwd, tag);
  if (fetched.ok) {
    const again = await localTagType(exec, cwd, tag);
    if (again !== 'missing') {
      log.info(`Tag type: ${again} (git fetch of refs/tags/${tag} from origin)`);
      return { type: again, source: 'git-fetch' };
    }
  } else {
    log.info(`Tag type: git fetch of refs/tags/${tag} failed (${fetched.detail || 'no detail'})`);
  }

  if (context.github) {
    const answer = await (context.askGithub ?? githubTagType)(context.github, tag);
    if (answer.type === 'annotated' || answer.type === 'lightweight') {
      log.info(`Tag type: ${answer.type} (GitHub API: git/ref/tags/${tag} object.type)`);
      return { type: answer.type, source: 'github-api' };
    }
    const reason = 'detail' in answer ? answer.detail : 'no such tag on GitHub';
    log.info(`Tag type: GitHub API could not tell (${reason})`);
  }

  if (local === 'lightweight' && !shallow) {
    // A full checkout fetched tags as they are on the remote: its lightweight tag is real.
    log.info('Tag type: lightweight (git cat-file in a full checkout; the remote could not be asked)');
    return { type: 'lightweight', source: 'git' };
  }
  const prerelease = version !== undefined && isPrerelease(version, context.prereleasePattern);
  const type: TagType = prerelease ? 'lightweight' : 'annotated';
  log.info(
    `Tag type: ${type} (heuristic: "${tag}" ${prerelease ? 'matches' : 'does not match'} the prerelease pattern ${context.prereleasePattern.source})`,
  );
  return { type, source: 'heuristic' };
}
