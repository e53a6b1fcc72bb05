// One multiarch bake, start to end: detect buildx's features (`buildx version`) and read the user's
// definition (`bake --print`), side by side; write our override definition and the plan; then
// either print the merged definition (dry run) or build with rawjson progress and read the
// metadata file. Every buildx call goes straight to the buildx plugin when found
// (buildx-program.ts), the build too: the plan and the log show it as the `docker buildx bake`
// command users would type, which runs that same plugin with the same arguments.
// Two processes besides the bake itself (three with push-by-digest, which asks `buildx inspect`
// for the builder's driver); docker/bake-action runs five.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CibError } from '../errors/cib-error';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import { bakeArgs, formatCommand, printArgs, type BakeFlags } from './bake-command';
import { resolveBakeFiles } from './bake-files';
import { checkPushByDigestDriver, inspectBuilder } from './builder-driver';
import { BuildProgress, type BuildFailure, type BuildWarning, type StepRecord } from './build-progress';
import { buildxFeatures, parseBuildxVersion, type BuildxFeatures } from './buildx-features';
import { buildxArgv, DOCKER_BUILDX, findBuildx, type BuildxProgram } from './buildx-program';
import { cacheSizeWarning } from './cache-backend';
import { cacheRatios, type CacheRatios } from './cache-ratio';
import { allowEntries } from './entitlements';
import { JsonObjectStream } from './json-stream';
import { digestsOf, imagesOf, readMetadataFile } from './metadata';
import { buildOverride, type OverrideOptions, type TargetPlan } from './override-definition';
import { parsePrintedDefinition, printFailure } from './printed-definition';
import { BAKE_ATTEMPTS, pushRetryReason, stepsOverAttempts } from './push-retry';

export interface BakeRequest extends Omit<BakeFlags, 'allow' | 'files'>, OverrideOptions {
  /** The `files` input (empty: the files buildx finds). */
  files: readonly string[];
  /** The `vars` input: bake variables, given to buildx as environment variables. */
  vars: ReadonlyMap<string, string>;
  /** The `allow` input. */
  allow: readonly string[];
  dryRun: boolean;
  /** Where the bake runs (the checkout). */
  workdir: string;
  /** Where the generated definition, metadata and plan files go. */
  planDir: string;
}

export interface BakeDeps {
  exec: Exec;
  log: Log;
  clock: Clock;
  /** The environment buildx runs with (GHA cache variables, DOCKER_* ...). */
  env: NodeJS.ProcessEnv;
  /** Called once the targets are planned, before the definition is written (local cache restore; not on dry runs). */
  beforeBuild?: (plan: readonly TargetPlan[]) => Promise<void>;
}

export interface BakeResult {
  features: BuildxFeatures;
  /** The build as a user types it (`docker buildx bake ...`). */
  command: string;
  /** The buildx plugin run directly instead of `docker buildx`, when found. */
  plugin?: string;
  definitionFile: string;
  planFile: string;
  plan: TargetPlan[];
  /** dry run: `bake --print` of the merged definition. */
  mergedDefinition?: string;
  metadata?: string;
  digests: Record<string, string>;
  images: Record<string, string[]>;
  ratios: CacheRatios;
  durationSeconds: number;
  /** How many times the bake ran: more than once when the registry refused a push for now (push-retry.ts). */
  attempts: number;
  /** Per target, from the progress timestamps (rawjson). */
  targetSeconds: Record<string, number>;
  warnings: BuildWarning[];
  /** What buildx printed on stdout (check results with call: check). */
  stdout: string;
  failure?: BuildFailure & { exitCode: number; lastLines: string[] };
}

/** The installed buildx's features, from one `buildx version`. */
export async function detectFeatures(
  exec: Exec,
  env: NodeJS.ProcessEnv,
  program: BuildxProgram = DOCKER_BUILDX,
): Promise<BuildxFeatures> {
  const [command, args] = buildxArgv(program, ['buildx', 'version']);
  const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
  return buildxFeatures(parseBuildxVersion(stdout));
}

function checkFeatures(request: BakeRequest, features: BuildxFeatures): void {
  if (request.cache.backend === 'gha' && !features.ghaCacheV2)
    throw new CibError(
      `cache: gha needs buildx 0.21 or newer (GitHub's cache service v2; the v1 service was shut down in April 2025), this is ${features.version.text}`,
      { hint: 'Update buildx (docker/setup-buildx-action) or use cache: registry or local' },
    );
  if (request.call === 'check' && !features.call)
    throw new CibError(`call: check needs buildx 0.16 or newer, this is ${features.version.text}`, {
      hint: 'Update buildx (docker/setup-buildx-action) or leave call at build',
    });
}

function bakeEnv(deps: BakeDeps, vars: ReadonlyMap<string, string>): NodeJS.ProcessEnv {
  return { ...deps.env, ...Object.fromEntries(vars) };
}

/** Plans and runs the bake; a failed build is returned (with `failure`), not thrown. */
export async function runBake(request: BakeRequest, deps: BakeDeps): Promise<BakeResult> {
  const env = bakeEnv(deps, request.vars);
  // Given files must exist before anything runs; the default files depend on the version.
  if (request.files.length > 0) resolveBakeFiles(request.files, request.workdir, { hclBeforeOverrideJson: false });
  // `buildx version` and `bake --print` of the user's definition run side by side: without the
  // files input, --print lets this buildx find its own default files in its own order, which is
  // exactly what we then pass with -f. Neither builds anything.
  const userFlags: BakeFlags = { ...request, files: request.files, allow: [] };
  const program = findBuildx(env);
  const [printCommand, printArgv] = buildxArgv(program, printArgs(userFlags));
  // --print takes longer (it reads and merges the files): started first, as each start costs a fork.
  const printing = deps.exec(printCommand, printArgv, {
    cwd: request.workdir,
    env,
    allowFailure: true,
    timeoutMs: 120_000,
  });
  const [features, printed, builder] = await Promise.all([
    detectFeatures(deps.exec, env, program),
    printing,
    // push-by-digest depends on the builder's driver: a third quick question, asked only then.
    request.pushByDigest && request.call === 'build'
      ? inspectBuilder(deps.exec, program, request.builder, env)
      : Promise.resolve(undefined),
  ]);
  checkFeatures(request, features);
  if (builder) checkPushByDigestDriver(builder);
  const files = resolveBakeFiles(request.files, request.workdir, features);
  const flags: BakeFlags = { ...request, files, allow: [] };
  if (printed.exitCode !== 0) throw printFailure(printed.stderr, request.targets);
  const printedDefinition = parsePrintedDefinition(printed.stdout);
  let override = buildOverride(printedDefinition, request);
  if (!request.dryRun && deps.beforeBuild) {
    await deps.beforeBuild(override.targets);
    // A restored local cache exists only now: plan again so the definition imports it
    // (cache-from names a local directory only once it holds an index.json).
    override = buildOverride(printedDefinition, request);
  }
  const warning = cacheSizeWarning(
    request.cache,
    override.targets.map((t) => (t.cache ? t.platforms.length : 0)),
  );
  if (warning) deps.log.warning(warning);

  mkdirSync(request.planDir, { recursive: true });
  const definitionFile = join(request.planDir, 'bake-override.json');
  const metadataFile = join(request.planDir, 'bake-metadata.json');
  const planFile = join(request.planDir, 'bake-plan.json');
  writeFileSync(definitionFile, `${JSON.stringify(override.definition, null, 2)}\n`);
  const localRoots = [
    ...new Set(
      override.targets.flatMap((t) =>
        t.cache?.backend === 'local' && request.cache.localRoot ? [request.cache.localRoot] : [],
      ),
    ),
  ];
  flags.set = [...override.sets, ...request.set];
  flags.allow = allowEntries(features, request.allow, {
    readDirs: [request.planDir, ...localRoots],
    writeDirs: localRoots,
  });
  const args = bakeArgs(flags, { definitionFile, metadataFile }, features);
  const command = formatCommand('docker', args);
  writeFileSync(
    planFile,
    `${JSON.stringify({ command, files, definition: override.definition, targets: override.targets }, null, 2)}\n`,
  );

  const result: BakeResult = {
    features,
    command,
    plugin: program === DOCKER_BUILDX ? undefined : program.command,
    definitionFile,
    planFile,
    plan: override.targets,
    digests: {},
    images: {},
    ratios: { overall: { steps: 0, cached: 0, ratio: 0 }, entries: [] },
    durationSeconds: 0,
    attempts: 0,
    targetSeconds: {},
    warnings: [],
    stdout: '',
  };
  if (request.dryRun) {
    const [mergedCommand, mergedArgv] = buildxArgv(
      program,
      bakeArgs(flags, { definitionFile, metadataFile }, features, { print: true }),
    );
    const merged = await deps.exec(mergedCommand, mergedArgv, { cwd: request.workdir, env, timeoutMs: 120_000 });
    result.mergedDefinition = merged.stdout;
    return result;
  }

  const targets = override.targets.map((t) => t.target);
  const [bakeCommand, bakeArgv] = buildxArgv(program, args);
  const buildOnce = async () => {
    const progress = new BuildProgress(targets);
    const stream = new JsonObjectStream({
      object: (value) => progress.onObject(value),
      text: (line) => progress.onLine(line),
    });
    const build = await deps.exec(bakeCommand, bakeArgv, {
      cwd: request.workdir,
      env,
      allowFailure: true,
      onStderrLine: features.rawjsonProgress ? (line) => stream.feed(`${line}\n`) : (line) => progress.onLine(line),
    });
    stream.end();
    return { build, progress };
  };
  // Only a push that writes no real tag may run again (staging tags or by digest, not push with load).
  const retrySafe = request.push && override.targets.every((t) => t.stagingTags || t.tags.length === 0);
  const started = deps.clock.now();
  const attemptSteps: StepRecord[][] = [];
  let attempt: Awaited<ReturnType<typeof buildOnce>>;
  for (let n = 1; ; n++) {
    attempt = await buildOnce();
    attemptSteps.push(attempt.progress.steps());
    if (attempt.build.exitCode === 0 || n === BAKE_ATTEMPTS || !retrySafe) break;
    const reason = pushRetryReason(attempt.progress.failure(), attempt.progress.otherLines, targets);
    if (!reason) break;
    deps.log.warning(
      `The registry refused the push for now (${reason.answer}); nothing was published, the push goes to staging tags. ` +
        `Running the bake again (attempt ${n + 1} of ${BAKE_ATTEMPTS}).`,
      { title: 'Push retried' },
    );
  }
  const { build, progress } = attempt;
  result.attempts = attemptSteps.length;
  result.durationSeconds = Math.round((deps.clock.now() - started) / 10) / 100;
  result.stdout = build.stdout;
  result.warnings = progress.warnings();
  result.targetSeconds = Object.fromEntries(progress.durations());
  const plan = new Map(override.targets.map((t) => [t.target, t.platforms]));
  result.ratios = cacheRatios(stepsOverAttempts(attemptSteps), plan);
  const metadata = readMetadataFile(metadataFile);
  if (metadata) {
    result.metadata = metadata.raw;
    result.digests = digestsOf(metadata.targets);
    result.images = imagesOf(metadata.targets);
  }
  if (build.exitCode !== 0) {
    const failure = progress.failure() ?? { name: '', error: '', logTail: [] };
    result.failure = { ...failure, exitCode: build.exitCode, lastLines: progress.otherLines.slice(-10) };
  }
  return result;
}
