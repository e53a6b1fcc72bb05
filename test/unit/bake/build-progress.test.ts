// Progress parsing on streams recorded from the real engine (buildx 0.13.1, dockerd 26.1.5):
// test/fixtures/bake/*.rawjson keep the vertex objects (and the failed build's logs) as buildx
// printed them, pretty-printed objects one after another; *.plain is `--progress plain`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildProgress } from '@cib/core/bake/build-progress';
import { cacheRatios } from '@cib/core/bake/cache-ratio';
import { JsonObjectStream } from '@cib/core/bake/json-stream';

const FIXTURES = join(__dirname, '../../fixtures/bake');
const TWO = new Map([
  ['app', ['linux/amd64', 'linux/arm64']],
  ['tool', ['linux/amd64', 'linux/arm64']],
]);

/** Feeds a recorded stream in small uneven chunks, as a pipe delivers it. */
function replayRawjson(file: string, targets: string[]): BuildProgress {
  const progress = new BuildProgress(targets);
  const stream = new JsonObjectStream({ object: (v) => progress.onObject(v), text: (l) => progress.onLine(l) });
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  for (let i = 0; i < text.length; i += 97) stream.feed(text.slice(i, i + 97));
  stream.end();
  return progress;
}

test('first build of two targets: 8 steps (COPY and RUN per target and platform), none cached', () => {
  const ratios = cacheRatios(replayRawjson('two-targets-uncached.rawjson', ['app', 'tool']).steps(), TWO);
  expect(ratios.overall).toEqual({ steps: 8, cached: 0, ratio: 0 });
  expect(ratios.entries.map((e) => `${e.target} ${e.platform} ${e.cached}/${e.steps}`)).toEqual([
    'app linux/amd64 0/2',
    'app linux/arm64 0/2',
    'tool linux/amd64 0/2',
    'tool linux/arm64 0/2',
  ]);
});

test('rebuild from the registry cache: every step cached, including those BuildKit merged across targets', () => {
  const ratios = cacheRatios(replayRawjson('two-targets-cached.rawjson', ['app', 'tool']).steps(), TWO);
  expect(ratios.overall).toEqual({ steps: 8, cached: 8, ratio: 1 });
});

test('per-target durations from the vertex timestamps', () => {
  const durations = replayRawjson('two-targets-uncached.rawjson', ['app', 'tool']).durations();
  expect([...durations.keys()].sort()).toEqual(['app', 'tool']);
  for (const seconds of durations.values()) expect(seconds).toBeGreaterThan(0);
  const plain = new BuildProgress(['app']);
  plain.onLine('#5 [linux/amd64 2/3] RUN true');
  expect(plain.durations().size).toBe(0);
});

test('FROM, internal, export and push vertexes are not build steps', () => {
  const names = replayRawjson('two-targets-uncached.rawjson', ['app', 'tool'])
    .steps()
    .map((s) => s.instruction);
  expect(new Set(names)).toEqual(new Set(['COPY', 'RUN']));
});

test('a failed RUN: the failing step with its platform, error and last output lines', () => {
  const progress = replayRawjson('one-target-failed.rawjson', ['app']);
  const failure = progress.failure();
  expect(failure).toMatchObject({
    platform: expect.stringMatching(/^linux\/(amd64|arm64)$/),
    error: expect.stringContaining('exit code: 3'),
  });
  expect(failure?.error).not.toMatch(/context canceled/);
  expect(failure?.name).toMatch(/RUN echo "about to fail/);
  expect(failure?.logTail.join('\n')).toMatch(/about to fail on (x86_64|aarch64)/);
  expect(progress.otherLines.join('\n')).toMatch(/^ERROR: failed to solve: .*exit code: 3$/m);
});

test('a push the registry refused (500 on the staging tag), with a cold registry cache: the push vertex failed, not the cache import BuildKit carried on past', () => {
  const progress = replayRawjson('two-targets-push-500.rawjson', ['app', 'tool']);
  const failure = progress.failure();
  expect(failure).toMatchObject({
    name: '[tool] pushing registry.test:5000/rec/tool:cib-staging-tool with docker',
    target: 'tool',
    error: expect.stringMatching(
      /^unexpected status from HEAD request to .*cib-staging-tool: 500 Internal Server Error$/,
    ),
  });
  // Both targets' cache imports reported "not found" errors before it (what the step's error named
  // before buildx's final ERROR line decided).
  const recorded = readFileSync(join(FIXTURES, 'two-targets-push-500.rawjson'), 'utf8');
  expect(recorded.match(/"error": "failed to configure registry cache importer/g)).toHaveLength(2);
  const steps = progress.steps();
  expect(steps).toHaveLength(8);
  expect(steps.every((s) => s.settled && !s.cached)).toBe(true);
});

test('a failed RUN is no settled step; the steps before it are', () => {
  const steps = replayRawjson('one-target-failed.rawjson', ['app']).steps();
  expect(steps.filter((s) => s.instruction === 'RUN').some((s) => !s.settled)).toBe(true);
  expect(steps.filter((s) => s.instruction === 'COPY').every((s) => s.settled)).toBe(true);
});

test('plain progress (buildx before 0.13): CACHED lines', () => {
  const progress = new BuildProgress(['app']);
  for (const line of readFileSync(join(FIXTURES, 'one-target-cached.plain'), 'utf8').split('\n')) progress.onLine(line);
  const ratios = cacheRatios(progress.steps(), new Map([['app', ['linux/amd64', 'linux/arm64']]]));
  expect(ratios.overall).toEqual({ steps: 4, cached: 4, ratio: 1 });
});

test('build warnings (BuildKit 0.14+ status field) become annotations with file and line', () => {
  const progress = new BuildProgress(['app']);
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  progress.onObject({
    warnings: [
      {
        vertex: 'sha256:1',
        level: 1,
        short: b64("FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)"),
        detail: [b64('The as keyword should match the case of the from keyword')],
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        sourceInfo: { filename: 'Dockerfile' },
        range: [{ start: { line: 1 }, end: { line: 1 } }],
      },
    ],
  });
  expect(progress.warnings()).toEqual([
    {
      message: "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      detail: 'The as keyword should match the case of the from keyword',
      url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      file: 'Dockerfile',
      line: 1,
    },
  ]);
});
