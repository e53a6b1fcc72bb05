// The hardening checks themselves can fail: each flags what it is for (a value split across
// argv, passed as an option, a forbidden program, a file in the canary folder, an internal
// error), the recorder really sees the processes a run starts, and the draw is deterministic.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEAK_RSS_PROBE, type StepResult } from '../support/runner-harness';
import { catalog } from './support/action-catalog';
import { createExecRecorder } from './support/exec-recorder';
import {
  argvViolations,
  canaryViolations,
  decoyViolations,
  failureViolations,
  forgedCommands,
} from './support/hostile-checks';
import { DECOY_CONTENT, decoyFile, hostileValues } from './support/hostile-values';
import { drawSettings, sample } from './support/draw';
import { seededRandom } from '../support/seeded-random';
import { allForms, PASSWORD, SSH_KEY } from './support/secret-values';

const step = (over: Partial<StepResult>): StepResult => ({
  exitCode: 1,
  signal: null,
  stdout: '',
  stderr: '',
  outputs: {},
  state: {},
  env: {},
  path: [],
  summary: '',
  commands: [],
  errors: [],
  warnings: [],
  masks: [],
  ...over,
});

test('argv: one element holding the value passes; a split value, an option or a shell is flagged', () => {
  const value = 'x; touch /tmp/canary/pwned-3';
  expect(argvViolations([{ program: 'git', argv: ['cat-file', '-t', `refs/tags/${value}`] }], value)).toEqual([]);
  expect(argvViolations([{ program: 'git', argv: ['cat-file', 'x;', 'touch', '/tmp/canary/pwned-3'] }], value)).toEqual(
    ['git got part of the value: argv[3] "/tmp/canary/pwned-3"'],
  );
  expect(argvViolations([{ program: 'git', argv: ['fetch', '--upload-pack=evil'] }], '--upload-pack=evil')).toEqual([
    'git got the value as an option: argv[1] "--upload-pack=evil"',
  ]);
  expect(
    argvViolations([{ program: 'git', argv: ['fetch', '--', '--upload-pack=evil'] }], '--upload-pack=evil'),
  ).toEqual([]);
  expect(argvViolations([{ program: 'sh', argv: ['-c', 'id'] }], 'id')[0]).toMatch(/^forbidden program started: sh/);
});

test('canary: any file but the one an output-path input named is flagged', () => {
  const canary = mkdtempSync(join(tmpdir(), 'cib-harden-check-'));
  mkdirSync(join(canary, 'out'));
  writeFileSync(join(canary, 'out', 'build-info.json'), '{}');
  expect(canaryViolations(canary, join(canary, 'out', 'build-info.json'))).toEqual([]);
  writeFileSync(join(canary, 'pwned-1'), '');
  expect(canaryViolations(canary, join(canary, 'out', 'build-info.json'))).toEqual(['file appeared: pwned-1']);
  expect(canaryViolations(canary)).toHaveLength(3);
  rmSync(canary, { recursive: true });
});

test('decoy: the traversal value aims at the decoy, never a system file; a removed or changed decoy is flagged', () => {
  const canary = mkdtempSync(join(tmpdir(), 'cib-harden-check-'));
  const traversal = hostileValues(canary, 'json-file').filter((v) => v.kind === 'traversal');
  expect(traversal.some((v) => v.value.endsWith(decoyFile(canary)))).toBe(true);
  // Raw or URL-encoded, every traversal value ends at the canary or the decoy, never outside.
  const decoded = traversal.map((v) => decodeURIComponent(v.value));
  expect(decoded.filter((value) => !value.includes(canary))).toEqual([]);
  expect(decoded.filter((value) => value.endsWith(decoyFile(canary)))).toHaveLength(2);
  mkdirSync(`${canary}.decoy`);
  writeFileSync(decoyFile(canary), DECOY_CONTENT);
  expect(decoyViolations(canary)).toEqual([]);
  writeFileSync(decoyFile(canary), '{}');
  expect(decoyViolations(canary)).toEqual([`the decoy system file ${decoyFile(canary)} was changed`]);
  rmSync(decoyFile(canary));
  expect(decoyViolations(canary)).toEqual([`the decoy system file ${decoyFile(canary)} was removed`]);
  rmSync(canary, { recursive: true });
  rmSync(`${canary}.decoy`, { recursive: true });
});

test('failures: an internal error, a silent exit and an error naming nothing are flagged', () => {
  expect(failureViolations(step({ errors: ['internal error in cib x 0.1.0: boom'] }), 'tags', 'a')[0]).toMatch(
    /^internal error/,
  );
  expect(failureViolations(step({}), 'tags', 'a')[0]).toMatch(/without an ::error::/);
  expect(failureViolations(step({ errors: ['Something failed'] }), 'tags', 'zzz')[0]).toMatch(/names neither/);
  expect(failureViolations(step({ errors: ['Input "tags" is "zzz": expected ...'] }), 'tags', 'zzz')).toEqual([]);
  expect(
    failureViolations(step({ errors: ['Could not reach docker.io/library/line1'] }), 'tags', 'line1\nline2'),
  ).toEqual([]);
  const forged = step({ commands: [{ command: 'error', properties: {}, message: 'forged annotation' }] });
  expect(forgedCommands(forged)).toEqual(['forged ::error:: forged annotation']);
});

test('the exec recorder sees the real argv of a program started by name, one element each', () => {
  const recorder = createExecRecorder();
  const out = execFileSync('git', ['--version', 'a b;c'], { env: { PATH: recorder.path }, encoding: 'utf8' });
  expect(out).toMatch(/^git version/);
  expect(recorder.calls()).toEqual([{ program: 'git', argv: ['--version', 'a b;c'] }]);
  recorder.remove();
});

test('the catalog reads every action.yml, and a stub is skipped only while its action.yml says so', () => {
  const actions = catalog();
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining(['build-info', 'latest-manager', 'manifest-merge']),
  );
  for (const action of actions.filter((a) => ['build-info', 'latest-manager', 'manifest-merge'].includes(a.name)))
    expect(action.skipped).toBeUndefined();
  expect(actions.find((a) => a.name === 'manifest-merge')?.inputs).toContain('sources');
});

test('the CI draw is deterministic for a seed and differs between seeds', () => {
  const items = Array.from({ length: 1000 }, (_, i) => i);
  expect(sample(items, 50, seededRandom(13))).toEqual(sample(items, 50, seededRandom(13)));
  expect(sample(items, 50, seededRandom(13))).not.toEqual(sample(items, 50, seededRandom(14)));
  expect(drawSettings({})).toEqual({ draw: 'ci', seed: 13 });
  expect(drawSettings({ HARDEN_DRAW: 'full', HARDEN_SEED: '7' })).toEqual({ draw: 'full', seed: 7 });
  expect(() => drawSettings({ HARDEN_DRAW: 'all' })).toThrow('HARDEN_DRAW is "all": expected full or ci');
});

test('secret forms: JSON-escaped, URL-encoded, base64 with the user, and each line of a key', () => {
  const forms = allForms([PASSWORD, SSH_KEY], 'tester');
  expect(forms).toEqual(
    expect.arrayContaining([
      PASSWORD,
      JSON.stringify(PASSWORD).slice(1, -1),
      encodeURIComponent(PASSWORD),
      Buffer.from(`tester:${PASSWORD}`).toString('base64'),
      SSH_KEY.split('\n')[1],
    ]),
  );
  expect(forms).not.toContain('-----BEGIN OPENSSH PRIVATE KEY-----');
});

test("the peak-RSS probe measures the process it is loaded into, not the parent that started it (Linux's ru_maxrss counts the parent's forked copy)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'peak-rss-'));
  const figure = join(dir, 'peak');
  // A parent holding 300 MB starts a child that uses about 40 MB, then one that allocates 150 MB more.
  const script = [
    "const { execFileSync } = require('node:child_process');",
    'const held = Buffer.alloc(300 * 1024 * 1024, 1);',
    `const run = (code, file) => execFileSync(process.execPath, ['--require', ${JSON.stringify(PEAK_RSS_PROBE)}, '-e', code], { env: { ...process.env, CIB_PEAK_RSS_FILE: file } });`,
    `run('0', ${JSON.stringify(`${figure}-idle`)});`,
    `run('const b = Buffer.alloc(150 * 1024 * 1024, 1); b[0] = 2', ${JSON.stringify(`${figure}-busy`)});`,
    'held[0] = 2;',
  ].join('\n');
  try {
    execFileSync(process.execPath, ['-e', script]);
    const idleMb = Number(readFileSync(`${figure}-idle`, 'utf8')) / 1024;
    const busyMb = Number(readFileSync(`${figure}-busy`, 'utf8')) / 1024;
    expect(idleMb).toBeGreaterThan(10);
    expect(idleMb).toBeLessThan(120);
    expect(busyMb).toBeGreaterThan(idleMb + 140);
    expect(busyMb).toBeLessThan(300);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
