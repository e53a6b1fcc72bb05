// One release of the sample application, job by job as the reusable release workflow runs them:
// build-info, the per-platform builds, manifest-merge into <image>:<version> with build-info's
// annotations, then latest-manager (annotated and newer -> latest, floating tags forward).
import { runAction } from '../../test/support/runner-harness';
import { git } from '../../test/support/git-repo';
import { buildPlatforms, type PlatformBuild } from './build';
import type { DemoEngine } from './engine';
import { step } from './print';
import type { SampleRepo } from './sample-repo';

export interface ReleaseContext {
  engine: DemoEngine;
  registryHost: string;
  image: string;
  repo: SampleRepo;
}

export interface Release {
  version: string;
  builds: PlatformBuild[];
  /** The index manifest-merge pushed. */
  digest: string;
  latestUpdated: boolean;
  latestReason: string;
}

/** The variables the runner sets for a push of `tag`. */
export function tagEnv(repo: SampleRepo, tag: string): Record<string, string> {
  return {
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_REF_NAME: tag,
    GITHUB_REF_TYPE: 'tag',
    GITHUB_SHA: repo.commitOf(tag),
  };
}

export async function release(context: ReleaseContext, tag: string): Promise<Release> {
  const { repo, image, registryHost } = context;
  const env = tagEnv(repo, tag);
  git(repo.checkout, 'checkout', '--quiet', tag);
  const info = await step(`build-info for ${tag}`, () =>
    runAction('build-info', { workspace: repo.checkout, env, inputs: { 'json-file': '' } }),
  );
  const { version, annotations, labels } = info.main.outputs;

  const builds = await buildPlatforms({
    engine: context.engine,
    registryHost,
    image,
    version,
    checkout: repo.checkout,
    env,
    labels,
  });

  const merge = await step(`manifest-merge into ${image}:${version}`, () =>
    runAction('manifest-merge', {
      workspace: repo.checkout,
      env,
      inputs: {
        sources: builds.map((build) => build.source).join('\n'),
        tags: `${image}:${version}`,
        platforms: builds.map((build) => build.platform).join(','),
        annotations,
        'registry-insecure': registryHost,
      },
    }),
  );

  const latest = await step(`latest-manager for ${tag}`, () =>
    runAction('latest-manager', {
      workspace: repo.checkout,
      env,
      inputs: { images: image, 'floating-tags': 'true', 'registry-insecure': registryHost, 'github-token': '' },
    }),
  );
  return {
    version,
    builds,
    digest: merge.main.outputs.digest,
    latestUpdated: latest.main.outputs.updated === 'true',
    latestReason: latest.main.outputs.reason,
  };
}
