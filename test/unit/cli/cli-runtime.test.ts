// The CLI runtime and runCli with a test action handed in: state across phases (each phase a new
// runtime reading the state file, as separate processes do), outputs, exported variables, the
// summary, masking and exit codes.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '@cib/core/runner/runtime';
import { InputError } from '@cib/core/errors/input-error';
import { inputsFrom, readString } from '@cib/core/runner/inputs';
import type { ActionSpec } from '../../../packages/cli/src/action-spec';
import type { ActionModule } from '../../../packages/cli/src/action-loaders';
import { runCli } from '../../../packages/cli/src/cli';
import { createCliRuntime } from '../../../packages/cli/src/cli-runtime';
import { createCliLogger } from '../../../packages/cli/src/cli-logger';
import { SecretMasker } from '../../../packages/cli/src/secret-masker';
import { defaultStateFile } from '../../../packages/cli/src/state-file';

const spec: ActionSpec = {
  name: 'tester',
  description: 'A test-only action',
  inputs: [
    { name: 'name', description: 'a name', required: false, default: 'world' },
    { name: 'password', description: 'a secret', required: false, default: '' },
    { name: 'token', description: 'a token', required: false, default: '${{ github.token }}' },
    { name: 'fail', description: 'fail?', required: false, default: 'false' },
  ],
  outputs: [
    { name: 'greeting', description: 'hello' },
    { name: 'instance-id', description: 'from state' },
  ],
  post: true,
  postIf: 'always()',
};

/** Main saves state (one line and multi-line), post reads it back: the e2c-runner pattern. */
const tester: ActionModule = {
  async run(rt: Runtime) {
    const inputs = inputsFrom<'password' | 'name' | 'token' | 'fail'>(rt);
    const password = readString(inputs, 'password');
    rt.setSecret(password);
    rt.saveState('TARGET_INSTANCE_ID', 'i-0123456789abcdef0');
    rt.saveState('NOTES', 'line one\nline two');
    rt.exportVariable('GREETED', readString(inputs, 'name'));
    rt.setOutput('greeting', `hello ${readString(inputs, 'name')}`);
    rt.log.info(`using password ${password} and token ${readString(inputs, 'token')}`);
    rt.appendSummary(`## Tester\n\npassword: ${password}\n`);
    if (readString(inputs, 'fail') === 'true') throw new InputError('password', password, 'something else');
  },
  async post(rt: Runtime) {
    rt.setOutput('instance-id', rt.getState('TARGET_INSTANCE_ID'));
    rt.setOutput('notes', rt.getState('NOTES'));
  },
};

function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = mkdtempSync(join(tmpdir(), 'cib-cli-'))) {
  let stdout = '';
  let stderr = '';
  const result = runCli(argv, {
    env,
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    specs: { tester: spec },
    loaders: { tester: async () => tester },
  });
  return result.then((code) => ({ code, stdout, stderr, cwd }));
}

describe('cib CLI runtime', () => {
  it('keeps state in the state file from main to post, across separate runs', async () => {
    const main = await cli(['tester', '--state-file', 'state.env'], { CI_JOB_ID: '777' });
    expect(main.code).toBe(0);
    const file = join(main.cwd, 'state.env');
    expect(readFileSync(file, 'utf8')).toMatch(/^TARGET_INSTANCE_ID=i-0123456789abcdef0\nNOTES<<ghadelimiter_/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const post = await cli(['tester', '--phase', 'post', '--state-file', 'state.env', '--json'], {}, main.cwd);
    expect(post.code).toBe(0);
    expect((JSON.parse(post.stdout) as { outputs: unknown }).outputs).toEqual({
      'instance-id': 'i-0123456789abcdef0',
      notes: 'line one\nline two',
    });
  });

  it('keeps state in .cib/state-<action>-<job id>.env by default', async () => {
    const env = { GITLAB_CI: 'true', CI_JOB_ID: '777' };
    const main = await cli(['tester'], env);
    expect(existsSync(defaultStateFile(main.cwd, 'tester', '777'))).toBe(true);
    expect(defaultStateFile(main.cwd, 'tester', '777')).toBe(join(main.cwd, '.cib', 'state-tester-777.env'));
    const post = await cli(['tester', '--phase', 'post'], env, main.cwd);
    expect(post.stdout).toContain('INSTANCE_ID=i-0123456789abcdef0\n');
  });

  it('tells the action where its state file is: --state-file resolved against the working directory, else the default', async () => {
    const seen: Array<string | undefined> = [];
    const where = async (argv: string[], env: NodeJS.ProcessEnv, cwd: string) =>
      runCli(argv, {
        env,
        cwd,
        stdout: () => undefined,
        stderr: () => undefined,
        specs: { tester: spec },
        loaders: { tester: async () => ({ run: async (rt) => void seen.push(rt.stateFile()) }) },
      });
    const cwd = mkdtempSync(join(tmpdir(), 'cib-cli-'));
    await where(['tester', '--state-file', 'run/.e2c_instance_state_42'], {}, cwd);
    await where(['tester'], { GITLAB_CI: 'true', CI_JOB_ID: '42' }, cwd);
    expect(seen).toEqual([join(cwd, 'run/.e2c_instance_state_42'), join(cwd, '.cib', 'state-tester-42.env')]);
  });

  it('reads state saved by an earlier runtime in a new one (as the next process does)', () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'cib-state-')), 'nested', 's.env');
    const masker = new SecretMasker();
    const log = createCliLogger({ write: () => undefined, masker, debug: false, gitlab: false });
    const make = () => createCliRuntime({ inputs: new Map(), env: {}, log, masker, stateFile }).runtime;
    const first = make();
    first.saveState('A', '1');
    first.saveState('B', 'x=y');
    first.saveState('A', '2');
    const second = make();
    expect([second.getState('A'), second.getState('B'), second.getState('missing')]).toEqual(['2', 'x=y', '']);
    expect(second.stateFile()).toBe(stateFile);
  });

  it('prints outputs and exported variables as KEY=VALUE lines on stdout, logs and summary on stderr', async () => {
    const run = await cli(['tester', '--name', 'cib']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('GREETING=hello cib\nGREETED=cib\n');
    expect(run.stderr).toContain('using password  and token ');
    expect(run.stderr).toContain('## Tester');
  });

  it('prints one JSON object with --json', async () => {
    const run = await cli(['tester', '--json', '--name', 'cib']);
    expect(JSON.parse(run.stdout)).toEqual({ outputs: { greeting: 'hello cib' }, env: { GREETED: 'cib' } });
  });

  it('writes the summary to --summary-file instead of stderr', async () => {
    const run = await cli(['tester', '--summary-file', 'summary.md']);
    expect(readFileSync(join(run.cwd, 'summary.md'), 'utf8')).toBe('## Tester\n\npassword: \n');
    expect(run.stderr).not.toContain('## Tester');
  });

  it('masks secrets given to setSecret and the token in logs, summary, outputs and errors', async () => {
    const env = { CI_JOB_TOKEN: 'glcbt-64-token' };
    const run = await cli(
      ['tester', '--password', 's3cr3t-pw', '--name', 's3cr3t-pw', '--fail', 'true', '--json'],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('using password *** and token ***');
    expect(run.stderr).toContain('password: ***');
    expect(run.stderr).toContain('error: Input "password" is "***": expected something else');
    expect(JSON.parse(run.stdout)).toEqual({
      outputs: { greeting: 'hello ***' },
      env: { GREETED: '***' },
      error: 'Input "password" is "***": expected something else',
    });
    expect(run.stdout + run.stderr).not.toMatch(/s3cr3t-pw|glcbt-64-token/);
  });

  it.each([
    ['an unknown phase', ['tester', '--phase', 'deploy'], 'Unknown phase "deploy" for tester: expected main or post'],
    ['post of an action without one', ['plain', '--phase', 'post'], 'plain has no post step'],
  ])('refuses %s with exit code 2', async (_, argv, message) => {
    let stderr = '';
    const code = await runCli(argv, {
      env: {},
      cwd: mkdtempSync(join(tmpdir(), 'cib-cli-')),
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      specs: { tester: spec, plain: { ...spec, name: 'plain', post: false } },
      loaders: { tester: async () => tester },
    });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('passes a phase other than main/post to an action that declares a phase input', async () => {
    const phased: ActionSpec = {
      ...spec,
      inputs: [...spec.inputs, { name: 'phase', description: 'p', required: false }],
    };
    let seen = '';
    const code = await runCli(['phased', '--phase', 'teardown', '--state-file', 's.env'], {
      env: {},
      cwd: mkdtempSync(join(tmpdir(), 'cib-cli-')),
      stdout: () => undefined,
      stderr: () => undefined,
      specs: { phased },
      loaders: { phased: async () => ({ run: async (rt) => void (seen = rt.getInput('phase')) }) },
    });
    expect([code, seen]).toEqual([0, 'teardown']);
  });

  it('fails with exit code 1 when an action has no code wired in yet', async () => {
    let stderr = '';
    const code = await runCli(['tester'], {
      env: {},
      cwd: mkdtempSync(join(tmpdir(), 'cib-cli-')),
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      specs: { tester: spec },
      loaders: {},
    });
    expect(code).toBe(1);
    expect(stderr).toContain("tester's code is not wired into the cib CLI yet");
  });

  it('reports a bug in an action as an internal error of cib, with the stack only under --debug', async () => {
    const run = async (debug: boolean) => {
      let stderr = '';
      let stdout = '';
      const code = await runCli(['tester', ...(debug ? ['--debug'] : []), '--json'], {
        env: {},
        cwd: mkdtempSync(join(tmpdir(), 'cib-cli-')),
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        specs: { tester: spec },
        loaders: {
          tester: async () => ({
            run: async () => {
              throw new TypeError('x.map is not a function');
            },
          }),
        },
      });
      return { code, stderr, json: JSON.parse(stdout) as { error: string } };
    };
    const quiet = await run(false);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(/internal error in cib tester \S+: x\.map is not a function/);
    expect(quiet.stderr).not.toMatch(/\bat /);
    expect(quiet.json.error).toMatch(/^internal error in cib tester \S+: x\.map is not a function$/);
    expect((await run(true)).stderr).toMatch(/TypeError: x\.map is not a function\n\s+at /);
  });
});
