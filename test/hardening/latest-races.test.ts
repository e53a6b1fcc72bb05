// Issue 13, point 5: two and four bundled latest-manager runs at once, each releasing another
// version (floating tags on) to the same repository of Debian's docker-registry, many times.
// However they interleave, `latest` ends at the greatest version, every floating tag (<major>,
// <major>.<minor>) at the greatest of its series, and no release tag is ever overwritten.
import { rmSync } from 'node:fs';
import { compare } from 'semver';
import { RegistryClient } from '@cib/core/registry/client';
import { withTag } from '@cib/core/registry/reference';
import { pushVersion } from '../support/latest-manager-images';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { runAction } from '../support/runner-harness';
import { report } from './support/figures';
import { digestOf, direct } from './support/registry-state';
import { drawSettings, sample } from './support/draw';
import { seededRandom } from '../support/seeded-random';

const { draw, seed } = drawSettings();
const TRIALS: Record<number, number> = draw === 'full' ? { 2: 15, 4: 10 } : { 2: 4, 4: 3 };
const VERSIONS = ['1.0.1', '1.1.0', '1.2.0', '1.10.0', '1.9.9', '2.0.0', '2.0.5', '2.1.0', '3.0.0'];
const BASE = '1.0.0';

let registry: RegistryServer;
const client = new RegistryClient();
const figures = { trials: 0, runs: 0, failedClean: 0 };

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
  report({
    part: 'races',
    line:
      `${figures.trials} trials (${Object.entries(TRIALS)
        .map(([k, n]) => `${n} of ${k} concurrent runs`)
        .join(', ')}; ${draw} draw, seed ${seed}), ${figures.runs} runs, ` +
      `${figures.failedClean} lost a race and failed clean; latest and floating tags checked after each`,
    counts: { trials: figures.trials },
  });
});

/** The tag -> version every floating tag and latest must end at, given all releases. */
function expectedTags(versions: string[]): Record<string, string> {
  const greatest = (list: string[]) => [...list].sort(compare).at(-1)!;
  const expected: Record<string, string> = { latest: greatest(versions) };
  for (const v of versions) {
    const [major, minor] = v.split('.');
    expected[major] = greatest(versions.filter((x) => x.split('.')[0] === major));
    expected[`${major}.${minor}`] = greatest(versions.filter((x) => x.startsWith(`${major}.${minor}.`)));
  }
  return expected;
}

describe.each(Object.keys(TRIALS).map(Number))('%i concurrent latest-manager runs', (concurrent) => {
  test('latest and floating tags end at the greatest version, release tags untouched', async () => {
    const random = seededRandom(seed + concurrent);
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS[concurrent]; trial++) {
      const repo = direct(registry.host, `races/c${concurrent}-t${trial}`);
      const releases = sample(VERSIONS, concurrent, random);
      const digests: Record<string, string> = {
        [BASE]: await pushVersion(client, repo, BASE, { tags: [BASE, 'latest', '1', '1.0'] }),
      };
      for (const version of releases) digests[version] = await pushVersion(client, repo, version);
      const runs = await Promise.all(
        releases.map((version) =>
          runAction('latest-manager', {
            inputs: {
              images: `${repo.registry}/${repo.repository}`,
              version,
              'tag-type': 'annotated',
              'floating-tags': 'true',
              'github-token': '',
            },
          }),
        ),
      );
      figures.trials++;
      const where = `${concurrent} runs, trial ${trial} (${releases.join(', ')})`;
      for (const run of runs) {
        figures.runs++;
        rmSync(run.runnerDir, { recursive: true, force: true });
        if (run.main.exitCode === 0) continue;
        figures.failedClean++;
        if (run.main.errors.length === 0 || run.main.errors.some((e) => /internal error/i.test(e)))
          problems.push(`${where}: unclear failure: ${run.main.errors.join(' | ') || run.main.stderr.slice(0, 300)}`);
      }
      for (const version of [BASE, ...releases])
        if ((await digestOf(client, withTag(repo, version))) !== digests[version])
          problems.push(`${where}: release tag ${version} overwritten`);
      for (const [tag, version] of Object.entries(expectedTags([BASE, ...releases]))) {
        const digest = await digestOf(client, withTag(repo, tag));
        if (digest !== digests[version]) {
          const holds = Object.entries(digests).find(([, d]) => d === digest)?.[0] ?? digest ?? 'nothing';
          problems.push(`${where}: ${tag} holds ${holds}, expected ${version}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 1_800_000);
});
