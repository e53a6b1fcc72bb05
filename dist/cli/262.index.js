export const id = 262;
export const ids = [262];
export const modules = {

/***/ 8262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  readInputs: () => (/* binding */ readInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: ./packages/core/src/git/head-commit.ts
var head_commit = __webpack_require__(7142);
// EXTERNAL MODULE: ./packages/core/src/build-info/build-args.ts
var build_args = __webpack_require__(3063);
// EXTERNAL MODULE: ./packages/core/src/build-info/compute.ts + 1 modules
var compute = __webpack_require__(7132);
// EXTERNAL MODULE: ./packages/core/src/build-info/oci-labels.ts
var oci_labels = __webpack_require__(8910);
// EXTERNAL MODULE: ./packages/core/src/manifest/index-annotations.ts
var index_annotations = __webpack_require__(9776);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
// EXTERNAL MODULE: ./packages/core/src/manifest/platform.ts
var platform = __webpack_require__(3060);
;// CONCATENATED MODULE: ./packages/core/src/bake/platforms.ts
// The `platforms` input of multiarch-bake: `os/arch[/variant]` items checked against the platforms
// BuildKit can build (a typo such as linux/amd46 fails before anything runs), normalised the way
// containerd does (linux/arm64/v8 is linux/arm64, linux/arm is linux/arm/v7) and de-duplicated.


/** Platforms BuildKit builds (natively or under QEMU), in normal form. */
const KNOWN_PLATFORMS = [
    'linux/amd64',
    'linux/amd64/v2',
    'linux/amd64/v3',
    'linux/amd64/v4',
    'linux/arm64',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/arm/v5',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
    'linux/mips64le',
    'linux/mips64',
    'linux/loong64',
    'windows/amd64',
    'windows/arm64',
];
/** Parses and normalises platform items; throws naming `input` for the first unknown one. */
function parsePlatforms(input, items) {
    const result = [];
    for (const item of items) {
        const parsed = (0,platform/* parsePlatform */.FL)(item);
        const normal = parsed ? (0,platform/* formatPlatform */.Bq)((0,platform/* normalisePlatform */.WN)(parsed)) : undefined;
        if (!normal || !KNOWN_PLATFORMS.includes(normal)) {
            throw new input_error/* InputError */.d(input, item, `platforms written os/arch[/variant] from: ${KNOWN_PLATFORMS.join(', ')}`, 'linux/arm64/v8 and linux/arm are accepted and become linux/arm64 and linux/arm/v7');
        }
        if (!result.includes(normal))
            result.push(normal);
    }
    return result;
}
/** The parts of a normal-form platform. */
function platformParts(platform) {
    const [os, arch, variant = ''] = platform.split('/');
    return { os, arch, variant };
}
/** A platform as a name part: `linux/arm/v7` -> `linux-arm-v7`. */
function platformSlug(platform) {
    return platform.replace(/\//g, '-');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/cache-scope.ts
// Cache scopes that never collide: one per target and platform set, so targets, platforms and
// per-platform matrix jobs each read and write their own cache (docker/bake-action passes one
// scope to every target, and matrix jobs overwrite each other's cache). The user's `cache-scope`
// is a prefix, never a replacement, for the same reason.

const MAX_SCOPE = 128;
/** A scope safe as a registry tag, a directory name and a GHA scope: [A-Za-z0-9_.-], <= 128. */
function sanitiseScope(text) {
    let safe = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (safe === '')
        safe = 'cache';
    if (safe.length <= MAX_SCOPE)
        return safe;
    // Long scopes keep a readable start and a hash of the whole, so two long names stay apart.
    let hash = 0;
    for (const char of text)
        hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
    return `${safe.slice(0, MAX_SCOPE - 9)}-${hash.toString(16).padStart(8, '0')}`;
}
/** `[<prefix>-]<target>-<platforms>`, e.g. `app-linux-amd64-linux-arm64`. */
function cacheScope(target, platforms, prefix = '') {
    const parts = [prefix, target, ...platforms.map(platformSlug)].filter((part) => part !== '');
    return sanitiseScope(parts.join('-'));
}

;// CONCATENATED MODULE: ./packages/core/src/bake/cache-backend.ts
// The cache settings of one target for each backend, with the target's own scope (cache-scope.ts):
// `gha` puts it in the scope attribute; `registry` makes it the cache tag (`<cache-ref>:<scope>`)
// with image-manifest=true,oci-mediatypes=true, which ECR needs; `local` gives each scope its own
// directory, exported to `<scope>.new` and rotated over the old one after the build, because
// BuildKit's local exporter only ever adds blobs and the folder would grow without bound.



const CACHE_BACKENDS = ['gha', 'registry', 'local', 'none'];
/** The cache entries of `target` built for `platforms`. */
function targetCache(settings, target, platforms) {
    const scope = cacheScope(target, platforms, settings.scopePrefix);
    const mode = `mode=${settings.mode}`;
    switch (settings.backend) {
        case 'gha':
            // buildx adds url and token (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN) from the step's
            // environment itself, so no secret is ever written into the definition.
            return { backend: 'gha', scope, from: [`type=gha,scope=${scope}`], to: [`type=gha,scope=${scope},${mode}`] };
        case 'registry': {
            const ref = `${settings.ref}:${scope}`;
            return {
                backend: 'registry',
                scope,
                from: [`type=registry,ref=${ref}`],
                to: [`type=registry,ref=${ref},${mode},image-manifest=true,oci-mediatypes=true`],
            };
        }
        case 'local': {
            const localDir = (0,external_node_path_.join)(settings.localRoot ?? '.', scope);
            const localNewDir = `${localDir}.new`;
            return {
                backend: 'local',
                scope,
                // A missing source folder is an import error in BuildKit: read it only once it exists.
                from: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(localDir, 'index.json')) ? [`type=local,src=${localDir}`] : [],
                to: [`type=local,dest=${localNewDir},${mode}`],
                localDir,
                localNewDir,
            };
        }
        case 'none':
            return { backend: 'none', scope, from: [], to: [] };
    }
}
/** Target x platform builds over which `mode=max` on GHA is likely to crowd the 10 GB limit. */
const MAX_MODE_WARNING_BUILDS = 4;
/** A warning when many builds export every layer to the repository's GitHub cache, else undefined. */
function cacheSizeWarning(settings, platformsPerTarget) {
    const builds = platformsPerTarget.reduce((sum, count) => sum + count, 0);
    if (settings.backend !== 'gha' || settings.mode !== 'max' || builds <= MAX_MODE_WARNING_BUILDS)
        return undefined;
    return (`cache-mode max exports every layer of ${builds} target/platform builds to the GitHub cache, which holds 10 GB per ` +
        'repository by default and evicts the oldest entries beyond it; consider cache-mode: min or cache: registry');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/entitlements.ts
// `--allow` entries for bake: the user's, plus the filesystem entitlements our own files need
// where buildx checks them (from 0.19; an error from 0.20): reading the folder of our generated
// definition, reading and writing the local cache folder. buildx before 0.17 has no `--allow`
// on bake, so user entries there are an error rather than a silent drop.

const ENTITLEMENT = /^(network\.host|security\.insecure|device(=.+)?|ssh(=.+)?|fs(\.read|\.write)?=.+)$/;
/** Checks the `allow` input items against the entitlements bake knows. */
function checkAllow(items) {
    for (const item of items)
        if (!ENTITLEMENT.test(item))
            throw new input_error/* InputError */.d('allow', item, 'bake entitlements: network.host, security.insecure, device[=...], ssh[=...], fs=<path>, fs.read=<path>, fs.write=<path>');
}
/** Every `--allow` entry for this build. */
function allowEntries(features, user, ours) {
    if (!features.bakeAllow) {
        if (user.length > 0)
            throw new input_error/* InputError */.d('allow', user.join(','), `nothing with buildx ${features.version.text} (bake --allow needs buildx 0.17 or newer)`);
        return [];
    }
    const entries = [...user];
    if (features.fsEntitlements) {
        for (const dir of ours.readDirs)
            entries.push(`fs.read=${dir}`);
        for (const dir of ours.writeDirs)
            entries.push(`fs.write=${dir}`);
    }
    return [...new Set(entries)];
}

;// CONCATENATED MODULE: ./packages/core/src/bake/local-cache.ts
// The `local` cache backend across jobs: one directory per scope under one root, restored with
// @actions/cache before the build and saved in the post step. After a successful build the new
// export (`<scope>.new`) replaces the old directory, so the cache holds one build's blobs and never
// grows without bound. Without a reachable cache service (not on GitHub, or the service down)
// restore and save warn and the step goes on: a cache is never worth failing a build for.


/** `cib-bake-<scopes>-` and the run-unique save key. */
function localCacheKeys(scopes, run) {
    const prefix = `cib-bake-${[...scopes].sort().join('+')}-`;
    return { prefix, key: `${prefix}${run.runId || 'local'}-${run.runAttempt || '1'}` };
}
async function loadCache() {
    // Heavy (Azure storage, HTTP clients): loaded only when the local backend is used.
    return __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
}
/** Restores the directories; returns the key that was restored, if any. */
async function restoreLocalCache(dirs, keys, log) {
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable()) {
            log.info('Local cache: no GitHub cache service here (ACTIONS_RESULTS_URL unset), starting from the runner folder');
            return undefined;
        }
        const restored = await cache.restoreCache([...dirs], keys.key, [keys.prefix]);
        log.info(restored ? `Local cache restored from ${restored}` : 'Local cache: nothing saved yet for these scopes');
        return restored;
    }
    catch (error) {
        log.warning(`Local cache was not restored: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** After a successful build: each target's new export replaces its old directory. */
function rotateLocalCache(caches) {
    for (const cache of caches) {
        if (cache.backend !== 'local' || !cache.localDir || !cache.localNewDir || !(0,external_node_fs_.existsSync)(cache.localNewDir))
            continue;
        (0,external_node_fs_.rmSync)(cache.localDir, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(cache.localNewDir, cache.localDir);
    }
}
/** Post step: saves the directories; any failure is a warning, never a failed step. */
async function saveLocalCache(state, log) {
    const dirs = state.dirs.filter((dir) => (0,external_node_fs_.existsSync)(dir));
    if (dirs.length === 0) {
        log.info('Local cache: nothing to save (no build wrote it)');
        return;
    }
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable()) {
            log.warning('Local cache not saved: no GitHub cache service is reachable here (ACTIONS_RESULTS_URL unset)');
            return;
        }
        // saveCache reports most failures (an existing key, a rate limit, an upload error) by logging
        // them itself and returning -1, not by throwing.
        const id = await cache.saveCache(dirs, state.key);
        if (id > 0)
            log.info(`Local cache saved as ${state.key}`);
        else
            log.warning(`Local cache not saved as ${state.key} (see the messages above)`);
    }
    catch (error) {
        log.warning(`Local cache not saved: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/bake/matrix.ts
// The `matrix` output: one job per target and platform for a following job's `strategy.matrix`,
// each with the runner to use. arm64 and arm/v7 go to GitHub's hosted arm runners (generally
// available for public repositories since 2025-08, as docker/github-builder does), everything
// else to ubuntu-24.04; `runners` (`platform=label` lines) overrides any of them. GitHub runs at
// most 256 jobs from one matrix: a bigger one is still written (a later job may split it), with a
// warning, since `strategy.matrix: ${{ fromJSON(...) }}` on it fails the workflow.


/** The default runner label for a platform. */
function defaultRunner(platform) {
    return platformParts(platform).arch.startsWith('arm') ? 'ubuntu-24.04-arm' : 'ubuntu-24.04';
}
/** Parses `runners` (`platform=label`), platforms normalised as in `platforms`. */
function parseRunners(input, entries) {
    const runners = new Map();
    for (const [platform, label] of entries) {
        if (!/^[A-Za-z0-9_.-]+$/.test(label))
            throw new input_error/* InputError */.d(input, `${platform}=${label}`, 'platform=runner-label lines');
        runners.set(parsePlatforms(input, [platform])[0], label);
    }
    return runners;
}
/** `{"include": [...]}` for target x platform. */
function buildMatrix(plan, runners) {
    const include = [];
    for (const { target, platforms } of plan)
        for (const platform of platforms)
            include.push({ target, platform, runner: runners.get(platform) ?? defaultRunner(platform) });
    return { include };
}
/** GitHub's limit on the jobs one matrix makes (github.com and GHES alike). */
const MAX_MATRIX_JOBS = 256;
/** The warning for a matrix GitHub would refuse as a job's strategy; undefined when it fits. */
function matrixWarning(matrix) {
    const jobs = matrix.include.length;
    if (jobs <= MAX_MATRIX_JOBS)
        return undefined;
    return (`The matrix output has ${jobs} jobs (target x platform): GitHub runs at most ${MAX_MATRIX_JOBS} jobs from one ` +
        'matrix, so a job using it as strategy.matrix fails. Bake fewer targets per run or split the matrix.');
}

// EXTERNAL MODULE: ./packages/core/src/runner/markdown.ts
var runner_markdown = __webpack_require__(8875);
;// CONCATENATED MODULE: ./packages/core/src/bake/report.ts
// What a bake produced, for people and for later steps: the job summary (target, platforms,
// tags, digest, duration, cache hit ratio, cache backend and scope, the failed target and
// platform), the `report` JSON file, and the error a failed build ends the step with.


/** The failed step's target and platform, filled in where the bake has only one. */
function failedAt(result) {
    const failure = result.failure;
    if (!failure)
        return {};
    const target = failure.target ?? (result.plan.length === 1 ? result.plan[0].target : undefined);
    const platforms = result.plan.find((t) => t.target === target)?.platforms ?? [];
    return { target, platform: failure.platform ?? (platforms.length === 1 ? platforms[0] : undefined) };
}
function bakeReport(result) {
    const report = {
        buildx: result.features.version.text,
        command: result.command,
        durationSeconds: result.durationSeconds,
        attempts: result.attempts,
        cacheHitRatio: result.ratios.overall.ratio,
        targets: result.plan.map((plan) => ({
            target: plan.target,
            platforms: plan.platforms,
            tags: plan.tags,
            digest: result.digests[plan.target],
            images: result.images[plan.target] ?? [],
            durationSeconds: result.targetSeconds[plan.target],
            cache: plan.cache ? { backend: plan.cache.backend, scope: plan.cache.scope } : { backend: 'bake file' },
            cacheHitRatio: result.ratios.entries
                .filter((entry) => entry.target === plan.target)
                .map(({ platform, steps, cached, ratio }) => ({ platform, steps, cached, ratio })),
        })),
    };
    if (result.failure)
        report.failed = { ...failedAt(result), step: result.failure.name, error: result.failure.error };
    return report;
}
function ratioText(entries) {
    return entries.map((e) => `${e.platform}: ${e.ratio.toFixed(2)} (${e.cached}/${e.steps})`).join('<br>');
}
/** The job summary markdown. */
function bakeSummary(report, dryRun) {
    let markdown = (0,runner_markdown/* heading */.R_)(dryRun ? 'multiarch-bake plan (dry run, nothing built)' : 'multiarch-bake');
    if (report.failed)
        markdown += `**Failed:** target ${(0,runner_markdown/* code */.aY)(report.failed.target ?? '?')}, platform ${(0,runner_markdown/* code */.aY)(report.failed.platform ?? '?')}, step ${(0,runner_markdown/* code */.aY)(report.failed.step)}: ${report.failed.error}\n\n`;
    markdown += (0,runner_markdown/* table */.tp)(['Target', 'Platforms', 'Tags', 'Digest', 'Duration', 'Cache hit ratio', 'Cache'], report.targets.map((t) => [
        t.target,
        t.platforms.join(', '),
        t.tags.join(', '),
        t.digest ?? '',
        t.durationSeconds === undefined ? '' : `${t.durationSeconds.toFixed(2)} s`,
        ratioText(t.cacheHitRatio),
        t.cache.scope ? `${t.cache.backend} (${t.cache.scope})` : t.cache.backend,
    ]));
    if (!dryRun)
        markdown +=
            `\nDuration ${report.durationSeconds.toFixed(2)} s, cache hit ratio ${report.cacheHitRatio.toFixed(2)}, buildx ${report.buildx}` +
                `${report.attempts > 1 ? `, ${report.attempts} attempts (the registry refused a push for now)` : ''}.\n`;
    return markdown;
}
/** The error a failed bake ends the step with: where it failed and its last lines. */
function bakeFailureError(result) {
    const failure = result.failure;
    const where = failedAt(result);
    const place = [where.target && `target ${where.target}`, where.platform && `platform ${where.platform}`]
        .filter(Boolean)
        .join(', ');
    const lines = [...(failure?.logTail ?? []).slice(-10), ...(failure?.lastLines ?? [])].join('\n');
    return new cib_error/* CibError */.hi(`docker buildx bake failed${place ? ` (${place})` : ''} with exit code ${failure?.exitCode ?? 1}` +
        `${failure?.error ? `: ${failure.error}` : ''}${lines ? `\n${lines}` : ''}`);
}
/** The action's outputs; a dry run gives the plan, the matrix and the report only. */
function bakeOutputs(result, matrix, reportFile, dryRun) {
    const plan = {
        'plan-file': result.planFile,
        matrix: JSON.stringify(matrix),
        report: reportFile,
    };
    if (dryRun)
        return plan;
    return {
        ...plan,
        metadata: result.metadata ?? '',
        digests: JSON.stringify(result.digests),
        images: JSON.stringify(result.images),
        'cache-hit-ratio': result.ratios.overall.ratio.toFixed(2),
        'duration-seconds': String(result.durationSeconds),
    };
}

// EXTERNAL MODULE: ./packages/core/src/bake/bake-command.ts
var bake_command = __webpack_require__(3730);
;// CONCATENATED MODULE: ./packages/core/src/bake/bake-files.ts
// Which bake files a build reads. Every file is passed with `-f`, ours last, so buildx's own
// default order (which changed in 0.20) never decides what overrides what. Without the `files`
// input we pass the files buildx would find, in the order this buildx would load them.




const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** The file names buildx looks for without `-f`, in its load order. */
function defaultBakeFiles(features) {
    const bake = features.hclBeforeOverrideJson
        ? ['docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl']
        : ['docker-bake.json', 'docker-bake.override.json', 'docker-bake.hcl', 'docker-bake.override.hcl'];
    return [...COMPOSE_FILES, ...bake];
}
/**
 * The files to pass, relative to `workdir` as given: the `files` input (each must exist), else
 * the default files present. Throws before anything runs when a file is missing or none is found.
 */
function resolveBakeFiles(given, workdir, features) {
    const at = (file) => ((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workdir, file));
    if (given.length > 0) {
        for (const file of given) {
            if (!(0,external_node_fs_.existsSync)(at(file)))
                throw new input_error/* InputError */.d('files', file, `bake files that exist (not found in ${workdir})`);
        }
        return [...given];
    }
    const found = defaultBakeFiles(features).filter((file) => (0,external_node_fs_.existsSync)(at(file)));
    if (found.length === 0)
        throw new cib_error/* CibError */.hi(`No bake file in ${workdir} (looked for ${defaultBakeFiles(features).join(', ')})`, {
            hint: 'Add a docker-bake.hcl or name your files in the "files" input',
        });
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/buildx-program.ts
// How the action reaches buildx (`version`, `bake --print`, the bake itself): straight to the
// buildx CLI plugin when we find it where the docker CLI looks, else through `docker buildx`.
// Through the docker CLI each call costs a process more and ~50 ms (the CLI starts, asks the
// plugin for its metadata with a second buildx process, then re-executes it; more on a busy
// machine); buildx run directly works standalone (it is a plugin only when the CLI re-executes
// it, DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set) and reads DOCKER_HOST, DOCKER_CONTEXT and
// DOCKER_CONFIG itself, with the same commands and flags. The plan and the log still show the
// build as `docker buildx bake ...`, the command a user types to get the same build.



/** The docker CLI's own plugin folders on Linux, after the user's (cli/cli-plugins/manager). */
const SYSTEM_PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
];
const DOCKER_BUILDX = { command: 'docker', prefix: ['buildx'] };
function executable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The folders the docker CLI searches, in its order: the config's, its extra dirs, the system's. */
function pluginDirs(env) {
    const configDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    let extra = [];
    try {
        const config = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8'));
        extra = config.cliPluginsExtraDirs ?? [];
    }
    catch {
        // No config.json, or not JSON: the docker CLI then uses the defaults too.
    }
    return [(0,external_node_path_.join)(configDir, 'cli-plugins'), ...extra, ...SYSTEM_PLUGIN_DIRS];
}
/** The buildx plugin the docker CLI would run, called directly; `docker buildx` when not found. */
function findBuildx(env) {
    for (const dir of pluginDirs(env)) {
        const candidate = (0,external_node_path_.join)(dir, 'docker-buildx');
        if (executable(candidate))
            return { command: candidate, prefix: [] };
    }
    return DOCKER_BUILDX;
}
/** `docker`-style argv (`buildx bake ...`) for `program`: its command and arguments. */
function buildxArgv(program, dockerArgs) {
    const [first, ...rest] = dockerArgs;
    if (first !== 'buildx')
        throw new Error(`not a buildx command: ${dockerArgs.join(' ')}`);
    return [program.command, [...program.prefix, ...rest]];
}

;// CONCATENATED MODULE: ./packages/core/src/bake/builder-driver.ts
// The driver of the builder a bake would use, read from `buildx inspect` (docs reference
// "buildx inspect": a `Driver:` line). Asked only when an input depends on it: push-by-digest,
// which buildx refuses on the `docker` driver whatever the engine's image store (build/opt.go:
// "push-by-digest is currently not implemented for docker driver, please create a new builder
// instance"; measured with buildx 0.13.1 and dockerd 26.1.5 with the containerd store here).


/** `buildx inspect` of the builder (the current one when `builder` is empty); its name and driver. */
async function inspectBuilder(exec, program, builder, env) {
    const [command, args] = buildxArgv(program, ['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])]);
    const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
    const field = (key) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(stdout)?.[1] ?? '';
    return { name: field('Name'), driver: field('Driver') };
}
/** push-by-digest on a builder whose driver cannot do it: one clear error before anything runs. */
function checkPushByDigestDriver(builder) {
    if (builder.driver !== 'docker')
        return;
    throw new input_error/* InputError */.d('push-by-digest', 'true', `a builder whose driver can push by digest (docker-container, remote or kubernetes); builder "${builder.name}" uses the docker driver, on which buildx cannot push by digest`, 'Create one first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use) and pass its name in "builder", or set push-by-digest: false');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/step-name.ts
// Reads a BuildKit vertex name: which target and platform it belongs to and whether it is a build
// step. A build step is a Dockerfile instruction vertex, `[<target>? <platform>? <stage>? n/m]
// INSTRUCTION ...`, other than FROM; `[internal] ...`, metadata loads, `exporting to image`,
// pushes and cache import/export carry no `n/m` and are not steps. bake prefixes the target only
// when it builds several targets, and the platform appears only for multi-platform builds.
const BRACKET = /^\[([^\]]*)\]\s+(\S+)/;
const COUNTER = /^\d+\/\d+$/;
const PLATFORM = /^[a-z][a-z0-9]*\/[a-z0-9_]+(\/[a-z0-9.]+)?$/;
/**
 * The step a vertex name describes, or undefined when it is no build step. `targets` are the
 * targets of a multi-target bake (the first bracket word is one of them); empty for one target.
 */
function parseStepName(name, targets) {
    const match = BRACKET.exec(name);
    if (!match)
        return undefined;
    const words = match[1].trim().split(/\s+/);
    if (!COUNTER.test(words[words.length - 1] ?? ''))
        return undefined;
    const instruction = match[2].toUpperCase();
    if (instruction === 'FROM')
        return undefined;
    const step = { instruction };
    let index = 0;
    if (targets.length > 1 && targets.includes(words[0]))
        step.target = words[index++];
    if (PLATFORM.test(words[index] ?? ''))
        step.platform = words[index];
    return step;
}
/** Target and platform of any vertex name (steps and `[app linux/arm64 internal] ...` alike). */
function vertexOwner(name, targets) {
    const match = /^\[([^\]]*)\]/.exec(name);
    if (!match)
        return {};
    const words = match[1].trim().split(/\s+/);
    const owner = {};
    let index = 0;
    if (targets.length > 1 && targets.includes(words[0]))
        owner.target = words[index++];
    if (PLATFORM.test(words[index] ?? ''))
        owner.platform = words[index];
    return owner;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/build-progress.ts
// Follows a bake's progress: vertexes from `--progress rawjson` objects (buildx >= 0.13), or from
// `--progress plain` lines (`#5 [linux/arm64 2/3] RUN ...`, `#5 CACHED`, `#5 ERROR: ...`) with
// older buildx. Answers which build steps ran or came from the cache, which step failed (with its
// last log lines), and the build warnings BuildKit reported.

const LOG_TAIL = 20;
const CANCELLED = /context canceled|^canceled$/;
function decode(base64) {
    return base64 ? Buffer.from(base64, 'base64').toString('utf8') : '';
}
class BuildProgress {
    targets;
    vertexes = new Map();
    byDigest = new Map();
    plainIds = new Map();
    buildWarnings = [];
    /** Text buildx printed outside the progress (its final ERROR line). */
    otherLines = [];
    /** `targets`: the bake's targets, to read the target prefix of multi-target vertex names. */
    constructor(targets) {
        this.targets = targets;
    }
    vertex(key, name, digest) {
        let vertex = this.vertexes.get(key);
        if (!vertex) {
            vertex = { key, digest, name, cached: false, started: false, completed: false, logs: [] };
            this.vertexes.set(key, vertex);
            if (digest)
                this.byDigest.set(digest, [...(this.byDigest.get(digest) ?? []), vertex]);
        }
        return vertex;
    }
    addLog(vertex, text) {
        for (const line of text.split(/\r?\n/))
            if (line.trim() !== '')
                vertex.logs.push(line);
        if (vertex.logs.length > LOG_TAIL)
            vertex.logs.splice(0, vertex.logs.length - LOG_TAIL);
    }
    /** One object of the rawjson stream. */
    onObject(value) {
        const status = value;
        for (const raw of status.vertexes ?? []) {
            if (!raw.digest || raw.name === undefined)
                continue;
            const vertex = this.vertex(`${raw.digest} ${raw.name}`, raw.name, raw.digest);
            if (raw.cached)
                vertex.cached = true;
            if (raw.started) {
                vertex.started = true;
                vertex.startedAt ??= Date.parse(raw.started);
            }
            if (raw.completed) {
                vertex.completed = true;
                vertex.completedAt = Date.parse(raw.completed);
            }
            if (raw.error)
                vertex.error = raw.error;
        }
        for (const log of status.logs ?? []) {
            for (const vertex of this.byDigest.get(log.vertex ?? '') ?? [])
                this.addLog(vertex, decode(log.data));
        }
        for (const warning of status.warnings ?? []) {
            this.buildWarnings.push({
                message: decode(warning.short).trim(),
                detail: (warning.detail ?? []).map(decode).join('\n').trim(),
                url: warning.url || undefined,
                file: warning.sourceInfo?.filename || undefined,
                line: warning.range?.[0]?.start?.line || undefined,
            });
        }
    }
    /** One line of plain progress (or any text outside the rawjson objects). */
    onLine(line) {
        const match = /^#(\d+) (.*)$/.exec(line);
        if (!match) {
            if (line.trim() !== '')
                this.otherLines.push(line);
            return;
        }
        const [, id, rest] = match;
        const known = this.plainIds.get(id);
        if (!known) {
            if (/^(CACHED|DONE|ERROR|\d+\.\d+ )/.test(rest))
                return;
            // Plain progress prints a vertex when it starts.
            const vertex = this.vertex(`#${id}`, rest);
            vertex.started = true;
            this.plainIds.set(id, vertex);
            return;
        }
        if (rest === 'CACHED')
            known.cached = true;
        else if (rest.startsWith('DONE'))
            known.completed = true;
        else if (rest.startsWith('ERROR'))
            known.error = rest.replace(/^ERROR:?\s*/, '');
        else if (/^\d+\.\d+ /.test(rest))
            this.addLog(known, rest.replace(/^\d+\.\d+ /, ''));
    }
    /**
     * Every build step, once per name (`[app linux/arm64 2/3] COPY ...`). One step can show as
     * several vertexes: BuildKit merges identical work of two targets into one vertex (reported
     * under either name) and, once a later step hits the cache, never starts the steps before it.
     * So a step is cached when any of its vertexes (or a vertex of the same digest) came from the
     * cache, or when none of them ever started: its result was not built by this bake.
     */
    steps() {
        const byName = new Map();
        for (const vertex of this.vertexes.values())
            byName.set(vertex.name, [...(byName.get(vertex.name) ?? []), vertex]);
        const steps = [];
        for (const [name, vertexes] of byName) {
            const step = parseStepName(name, this.targets);
            if (!step)
                continue;
            const twins = vertexes.flatMap((v) => (v.digest ? (this.byDigest.get(v.digest) ?? []) : [v]));
            const cached = twins.some((twin) => twin.cached) || !vertexes.some((v) => v.started || v.error);
            const settled = twins.some((twin) => twin.cached || (twin.completed && !twin.error));
            steps.push({ ...step, name, cached, settled });
        }
        return steps;
    }
    /**
     * The vertex whose error ended the build: the one buildx's final `ERROR:` line quotes. BuildKit
     * also reports errors it carried on past (a registry cache import that found nothing yet), and
     * errors of vertexes cancelled because another failed; without a quoted one, the first error
     * that is not a cancellation.
     */
    failure() {
        const failed = [...this.vertexes.values()].filter((v) => v.error);
        const fatal = this.otherLines.filter((line) => line.startsWith('ERROR')).join('\n');
        const vertex = failed.find((v) => fatal.includes(v.error ?? '')) ??
            failed.find((v) => !CANCELLED.test(v.error ?? '')) ??
            failed[0];
        if (!vertex)
            return undefined;
        return {
            name: vertex.name,
            ...vertexOwner(vertex.name, this.targets),
            error: vertex.error ?? '',
            logTail: vertex.logs,
        };
    }
    /**
     * Seconds from each target's first vertex start to its last completion (rawjson timestamps);
     * vertexes without a target prefix belong to the only target. Empty with plain progress.
     */
    durations() {
        const spans = new Map();
        for (const vertex of this.vertexes.values()) {
            if (vertex.startedAt === undefined || vertex.completedAt === undefined)
                continue;
            const target = vertexOwner(vertex.name, this.targets).target ?? (this.targets.length === 1 ? this.targets[0] : undefined);
            if (!target)
                continue;
            const span = spans.get(target) ?? { from: vertex.startedAt, to: vertex.completedAt };
            spans.set(target, { from: Math.min(span.from, vertex.startedAt), to: Math.max(span.to, vertex.completedAt) });
        }
        return new Map([...spans].map(([target, span]) => [target, Math.round((span.to - span.from) / 10) / 100]));
    }
    warnings() {
        return this.buildWarnings;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/bake/buildx-features.ts
// What the installed buildx can do, read once from `docker buildx version`. buildx 0.13 (Debian
// 13) and the 0.2x/0.3x on GitHub's runners differ; every difference the action depends on is
// decided here, from the buildx release notes:
// - `--progress rawjson`: 0.13.0 ("rawjson progress output"); older ones get plain and `CACHED`.
// - `--call` / `--check` on bake: 0.16.0 (release notes 0.16.0: "Bake command now supports --call
//   and --check flags", docker/buildx#2556; `build --call` came in 0.15.0, docker/buildx#2498).
//   0.13.1 rejects the flag as cobra does: `ERROR: unknown flag: --call` (exit 1) run as the
//   plugin, `unknown flag: --call` (exit 125) through the docker CLI.
// - `--allow` on bake: 0.17.0 (docker/buildx#2666, "bake: enable support for entitlements").
// - filesystem entitlements (`--allow fs.read=/fs.write=`): warned about from 0.19.0, enforced
//   from 0.20.0 ("bake: filesystem entitlement checks enabled by default").
// - GitHub Actions cache service v2: 0.21.0; the v1 service was shut down on 2025-04-15, so an
//   older buildx cannot use `type=gha` on github.com at all.
// - default file order without `-f`: docker-bake.override.json before docker-bake.hcl until
//   0.19, after it from 0.20.

/** Parses `docker buildx version` output (`github.com/docker/buildx v0.19.3 48d6a39`). */
function parseBuildxVersion(output) {
    const match = /buildx\s+v?(\d+)\.(\d+)\.(\d+)(\S*)/.exec(output);
    if (!match)
        throw new cib_error/* CibError */.hi(`Could not read the buildx version from "docker buildx version": ${output.trim().slice(0, 200)}`, {
            hint: 'Install docker buildx (docker/setup-buildx-action) and run again',
        });
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        text: `${match[1]}.${match[2]}.${match[3]}${match[4]}`,
    };
}
function atLeast(version, minor) {
    return version.major > 0 || version.minor >= minor;
}
/** The features of a buildx version. */
function buildxFeatures(version) {
    return {
        version,
        rawjsonProgress: atLeast(version, 13),
        call: atLeast(version, 16),
        bakeAllow: atLeast(version, 17),
        fsEntitlements: atLeast(version, 19),
        ghaCacheV2: atLeast(version, 21),
        hclBeforeOverrideJson: atLeast(version, 20),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/cache-ratio.ts
function roundRatio(cached, steps) {
    return steps === 0 ? 0 : Math.round((cached / steps) * 100) / 100;
}
/** Ratios for `plan` (target -> its platforms), counting `steps`. */
function cacheRatios(steps, plan) {
    const targets = [...plan.keys()];
    const entries = new Map();
    for (const [target, platforms] of plan)
        for (const platform of platforms)
            entries.set(`${target} ${platform}`, { target, platform, steps: 0, cached: 0, ratio: 0 });
    let total = 0;
    let cached = 0;
    for (const step of steps) {
        const target = step.target ?? (targets.length === 1 ? targets[0] : undefined);
        const platforms = target ? (plan.get(target) ?? []) : [];
        const platform = step.platform ?? (platforms.length === 1 ? platforms[0] : undefined);
        total++;
        if (step.cached)
            cached++;
        const entry = target && platform ? entries.get(`${target} ${platform}`) : undefined;
        if (entry) {
            entry.steps++;
            if (step.cached)
                entry.cached++;
        }
    }
    for (const entry of entries.values())
        entry.ratio = roundRatio(entry.cached, entry.steps);
    return { overall: { steps: total, cached, ratio: roundRatio(cached, total) }, entries: [...entries.values()] };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/json-stream.ts
// Splits buildx's `--progress rawjson` stream into JSON objects. buildx writes each status as a
// pretty-printed object (spanning many lines, not one object a line), so lines cannot be parsed on
// their own: this tracks brace depth outside strings and yields each complete top-level object.
// Text between objects (the final "ERROR: ..." line of a failed build) is kept as plain lines.
// Not @streamparser/json (quality-gate's reader): it refuses the plain text buildx mixes in, and
// parses every value where only whole objects are needed.
// It jumps from one structural character to the next (regex and indexOf) and copies whole
// slices: the stream is parsed once per run, before the JIT warms up, where a loop over every
// character cost ~20 ms for the ~40 KB of a cached two-platform build.
/** Inside a string: its end or an escape. */
const STRING_STOP = /["\\]/g;
/** Inside an object, outside strings: what changes the state. */
const STRUCTURE = /["{}]/g;
/** A push parser: feed() chunks as they arrive, end() at the end of the stream. */
class JsonObjectStream {
    sink;
    /** The current object's text from earlier chunks. */
    buffer = '';
    depth = 0;
    inString = false;
    /** A backslash ended the last chunk inside a string: the next character is escaped. */
    escaped = false;
    outside = '';
    constructor(sink) {
        this.sink = sink;
    }
    feed(chunk) {
        let i = 0;
        // Where the current object's text starts in this chunk (it may have begun in an earlier one).
        let start = 0;
        while (i < chunk.length) {
            if (this.depth === 0) {
                const brace = chunk.indexOf('{', i);
                const newline = chunk.indexOf('\n', i);
                if (newline !== -1 && (brace === -1 || newline < brace)) {
                    this.outside += chunk.slice(i, newline);
                    this.flushText();
                    i = newline + 1;
                    continue;
                }
                if (brace === -1) {
                    this.outside += chunk.slice(i);
                    return;
                }
                this.outside += chunk.slice(i, brace);
                this.flushText();
                this.depth = 1;
                start = brace;
                i = brace + 1;
                continue;
            }
            if (this.escaped) {
                this.escaped = false;
                i++;
                continue;
            }
            const pattern = this.inString ? STRING_STOP : STRUCTURE;
            pattern.lastIndex = i;
            const match = pattern.exec(chunk);
            if (!match)
                break;
            const at = match.index;
            const char = chunk[at];
            i = at + 1;
            if (this.inString) {
                if (char === '\\')
                    this.escaped = true;
                else
                    this.inString = false;
            }
            else if (char === '"')
                this.inString = true;
            else if (char === '{')
                this.depth++;
            else if (--this.depth === 0) {
                this.flushObject(this.buffer + chunk.slice(start, i));
                this.buffer = '';
            }
        }
        if (this.depth > 0)
            this.buffer += chunk.slice(start);
    }
    end() {
        this.flushText();
        if (this.buffer.trim() !== '')
            this.sink.text(this.buffer);
        this.buffer = '';
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
    }
    flushObject(text) {
        try {
            this.sink.object(JSON.parse(text));
        }
        catch {
            this.sink.text(text);
        }
    }
    flushText() {
        if (this.outside.trim() !== '')
            this.sink.text(this.outside.trim());
        this.outside = '';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/bake/tag-suffix.ts
// `platform-tag-suffix`: one platform per job, every tag gets a suffix naming it, so per-platform
// jobs push `app:1.2.3-amd64`, `app:1.2.3-arm64`, `app:1.2.3-armv7` for manifest-merge to join.
// Placeholders: {os}, {arch}, {variant}, {platform} (`linux-arm-v7`).



const PLACEHOLDER = /\{(os|arch|variant|platform)\}/g;
/** Checks the template; throws naming the input for unknown placeholders or tag-unsafe text. */
function checkTagSuffix(input, template) {
    const unknown = /\{(?!(?:os|arch|variant|platform)\})[^}]*\}/.exec(template);
    if (unknown)
        throw new input_error/* InputError */.d(input, template, 'a suffix with the placeholders {os}, {arch}, {variant}, {platform}', `${unknown[0]} is not one`);
    if (!(0,reference/* isValidTag */.r_)(`x${expandTagSuffix(template, 'linux/arm/v7')}`))
        throw new input_error/* InputError */.d(input, template, 'a suffix made of letters, digits, "_", "." and "-" (it ends image tags)');
}
/** The suffix for `platform`: `-{arch}{variant}` and linux/arm/v7 give `-armv7`. */
function expandTagSuffix(template, platform) {
    const parts = platformParts(platform);
    const values = { ...parts, platform: platformSlug(platform) };
    return template.replace(PLACEHOLDER, (_, key) => values[key]);
}
/** `ghcr.io/o/app:1.2.3` + `-arm64` -> `ghcr.io/o/app:1.2.3-arm64`; no tag means `latest`. */
function suffixTag(reference, suffix) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    return colon > slash ? `${reference}${suffix}` : `${reference}:latest${suffix}`;
}
/** The repository part of a tag reference (`ghcr.io/o/app:1` -> `ghcr.io/o/app`). */
function repositoryOf(reference) {
    const withoutDigest = reference.split('@')[0];
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/metadata.ts
// Reads the `--metadata-file` buildx writes: per target `containerimage.digest` (the pushed
// manifest, or the index for several platforms: the digest the registry serves for the tag) and
// `image.name` (comma-separated references). From it: the `digests` and `images` outputs that
// docker/bake-action never gives (its #279).


/** The metadata file's content; undefined when buildx wrote none (a failed or check-only build). */
function readMetadataFile(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const raw = (0,external_node_fs_.readFileSync)(file, 'utf8');
    return { raw, targets: JSON.parse(raw) };
}
/** target -> digest, for the targets that produced an image. */
function digestsOf(targets) {
    const digests = {};
    for (const [target, meta] of Object.entries(targets)) {
        const digest = meta['containerimage.digest'];
        if (typeof digest === 'string' && digest.startsWith('sha256:'))
            digests[target] = digest;
    }
    return digests;
}
/** target -> `repository@digest` for every image name the target was pushed or loaded as. */
function imagesOf(targets) {
    const images = {};
    for (const [target, digest] of Object.entries(digestsOf(targets))) {
        const names = String(targets[target]['image.name'] ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '');
        images[target] = [...new Set(names.map((name) => `${repositoryOf(name)}@${digest}`))];
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/staged-push.ts
// Tags move last, one manifest PUT each. buildx's docker driver (Docker Engine 26, buildx 0.13.1)
// writes the tag more than once in one push (two manifest PUTs under it, measured through the
// hardening suite's fault proxy), so a push cut short left the release tag on an intermediate
// manifest (a single image manifest in one run of test/hardening/bake-push-faults.test.ts) or
// moved it although the step failed. So a pushing target is pushed under a staging tag in each of
// its repositories (`cib-staging-<target>`), and only once the bake has succeeded does each real
// tag get the pushed image, by its digest, in one PUT: a tag holds the complete image or what it
// held before, never half of it.




const STAGING_TAG_PREFIX = 'cib-staging-';
/** One staging reference per repository the tags name: `<repository>:cib-staging-<target>`. */
function stagingTags(target, tags) {
    // Tags are at most 128 characters; bake target names only hold characters a tag allows.
    const tag = `${STAGING_TAG_PREFIX}${target}`.slice(0, 128);
    return [...new Set(tags.map(repositoryOf))].map((repository) => `${repository}:${tag}`);
}
/**
 * Points every tag of every staged target at the image the bake pushed (`digests`, from buildx's
 * metadata), copying the manifest bytes as the registry serves them. The client retries what a
 * registry answers with 429/5xx or drops; a tag that still fails is listed, the others still move.
 */
async function moveStagedTags(client, targets, digests, log) {
    // Every tag moves at once (each is its own PUT); a repository's manifest is read once.
    const manifests = new Map();
    const outcomes = await Promise.all(targets.flatMap(({ target, tags }) => tags.map(async (tag) => {
        const digest = digests[target];
        if (!digest)
            return { tag, error: `buildx reported no digest for target ${target}` };
        try {
            const ref = (0,reference/* parseReference */.F2)(tag);
            const source = `${repositoryOf(tag)}@${digest}`;
            let manifest = manifests.get(source);
            if (!manifest)
                manifests.set(source, (manifest = client.getManifest((0,reference/* withDigest */.hQ)(ref, digest))));
            const { bytes, mediaType } = await manifest;
            await client.putManifest(ref, bytes, mediaType);
            log.info(`Tagged ${tag} -> ${digest}`);
            return { tag };
        }
        catch (error) {
            return { tag, error: (0,cib_error/* errorMessage */.gJ)(error) };
        }
    })));
    return {
        moved: outcomes.flatMap((o) => (o.error === undefined ? [o.tag] : [])),
        failed: outcomes.flatMap((o) => (o.error === undefined ? [] : [{ tag: o.tag, error: o.error }])),
    };
}
/** The failure when some tags could not be moved: which moved, which kept their old image. */
function tagMoveError(moves) {
    const failed = moves.failed.map((f) => `  ${f.tag}: ${f.error}`).join('\n');
    const moved = moves.moved.length ? `\nTagged: ${moves.moved.join(', ')}` : '\nNo tag was moved';
    return new cib_error/* CibError */.hi(`The images were pushed, but ${moves.failed.length} tag(s) still hold what they held before:\n${failed}${moved}`, { hint: 'Run the job again: the build is cached and the tags move only to the complete image' });
}
/** Summary lines for the job summary: what was tagged and what was not. */
function tagMovesSummary(moves) {
    const lines = [
        ...moves.moved.map((tag) => `- tagged ${(0,runner_markdown/* code */.aY)(tag)}`),
        ...moves.failed.map((f) => `- **not tagged** ${(0,runner_markdown/* code */.aY)(f.tag)} (kept its previous image): ${f.error}`),
    ];
    return lines.length ? `\n${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./packages/core/src/bake/override-definition.ts
// The bake definition file we generate and pass last (`-f`), so it overrides the user's files
// without touching them: per selected target its platforms, tags (with the platform suffix; a
// push goes to staging tags first, staged-push.ts),
// build args and labels (build-info's as defaults under what the user set, the inputs over all),
// annotations, and its own cache entries. Every target gets every attribute written out, because
// a child inheriting a parent would otherwise pick up what we add to the parent. buildx merges:
// args/labels key by key; tags, platforms, cache-to, output replaced; cache-from appended, even
// onto an inheriting child (measured with buildx 0.13.1: the parent's scope leaked into the
// child's cache-from). So cache-from travels as `--set <target>.cache-from=...` lines instead,
// which replace the list (an empty value clears it) and come before the user's own --set lines.





const DEFAULT_PLATFORM = 'linux/amd64';
function withDefaults(own, defaults, given) {
    const result = {};
    for (const [key, value] of defaults)
        if (own?.[key] === undefined)
            result[key] = value;
    for (const [key, value] of given)
        result[key] = value;
    return result;
}
function mergeAnnotations(own, given) {
    const keyOf = (entry) => entry.slice(0, entry.indexOf('=') >>> 0);
    const kept = (own ?? []).filter((entry) => !given.has(keyOf(entry)));
    return [...kept, ...[...given].map(([key, value]) => `${key}=${value}`)];
}
/** CSV field quoting as buildx reads `output` entries. */
function csvField(value) {
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function planTarget(name, printed, options) {
    const platforms = options.platforms.length > 0
        ? [...options.platforms]
        : printed.platforms?.length
            ? [...printed.platforms]
            : [DEFAULT_PLATFORM];
    if (options.tagSuffix && platforms.length !== 1)
        throw new input_error/* InputError */.d('platform-tag-suffix', options.tagSuffix, `exactly one platform per job (target ${name} builds ${platforms.join(', ')})`, 'Run one job per platform (see the matrix output) or leave platform-tag-suffix empty');
    if (options.push && options.load && platforms.length > 1)
        throw new input_error/* InputError */.d('load', 'true', `one platform when push is true too (target ${name} builds ${platforms.join(', ')})`, 'The docker image store loads one platform');
    const baseTags = options.tags.length > 0 ? [...options.tags] : [...(printed.tags ?? [])];
    const tags = options.tagSuffix
        ? baseTags.map((tag) => suffixTag(tag, expandTagSuffix(options.tagSuffix, platforms[0])))
        : baseTags;
    const fileHasCache = (printed['cache-from']?.length ?? 0) + (printed['cache-to']?.length ?? 0) > 0;
    const cache = !options.cacheExplicit && fileHasCache ? undefined : targetCache(options.cache, name, platforms);
    const attributes = {
        platforms,
        args: withDefaults(printed.args, options.defaultArgs, options.args),
        labels: withDefaults(printed.labels, options.defaultLabels, options.labels),
    };
    if (options.annotations.size > 0)
        attributes.annotations = mergeAnnotations(printed.annotations, options.annotations);
    if (cache)
        attributes['cache-to'] = cache.to;
    if (options.pushByDigest) {
        const names = [...new Set(tags.map(repositoryOf))];
        if (names.length === 0)
            throw new cib_error/* CibError */.hi(`push-by-digest needs an image name for target ${name}`, {
                hint: 'Give it tags in the bake file or the "tags" input (their repositories are used, without the tags)',
            });
        attributes.tags = [];
        attributes.output = [
            `type=image,${csvField(`name=${names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true`,
        ];
        return [{ target: name, platforms, tags: [], cache }, attributes];
    }
    // A push (without load, which names local images by the tags) goes to staging tags first: the
    // real ones move only to a complete image (staged-push.ts).
    const staging = options.push && !options.load && tags.length > 0 ? stagingTags(name, tags) : undefined;
    attributes.tags = staging ?? tags;
    return [{ target: name, platforms, tags, ...(staging ? { stagingTags: staging } : {}), cache }, attributes];
}
/** The generated definition and the plan of every target `printed` holds. */
function buildOverride(printed, options) {
    const definition = { target: {} };
    const targets = [];
    const sets = [];
    for (const [name, target] of Object.entries(printed.target)) {
        const [plan, attributes] = planTarget(name, target, options);
        definition.target[name] = attributes;
        targets.push(plan);
        if (!plan.cache)
            continue;
        if (plan.cache.from.length === 0)
            sets.push(`${name}.cache-from=`);
        for (const entry of plan.cache.from)
            sets.push(`${name}.cache-from=${entry}`);
    }
    return { definition, sets, targets };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/printed-definition.ts
// The user's bake definition as buildx resolves it (`bake --print`, files merged, groups
// expanded, inherits applied, --set applied): the targets that will be built and what the user
// set explicitly, which always wins over our defaults.


/** Parses `bake --print` stdout. */
function parsePrintedDefinition(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new cib_error/* CibError */.hi(`"docker buildx bake --print" did not print JSON: ${stdout.trim().slice(0, 300)}`);
    }
    const definition = parsed;
    if (!definition || typeof definition !== 'object' || typeof definition.target !== 'object' || !definition.target)
        throw new cib_error/* CibError */.hi('"docker buildx bake --print" printed no targets');
    return definition;
}
/**
 * Turns a failed `bake --print` into the input error it is: an unknown target or group names the
 * `targets` input; anything else (a syntax error in a bake file) is shown as buildx said it.
 */
function printFailure(stderr, targets) {
    const lines = stderr
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '' && !/^#\d+ /.test(line))
        .slice(-10);
    const unknown = /failed to find target (\S+)|target (\S+) not found/i.exec(stderr);
    if (unknown) {
        const name = (unknown[1] ?? unknown[2]).replace(/["']/g, '');
        return new input_error/* InputError */.d('targets', targets.join(','), 'targets or groups defined in the bake files', `buildx found no "${name}"`);
    }
    return new cib_error/* CibError */.hi(`The bake definition could not be read:\n${lines.join('\n')}`, {
        hint: 'Check the bake files, the "set" lines and the "vars" the error names',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/bake/push-retry.ts

/** Bakes in all, the first included. */
const BAKE_ATTEMPTS = 3;
// containerd's resolver (BuildKit's and the Engine's pushes) words every refused request so:
// `unexpected status from HEAD request to http://host/v2/...: 500 Internal Server Error`.
const REFUSED = /unexpected status from (\w+) request to (\S+): (429|50[0234])\b[^\n]*/;
/**
 * Why the failed bake may run again, or undefined: the failure is no build step and the
 * registry's answer (in the failing vertex or buildx's final error) is a temporary one.
 */
function pushRetryReason(failure, finalLines, targets) {
    if (failure?.name && parseStepName(failure.name, targets))
        return undefined;
    const match = REFUSED.exec([failure?.error ?? '', ...finalLines].join('\n'));
    return match ? { answer: match[0] } : undefined;
}
/**
 * The steps the cache hit ratio counts over several attempts: each step as the attempt that
 * finished it first saw it. A step built by the first attempt shows as cached in the retry, but
 * came from this bake's own work, not from the cache.
 */
function stepsOverAttempts(attempts) {
    const steps = new Map();
    for (const attempt of attempts)
        for (const step of attempt) {
            const known = steps.get(step.name);
            if (!known || (!known.settled && step.settled))
                steps.set(step.name, step);
        }
    return [...steps.values()];
}

;// CONCATENATED MODULE: ./packages/core/src/bake/run-bake.ts
// One multiarch bake, start to end: detect buildx's features (`buildx version`) and read the user's
// definition (`bake --print`), side by side; write our override definition and the plan; then
// either print the merged definition (dry run) or build with rawjson progress and read the
// metadata file. Every buildx call goes straight to the buildx plugin when found
// (buildx-program.ts), the build too: the plan and the log show it as the `docker buildx bake`
// command users would type, which runs that same plugin with the same arguments.
// Two processes besides the bake itself (three with push-by-digest, which asks `buildx inspect`
// for the builder's driver); docker/bake-action runs five.

















/** The installed buildx's features, from one `buildx version`. */
async function detectFeatures(exec, env, program = DOCKER_BUILDX) {
    const [command, args] = buildxArgv(program, ['buildx', 'version']);
    const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
    return buildxFeatures(parseBuildxVersion(stdout));
}
function checkFeatures(request, features) {
    if (request.cache.backend === 'gha' && !features.ghaCacheV2)
        throw new cib_error/* CibError */.hi(`cache: gha needs buildx 0.21 or newer (GitHub's cache service v2; the v1 service was shut down in April 2025), this is ${features.version.text}`, { hint: 'Update buildx (docker/setup-buildx-action) or use cache: registry or local' });
    if (request.call === 'check' && !features.call)
        throw new cib_error/* CibError */.hi(`call: check needs buildx 0.16 or newer, this is ${features.version.text}`, {
            hint: 'Update buildx (docker/setup-buildx-action) or leave call at build',
        });
}
function bakeEnv(deps, vars) {
    return { ...deps.env, ...Object.fromEntries(vars) };
}
/** Plans and runs the bake; a failed build is returned (with `failure`), not thrown. */
async function runBake(request, deps) {
    const env = bakeEnv(deps, request.vars);
    // Given files must exist before anything runs; the default files depend on the version.
    if (request.files.length > 0)
        resolveBakeFiles(request.files, request.workdir, { hclBeforeOverrideJson: false });
    // `buildx version` and `bake --print` of the user's definition run side by side: without the
    // files input, --print lets this buildx find its own default files in its own order, which is
    // exactly what we then pass with -f. Neither builds anything.
    const userFlags = { ...request, files: request.files, allow: [] };
    const program = findBuildx(env);
    const [printCommand, printArgv] = buildxArgv(program, (0,bake_command/* printArgs */.Xn)(userFlags));
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
    if (builder)
        checkPushByDigestDriver(builder);
    const files = resolveBakeFiles(request.files, request.workdir, features);
    const flags = { ...request, files, allow: [] };
    if (printed.exitCode !== 0)
        throw printFailure(printed.stderr, request.targets);
    const printedDefinition = parsePrintedDefinition(printed.stdout);
    let override = buildOverride(printedDefinition, request);
    if (!request.dryRun && deps.beforeBuild) {
        await deps.beforeBuild(override.targets);
        // A restored local cache exists only now: plan again so the definition imports it
        // (cache-from names a local directory only once it holds an index.json).
        override = buildOverride(printedDefinition, request);
    }
    const warning = cacheSizeWarning(request.cache, override.targets.map((t) => (t.cache ? t.platforms.length : 0)));
    if (warning)
        deps.log.warning(warning);
    (0,external_node_fs_.mkdirSync)(request.planDir, { recursive: true });
    const definitionFile = (0,external_node_path_.join)(request.planDir, 'bake-override.json');
    const metadataFile = (0,external_node_path_.join)(request.planDir, 'bake-metadata.json');
    const planFile = (0,external_node_path_.join)(request.planDir, 'bake-plan.json');
    (0,external_node_fs_.writeFileSync)(definitionFile, `${JSON.stringify(override.definition, null, 2)}\n`);
    const localRoots = [
        ...new Set(override.targets.flatMap((t) => t.cache?.backend === 'local' && request.cache.localRoot ? [request.cache.localRoot] : [])),
    ];
    flags.set = [...override.sets, ...request.set];
    flags.allow = allowEntries(features, request.allow, {
        readDirs: [request.planDir, ...localRoots],
        writeDirs: localRoots,
    });
    const args = (0,bake_command/* bakeArgs */.rz)(flags, { definitionFile, metadataFile }, features);
    const command = (0,bake_command/* formatCommand */.fE)('docker', args);
    (0,external_node_fs_.writeFileSync)(planFile, `${JSON.stringify({ command, files, definition: override.definition, targets: override.targets }, null, 2)}\n`);
    const result = {
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
        const [mergedCommand, mergedArgv] = buildxArgv(program, (0,bake_command/* bakeArgs */.rz)(flags, { definitionFile, metadataFile }, features, { print: true }));
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
    const attemptSteps = [];
    let attempt;
    for (let n = 1;; n++) {
        attempt = await buildOnce();
        attemptSteps.push(attempt.progress.steps());
        if (attempt.build.exitCode === 0 || n === BAKE_ATTEMPTS || !retrySafe)
            break;
        const reason = pushRetryReason(attempt.progress.failure(), attempt.progress.otherLines, targets);
        if (!reason)
            break;
        deps.log.warning(`The registry refused the push for now (${reason.answer}); nothing was published, the push goes to staging tags. ` +
            `Running the bake again (attempt ${n + 1} of ${BAKE_ATTEMPTS}).`, { title: 'Push retried' });
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

;// CONCATENATED MODULE: ./packages/core/src/bake/check-results.ts
// Dockerfile check results of `call: check`, read from `bake --call check,format=json` (buildx
// >= 0.16, docker/buildx#2556). The JSON form is used because the text form changed between
// releases (buildkit#4992, #5045: rule then description or detail; later a `WARNING: ` prefix and
// a "Check complete, ..." line, docker/buildx#2647), while the JSON has kept one shape:
//   {"group": {...}, "target": {"<name>": {"build": <target>, "check": {
//     "warnings": [{"ruleName", "description", "url", "detail",
//                   "location": {"sourceIndex", "ranges": [{"start": {"line"}, "end": {"line"}}]}}],
//     "sources": [{"filename", "language", "data"}],
//     "buildError": {"message", "location"}?}, "error"?}}}
// (buildx commands/bake.go; buildkit frontend/subrequests/lint/lint.go). Go's encoding/json
// omits zero values there, so a missing `sourceIndex` is 0. buildx exits 1 when any target has
// a warning or an error.

/** Where a finding is: the Dockerfile as the repository names it, and the line. */
function place(location, sources, build) {
    const line = location?.ranges?.[0]?.start?.line;
    const filename = sources?.[location?.sourceIndex ?? 0]?.filename;
    if (!filename)
        return { line };
    // buildkit names the source by the Dockerfile's base name; bake's dockerfile is relative to
    // the context, so a local context gives the path in the repository.
    const context = build?.context ?? '.';
    const dockerfile = build?.dockerfile ?? 'Dockerfile';
    const local = !/^[a-z]+:\/\//i.test(context) && !context.startsWith('git@') && !external_node_path_.posix.isAbsolute(dockerfile);
    const file = local && external_node_path_.posix.basename(dockerfile) === filename ? external_node_path_.posix.normalize(external_node_path_.posix.join(context, dockerfile)) : filename;
    return { file, line };
}
/** The findings in `bake --call check,format=json` stdout; undefined when it printed no such JSON. */
function parseCheckResults(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed.target !== 'object' || !parsed.target)
        return undefined;
    const findings = [];
    for (const [target, entry] of Object.entries(parsed.target)) {
        const check = entry?.check;
        if (!check)
            continue;
        for (const warning of check.warnings ?? [])
            findings.push({
                target,
                rule: warning.ruleName ?? 'check',
                message: warning.detail || warning.description || '',
                url: warning.url || undefined,
                level: 'warning',
                ...place(warning.location, check.sources, entry.build),
            });
        const error = check.buildError?.message ?? check.error;
        if (error)
            findings.push({
                target,
                rule: 'BuildError',
                message: error.trim(),
                level: 'error',
                ...place(check.buildError?.location, check.sources, entry.build),
            });
    }
    return findings;
}

// EXTERNAL MODULE: ./packages/core/src/registry/insecure-hosts.ts
var insecure_hosts = __webpack_require__(4193);
;// CONCATENATED MODULE: ./actions/multiarch-bake/run.ts
// multiarch-bake: multi-platform `docker buildx bake` with a cache scope per target and platform,
// build-info's args and labels, per-target digests and a real cache hit ratio. Inputs are parsed
// and checked here, before anything runs; the build is packages/core/src/bake/run-bake.ts.




























const NAME_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOCAL_CACHE_STATE = 'local-cache';
function readCache(inputs, rt) {
    const given = (0,runner_inputs/* readString */.E3)(inputs, 'cache');
    const onGithub = rt.kind === 'github-actions' && rt.env.GITHUB_ACTIONS === 'true';
    const backend = given ? (0,runner_inputs/* readEnum */.ai)(inputs, 'cache', CACHE_BACKENDS, 'none') : onGithub ? 'gha' : 'none';
    const ref = (0,runner_inputs/* readString */.E3)(inputs, 'cache-ref');
    if (backend === 'registry') {
        if (!ref)
            throw new input_error/* InputError */.d('cache-ref', ref, 'a registry repository for the cache (needed with cache: registry)');
        let parsed;
        try {
            parsed = (0,reference/* parseReference */.F2)(ref);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || parsed.digest || /:[^/]*$/.test(ref))
            throw new input_error/* InputError */.d('cache-ref', ref, 'a repository without tag or digest (the scope becomes the tag)');
    }
    return {
        cache: {
            backend,
            ref: ref || undefined,
            mode: (0,runner_inputs/* readEnum */.ai)(inputs, 'cache-mode', ['max', 'min'], 'max'),
            scopePrefix: (0,runner_inputs/* readString */.E3)(inputs, 'cache-scope'),
            localRoot: (0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'cib-bake-cache'),
        },
        cacheExplicit: given !== '',
    };
}
/** Every input, parsed and checked before anything runs. */
function readInputs(rt) {
    const inputs = (0,runner_inputs/* actionInputs */.eh)(rt, 'multiarch-bake');
    const platforms = parsePlatforms('platforms', (0,runner_inputs/* readList */.LD)(inputs, 'platforms'));
    const push = (0,runner_inputs/* readBoolean */.Vf)(inputs, 'push', false);
    const load = (0,runner_inputs/* readBoolean */.Vf)(inputs, 'load', false);
    const tagSuffix = (0,runner_inputs/* readString */.E3)(inputs, 'platform-tag-suffix');
    if (tagSuffix) {
        checkTagSuffix('platform-tag-suffix', tagSuffix);
        if (platforms.length > 1)
            throw new input_error/* InputError */.d('platform-tag-suffix', tagSuffix, `one platform per job (platforms has ${platforms.join(', ')})`);
    }
    if (push && load && platforms.length > 1)
        throw new input_error/* InputError */.d('load', 'true', `one platform when push is true too (platforms has ${platforms.join(', ')})`);
    const allow = (0,runner_inputs/* readList */.LD)(inputs, 'allow');
    checkAllow(allow);
    // Target and group names as bake allows them: nothing else reaches buildx's argv, where a value
    // such as --output=... would be read as an option.
    const targets = (0,runner_inputs/* readList */.LD)(inputs, 'targets');
    const badTarget = targets.find((target) => !bake_command/* BAKE_NAME */.eX.test(target));
    if (badTarget !== undefined)
        throw new input_error/* InputError */.d('targets', badTarget, 'bake target or group names (letters, digits, _ and -) such as app');
    return {
        files: (0,runner_inputs/* readList */.LD)(inputs, 'files'),
        targets: targets.length ? targets : ['default'],
        set: (0,runner_inputs/* readLines */.Se)(inputs, 'set'),
        vars: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'vars', NAME_KEY),
        platforms,
        push,
        load,
        pull: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'pull', false),
        noCache: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'no-cache', false),
        builder: (0,runner_inputs/* readString */.E3)(inputs, 'builder'),
        provenance: (0,runner_inputs/* readString */.E3)(inputs, 'provenance'),
        sbom: (0,runner_inputs/* readString */.E3)(inputs, 'sbom'),
        call: (0,runner_inputs/* readEnum */.ai)(inputs, 'call', ['build', 'check'], 'build'),
        tags: (0,runner_inputs/* readList */.LD)(inputs, 'tags'),
        tagSuffix,
        pushByDigest: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'push-by-digest', false),
        ...readCache(inputs, rt),
        args: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'build-args', NAME_KEY),
        buildInfo: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'build-info', true),
        insecureHosts: (0,insecure_hosts/* readInsecureHosts */.W)(inputs),
        labels: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'labels'),
        annotations: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'annotations', index_annotations/* ANNOTATION_INPUT_KEY */.$),
        allow,
        dryRun: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'dry-run', false),
        runners: parseRunners('runners', (0,runner_inputs/* readKeyValues */._Z)(inputs, 'runners', /^[a-z0-9]+\/[A-Za-z0-9_/.-]+$/)),
    };
}
/** build-info's args and OCI labels for this run (empty with build-info: false). */
async function buildInfoDefaults(rt, inputs, context) {
    if (!inputs.buildInfo)
        return { defaultArgs: new Map(), defaultLabels: new Map() };
    let info;
    try {
        info = await (0,compute/* computeBuildInfo */.C)({ shortShaLength: 7, cacheBust: { mode: 'commit' } }, {
            context,
            sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
            now: rt.now(),
            readGitHead: () => (0,head_commit/* readHeadCommit */.g)(exec.execProcess, context.workspace),
        });
    }
    catch (error) {
        // build-info's own hint names its commit input, which this action does not have.
        if (!(error instanceof cib_error/* CibError */.hi))
            throw error;
        const reason = error.hint ? error.message.slice(0, -(error.hint.length + 2)) : error.message;
        throw new cib_error/* CibError */.hi(`build-info args need the commit: ${reason}`, {
            hint: 'Run in a git checkout or in CI, or set build-info: false',
        });
    }
    return { defaultArgs: new Map((0,build_args/* buildArgs */.CH)(info)), defaultLabels: (0,oci_labels/* ociMetadata */.fS)(info) };
}
/**
 * `call: check`: each finding as an annotation on its Dockerfile line; the step fails when there
 * is any (buildx exits 1), with the rules and targets in the error.
 */
function reportChecks(rt, result) {
    const findings = parseCheckResults(result.stdout);
    if (!findings) {
        if (result.failure)
            throw bakeFailureError(result);
        throw new cib_error/* CibError */.hi(`docker buildx bake --call check printed no check results: ${result.stdout.trim().slice(0, 300)}`);
    }
    for (const finding of findings) {
        const text = `${finding.rule}: ${finding.message}${finding.url ? ` (${finding.url})` : ''}`;
        const annotation = { title: finding.rule, file: finding.file, startLine: finding.line };
        if (finding.level === 'error')
            rt.log.error(text, annotation);
        else
            rt.log.warning(text, annotation);
    }
    if (findings.length === 0 && !result.failure) {
        rt.log.info('Dockerfile checks: no warnings');
        return;
    }
    const byTarget = [...new Set(findings.map((f) => f.target))].map((target) => `${target}: ${[...new Set(findings.filter((f) => f.target === target).map((f) => f.rule))].join(', ')}`);
    throw new cib_error/* CibError */.hi(`Dockerfile checks failed (${findings.length} finding${findings.length === 1 ? '' : 's'}): ${byTarget.join('; ') || `buildx exited with ${result.failure?.exitCode}`}`, { hint: 'Fix the Dockerfile lines annotated above, or skip a rule with a "# check=skip=<rule>" directive' });
}
async function run(rt) {
    const inputs = readInputs(rt);
    const context = (0,ci_context/* readCiContext */.OW)(rt.env);
    const workdir = context.workspace || process.cwd();
    const planRoot = rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(planRoot, { recursive: true });
    const planDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(planRoot, 'cib-bake-'));
    const request = { ...inputs, ...(await buildInfoDefaults(rt, inputs, context)), workdir, planDir };
    // A pushing run moves its tags once the bake is done: the registry client's module is loaded
    // while buildx works, not after it (a run that pushes nothing never loads it).
    const registryModule = inputs.push && !inputs.dryRun ? Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 5207)) : undefined;
    registryModule?.catch(() => undefined);
    const result = await runBake(request, {
        exec: exec.execProcess,
        log: rt.log,
        clock: clock/* systemClock */.m,
        env: { ...process.env, ...rt.env },
        beforeBuild: async (plan) => {
            const dirs = plan.flatMap((t) => (t.cache?.backend === 'local' && t.cache.localDir ? [t.cache.localDir] : []));
            if (dirs.length === 0)
                return;
            const keys = localCacheKeys(plan.flatMap((t) => (t.cache?.backend === 'local' ? [t.cache.scope] : [])), context);
            const restoredKey = await restoreLocalCache(dirs, keys, rt.log);
            const state = { dirs, key: keys.key, restoredKey };
            rt.saveState(LOCAL_CACHE_STATE, JSON.stringify(state));
        },
    });
    await rt.log.group('docker buildx bake command', () => {
        rt.log.info(result.command);
        if (result.plugin)
            rt.log.info(`(run as ${result.plugin} with the same arguments, the plugin docker buildx starts)`);
    });
    if (inputs.dryRun) {
        await rt.log.group('Generated definition (ours, passed last)', () => rt.log.info((0,external_node_fs_.readFileSync)(result.definitionFile, 'utf8').trim()));
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
    let moves;
    if (!result.failure && !inputs.dryRun && staged.length > 0) {
        const { RegistryClient } = await (registryModule ?? Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 5207)));
        const client = new RegistryClient({
            insecureHosts: inputs.insecureHosts,
            maskSecret: (secret) => rt.setSecret(secret),
            log: rt.log,
            env: rt.env,
        });
        moves = await rt.log.group('Move the tags to the pushed images', () => moveStagedTags(client, staged, result.digests, rt.log));
    }
    const report = bakeReport(result);
    const reportFile = (0,external_node_path_.join)(planDir, 'bake-report.json');
    (0,external_node_fs_.writeFileSync)(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    const matrix = buildMatrix(result.plan, inputs.runners);
    const tooBig = matrixWarning(matrix);
    if (tooBig)
        rt.log.warning(tooBig, { title: 'Matrix too big for one job' });
    (0,outputs/* writeOutputs */.K)(rt, 'multiarch-bake', bakeOutputs(result, matrix, reportFile, inputs.dryRun));
    const untouched = result.failure ? staged.flatMap((t) => t.tags) : [];
    rt.appendSummary(bakeSummary(report, inputs.dryRun) +
        (moves ? tagMovesSummary(moves) : '') +
        (untouched.length ? `\nNo tag was moved (the push went to staging tags only): ${untouched.join(', ')}\n` : ''));
    if (inputs.call === 'check' && !inputs.dryRun)
        return reportChecks(rt, result);
    if (result.failure)
        throw bakeFailureError(result);
    if (moves?.failed.length)
        throw tagMoveError(moves);
    rotateLocalCache(result.plan.flatMap((t) => (t.cache ? [t.cache] : [])));
    if (!inputs.dryRun)
        rt.log.info(`Built ${result.plan.map((t) => `${t.target} (${t.platforms.join(', ')})`).join(', ')} in ${result.durationSeconds} s, ` +
            `cache hit ratio ${result.ratios.overall.ratio.toFixed(2)}`);
}
/** Post step: saves the local cache the main step wrote (a warning, never a failure, when it cannot). */
async function post(rt) {
    const saved = rt.getState(LOCAL_CACHE_STATE);
    if (!saved) {
        rt.log.debug('multiarch-bake post: no local cache to save');
        return;
    }
    await saveLocalCache(JSON.parse(saved), rt.log);
}


/***/ }),

/***/ 3730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xn: () => (/* binding */ printArgs),
/* harmony export */   eX: () => (/* binding */ BAKE_NAME),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   rz: () => (/* binding */ bakeArgs),
/* harmony export */   tP: () => (/* binding */ plainBakeArgs)
/* harmony export */ });
/**
 * A bake target or group name (buildx allows letters, digits, _ and -), never a leading -: what
 * multiarch-bake's targets and e2c-runner's bake-targets accept, so no value reaches buildx's argv
 * as an option, and a name is safe in a staging tag.
 */
const BAKE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;
function common(flags, extraFiles) {
    const args = ['buildx', 'bake'];
    if (flags.builder)
        args.push('--builder', flags.builder);
    for (const file of [...flags.files, ...extraFiles])
        args.push('-f', file);
    return args;
}
/** `bake --print` of the user's definition: what they set, groups expanded, before ours. */
function printArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    args.push('--print', ...flags.targets);
    return args;
}
/**
 * A bake of the user's files alone, with no file of ours: what e2c-runner runs on its builder
 * instance (the same file and `--set` order as the build below).
 */
function plainBakeArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    if (flags.push)
        args.push('--push');
    args.push(...flags.targets);
    return args;
}
/** The build (or, with `print`, the merged definition it would build). */
function bakeArgs(flags, generated, features, options = {}) {
    const args = common(flags, [generated.definitionFile]);
    for (const line of flags.set)
        args.push('--set', line);
    if (options.print) {
        args.push('--print', ...flags.targets);
        return args;
    }
    args.push('--metadata-file', generated.metadataFile);
    args.push('--progress', features.rawjsonProgress ? 'rawjson' : 'plain');
    // With push-by-digest the generated output pushes; --push would replace it.
    if (flags.push)
        args.push('--push');
    if (flags.load)
        args.push('--load');
    if (flags.pull)
        args.push('--pull');
    if (flags.noCache)
        args.push('--no-cache');
    if (flags.provenance)
        args.push(`--provenance=${flags.provenance}`);
    if (flags.sbom)
        args.push(`--sbom=${flags.sbom}`);
    // The results as JSON: the one form whose shape has not changed between releases (check-results.ts).
    if (flags.call !== 'build')
        args.push('--call', `${flags.call},format=json`);
    for (const entry of flags.allow)
        args.push('--allow', entry);
    args.push(...flags.targets);
    return args;
}
/** The command as one line for logs and the plan: each argument quoted when it needs it. */
function formatCommand(program, args) {
    const quote = (arg) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    return [program, ...args].map(quote).join(' ');
}


/***/ }),

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Gc: () => (/* binding */ isAttestationDescriptor),
/* harmony export */   Ng: () => (/* binding */ platformKey),
/* harmony export */   WN: () => (/* binding */ normalisePlatform),
/* harmony export */   _H: () => (/* binding */ isUnknownPlatform),
/* harmony export */   bT: () => (/* binding */ REFERENCE_DIGEST_ANNOTATION)
/* harmony export */ });
/** The annotation buildx sets on the attestation manifests (provenance, SBOM) of an index. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
/** The annotation naming the image manifest an attestation manifest is about. */
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
/** `os/arch[/variant]` as written in the platform (no normalisation). */
function formatPlatform(platform) {
    const base = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
    return platform['os.version'] ? `${base} (${platform['os.version']})` : base;
}
/** Parses `os/arch[/variant]`; undefined when the text is not of that form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p)))
        return undefined;
    const platform = { os: parts[0], architecture: parts[1] };
    if (parts[2])
        platform.variant = parts[2];
    return platform;
}
/** The platform in normal form: lower case, architecture aliases resolved, default variants dropped or filled. */
function normalisePlatform(platform) {
    let os = platform.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                variant = '';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const normal = { os, architecture };
    if (variant)
        normal.variant = variant;
    if (platform['os.version'])
        normal['os.version'] = platform['os.version'];
    return normal;
}
/** A string two platforms share exactly when they are the same platform (normalised). */
function platformKey(platform) {
    return formatPlatform(normalisePlatform(platform));
}
/** True for an attestation manifest (buildx provenance/SBOM), which has no real platform. */
function isAttestationDescriptor(descriptor) {
    return descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST;
}
/** True for the placeholder platform `unknown/unknown` of non-image manifests in an index. */
function isUnknownPlatform(platform) {
    return platform?.os === 'unknown' && platform.architecture === 'unknown';
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readInsecureHosts)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _runner_inputs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5763);
/* harmony import */ var _reference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
// `registry-insecure`: the registry hosts an action may reach over plain HTTP. Its own file, apart
// from login-inputs.ts, so an action that loads the registry client lazily (multiarch-bake) reads
// it without loading the client at start.



/** `registry-insecure`: hosts as `host[:port]`; a URL (`http://x:1`) or a path is an input error. */
function readInsecureHosts(inputs) {
    const hosts = (0,_runner_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(inputs, 'registry-insecure');
    for (const host of hosts) {
        if (!(0,_reference__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(host)) {
            const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
            const hint = bare !== host && (0,_reference__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(bare) ? `Write it as ${bare}` : undefined;
            const expected = 'hosts as host[:port] (registry.local:5000), without scheme or path';
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('registry-insecure', host, expected, hint);
        }
    }
    return hosts;
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
