// The version a build gets when the user does not give one, derived from the ref: a tag
// `v1.2.3` gives `1.2.3`, a branch `<branch-slug>-<short sha>`, a PR `pr-<number>-<short sha>`.
import type { CiContext } from '../runner/ci-context';
import { stripV } from '../version/tag-prefix';

/**
 * A ref name as a slug exactly as GitLab computes CI_COMMIT_REF_SLUG (so pipelines moved from
 * GitLab keep their versions). GitLab documents it as "lowercased, shortened to 63 bytes, and with
 * everything except 0-9 and a-z replaced with -. No leading / trailing -", and implements it as
 * `downcase.gsub(/[^a-z0-9]/, '-')[0..62].gsub(/(\A-+|-+\z)/, '')` (Gitlab::Utils.slugify): each
 * character is replaced on its own (`a//b` -> `a--b`), the cut comes before the trim.
 */
export function refSlug(name: string): string {
  // The `u` flag replaces a character outside the BMP (an emoji) by one `-`, as Ruby does.
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
}

/** The PR number in a `refs/pull/<n>/...` ref, for pull_request events whose payload is missing. */
function pullNumberFromRef(ref: string): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref);
  return match ? Number(match[1]) : undefined;
}

/** The version derived from where the run comes from; `short` is the abbreviated build commit. */
export function deriveVersion(context: CiContext, short: string): string {
  const pullNumber = context.pullRequest?.number ?? pullNumberFromRef(context.ref);
  if (pullNumber !== undefined) return `pr-${pullNumber}-${short}`;
  if (context.refType === 'tag' && context.refName) return stripV(context.refName);
  const slug = context.refType === 'branch' ? refSlug(context.refName) : '';
  // No usable branch name (a detached local checkout, a name made only of symbols): the commit alone.
  return slug ? `${slug}-${short}` : short;
}
