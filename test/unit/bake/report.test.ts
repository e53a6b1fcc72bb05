// The job summary, the report JSON and the error a failed bake ends with.
import { bakeFailureError, bakeReport, bakeSummary } from '@cib/core/bake/report';
import type { BakeResult } from '@cib/core/bake/run-bake';
import { buildxFeatures, parseBuildxVersion } from '@cib/core/bake/buildx-features';

const result: BakeResult = {
  features: buildxFeatures(parseBuildxVersion('buildx 0.13.1+ds1 x')),
  command: 'docker buildx bake -f docker-bake.hcl app',
  definitionFile: '/tmp/p/bake-override.json',
  planFile: '/tmp/p/bake-plan.json',
  plan: [
    {
      target: 'app',
      platforms: ['linux/amd64', 'linux/arm64'],
      tags: ['r/app:1'],
      cache: { backend: 'registry', scope: 'app-linux-amd64-linux-arm64', from: [], to: [] },
    },
  ],
  digests: { app: 'sha256:aa' },
  images: { app: ['r/app@sha256:aa'] },
  ratios: {
    overall: { steps: 4, cached: 3, ratio: 0.75 },
    entries: [
      { target: 'app', platform: 'linux/amd64', steps: 2, cached: 2, ratio: 1 },
      { target: 'app', platform: 'linux/arm64', steps: 2, cached: 1, ratio: 0.5 },
    ],
  },
  durationSeconds: 2.5,
  attempts: 1,
  targetSeconds: { app: 2.1 },
  warnings: [],
  stdout: '',
};

test('summary: one row per target with digest, duration, ratio per platform, cache backend and scope', () => {
  const markdown = bakeSummary(bakeReport(result), false);
  expect(markdown).toContain(
    '| app | linux/amd64, linux/arm64 | r/app:1 | sha256:aa | 2.10 s | linux/amd64: 1.00 (2/2)<br>linux/arm64: 0.50 (1/2) | registry (app-linux-amd64-linux-arm64) |',
  );
  expect(markdown).toContain('Duration 2.50 s, cache hit ratio 0.75, buildx 0.13.1+ds1.');
  expect(bakeReport(result).attempts).toBe(1);
  expect(bakeSummary(bakeReport({ ...result, attempts: 2 }), false)).toContain(
    'buildx 0.13.1+ds1, 2 attempts (the registry refused a push for now).',
  );
});

test('a failure names the target and platform (filled in for a one-target bake) and shows the last lines', () => {
  const failed: BakeResult = {
    ...result,
    failure: {
      name: '[linux/arm64 3/3] RUN make',
      platform: 'linux/arm64',
      error: 'exit code: 2',
      logTail: ['make: *** [all] Error 2'],
      exitCode: 1,
      lastLines: ['ERROR: failed to solve'],
    },
  };
  expect(bakeReport(failed).failed).toEqual({
    target: 'app',
    platform: 'linux/arm64',
    step: '[linux/arm64 3/3] RUN make',
    error: 'exit code: 2',
  });
  expect(bakeSummary(bakeReport(failed), false)).toContain('**Failed:** target `app`, platform `linux/arm64`');
  expect(bakeFailureError(failed).message).toBe(
    'docker buildx bake failed (target app, platform linux/arm64) with exit code 1: exit code: 2\nmake: *** [all] Error 2\nERROR: failed to solve',
  );
});
