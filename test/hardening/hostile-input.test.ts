// Issue 13, point 1: every input of every landed action (read from action.yml) run through the
// bundled action with each hostile value (support/hostile-values.ts), one input at a time over a
// working baseline (support/baselines.ts). Processes are recorded at the PATH seam
// (support/exec-recorder.ts); the checks are in support/hostile-checks.ts. Full matrix with
// HARDEN_DRAW=full (npm run harden outside CI), a seeded subset otherwise.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runAction } from '../support/runner-harness';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { implementedActions, isOutputPathInput, skippedLine } from './support/action-catalog';
import { baselineOf, seedBaselines, startE2cWorld, stopE2cWorld, type BaselineWorld } from './support/baselines';
import { createExecRecorder } from './support/exec-recorder';
import { report } from './support/figures';
import {
  argvViolations,
  canaryViolations,
  decoyViolations,
  failureViolations,
  forgedCommands,
} from './support/hostile-checks';
import { DECOY_CONTENT, decoyFile, hostileValues } from './support/hostile-values';
import { runPool } from './support/pool';
import { drawSettings, sample } from './support/draw';
import { seededRandom } from '../support/seeded-random';

/** Cases the CI draw runs (of about 1,400 in the full matrix). */
const CI_CASES = 120;
const POOL = 2;

interface Case {
  action: string;
  input: string;
  payload: string;
}

let registry: RegistryServer;
let world: BaselineWorld;
beforeAll(async () => {
  registry = await startRegistry();
  world = { ...(await seedBaselines(registry)), e2c: await startE2cWorld() };
});
afterAll(async () => {
  await stopE2cWorld(world?.e2c);
  await registry?.stop();
});

test('hostile values in every input: nothing runs, nothing splits, clear errors', async () => {
  const { draw, seed } = drawSettings();
  const actions = implementedActions();
  // The payload ids do not depend on the canary folder, so the matrix is known before any run.
  const all: Case[] = actions.flatMap((action) =>
    action.inputs.flatMap((input) =>
      hostileValues('/canary', input).map((payload) => ({ action: action.name, input, payload: payload.id })),
    ),
  );
  // HARDEN_INPUTS=<action>[.<input>],... keeps the cases of those only (to replay a finding).
  const only = (process.env.HARDEN_INPUTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const kept = only.length
    ? all.filter((c) => only.includes(c.action) || only.includes(`${c.action}.${c.input}`))
    : all;
  const unknown = only.filter((o) => !all.some((c) => o === c.action || o === `${c.action}.${c.input}`));
  if (unknown.length) throw new Error(`HARDEN_INPUTS names no action or action.input: ${unknown.join(', ')}`);
  const cases = draw === 'full' ? kept : sample(kept, CI_CASES, seededRandom(seed));
  const outcomes = { worked: 0, refused: 0 };
  const noBaseline = new Set<string>();
  const violations = await runPool(cases, POOL, async ({ action, input, payload }) => {
    const spec = actions.find((a) => a.name === action)!.spec;
    const baseline = baselineOf(action, world) ?? (noBaseline.add(action), { inputs: {} });
    const canary = mkdtempSync(join(tmpdir(), 'cib-harden-canary-'));
    mkdirSync(dirname(decoyFile(canary)));
    writeFileSync(decoyFile(canary), DECOY_CONTENT);
    const value = hostileValues(canary, input).find((p) => p.id === payload)!.value;
    const recorder = createExecRecorder(
      baseline.programDirs ? [...baseline.programDirs, process.env.PATH ?? '/usr/bin:/bin'].join(':') : undefined,
    );
    const workspace = baseline.workspace?.();
    const run = await runAction(action, {
      inputs: { ...baseline.inputs, [input]: value },
      env: { ...baseline.env, PATH: recorder.path },
      workspace,
      debug: true,
    });
    const steps = [run.main, ...(run.post ? [run.post] : [])];
    const description = spec.inputs?.[input]?.description ?? '';
    const allowed = isOutputPathInput(input, description) ? resolve(run.workspace, value.trim()) : undefined;
    const found = [
      ...canaryViolations(canary, allowed),
      ...decoyViolations(canary),
      ...argvViolations(recorder.calls(), value),
      ...steps.flatMap(forgedCommands),
      ...steps.flatMap((step) => failureViolations(step, input, value)),
    ];
    if (run.main.exitCode === 0) outcomes.worked++;
    else outcomes.refused++;
    recorder.remove();
    rmSync(canary, { recursive: true, force: true });
    rmSync(dirname(decoyFile(canary)), { recursive: true, force: true });
    rmSync(run.runnerDir, { recursive: true, force: true });
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    return found.map((v) => `${action} ${input} ${payload}: ${v}`);
  });
  const inputs = new Set(cases.map((c) => `${c.action}/${c.input}`)).size;
  const bad = violations.flat();
  report({
    part: 'hostile-input',
    line:
      `${cases.length} (action, input, payload) cases of ${all.length} (${draw} draw, seed ${seed}` +
      `${only.length ? `, only ${only.join(', ')}` : ''}) over ${inputs} inputs ` +
      `of ${actions.length} actions: ${outcomes.worked} worked, ${outcomes.refused} refused clearly, ${bad.length} violations` +
      (noBaseline.size ? `; defaults only (no baseline yet): ${[...noBaseline].join(', ')}` : '') +
      `; ${skippedLine()}`,
    counts: { cases: cases.length, violations: bad.length },
  });
  expect(bad).toEqual([]);
}, 3_600_000);
