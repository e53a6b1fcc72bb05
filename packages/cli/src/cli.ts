// The cib command: parses the command line against the action specs, applies action.yml defaults
// the way the runner does, runs the action's main or post step through the CLI Runtime, then
// prints the job summary (stderr or --summary-file) and the outputs (stdout, KEY=VALUE or --json).
// Everything the CLI prints goes through one SecretMasker.
import { appendFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CibError, errorMessage } from '@cib/core/errors/cib-error';
import { readCiContext, type CiContext } from '@cib/core/runner/ci-context';
import { failureMessage, reportFailure } from '@cib/core/runner/failure';
import type { ActionSpec } from './action-spec';
import { ACTION_SPECS } from './action-specs.generated';
import { ACTION_LOADERS, type ActionLoader } from './action-loaders';
import { parseCommandLine, type CommandLine } from './args';
import { actionHelp, generalHelp } from './help';
import { createCliLogger } from './cli-logger';
import { createCliRuntime, type CliRunRecord } from './cli-runtime';
import { dotenvKey, formatDotenv } from './dotenv';
import { expandDefault } from './input-defaults';
import { SecretMasker } from './secret-masker';
import { defaultStateFile } from './state-file';
import { USAGE_EXIT_CODE, UsageError } from './usage-error';

/** Where the CLI reads and writes; main.ts hands in the process's, tests their own. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  specs?: Readonly<Record<string, ActionSpec>>;
  loaders?: Readonly<Record<string, ActionLoader>>;
  now?: () => Date;
}

/**
 * Credentials the CI platforms put in the environment: masked from the start, as the runner masks
 * GITHUB_TOKEN and GitLab masks CI_JOB_TOKEN.
 */
const CREDENTIAL_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'CI_JOB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];

/** Phases every action understands; anything else goes to an action's own `phase` input. */
const RUNNER_PHASES = ['main', 'post'];

function resolvePath(cwd: string, file: string): string {
  return isAbsolute(file) ? file : join(cwd, file);
}

/** Every input's value: given on the command line, else its action.yml default (expressions expanded). */
function resolveInputs(
  spec: ActionSpec,
  command: CommandLine,
  env: NodeJS.ProcessEnv,
  ci: CiContext,
  masker: SecretMasker,
  debug: (message: string) => void,
): Map<string, string> {
  const inputs = new Map<string, string>();
  for (const input of spec.inputs) {
    const given = command.inputs.get(input.name);
    if (given !== undefined) inputs.set(input.name, given);
    else if (input.name === 'phase' && !RUNNER_PHASES.includes(command.options.phase))
      inputs.set(input.name, command.options.phase);
    else if (input.default !== undefined) {
      const expanded = expandDefault(input.default, env, ci);
      expanded.secrets.forEach((secret) => masker.add(secret));
      for (const expression of expanded.unknown)
        debug(`input ${input.name}: no value for \${{ ${expression} }} outside GitHub Actions, using ''`);
      inputs.set(input.name, expanded.value);
    }
  }
  return inputs;
}

/** The outputs, then the exported variables, as KEY=VALUE lines; masked before quoting. */
function formatOutputs(record: CliRunRecord, masker: SecretMasker, warn: (message: string) => void): string {
  const lines = new Map<string, string>();
  for (const [name, value] of record.outputs) lines.set(dotenvKey(name), masker.mask(value));
  for (const [name, value] of record.exported) {
    const key = name.replace(/[^A-Za-z0-9_]/g, '_');
    const masked = masker.mask(value);
    if (lines.has(key) && lines.get(key) !== masked)
      warn(
        `exported variable ${name} and an output share the line ${key}=; the variable's value is printed (--json keeps both)`,
      );
    lines.set(key, masked);
  }
  return formatDotenv(lines);
}

function formatJson(record: CliRunRecord, masker: SecretMasker, error?: string): string {
  const masked = (map: Map<string, string>) =>
    Object.fromEntries([...map].map(([name, value]) => [name, masker.mask(value)]));
  const result: Record<string, unknown> = { outputs: masked(record.outputs), env: masked(record.exported) };
  if (error !== undefined) result.error = masker.mask(error);
  return `${JSON.stringify(result)}\n`;
}

/** Runs the cib command line; returns the exit code (0 success, 1 the action failed, 2 bad usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const specs: Readonly<Record<string, ActionSpec>> = io.specs ?? ACTION_SPECS;
  const loaders = io.loaders ?? ACTION_LOADERS;
  const masker = new SecretMasker();
  for (const name of CREDENTIAL_VARIABLES) masker.add(io.env[name] ?? '');
  const usage = (error: unknown) => {
    io.stderr(
      `cib: ${masker.mask(errorMessage(error))}\nRun "cib --help" for the actions, "cib <action> --help" for its inputs.\n`,
    );
    return USAGE_EXIT_CODE;
  };

  let command: CommandLine;
  try {
    command = parseCommandLine(argv, specs);
  } catch (error) {
    if (error instanceof UsageError) return usage(error);
    throw error;
  }
  const { action, options } = command;
  if (action === undefined) {
    if (options.help) {
      io.stdout(generalHelp(specs));
      return 0;
    }
    io.stderr(generalHelp(specs));
    return USAGE_EXIT_CODE;
  }
  const spec = specs[action];
  if (options.help) {
    io.stdout(actionHelp(spec));
    return 0;
  }

  const hasPhaseInput = spec.inputs.some((input) => input.name === 'phase');
  if (!RUNNER_PHASES.includes(options.phase) && !hasPhaseInput)
    return usage(
      new UsageError(`Unknown phase "${options.phase}" for ${action}: expected main${spec.post ? ' or post' : ''}`),
    );
  const entry = options.phase === 'post' ? 'post' : 'main';
  if (entry === 'post' && !spec.post) return usage(new UsageError(`${action} has no post step (phases: main)`));

  const env = io.env;
  const debug = options.debug || env.CIB_DEBUG === '1';
  const log = createCliLogger({ write: io.stderr, masker, debug, gitlab: env.GITLAB_CI === 'true', now: io.now });
  const ci = readCiContext(env);
  const inputs = resolveInputs(spec, command, env, ci, masker, (m) => log.debug(m));
  const stateFile = options.stateFile
    ? resolvePath(io.cwd, options.stateFile)
    : defaultStateFile(io.cwd, action, ci.job);
  log.debug(`${action} ${entry}: state file ${stateFile}`);

  let failure: unknown;
  let record: CliRunRecord | undefined;
  try {
    const created = createCliRuntime({ inputs, env, log, masker, stateFile, now: io.now });
    record = created.record;
    const loader = loaders[action];
    if (!loader)
      throw new CibError(`${action}'s code is not wired into the cib CLI yet (packages/cli/src/action-loaders.ts)`);
    const module = await loader();
    const step = entry === 'post' ? module.post : module.run;
    if (!step) throw new CibError(`${action}'s run.ts exports no ${entry === 'post' ? 'post' : 'run'} function`);
    await step(created.runtime);
  } catch (error) {
    failure = error;
    reportFailure(log, error, action);
  }

  record ??= { outputs: new Map(), exported: new Map(), paths: [], summary: [], state: new Map() };
  if (record.summary.length) {
    const summary = masker.mask(record.summary.join(''));
    const text = summary.endsWith('\n') ? summary : `${summary}\n`;
    if (options.summaryFile) appendFileSync(resolvePath(io.cwd, options.summaryFile), text, 'utf8');
    else io.stderr(`\n${text}`);
  }
  io.stdout(
    options.json
      ? formatJson(record, masker, failure === undefined ? undefined : failureMessage(failure, action))
      : formatOutputs(record, masker, (m) => log.warning(m)),
  );
  return failure === undefined ? 0 : 1;
}
