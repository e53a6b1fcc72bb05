// multiarch-bake: multi-platform `docker buildx bake` with a cache scope per target and platform,
// build-info's args and labels, per-target digests and a real cache hit ratio. Inputs are parsed
// and checked here, before anything runs; the build is packages/core/src/bake/run-bake.ts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CibError } from '@cib/core/errors/cib-error';
import { InputError } from '@cib/core/errors/input-error';
import { execProcess } from '@cib/core/exec/exec';
import { readHeadCommit } from '@cib/core/git/head-commit';
import { buildArgs } from '@cib/core/build-info/build-args';
import { computeBuildInfo } from '@cib/core/build-info/compute';
import { ociMetadata } from '@cib/core/build-info/oci-labels';
import { ANNOTATION_INPUT_KEY } from '@cib/core/manifest/index-annotations';
import { parseReference } from '@cib/core/registry/reference';
import { readCiContext, type CiContext } from '@cib/core/runner/ci-context';
import {
  actionInputs,
  readBoolean,
  readEnum,
  readKeyValues,
  readLines,
  readList,
  readString,
  type ActionInputs,
  type InputName,
} from '@cib/core/runner/inputs';
import { writeOutputs } from '@cib/core/runner/outputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { systemClock } from '@cib/core/time/clock';
import { CACHE_BACKENDS, type CacheBackend, type CacheSettings } from '@cib/core/bake/cache-backend';
import { checkAllow } from '@cib/core/bake/entitlements';
import {
  localCacheKeys,
  restoreLocalCache,
  rotateLocalCache,
  saveLocalCache,
  type LocalCacheState,
} from '@cib/core/bake/local-cache';
import { buildMatrix, matrixWarning, parseRunners } from '@cib/core/bake/matrix';
import { parsePlatforms } from '@cib/core/bake/platforms';
import { bakeFailureError, bakeOutputs, bakeReport, bakeSummary } from '@cib/core/bake/report';
import { runBake, type BakeRequest, type BakeResult } from '@cib/core/bake/run-bake';
import { parseCheckResults } from '@cib/core/bake/check-results';
import { readInsecureHosts } from '@cib/core/registry/insecure-hosts';
import { moveStagedTags, tagMoveError, tagMovesSummary, type TagMoves } from '@cib/core/bake/staged-push';
import { checkTagSuffix } from '@cib/core/bake/tag-suffix';
import { BAKE_NAME } from '@cib/core/bake/bake-command';

const NAME_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOCAL_CACHE_STATE = 'local-cache';

type Inputs = ActionInputs<InputName<'multiarch-bake'>>;

export interface MultiarchBakeInputs extends Omit<
  BakeRequest,
  'defaultArgs' | 'defaultLabels' | 'workdir' | 'planDir'
> {
  buildInfo: boolean;
  runners: Map<string, string>;
  /** Hosts the tag moves reach over plain HTTP (registry-insecure). */
  insecureHosts: string[];
}

function readCache(
  inputs: Inputs,
  rt: Pick<Runtime, 'kind' | 'env'>,
): { cache: CacheSettings; cacheExplicit: boolean } {
  const given = readString(inputs, 'cache');
  const onGithub = rt.kind === 'github-actions' && rt.env.GITHUB_ACTIONS === 'true';
  const backend: CacheBackend = given ? readEnum(inputs, 'cache', CACHE_BACKENDS, 'none') : onGithub ? 'gha' : 'none';
  const ref = readString(inputs, 'cache-ref');
  if (backend === 'registry') {
    if (!ref)
      throw new InputError('cache-ref', ref, 'a registry repository for the cache (needed with cache: registry)');
    let parsed;
    try {
      parsed = parseReference(ref);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.digest || /:[^/]*$/.test(ref))
      throw new InputError('cache-ref', ref, 'a repository without tag or digest (the scope becomes the tag)');
  }
  return {
    cache: {
      backend,
      ref: ref || undefined,
      mode: readEnum(inputs, 'cache-mode', ['max', 'min'] as const, 'max'),
      scopePrefix: readString(inputs, 'cache-scope'),
      localRoot: join(rt.env.RUNNER_TEMP || tmpdir(), 'cib-bake-cache'),
    },
    cacheExplicit: given !== '',
  };
}

/** Every input, parsed and checked before anything runs. */
export function readInputs(rt: Pick<Runtime, 'getInput' | 'env' | 'kind'>): MultiarchBakeInputs {
  const inputs = actionInputs(rt, 'multiarch-bake');
  const platforms = parsePlatforms('platforms', readList(inputs, 'platforms'));
  const push = readBoolean(inputs, 'push', false);
  const load = readBoolean(inputs, 'load', false);
  const tagSuffix = readString(inputs, 'platform-tag-suffix');
  if (tagSuffix) {
    checkTagSuffix('platform-tag-suffix', tagSuffix);
    if (platforms.length > 1)
      throw new InputError(
        'platform-tag-suffix',
        tagSuffix,
        `one platform per job (platforms has ${platforms.join(', ')})`,
      );
  }
  if (push && load && platforms.length > 1)
    throw new InputError('load', 'true', `one platform when push is true too (platforms has ${platforms.join(', ')})`);
  const allow = readList(inputs, 'allow');
  checkAllow(allow);
  // Target and group names as bake allows them: nothing else reaches buildx's argv, where a value
  // such as --output=... would be read as an option.
  const targets = readList(inputs, 'targets');
  const badTarget = targets.find((target) => !BAKE_NAME.test(target));
  if (badTarget !== undefined)
    throw new InputError('targets', badTarget, 'bake target or group names (letters, digits, _ and -) such as app');
  return {
    files: readList(inputs, 'files'),
    targets: targets.length ? targets : ['default'],
    set: readLines(inputs, 'set'),
    vars: readKeyValues(inputs, 'vars', NAME_KEY),
    platforms,
    push,
    load,
    pull: readBoolean(inputs, 'pull', false),
    noCache: readBoolean(inputs, 'no-cache', false),
    builder: readString(inputs, 'builder'),
    provenance: readString(inputs, 'provenance'),
    sbom: readString(inputs, 'sbom'),
    call: readEnum(inputs, 'call', ['build', 'check'] as const, 'build'),
    tags: readList(inputs, 'tags'),
    tagSuffix,
    pushByDigest: readBoolean(inputs, 'push-by-digest', false),
    ...readCache(inputs, rt),
    args: readKeyValues(inputs, 'build-args', NAME_KEY),
    buildInfo: readBoolean(inputs, 'build-info', true),
    insecureHosts: readInsecureHosts(inputs),
    labels: readKeyValues(inputs, 'labels'),
    annotations: readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY),
    allow,
    dryRun: readBoolean(inputs, 'dry-run', false),
    runners: parseRunners('runners', readKeyValues(inputs, 'runners', /^[a-z0-9]+\/[A-Za-z0-9_/.-]+$/)),
  };
}

/** build-info's args and OCI labels for this run (empty with build-info: false). */
async function buildInfoDefaults(rt: Runtime, inputs: MultiarchBakeInputs, context: CiContext) {
  if (!inputs.buildInfo) return { defaultArgs: new Map<string, string>(), defaultLabels: new Map<string, string>() };
  let info;
  try {
    info = await computeBuildInfo(
      { shortShaLength: 7, cacheBust: { mode: 'commit' } },
      {
        context,
        sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
        now: rt.now(),
        readGitHead: () => readHeadCommit(execProcess, context.workspace),
      },
    );
  } catch (error) {
    // build-info's own hint names its commit input, which this action does not have.
    if (!(error instanceof CibError)) throw error;
    const reason = error.hint ? error.message.slice(0, -(error.hint.length + 2)) : error.message;
    throw new CibError(`build-info args need the commit: ${reason}`, {
      hint: 'Run in a git checkout or in CI, or set build-info: false',
    });
  }
  return { defaultArgs: new Map<string, string>(buildArgs(info)), defaultLabels: ociMetadata(info) };
}

/**
 * `call: check`: each finding as an annotation on its Dockerfile line; the step fails when there
 * is any (buildx exits 1), with the rules and targets in the error.
 */
function reportChecks(rt: Runtime, result: BakeResult): void {
  const findings = parseCheckResults(result.stdout);
  if (!findings) {
    if (result.failure) throw bakeFailureError(result);
    throw new CibError(
      `docker buildx bake --call check printed no check results: ${result.stdout.trim().slice(0, 300)}`,
    );
  }
  for (const finding of findings) {
    const text = `${finding.rule}: ${finding.message}${finding.url ? ` (${finding.url})` : ''}`;
    const annotation = { title: finding.rule, file: finding.file, startLine: finding.line };
    if (finding.level === 'error') rt.log.error(text, annotation);
    else rt.log.warning(text, annotation);
  }
  if (findings.length === 0 && !result.failure) {
    rt.log.info('Dockerfile checks: no warnings');
    return;
  }
  const byTarget = [...new Set(findings.map((f) => f.target))].map(
    (target) => `${target}: ${[...new Set(findings.filter((f) => f.target === target).map((f) => f.rule))].join(', ')}`,
  );
  throw new CibError(
    `Dockerfile checks failed (${findings.length} finding${findings.length === 1 ? '' : 's'}): ${byTarget.join('; ') || `buildx exited with ${result.failure?.exitCode}`}`,
    { hint: 'Fix the Dockerfile lines annotated above, or skip a rule with a "# check=skip=<rule>" directive' },
  );
}

export async function run(rt: Runtime): Promise<void> {
  const inputs = readInputs(rt);
  const context = readCiContext(rt.env);
  const workdir = context.workspace || process.cwd();
  const planRoot = rt.env.RUNNER_TEMP || tmpdir();
  mkdirSync(planRoot, { recursive: true });
  const planDir = mkdtempSync(join(planRoot, 'cib-bake-'));
  const request: BakeRequest = { ...inputs, ...(await buildInfoDefaults(rt, inputs, context)), workdir, planDir };

  // A pushing run moves its tags once the bake is done: the registry client's module is loaded
  // while buildx works, not after it (a run that pushes nothing never loads it).
  const registryModule = inputs.push && !inputs.dryRun ? import('@cib/core/registry/client') : undefined;
  registryModule?.catch(() => undefined);
  const result = await runBake(request, {
    exec: execProcess,
    log: rt.log,
    clock: systemClock,
    env: { ...process.env, ...rt.env },
    beforeBuild: async (plan) => {
      const dirs = plan.flatMap((t) => (t.cache?.backend === 'local' && t.cache.localDir ? [t.cache.localDir] : []));
      if (dirs.length === 0) return;
      const keys = localCacheKeys(
        plan.flatMap((t) => (t.cache?.backend === 'local' ? [t.cache.scope] : [])),
        context,
      );
      const restoredKey = await restoreLocalCache(dirs, keys, rt.log);
      const state: LocalCacheState = { dirs, key: keys.key, restoredKey };
      rt.saveState(LOCAL_CACHE_STATE, JSON.stringify(state));
    },
  });
  await rt.log.group('docker buildx bake command', () => {
    rt.log.info(result.command);
    if (result.plugin)
      rt.log.info(`(run as ${result.plugin} with the same arguments, the plugin docker buildx starts)`);
  });
  if (inputs.dryRun) {
    await rt.log.group('Generated definition (ours, passed last)', () =>
      rt.log.info(readFileSync(result.definitionFile, 'utf8').trim()),
    );
    await rt.log.group('Merged definition (bake --print)', () => rt.log.info(result.mergedDefinition ?? ''));
  }
  // Check results (JSON, with each Dockerfile in base64) become annotations instead.
  if (result.stdout.trim() && inputs.call !== 'check')
    await rt.log.group('buildx output', () => rt.log.info(result.stdout.trim()));
  for (const warning of result.warnings)
    rt.log.warning(warning.detail ? `${warning.message}: ${warning.detail}` : warning.message, {
      title: 'Build warning',
      file: warning.file,
      startLine: warning.line,
    });

  // The real tags move only now, to the complete image the bake pushed under its staging tags.
  const staged = result.plan.flatMap((t) => (t.stagingTags ? [t] : []));
  let moves: TagMoves | undefined;
  if (!result.failure && !inputs.dryRun && staged.length > 0) {
    const { RegistryClient } = await (registryModule ?? import('@cib/core/registry/client'));
    const client = new RegistryClient({
      insecureHosts: inputs.insecureHosts,
      maskSecret: (secret) => rt.setSecret(secret),
      log: rt.log,
      env: rt.env,
    });
    moves = await rt.log.group('Move the tags to the pushed images', () =>
      moveStagedTags(client, staged, result.digests, rt.log),
    );
  }

  const report = bakeReport(result);
  const reportFile = join(planDir, 'bake-report.json');
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const matrix = buildMatrix(result.plan, inputs.runners);
  const tooBig = matrixWarning(matrix);
  if (tooBig) rt.log.warning(tooBig, { title: 'Matrix too big for one job' });
  writeOutputs(rt, 'multiarch-bake', bakeOutputs(result, matrix, reportFile, inputs.dryRun));
  const untouched = result.failure ? staged.flatMap((t) => t.tags) : [];
  rt.appendSummary(
    bakeSummary(report, inputs.dryRun) +
      (moves ? tagMovesSummary(moves) : '') +
      (untouched.length ? `\nNo tag was moved (the push went to staging tags only): ${untouched.join(', ')}\n` : ''),
  );
  if (inputs.call === 'check' && !inputs.dryRun) return reportChecks(rt, result);
  if (result.failure) throw bakeFailureError(result);
  if (moves?.failed.length) throw tagMoveError(moves);
  rotateLocalCache(result.plan.flatMap((t) => (t.cache ? [t.cache] : [])));
  if (!inputs.dryRun)
    rt.log.info(
      `Built ${result.plan.map((t) => `${t.target} (${t.platforms.join(', ')})`).join(', ')} in ${result.durationSeconds} s, ` +
        `cache hit ratio ${result.ratios.overall.ratio.toFixed(2)}`,
    );
}

/** Post step: saves the local cache the main step wrote (a warning, never a failure, when it cannot). */
export async function post(rt: Runtime): Promise<void> {
  const saved = rt.getState(LOCAL_CACHE_STATE);
  if (!saved) {
    rt.log.debug('multiarch-bake post: no local cache to save');
    return;
  }
  await saveLocalCache(JSON.parse(saved) as LocalCacheState, rt.log);
}
