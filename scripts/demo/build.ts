// The build step of a release: multiarch-bake once per platform (one job per platform, as the
// matrix output plans it), each pushing <image>:<version>-<arch> with its own registry cache
// scope; or, without an engine, the same per-platform images synthesised and pushed directly.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { runBakeAction } from '../../test/support/engine/run-bake-action';
import { platform, pushTestImage } from '../../test/support/registry/test-images';
import type { DemoEngine } from './engine';
import { dim, heading, step } from './print';

export const PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;

export interface BuildRequest {
  engine: DemoEngine;
  registryHost: string;
  /** `<registry>/<repository>` of the application. */
  image: string;
  version: string;
  checkout: string;
  /** The runner environment of the tag push (GITHUB_REF...). */
  env: Record<string, string>;
  /** build-info's labels output (key=value lines), for the synthesised images. */
  labels: string;
}

export interface PlatformBuild {
  platform: string;
  /** The per-platform tag pushed, ready for manifest-merge. */
  source: string;
  /** multiarch-bake's cache-hit-ratio (real builds only). */
  cacheHitRatio?: string;
}

/** The per-platform tag a build pushes: the version with an -<arch> suffix. */
const sourceTag = (request: BuildRequest, platformName: string) =>
  `${request.image}:${request.version}-${platformName.split('/')[1]}`;

async function bake(request: BuildRequest, platformName: string): Promise<PlatformBuild> {
  if (request.engine.kind !== 'real') throw new Error('bake needs the engine');
  const { engine, base } = request.engine;
  const run = await step(`multiarch-bake ${platformName} (${request.image}:${request.version}-{arch})`, () =>
    runBakeAction(
      engine,
      request.checkout,
      {
        files: 'docker-bake.hcl',
        targets: 'app',
        platforms: platformName,
        vars: `BASE_IMAGE=${base}`,
        tags: `${request.image}:${request.version}`,
        'platform-tag-suffix': '-{arch}',
        push: 'true',
        cache: 'registry',
        'cache-ref': `${request.registryHost}/demo/app-cache`,
      },
      request.env,
    ),
  );
  return {
    platform: platformName,
    source: sourceTag(request, platformName),
    cacheHitRatio: run.main.outputs['cache-hit-ratio'],
  };
}

async function synthesise(request: BuildRequest, platformName: string): Promise<PlatformBuild> {
  const client = new RegistryClient({ insecureHosts: [request.registryHost] });
  const labels = Object.fromEntries(
    request.labels.split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const source = sourceTag(request, platformName);
  const pushed = await pushTestImage(client, parseReference(source), { platform: platform(platformName), labels });
  console.log(`  ${source}@${pushed.digest}`);
  return { platform: platformName, source };
}

/** Builds (or synthesises) every platform of one release, one job after the other. */
export async function buildPlatforms(request: BuildRequest): Promise<PlatformBuild[]> {
  if (request.engine.kind === 'real') {
    const builds: PlatformBuild[] = [];
    for (const platformName of PLATFORMS) builds.push(await bake(request, platformName));
    return builds;
  }
  heading(`build (stand-in): push ${request.image}:${request.version}-amd64 and -arm64`);
  console.log(
    dim(`  no engine (${request.engine.reason}): the per-platform images a build would push are synthesised`),
  );
  const builds: PlatformBuild[] = [];
  for (const platformName of PLATFORMS) builds.push(await synthesise(request, platformName));
  return builds;
}
