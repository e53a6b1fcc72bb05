// The latest decision's request with the action's defaults (strategy auto, tag type auto, prefix
// auto, the default prerelease pattern, `latest`, no floating tags), for tests and the benchmark
// to override only what a scenario is about.
import type { ImageReference } from '@cib/core/registry/reference';
import type { LatestRequest } from '@cib/core/latest/manage-latest';
import { compilePrereleasePattern } from '@cib/core/version/prerelease';
import { parseTagPrefix } from '@cib/core/version/tag-prefix';

export function latestRequest(
  images: ImageReference[],
  version: string,
  overrides: Partial<LatestRequest> = {},
): LatestRequest {
  return {
    images,
    version,
    strategy: 'auto',
    tagType: 'auto',
    tagPrefix: parseTagPrefix(''),
    prereleasePattern: compilePrereleasePattern(''),
    latestTag: 'latest',
    floatingTags: false,
    dryRun: false,
    ...overrides,
  };
}
