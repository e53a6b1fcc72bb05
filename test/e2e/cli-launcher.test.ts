// The `cib` launcher (dist/cli/cib) end to end: every flag `cib <action> --help` shows reaches
// cib as shown (Node takes --env-file for itself unless it comes after `--`), and every cib command
// the READMEs print runs as written, in a GitLab tag pipeline for a version with build metadata.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/runner-harness';

const LAUNCHER = join(REPO_ROOT, 'dist/cli/cib');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const ACTIONS = ['build-info', 'e2c-runner', 'latest-manager', 'manifest-merge', 'multiarch-bake', 'quality-gate'];

/** GitLab CI's variables for a pipeline of the tag v1.2.3+build.7. */
const GITLAB_TAG_PIPELINE = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_TAG: 'v1.2.3+build.7',
  CI_COMMIT_REF_NAME: 'v1.2.3+build.7',
  CI_PIPELINE_ID: '4242',
  CI_JOB_ID: '777',
  CI_PROJECT_PATH: 'grp/app',
  CI_PROJECT_URL: 'https://gitlab.example.com/grp/app',
};

/** A job's directory: this repository reachable as `cib/` (a checkout in the job) and its `dist/`. */
function jobDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cib-launcher-'));
  symlinkSync(REPO_ROOT, join(dir, 'cib'));
  symlinkSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'));
  return dir;
}

function run(program: string, args: string[], cwd: string) {
  // PATH only from the machine: `node` for the launcher, nothing else of the test's environment.
  const result = spawnSync(program, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...GITLAB_TAG_PIPELINE },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

/** The `--<input>` flags an action's help lists under "Inputs". */
function inputFlags(help: string): string[] {
  const section = help.slice(help.indexOf('\nInputs'), help.indexOf('\nOutputs'));
  return [...section.matchAll(/^ {2}--([a-z0-9-]+) /gm)].map((m) => m[1]);
}

test('the launcher is executable and is what npm links as the cib command', () => {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  expect(join(REPO_ROOT, 'packages/cli', pkg.bin.cib)).toBe(LAUNCHER);
  const result = run(LAUNCHER, ['--help'], jobDirectory());
  expect(result.error).toBeUndefined();
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^cib: run a cib action outside GitHub Actions/);
});

test('a symlink to the launcher (as npm makes in node_modules/.bin) finds the bundle', () => {
  const dir = jobDirectory();
  symlinkSync(LAUNCHER, join(dir, 'cib-link'));
  const result = run(join(dir, 'cib-link'), ['build-info', '--help'], dir);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^cib build-info: /);
});

test.each(ACTIONS)('%s: every input flag its help shows reaches cib as shown', (action) => {
  const dir = jobDirectory();
  const help = run(LAUNCHER, [action, '--help'], dir);
  expect(help.code).toBe(0);
  const flags = inputFlags(help.stdout);
  expect(flags.length).toBeGreaterThan(0);
  // A path that does not exist: Node, were it reading the flags, would stop at --env-file with
  // "node: ...: not found" (exit 9). cib checks every flag name against the action, then --help.
  const args = flags.flatMap((flag) => [`--${flag}`, join(dir, 'missing', `${flag}.value`)]);
  const result = run(LAUNCHER, [action, ...args, '--help'], dir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(help.stdout);
});

test('build-info --env-file writes the dotenv record where the flag says', () => {
  const dir = jobDirectory();
  const result = run(LAUNCHER, ['build-info', '--env-file', 'out/build.env', '--json-file', ''], dir);
  expect(result.stderr).not.toMatch(/^node:/m);
  expect(result.code).toBe(0);
  expect(readFileSync(join(dir, 'out/build.env'), 'utf8')).toMatch(/^VERSION=1\.2\.3\+build\.7$/m);
  // The outputs: the version as an image tag, the exact version beside it.
  expect(result.stdout).toMatch(/^VERSION=1\.2\.3_build\.7$/m);
  expect(result.stdout).toMatch(/^EXACT_VERSION=1\.2\.3\+build\.7$/m);
});

test('the options the general help shows work as shown', () => {
  const dir = jobDirectory();
  const result = run(
    LAUNCHER,
    [
      'build-info',
      '--input',
      'env-file=input.env',
      '--json',
      '--state-file',
      'state.env',
      '--phase',
      'main',
      '--summary-file',
      'summary.md',
      '--debug',
      '--json-file',
      '',
    ],
    dir,
  );
  expect(result.code).toBe(0);
  expect((JSON.parse(result.stdout) as { outputs: Record<string, string> }).outputs.version).toBe('1.2.3_build.7');
  expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('## Build info');
  expect(existsSync(join(dir, 'input.env'))).toBe(true);
});

/** The cib command lines in a README's code blocks (`- ` of a YAML list and `# comments` dropped). */
function readmeCommands(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const blocks = [...text.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) =>
      line
        .replace(/^\s*-\s+/, '')
        .replace(/\s+#.*$/, '')
        .trim(),
    )
    .filter((line) => /^(cib\/)?dist\/cli\/cib |^node -- (cib\/)?dist\/cli\/index\.js /.test(line));
}

/** Splits a command line as sh would for these simple lines: words, '' quotes, one `> file`. */
function splitCommand(line: string): { argv: string[]; stdoutFile?: string } {
  const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const redirect = words.indexOf('>');
  if (redirect < 0) return { argv: words };
  return { argv: words.slice(0, redirect), stdoutFile: words[redirect + 1] };
}

const README_COMMANDS = ['README.md', 'packages/cli/README.md', 'build-info/README.md'].flatMap((file) =>
  readmeCommands(file).map((line) => [file, line] as const),
);

test('the READMEs print cib commands (this test runs them all)', () => {
  expect(README_COMMANDS.length).toBeGreaterThanOrEqual(7);
  expect(README_COMMANDS.some(([, line]) => line.includes('--env-file'))).toBe(true);
});

test.each(README_COMMANDS)('%s: %s', (_, line) => {
  const dir = jobDirectory();
  const { argv, stdoutFile } = splitCommand(line);
  const [program, ...args] = argv;
  const result = run(program === 'node' ? process.execPath : join(dir, program), args, dir);
  expect(result.stderr).not.toMatch(/^(node|.*\/node): .*not found/m);
  expect(result.code).toBe(0);
  if (stdoutFile) writeFileSync(join(dir, stdoutFile), result.stdout);
  const envFile = args[args.indexOf('--env-file') + 1];
  if (args.includes('--env-file')) expect(readFileSync(join(dir, envFile), 'utf8')).toMatch(/^VERSION=/m);
  if (args.includes('build-info') && !args.includes('--help')) {
    expect(result.stdout).toMatch(/^VERSION=(1\.2\.3|1\.2\.3_build\.7)$/m);
  }
});
