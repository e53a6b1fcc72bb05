// The build args a build-info record turns into: CACHE_BUST, BUILD_DATE, GIT_COMMIT, VERSION,
// the names the seeds' Dockerfiles declare. multiarch-bake calls the same function, so the
// args it adds and the ones build-info prints can never disagree.
import type { BuildInfo } from './record';

export const BUILD_ARG_NAMES = ['CACHE_BUST', 'BUILD_DATE', 'GIT_COMMIT', 'VERSION'] as const;
export type BuildArgName = (typeof BUILD_ARG_NAMES)[number];

/** The build args of a record, in BUILD_ARG_NAMES order. */
export function buildArgs(
  info: Pick<BuildInfo, 'cacheBust' | 'buildDate' | 'commit' | 'version'>,
): Array<[BuildArgName, string]> {
  return [
    ['CACHE_BUST', info.cacheBust],
    ['BUILD_DATE', info.buildDate],
    ['GIT_COMMIT', info.commit],
    ['VERSION', info.version],
  ];
}

/** `NAME=value` lines, the form docker/build-push-action's `build-args` input takes. */
export function formatBuildArgs(args: ReadonlyArray<readonly [string, string]>): string {
  return args.map(([name, value]) => `${name}=${value}`).join('\n');
}
