// Stands in for `cib multiarch-bake` in the GitLab pipeline test, where no build engine can run:
// it checks every flag against multiarch-bake's action.yml, then pushes a synthesised image
// (random layers, test/support/registry/test-images.ts) for the one platform to each tag plus
// the platform suffix, and prints the outputs the real action prints (DIGESTS, IMAGES) as dotenv
// lines. Every call is appended to $CIB_TEST_BAKE_LOG as JSON, for the test to read.
// Run with tsx: `tsx test/workflows/synthetic-bake.ts multiarch-bake --targets app ...`.
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RegistryClient } from '@cib/core/registry/client';
import { formatReference, parseReference, withDigest } from '@cib/core/registry/reference';
import { platform, pushTestImage } from '../support/registry/test-images';

/** This checkout: the script is test/workflows/synthetic-bake.ts (argv[1], whatever the cwd). */
const REPO_ROOT = resolve(dirname(process.argv[1]), '..', '..');

function parseArgs(argv: string[]): Map<string, string> {
  const declared = Object.keys(
    (parseYaml(readFileSync(join(REPO_ROOT, 'multiarch-bake', 'action.yml'), 'utf8')) as { inputs: object }).inputs,
  );
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!declared.includes(name)) throw new Error(`multiarch-bake has no input --${name}`);
    args.set(name, argv[i + 1] ?? '');
  }
  return args;
}

async function main(): Promise<void> {
  const [action, ...rest] = process.argv.slice(2);
  if (action !== 'multiarch-bake') throw new Error(`synthetic-bake stands in for multiarch-bake only, not ${action}`);
  const args = parseArgs(rest);
  const platforms = (args.get('platforms') ?? '').split(',').filter(Boolean);
  const targets = (args.get('targets') ?? '').split(',').filter(Boolean);
  if (platforms.length !== 1 || targets.length !== 1 || args.get('push') !== 'true')
    throw new Error('the pipeline builds one target, one platform per job, and pushes');
  const target = targets[0];
  const p = platform(platforms[0]);
  const suffix = (args.get('platform-tag-suffix') ?? '')
    .replace('{arch}', p.architecture)
    .replace('{variant}', p.variant ?? '')
    .replace('{os}', p.os);
  const client = new RegistryClient();
  const images: string[] = [];
  let digest = '';
  for (const tag of (args.get('tags') ?? '').split(/[\n,]/).filter(Boolean)) {
    const ref = parseReference(`${tag}${suffix}`);
    const version = ref.tag?.replace(/-[^-]+$/, '') ?? '';
    const pushed = await pushTestImage(client, ref, {
      platform: p,
      labels: { 'org.opencontainers.image.version': version },
    });
    digest = pushed.digest;
    images.push(formatReference(withDigest(ref, pushed.digest)));
  }
  appendFileSync(
    process.env.CIB_TEST_BAKE_LOG ?? '/dev/null',
    `${JSON.stringify({ args: Object.fromEntries(args), images })}\n`,
  );
  process.stdout.write(
    `DIGESTS=${JSON.stringify({ [target]: digest })}\nIMAGES=${JSON.stringify({ [target]: images })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`synthetic-bake: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
