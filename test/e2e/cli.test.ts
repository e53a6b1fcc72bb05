// The cib CLI end to end: the bundle dist/cli/index.js run as a plain `node` process, the way a
// GitLab job or a laptop runs it (no runner, no INPUT_* variables). The state file round trip and
// setSecret masking are covered with a test-only action in test/unit/cli/cli-runtime.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../support/runner-harness';

const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** GitLab CI's predefined variables for a tag pipeline. */
const GITLAB_TAG_PIPELINE = {
  GITLAB_CI: 'true',
  CI: 'true',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_TAG: 'v1.4.0',
  CI_COMMIT_REF_NAME: 'v1.4.0',
  CI_PIPELINE_ID: '4242',
  CI_PIPELINE_SOURCE: 'push',
  CI_JOB_ID: '777',
  CI_PROJECT_PATH: 'grp/app',
  CI_PROJECT_URL: 'https://gitlab.example.com/grp/app',
};

function cib(
  args: string[],
  env: Record<string, string> = {},
  cwd = mkdtempSync(join(tmpdir(), 'cib-e2e-cli-')),
  bundle = CLI,
) {
  // A clean environment: nothing from the machine running the tests (no GITHUB_* from a CI runner).
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, cwd };
}

/** Reads KEY=VALUE lines as a dotenv consumer does (a value starting with `"` is a JSON string). */
function readDotenv(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line !== '');
  return Object.fromEntries(
    lines.map((line) => {
      expect(line).toMatch(/^[A-Z_][A-Z0-9_]*=/);
      const eq = line.indexOf('=');
      const raw = line.slice(eq + 1);
      return [line.slice(0, eq), raw.startsWith('"') ? (JSON.parse(raw) as string) : raw];
    }),
  );
}

const actions = [
  'build-info',
  'e2c-runner',
  'latest-manager',
  'manifest-merge',
  'multiarch-bake',
  'quality-gate',
].filter((name) => {
  try {
    readFileSync(join(REPO_ROOT, name, 'action.yml'));
    return true;
  } catch {
    return false;
  }
});

describe('cib --help', () => {
  it('lists every action, on stdout, with exit code 0', () => {
    const run = cib(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: cib <action> [--<input> <value>]... [options]');
    for (const name of actions) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('prints the help on stderr with exit code 2 when no action is given', () => {
    const run = cib([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Actions:');
  });

  it.each(actions)('cib %s --help lists the inputs of its action.yml with their defaults', (name) => {
    const spec = parseYaml(readFileSync(join(REPO_ROOT, name, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: string }>;
      outputs?: Record<string, unknown>;
    };
    const run = cib([name, '--help']);
    expect(run.code).toBe(0);
    for (const [input, { default: value }] of Object.entries(spec.inputs ?? {})) {
      expect(run.stdout).toMatch(new RegExp(`^  --${input} `, 'm'));
      if (value !== undefined && value !== '') expect(run.stdout).toContain(`default: ${value}`);
    }
    for (const output of Object.keys(spec.outputs ?? {})) expect(run.stdout).toMatch(new RegExp(`^  ${output} `, 'm'));
  });
});

describe('bad command lines exit with code 2 and say what is wrong', () => {
  it('an unknown action, listing the actions', () => {
    const run = cib(['deploy-everything']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Unknown action "deploy-everything". Actions: ${actions.join(', ')}`);
    expect(run.stdout).toBe('');
  });

  it("an unknown flag, naming it and listing the action's inputs", () => {
    const run = cib(['build-info', '--verison', '1.2.3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown input "--verison" for build-info. Its inputs: --version, ');
    expect(run.stdout).toBe('');
  });
});

describe('quality-gate through the CLI', () => {
  const lcov = join(REPO_ROOT, 'test/fixtures/quality/generated/jest.lcov');

  it('judges a report outside GitHub: outputs as JSON, the report on stdout, no API call', () => {
    const run = cib([
      'quality-gate',
      '--coverage-files',
      lcov,
      '--min-line-coverage',
      '50',
      '--baseline',
      'none',
      '--json',
    ]);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { outputs: Record<string, string> };
    expect(result.outputs).toMatchObject({ passed: 'true', conclusion: 'success', coverage: '57.14' });
  });

  it('fails the command when the gate fails', () => {
    const run = cib(['quality-gate', '--coverage-files', lcov, '--min-line-coverage', '80', '--baseline', 'none']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Quality gate failed: 1 of 1 rules failed: min-line-coverage');
  });
});

describe('phases', () => {
  it.each(['multiarch-bake'])('runs the post step of %s with --phase post (with nothing to do it exits 0)', (name) => {
    const run = cib([name, '--phase', 'post']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('refuses --phase post for an action without a post step, with exit code 2', () => {
    const run = cib(['quality-gate', '--phase', 'post']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('quality-gate has no post step');
  });
});

describe('cib build-info derives the version from GitLab variables', () => {
  const base = { GITLAB_CI: 'true', CI_COMMIT_SHA: SHA, CI_PIPELINE_ID: '4242', CI_JOB_ID: '777' };
  it.each([
    ['a tag pipeline', { CI_COMMIT_TAG: 'v1.4.0', CI_COMMIT_REF_NAME: 'v1.4.0' }, '1.4.0', 'refs/tags/v1.4.0'],
    ['a branch pipeline', { CI_COMMIT_REF_NAME: 'feature/Login' }, 'feature-login-0123456', 'refs/heads/feature/Login'],
    [
      'a merge request pipeline',
      {
        CI_COMMIT_REF_NAME: 'feature/login',
        CI_MERGE_REQUEST_IID: '12',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/login',
      },
      'pr-12-0123456',
      'refs/merge-requests/12/head',
    ],
  ])('%s', (_, variables, version, ref) => {
    const run = cib(['build-info', '--json-file', ''], { ...base, ...variables });
    expect(run.code).toBe(0);
    expect(readDotenv(run.stdout)).toMatchObject({ VERSION: version, REF: ref, COMMIT: SHA });
  });
});

describe('cib build-info in a GitLab tag pipeline', () => {
  it('prints outputs as KEY=VALUE lines usable as a dotenv report, logs on stderr', () => {
    const run = cib(['build-info'], GITLAB_TAG_PIPELINE);
    expect(run.stderr).not.toContain('error:');
    expect(run.code).toBe(0);
    const outputs = readDotenv(run.stdout);
    expect(outputs).toMatchObject({
      VERSION: '1.4.0',
      COMMIT: SHA,
      SHORT_COMMIT: '0123456',
      REF: 'refs/tags/v1.4.0',
      CACHE_BUST: SHA,
      JSON_FILE: join(run.cwd, 'build-info.json'),
    });
    expect(outputs.BUILD_ARGS).toBe(
      `CACHE_BUST=${SHA}\nBUILD_DATE=${outputs.BUILD_DATE}\nGIT_COMMIT=${SHA}\nVERSION=1.4.0`,
    );
    const record = JSON.parse(readFileSync(join(run.cwd, 'build-info.json'), 'utf8'));
    expect(record).toMatchObject({
      version: '1.4.0',
      git_commit: SHA,
      run_id: '4242',
      run_url: 'https://gitlab.example.com/grp/app/-/pipelines/4242',
      repository: 'grp/app',
    });
    // The job summary is markdown on stderr, never mixed into the dotenv lines.
    expect(run.stderr).toContain('| Version | `1.4.0` |');
  });

  it('prints one JSON object with --json', () => {
    const run = cib(['build-info', '--json', '--json-file', ''], GITLAB_TAG_PIPELINE);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { outputs: Record<string, string>; env: Record<string, string> };
    expect(result.outputs).toMatchObject({ version: '1.4.0', commit: SHA, 'short-commit': '0123456', 'json-file': '' });
    expect(JSON.parse(result.outputs.json)).toMatchObject({ version: '1.4.0', run_id: '4242' });
  });

  it('takes inputs from flags and records exported variables in the output', () => {
    const run = cib(['build-info', '--version', '2.0.0-rc.1', '--export-env', 'true', '--json'], GITLAB_TAG_PIPELINE);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { outputs: Record<string, string>; env: Record<string, string> };
    expect(result.outputs.version).toBe('2.0.0-rc.1');
    expect(result.env).toMatchObject({ VERSION: '2.0.0-rc.1', GIT_COMMIT: SHA, CACHE_BUST: SHA });
  });

  it('writes the dotenv file given as --input env-file=<path> (Node itself takes --env-file)', () => {
    const run = cib(['build-info', '--input', 'env-file=build.env', '--json-file', ''], GITLAB_TAG_PIPELINE);
    expect(run.stderr).not.toContain('error:');
    expect(run.code).toBe(0);
    const written = readFileSync(join(run.cwd, 'build.env'), 'utf8');
    expect(written).toContain('VERSION=1.4.0');
    expect(written).toContain(`GIT_COMMIT=${SHA}`);
  });

  it('fails with exit code 1 on bad input, naming the input', () => {
    const run = cib(['build-info', '--short-sha-length', 'abc'], GITLAB_TAG_PIPELINE);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: Input "short-sha-length" is "abc"/);
  });

  it('masks the CI job token wherever it would be printed', () => {
    const token = 'glcbt-64_s3cr3tjobtoken';
    const run = cib(['build-info', '--version', token], { ...GITLAB_TAG_PIPELINE, CI_JOB_TOKEN: token });
    expect(run.code).toBe(0);
    expect(readDotenv(run.stdout).VERSION).toBe('***');
    expect(run.stderr).toContain('***');
    expect(run.stdout + run.stderr).not.toContain('s3cr3tjobtoken');
  });
});

describe('lazy loading', () => {
  it("runs build-info without the other actions' code: their chunks can be missing", () => {
    // A copy of dist/cli/ without every chunk holding registry or EC2 code: build-info must not need them.
    const copy = mkdtempSync(join(tmpdir(), 'cib-e2e-cli-lazy-'));
    cpSync(join(REPO_ROOT, 'dist/cli'), copy, { recursive: true });
    const removed = readdirSync(copy).filter((file) => {
      if (file === 'index.js' || !file.endsWith('.js')) return false;
      const text = readFileSync(join(copy, file), 'utf8');
      return text.includes('application/vnd.oci.image.index.v1+json') || text.includes('TARGET_INSTANCE_ID');
    });
    removed.forEach((file) => rmSync(join(copy, file)));
    expect(removed.length).toBeGreaterThanOrEqual(2);

    const buildInfo = cib(['build-info', '--json-file', ''], GITLAB_TAG_PIPELINE, undefined, join(copy, 'index.js'));
    expect(buildInfo.stderr).not.toContain('error');
    expect(buildInfo.code).toBe(0);
    // The same copy cannot run an action whose chunk was removed: the removal was real.
    const ec2 = cib(['e2c-runner'], {}, undefined, join(copy, 'index.js'));
    expect(ec2.code).toBe(1);
    expect(ec2.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
