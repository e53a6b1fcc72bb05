// The main job (`npm run demo`): a release flow on this machine, through the bundled actions run
// exactly as the GitHub runner runs them (test/support/runner-harness.ts), against a throwaway
// docker-registry on 127.0.0.1 and a scratch git repository. Stops everything it started.
import { rmSync } from 'node:fs';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { runAction, type ActionRun, type StepResult } from '../test/support/runner-harness';
import { startRegistry, type RegistryServer } from '../test/support/registry/registry-server';
import { platform, pushTestImage } from '../test/support/registry/test-images';
import { createOrigin, fullClone, git, type Origin } from '../test/support/git-repo';

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

function printStep(title: string, step: StepResult): void {
  console.log(`  exit code ${step.exitCode}`);
  for (const error of step.errors) console.log(`  error: ${error}`);
  const outputs = Object.entries(step.outputs);
  if (outputs.length) {
    console.log('  outputs:');
    const width = Math.max(...outputs.map(([k]) => k.length));
    for (const [key, value] of outputs) {
      const shown = value.length > 400 ? `${value.slice(0, 400)}… (${value.length} characters)` : value;
      console.log(`    ${key.padEnd(width)}  ${shown.replace(/\n/g, `\n    ${' '.repeat(width)}  `)}`);
    }
  }
  if (step.summary.trim()) {
    console.log(dim('  job summary:'));
    console.log(dim(step.summary.trim().replace(/^/gm, '    │ ')));
  }
  if (step.exitCode !== 0) throw new Error(`${title} failed`);
}

async function step(title: string, run: () => Promise<ActionRun>): Promise<ActionRun> {
  console.log(`\n${bold(`▶ ${title}`)}`);
  const result = await run();
  printStep(title, result.main);
  rmSync(result.runnerDir, { recursive: true, force: true });
  return result;
}

function tagEnv(origin: Origin, tag: string): Record<string, string> {
  return {
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_REF_NAME: tag,
    GITHUB_REF_TYPE: 'tag',
    GITHUB_SHA: git(origin.path, 'rev-parse', `refs/tags/${tag}^{commit}`),
  };
}

/** One release: build info, per-platform images (the build's stand-in), the merge, `latest`. */
async function release(registry: RegistryServer, origin: Origin, checkout: string, tag: string): Promise<void> {
  const image = `${registry.host}/demo/app`;
  const env = tagEnv(origin, tag);
  git(checkout, 'checkout', '--quiet', tag);
  const info = await step(`build-info for ${tag}`, () =>
    runAction('build-info', { workspace: checkout, env, inputs: { 'json-file': '' } }),
  );
  const version = info.main.outputs.version;

  console.log(`\n${bold(`▶ build (stand-in): push ${image}:${version}-amd64 and -arm64`)}`);
  console.log(dim('  no Docker engine here: the per-platform images a build would push are synthesised'));
  const client = new RegistryClient({ insecureHosts: [registry.host] });
  const labels = Object.fromEntries(
    info.main.outputs.labels.split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  for (const arch of ['amd64', 'arm64']) {
    const pushed = await pushTestImage(client, parseReference(`${image}:${version}-${arch}`), {
      platform: platform(`linux/${arch}`),
      labels,
    });
    console.log(`  ${image}:${version}-${arch}@${pushed.digest}`);
  }

  await step(`manifest-merge into ${image}:${version}`, () =>
    runAction('manifest-merge', {
      workspace: checkout,
      env,
      inputs: {
        sources: `${image}:${version}-amd64\n${image}:${version}-arm64`,
        tags: `${image}:${version}`,
        platforms: 'linux/amd64,linux/arm64',
        annotations: info.main.outputs.annotations,
        'registry-insecure': registry.host,
      },
    }),
  );

  await step(`latest-manager for ${tag}`, () =>
    runAction('latest-manager', {
      workspace: checkout,
      env,
      inputs: { images: image, 'floating-tags': 'true', 'registry-insecure': registry.host, 'github-token': '' },
    }),
  );
}

async function main(): Promise<void> {
  console.log(bold('cib demo: a release flow against a throwaway registry'));
  const registry = await startRegistry();
  console.log(`registry: docker-registry on http://${registry.host}`);
  const origin = createOrigin([
    { name: 'v1.1.0', annotated: true },
    { name: 'v1.2.0', annotated: true },
    { name: 'v1.1.1', annotated: true },
  ]);
  const checkout = fullClone(origin);
  try {
    await release(registry, origin, checkout, 'v1.2.0');
    console.log(`\n${bold('A hotfix on the older line: v1.1.1 must leave latest at 1.2.0')}`);
    await release(registry, origin, checkout, 'v1.1.1');
    console.log(`\n${bold('▶ multiarch-bake, quality-gate')}`);
    console.log('  not implemented yet: their issues come next (see multiarch-bake/README.md, quality-gate/README.md)');
  } finally {
    await registry.stop();
    rmSync(origin.path.replace(/\/origin\.git$/, ''), { recursive: true, force: true });
    rmSync(checkout.replace(/\/work$/, ''), { recursive: true, force: true });
    console.log(`\nregistry stopped; scratch repositories removed`);
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
