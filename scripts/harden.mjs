// npm run harden: the hardening suite of issue 13 (test/hardening/), with its figures. Outside CI
// it runs the full matrix, in CI (CI=true) the seeded draw that plain `npm test` runs too;
// HARDEN_DRAW=full|ci and HARDEN_SEED=<n> choose explicitly. Prints each part's figures and
// ends with one summary line; exits non-zero when any hardening test failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'cib-harden-'));
const figuresFile = join(dir, 'figures.jsonl');
const reportFile = join(dir, 'jest.json');
const draw = process.env.HARDEN_DRAW ?? (process.env.CI === 'true' ? 'ci' : 'full');
const seed = process.env.HARDEN_SEED ?? '13';
const started = Date.now();

const jest = spawnSync(
  'npx',
  ['jest', '--ci', '--json', `--outputFile=${reportFile}`, 'test/hardening/', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HARDEN_DRAW: draw, HARDEN_SEED: seed, HARDEN_FIGURES_FILE: figuresFile },
  },
);

const figures = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const order = ['hostile-input', 'secrets', 'registry-faults', 'ec2-faults', 'races', 'huge-inputs'];
figures.sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part));
console.log('== hardening figures');
for (const f of figures) console.log(`${f.part}: ${f.line}`);
for (const part of order)
  if (!figures.some((f) => f.part === part)) console.log(`${part}: no figures (its test did not finish)`);

const sum = (part, key) => figures.filter((f) => f.part === part).reduce((n, f) => n + (f.counts[key] ?? 0), 0);
let passed = 0;
let failed = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
}
rmSync(dir, { recursive: true, force: true });
const status = jest.status === 0 && failed === 0 ? 'green' : 'RED';
console.log(
  `harden ${status} (${draw} draw, seed ${seed}, ${Math.round((Date.now() - started) / 1000)} s): ` +
    `hostile input ${sum('hostile-input', 'cases')} cases/${sum('hostile-input', 'violations')} violations, ` +
    `secrets ${sum('secrets', 'runs')} runs/${sum('secrets', 'places')} places/${sum('secrets', 'leaks')} leaks, ` +
    `registry faults ${sum('registry-faults', 'runs')} runs/${sum('registry-faults', 'faults')} faults ` +
    `(${sum('registry-faults', 'correct')} correct, ${sum('registry-faults', 'failedClean')} failed clean), ` +
    `ec2 faults ${sum('ec2-faults', 'runs')} runs/${sum('ec2-faults', 'faults')} faults/${sum('ec2-faults', 'cancellations')} cancellations ` +
    `(${sum('ec2-faults', 'succeeded')} ok, ${sum('ec2-faults', 'failedCleanly')} failed clean, ${sum('ec2-faults', 'cancelled')} cancelled), ` +
    `races ${sum('races', 'trials')} trials, huge inputs ${sum('huge-inputs', 'cases')} cases; ` +
    `tests ${passed} passed, ${failed} failed`,
);
process.exit(status === 'green' ? 0 : 1);
