// The demo's flow: a throwaway registry, the real engine (or the reason there is none), the
// sample application's git history, its tests, release v1.2.0, quality-gate, the hotfix v1.1.1
// that must leave latest alone, and the registry's line-up. Everything it starts is handed to
// `cleanup`, which the caller runs however the flow ends.
import { rmSync } from 'node:fs';
import { execProcess } from '@cib/core/exec/exec';
import { dockerEnv } from '../../test/support/engine/dockerd';
import { startRegistry } from '../../test/support/registry/registry-server';
import type { Cleanup } from './cleanup';
import { startDemoEngine, type DemoEngine } from './engine';
import { printLineUp } from './lineup';
import { bold, dim, heading } from './print';
import { qualityGate, runSampleTests } from './quality';
import { release, tagEnv, type ReleaseContext } from './release';
import { createSampleRepo } from './sample-repo';
import { git } from '../../test/support/git-repo';

/** A registry the caller runs on 127.0.0.1 (host:port), used instead of a throwaway one and left running. */
export const REGISTRY_VARIABLE = 'CIB_DEMO_REGISTRY';

async function registryHost(cleanup: Cleanup): Promise<string> {
  const given = process.env[REGISTRY_VARIABLE];
  if (given) {
    if (!/^127(\.\d{1,3}){3}:\d+$/.test(given))
      throw new Error(`${REGISTRY_VARIABLE} must be a loopback registry as 127.x.y.z:port, got "${given}"`);
    console.log(`registry: ${given} (${REGISTRY_VARIABLE}; left running)`);
    return given;
  }
  const registry = await startRegistry();
  cleanup.add('registry', () => registry.stop());
  console.log(`registry: docker-registry on http://${registry.host} (${registry.dir})`);
  return registry.host;
}

/** Empties the engine's own build cache, so the next build's cached steps can only come from the registry cache. */
async function pruneBuildCache(engine: DemoEngine): Promise<void> {
  if (engine.kind !== 'real') return;
  heading('docker builder prune: the engine forgets its local build cache');
  await execProcess('docker', ['builder', 'prune', '--all', '--force'], {
    env: dockerEnv(engine.engine),
    timeoutMs: 60_000,
  });
  console.log(dim("  the hotfix's cached steps can now only come from the registry cache (demo/app-cache)"));
}

export async function runDemo(cleanup: Cleanup): Promise<void> {
  const started = Date.now();
  console.log(bold('cib demo: the release flow of a sample application, through the bundled actions'));
  const host = await registryHost(cleanup);
  const repo = createSampleRepo();
  cleanup.add('scratch repositories', () => rmSync(repo.root, { recursive: true, force: true }));
  const engine = await startDemoEngine(host, cleanup);
  if (engine.kind === 'none')
    console.log(`no build engine: ${engine.reason}; falling back to synthesised per-platform images`);
  const context: ReleaseContext = { engine, registryHost: host, image: `${host}/demo/app`, repo };

  git(repo.checkout, 'checkout', '--quiet', 'v1.2.0');
  await runSampleTests(repo.checkout);
  const main = await release(context, 'v1.2.0');
  const gate = await qualityGate(repo.checkout, tagEnv(repo, 'v1.2.0'), `${context.image}:${main.version}`);

  await pruneBuildCache(engine);
  console.log(`\n${bold('A hotfix on the older line: v1.1.1 must leave latest at 1.2.0')}`);
  const hotfix = await release(context, 'v1.1.1');

  const lineUp = await printLineUp(host, context.image, engine.kind === 'real' ? `${host}/demo/app-cache` : undefined);
  heading('outcome');
  const ratios = (builds: typeof main.builds) =>
    builds.map((build) => `${build.platform} ${build.cacheHitRatio ?? 'n/a'}`).join(', ');
  if (engine.kind === 'real') {
    console.log(`  cache hit ratio, v1.2.0 (first builds):            ${ratios(main.builds)}`);
    console.log(`  cache hit ratio, v1.1.1 (from the registry cache): ${ratios(hotfix.builds)}`);
  }
  console.log(`  ${context.image}:${main.version} = ${main.digest} (${main.builds.map((b) => b.platform).join(', ')})`);
  console.log(`  v1.2.0 moved latest: ${main.latestUpdated} (${main.latestReason})`);
  console.log(`  v1.1.1 moved latest: ${hotfix.latestUpdated} (${hotfix.latestReason})`);
  console.log(`  quality-gate passed: ${gate.main.outputs.passed}`);
  console.log(
    `  build: ${engine.kind === 'real' ? 'real (multiarch-bake on the engine)' : `synthesised (${engine.reason})`}`,
  );
  console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (lineUp.tags.latest !== main.digest)
    throw new Error(`latest is ${lineUp.tags.latest ?? 'missing'}, not 1.2.0's ${main.digest}`);
  if (gate.main.outputs.passed !== 'true') throw new Error('quality-gate did not pass');
}
