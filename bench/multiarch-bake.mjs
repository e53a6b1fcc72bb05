#!/usr/bin/env node
// Benchmark: a fully cached real build (one target, linux/amd64 + linux/arm64, pushed to a local
// docker-registry with a registry cache) with our multiarch-bake bundle (dist/, run as the runner
// runs it) against a raw `docker buildx bake` of the same definition (the exact command our plan
// file records), alternating in the same run on the same engine (Debian 13's dockerd + buildx
// 0.13.1, test/support/engine). Prints the time ratio (ours / raw: min, median, max) and the
// processes our step starts besides the bake. Targets: at most 1.15x; at most 2 processes
// besides the bake (docker/bake-action runs five: docker version, buildx version, buildx inspect,
// bake --print, bake).
//
//   node bench/multiarch-bake.mjs [--runs N]      (bench/run.mjs imports run())
//
// CIB_BENCH_RUNS sets the number of measured rounds (default 10; --runs wins).
//
// Needs root and the fetched engine (bash scripts/ensure-deps.sh); build the bundle first:
// node scripts/build-dist.mjs multiarch-bake.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTypeScript } from './load-typescript.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/multiarch-bake/main/index.js');

let support;

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 1000) / 1000;
  return { min: round(sorted[0]), median: round(median), max: round(sorted[sorted.length - 1]) };
}

/** The action's step environment: INPUT_* as the runner sets them, file commands, the engine. */
function stepEnv(engineEnv, dir, round, inputs) {
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(dir, `${name.toLowerCase()}-${round}`);
    writeFileSync(files[name], '');
  }
  const spec = {
    files: '',
    targets: 'default',
    set: '',
    vars: '',
    platforms: '',
    push: 'false',
    load: 'false',
    pull: 'false',
    'no-cache': 'false',
    builder: '',
    provenance: '',
    sbom: '',
    call: 'build',
    tags: '',
    'platform-tag-suffix': '',
    'push-by-digest': 'false',
    cache: '',
    'cache-ref': '',
    'cache-mode': 'max',
    'cache-scope': '',
    'build-args': '',
    'build-info': 'true',
    labels: '',
    annotations: '',
    allow: '',
    runners: '',
    'dry-run': 'false',
    ...inputs,
  };
  const env = {
    ...engineEnv,
    ...files,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: inputs.workspace,
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: join(dir, 'temp'),
    // A fixed build date: the created label is then the same in every run, as it is in the raw
    // bake's definition (which is our first run's), so both export the same image.
    SOURCE_DATE_EPOCH: '1764403200',
  };
  for (const [name, value] of Object.entries(spec))
    if (name !== 'workspace') env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, files };
}

// Debian's docker-registry (distribution 2.8) rewrites a tag's link file in place, so a HEAD of
// the tag racing the push of the same tag now and then gets "500 ... invalid checksum digest
// format"; buildx then fails the push. Such a run (either side) is run again and counted.
let registryRaces = 0;
const REGISTRY_RACE = /500 Internal Server Error/;

async function timedRun(command, args, options, before = () => undefined) {
  for (;;) {
    before();
    const started = performance.now();
    const result = await support.execProcess(command, args, { ...options, allowFailure: true });
    const ms = performance.now() - started;
    if (result.exitCode === 0) return ms;
    const output = `${result.stdout}\n${result.stderr}`;
    if (!REGISTRY_RACE.test(output) || ++registryRaces > 5)
      throw new Error(`${command} ${args.join(' ')} exited with ${result.exitCode}: ${output.slice(-2000)}`);
  }
}

async function ours(engineEnv, dir, round, inputs) {
  const { env, files } = stepEnv(engineEnv, dir, round, inputs);
  // A run again starts from empty file commands, as a fresh step would.
  const reset = () => Object.values(files).forEach((file) => writeFileSync(file, ''));
  const ms = await timedRun(support.nodeFor('node24'), [BUNDLE], { env, cwd: inputs.workspace }, reset);
  const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
  const ratio = /cache-hit-ratio<<(\S+)\n([0-9.]+)/.exec(outputs)?.[2];
  const plan = /plan-file<<(\S+)\n(.+)/.exec(outputs)?.[2];
  return { ms, ratio, plan };
}

async function raw(engineEnv, argv, cwd) {
  return { ms: await timedRun('docker', argv, { env: engineEnv, cwd }) };
}

/**
 * A DOCKER_CONFIG whose buildx plugin logs each call, then runs the engine's buildx: counts the
 * buildx processes our step starts, directly or through the docker CLI (the CLI's own
 * `docker-cli-plugin-metadata` queries are left out).
 */
function countingBuildx(dir, engine) {
  const config = join(dir, 'counting-config');
  mkdirSync(join(config, 'cli-plugins'), { recursive: true });
  const log = join(dir, 'buildx-calls.log');
  const real = join(engine.dockerConfig, 'cli-plugins', 'docker-buildx');
  writeFileSync(
    join(config, 'cli-plugins', 'docker-buildx'),
    `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`,
  );
  chmodSync(join(config, 'cli-plugins', 'docker-buildx'), 0o755);
  const calls = () =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .filter((c) => c !== 'docker-cli-plugin-metadata')
      : [];
  return { config, calls };
}

/** Runs the benchmark; returns the figures (bench/run.mjs calls this). */
export async function runBenchmark({ runs = 10, log = () => undefined } = {}) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/build-dist.mjs multiarch-bake`);
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-bake-'));
  mkdirSync(join(dir, 'temp'));
  support ??= await loadTypeScript('bench/multiarch-bake-entry.ts', join(dir, 'support'));
  const started = performance.now();
  const engine = await support.startEngine();
  const engineStartMs = performance.now() - started;
  const registry = await support.startRegistry();
  try {
    const engineEnv = support.dockerEnv(engine, { PATH: process.env.PATH });
    const base = await support.pushBaseImage(engine, registry.host);
    const workspace = support.writeBakeProject({
      base,
      targets: { default: `  tags = ["${registry.host}/bench/app:1"]\n  platforms = ["linux/amd64", "linux/arm64"]` },
    });
    const inputs = { workspace, push: 'true', cache: 'registry', 'cache-ref': `${registry.host}/bench/cache` };
    const first = await ours(engineEnv, dir, 'first', inputs);
    log(`first (uncached) run: ${(first.ms / 1000).toFixed(2)} s, cache hit ratio ${first.ratio}`);
    const command = JSON.parse(readFileSync(first.plan, 'utf8')).command;
    const argv = command.split(' ').slice(1);
    if (argv.some((arg) => arg.startsWith("'"))) throw new Error(`the plan's command needs shell quoting: ${command}`);
    // Warm-up of each, not counted.
    await ours(engineEnv, dir, 'warmup', inputs);
    await raw(engineEnv, argv, workspace);
    const oursMs = [];
    const rawMs = [];
    const ratios = [];
    let lastRatio = '';
    for (let round = 0; round < runs; round++) {
      // Alternate who goes first so that drift in the machine's load hits both alike.
      const a = round % 2 === 0 ? await ours(engineEnv, dir, round, inputs) : undefined;
      const b = await raw(engineEnv, argv, workspace);
      const c = a ?? (await ours(engineEnv, dir, round, inputs));
      oursMs.push(c.ms);
      rawMs.push(b.ms);
      ratios.push(c.ms / b.ms);
      lastRatio = c.ratio;
      log(
        `round ${round}: ours ${c.ms.toFixed(0)} ms, raw bake ${b.ms.toFixed(0)} ms, ratio ${(c.ms / b.ms).toFixed(3)}`,
      );
    }
    const counting = countingBuildx(dir, engine);
    await ours({ ...engineEnv, DOCKER_CONFIG: counting.config }, dir, 'count', inputs);
    const calls = counting.calls();
    // The bake itself: `bake ...` when our step runs the plugin directly, `buildx bake ...` when it
    // goes through the docker CLI (which starts the plugin so); either way without --print.
    const isBake = (c) => /^(buildx )?bake /.test(c) && !/(^| )--print( |$)/.test(c);
    const besides = calls.filter((c) => !isBake(c));
    return {
      engineStartSeconds: Math.round(engineStartMs) / 1000,
      dockerdReadySeconds: engine.startMs / 1000,
      firstRunSeconds: Math.round(first.ms) / 1000,
      cacheHitRatio: lastRatio,
      oursSeconds: stats(oursMs.map((ms) => ms / 1000)),
      rawBakeSeconds: stats(rawMs.map((ms) => ms / 1000)),
      ratio: stats(ratios),
      target: 'ratio median <= 1.15',
      processesBesidesBake: besides.length,
      processes: calls,
      processTarget: '<= 2',
      registryRacesRetried: registryRaces,
    };
  } finally {
    await registry.stop();
    await support.stopDockerd(engine);
  }
}

export async function run() {
  return runBenchmark({ runs: Number(process.env.CIB_BENCH_RUNS) || 10, log: (line) => console.log(line) });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : Number(process.env.CIB_BENCH_RUNS) || 10;
  console.log(JSON.stringify(await runBenchmark({ runs, log: (line) => console.log(line) }), null, 2));
}
