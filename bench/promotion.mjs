#!/usr/bin/env node
// Benchmark: promoting an image to another registry (the release stage: build registry ->
// release registry). Our manifest-merge bundle, run as the runner runs it with sources on
// registry A and the tag on registry B, against `skopeo copy --all` of the same index from A to
// B, alternating in the same run, each onto a fresh, empty registry B. Two cases: 3 platforms x
// 40 MB of incompressible layer, and one platform with a single 300 MB layer. Prints the time and
// the peak RSS of the action process itself (GNU time's %M of the bundle's node, not of this
// harness) and their ratios against skopeo.
// Targets: time <= 1.0x skopeo; peak RSS <= 96 MB; the 300 MB layer's peak RSS within 10 MB of
// the 3 x 40 MB case (memory must not grow with layer size).
//
//   node bench/promotion.mjs [--runs N]      (bench/run.mjs imports run())
//
// Needs Debian's docker-registry, skopeo and time (/usr/bin/time); build the bundle first:
// node scripts/build-dist.mjs manifest-merge. The registry, the program lookup and the exec seam
// are the test support's (bench/manifest-merge-entry.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-typescript.mjs';
import { stats, writeOciLayout } from './manifest-merge.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/manifest-merge/main/index.js');
const MB = 1024 * 1024;
const CASES = [
  {
    name: '3x40MB',
    layerBytes: 40 * MB,
    platforms: [
      { os: 'linux', architecture: 'amd64', suffix: 'amd64' },
      { os: 'linux', architecture: 'arm64', suffix: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7', suffix: 'armv7' },
    ],
  },
  { name: '1x300MB', layerBytes: 300 * MB, platforms: [{ os: 'linux', architecture: 'amd64', suffix: 'amd64' }] },
];
const TARGETS = { timeRatio: 1.0, rssMb: 96, growthMb: 10 };

/** The test support's registry, program lookup and exec seam, bundled from TypeScript at start. */
let support;

/** Runs `argv` under GNU time; returns the wall time (ms) and the process's peak RSS (MB). */
async function measured(argv, options, dir) {
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  await support.execProcess(support.requireProgram('time'), ['-f', '%M', '-o', rssFile, ...argv], options);
  const ms = performance.now() - started;
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
  if (!Number.isFinite(kb)) throw new Error(`GNU time wrote no peak RSS: ${readFileSync(rssFile, 'utf8')}`);
  return { ms, rssMb: kb / 1024 };
}

/** Our bundle promoting the per-platform images of `source` into `target/bench/app:1`. */
function ours(source, target, testCase, dir) {
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: output,
    INPUT_SOURCES: testCase.platforms.map((p) => `${source}/bench/app:1-${p.suffix}`).join('\n'),
    INPUT_TAGS: `${target}/bench/app:1`,
    INPUT_PLATFORMS: '',
    INPUT_ANNOTATIONS: '',
    INPUT_FORMAT: 'oci',
    INPUT_ATTESTATIONS: 'keep',
    INPUT_USERNAME: '',
    INPUT_PASSWORD: '',
    'INPUT_REGISTRY-INSECURE': '',
    'INPUT_DRY-RUN': 'false',
  };
  return measured([support.nodeFor('node24'), BUNDLE], { env }, dir);
}

/** skopeo copying the index `source/bench/app:1` (every platform) to `target/bench/app:1`. */
function skopeo(source, target, dir) {
  return measured(
    [
      support.requireProgram('skopeo'),
      'copy',
      '--all',
      '--quiet',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${source}/bench/app:1`,
      `docker://${target}/bench/app:1`,
    ],
    { env: { PATH: process.env.PATH, HOME: dir } },
    dir,
  );
}

/** The platforms the index at `ref` lists, checked untimed so each run is known to have done the work. */
async function platformsAt(ref) {
  const { stdout } = await support.execProcess(support.requireProgram('skopeo'), [
    'inspect',
    '--raw',
    '--tls-verify=false',
    `docker://${ref}`,
  ]);
  return JSON.parse(stdout).manifests?.length ?? 0;
}

/** One case: seeds registry A, then alternates ours and skopeo onto fresh registries B. */
async function runCase(testCase, runs, dir, log) {
  const skopeoBin = support.requireProgram('skopeo');
  const source = await support.startRegistry();
  try {
    for (const p of testCase.platforms) {
      const layout = join(dir, `layout-${testCase.name}-${p.suffix}`);
      writeOciLayout(layout, p, testCase.layerBytes);
      await support.execProcess(skopeoBin, [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `oci:${layout}:img`,
        `docker://${source.host}/bench/app:1-${p.suffix}`,
      ]);
      rmSync(layout, { recursive: true, force: true });
    }
    // The index skopeo copies: our merge on registry A itself (same repository: nothing to copy).
    await ours(source.host, source.host, testCase, dir);
    const figures = { oursMs: [], skopeoMs: [], oursRss: [], skopeoRss: [], timeRatio: [], rssRatio: [] };
    // One warm-up of each (page cache, registry A's first reads), not counted.
    for (let round = -1; round < runs; round++) {
      const pair = {};
      // Alternate who goes first so that drift in the machine's load hits both alike.
      for (const who of round % 2 === 0 ? ['ours', 'skopeo'] : ['skopeo', 'ours']) {
        const target = await support.startRegistry();
        try {
          pair[who] =
            who === 'ours'
              ? await ours(source.host, target.host, testCase, dir)
              : await skopeo(source.host, target.host, dir);
          const count = await platformsAt(`${target.host}/bench/app:1`);
          if (count !== testCase.platforms.length) {
            throw new Error(
              `${who}: ${target.host}/bench/app:1 lists ${count} platforms, not ${testCase.platforms.length}`,
            );
          }
        } finally {
          await target.stop();
        }
      }
      if (round < 0) continue;
      figures.oursMs.push(pair.ours.ms);
      figures.skopeoMs.push(pair.skopeo.ms);
      figures.oursRss.push(pair.ours.rssMb);
      figures.skopeoRss.push(pair.skopeo.rssMb);
      figures.timeRatio.push(pair.ours.ms / pair.skopeo.ms);
      figures.rssRatio.push(pair.ours.rssMb / pair.skopeo.rssMb);
      log(
        `${testCase.name} run ${round + 1}/${runs}: ours ${pair.ours.ms.toFixed(0)} ms ${pair.ours.rssMb.toFixed(1)} MB, ` +
          `skopeo ${pair.skopeo.ms.toFixed(0)} ms ${pair.skopeo.rssMb.toFixed(1)} MB`,
      );
    }
    return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, stats(v)]));
  } finally {
    await source.stop();
  }
}

/** Runs the benchmark; returns the figures (bench/run.mjs calls this). */
export async function runBenchmark({ runs = 5, log = () => undefined } = {}) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/build-dist.mjs manifest-merge`);
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-promotion-'));
  try {
    support ??= await loadTypeScript('bench/manifest-merge-entry.ts', join(dir, 'support'));
    support.requireProgram('time');
    const results = {};
    for (const testCase of CASES) results[testCase.name] = await runCase(testCase, runs, dir, log);
    const small = results['3x40MB'];
    const large = results['1x300MB'];
    // Memory must not depend on the layer size: the difference either way counts.
    const growthMb = Math.round((large.oursRss.median - small.oursRss.median) * 10) / 10;
    return {
      name: 'promotion',
      description:
        'promote an index from registry A to a fresh registry B: our manifest-merge bundle vs skopeo copy --all',
      runs,
      cases: results,
      rssGrowthMb: growthMb,
      targets: TARGETS,
      meetsTargets:
        small.timeRatio.median <= TARGETS.timeRatio &&
        large.timeRatio.median <= TARGETS.timeRatio &&
        small.oursRss.max <= TARGETS.rssMb &&
        Math.abs(growthMb) <= TARGETS.growthMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench/run.mjs's entry: runs the benchmark, prints the figures readably, returns them. */
export async function run(options = {}) {
  const result = await runBenchmark({ log: (m) => console.log(m), ...options });
  console.log(format(result));
  return result;
}

function format(result) {
  const f = (s, unit, digits = 0) =>
    `median ${s.median.toFixed(digits)}${unit} (min ${s.min.toFixed(digits)}, max ${s.max.toFixed(digits)})`;
  const lines = [result.description];
  for (const [name, c] of Object.entries(result.cases)) {
    lines.push(
      `  ${name}:`,
      `    time   ours ${f(c.oursMs, ' ms')}, skopeo ${f(c.skopeoMs, ' ms')}`,
      `           ratio ours/skopeo ${f(c.timeRatio, '', 3)} (target <= ${result.targets.timeRatio})`,
      `    peak RSS of the action process: ours ${f(c.oursRss, ' MB', 1)}, skopeo ${f(c.skopeoRss, ' MB', 1)}`,
      `           ratio ours/skopeo ${f(c.rssRatio, '', 2)}`,
    );
  }
  lines.push(
    `  our peak RSS for 3x40MB: max ${result.cases['3x40MB'].oursRss.max.toFixed(1)} MB (target <= ${result.targets.rssMb} MB)`,
    `  our peak RSS, 1x300MB minus 3x40MB (medians): ${result.rssGrowthMb} MB (target within ±${result.targets.growthMb} MB)`,
    `  meets targets: ${result.meetsTargets}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  run({ runs }).then(
    () => undefined,
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
