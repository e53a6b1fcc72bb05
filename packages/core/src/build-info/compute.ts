// Computes a build-info record from the typed inputs and where the run comes from (the CI
// context, SOURCE_DATE_EPOCH, the clock). The one place that decides every field; the action,
// the CLI and multiarch-bake all call it.
import { CibError, errorMessage } from '../errors/cib-error';
import { InputError } from '../errors/input-error';
import { imageTagFor } from '../version/image-tag';
import { headCommit, type CiContext } from '../runner/ci-context';
import { resolveBuildDate } from './build-date';
import { resolveCacheBust, type CacheBust } from './cache-bust';
import { shortCommit } from './commit';
import type { BuildInfo } from './record';
import { deriveVersion } from './version';

/** The user's choices, already parsed (see actions/build-info/run.ts). Empty means "derive it". */
export interface BuildInfoOptions {
  version?: string;
  /** A validated commit SHA (commit.ts parseCommit). */
  commit?: string;
  shortShaLength: number;
  /** The `build-date` input, parsed. */
  buildDate?: Date;
  cacheBust: CacheBust;
}

/** Where the values come from; every side effect is a parameter so tests hand in their own. */
export interface BuildInfoSources {
  context: CiContext;
  /** SOURCE_DATE_EPOCH from the environment. */
  sourceDateEpoch?: string;
  now: Date;
  /** Reads the checkout's HEAD (git/head-commit.ts) when CI gives no commit. */
  readGitHead?: () => Promise<string>;
}

/**
 * The commit the build is for: the `commit` input, else the PR head on pull_request events,
 * else the run's SHA, else (no CI variables at all) the checkout's HEAD.
 */
export async function resolveCommit(given: string | undefined, sources: BuildInfoSources): Promise<string> {
  if (given) return given;
  const fromCi = headCommit(sources.context);
  if (fromCi) return fromCi.toLowerCase();
  const why = 'no CI variables name one (GITHUB_SHA, CI_COMMIT_SHA)';
  if (!sources.readGitHead)
    throw new CibError(`Cannot tell which commit this is: ${why}`, { hint: 'Set the commit input' });
  try {
    return await sources.readGitHead();
  } catch (error) {
    throw new CibError(
      `Cannot tell which commit this is: ${why} and git rev-parse HEAD failed (${errorMessage(error)})`,
      {
        hint: 'Set the commit input',
      },
    );
  }
}

/** The image tag for `version`; an error when nothing usable is left of it. */
function imageTagOf(version: string, given: boolean): string {
  const tag = imageTagFor(version);
  if (tag) return tag;
  const expected = 'a version or name with a letter or digit, so that it gives a valid image tag';
  if (given) throw new InputError('version', version, expected);
  throw new CibError(`The version derived from the ref is ${JSON.stringify(version)}, which gives no image tag`, {
    hint: 'Set the version input',
  });
}

/** The build-info record for this run. */
export async function computeBuildInfo(options: BuildInfoOptions, sources: BuildInfoSources): Promise<BuildInfo> {
  const { context } = sources;
  const commit = await resolveCommit(options.commit, sources);
  const short = shortCommit(commit, options.shortShaLength);
  const version = options.version || deriveVersion(context, short);
  return {
    version,
    imageTag: imageTagOf(version, Boolean(options.version)),
    commit,
    shortCommit: short,
    ref: context.ref,
    buildDate: resolveBuildDate(options.buildDate, sources.sourceDateEpoch, sources.now),
    cacheBust: resolveCacheBust('cache-bust', options.cacheBust, {
      commit,
      runId: context.runId,
      runAttempt: context.runAttempt,
      now: sources.now,
    }),
    runId: context.runId,
    runUrl: context.runUrl,
    repository: context.repository,
    repositoryUrl: context.repositoryUrl,
  };
}
