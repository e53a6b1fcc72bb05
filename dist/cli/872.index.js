export const id = 872;
export const ids = [872];
export const modules = {

/***/ 3872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: ./packages/core/src/git/head-commit.ts
var head_commit = __webpack_require__(7142);
// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
// EXTERNAL MODULE: ./packages/core/src/build-info/build-date.ts
var build_date = __webpack_require__(6150);
// EXTERNAL MODULE: ./packages/core/src/build-info/build-args.ts
var build_args = __webpack_require__(3063);
// EXTERNAL MODULE: ./packages/core/src/build-info/cache-bust.ts
var cache_bust = __webpack_require__(9874);
// EXTERNAL MODULE: ./packages/core/src/build-info/commit.ts
var build_info_commit = __webpack_require__(7544);
// EXTERNAL MODULE: ./packages/core/src/build-info/compute.ts + 1 modules
var compute = __webpack_require__(7132);
;// CONCATENATED MODULE: ./packages/core/src/build-info/record.ts
// The build-info record: what one build is (version, commit, ref, date, cache-bust value, the
// run that made it). build-info.json, build-info.js, the dotenv file and the `json` output all
// serialise this one record, so every consumer reads the same field names.
/** The file form of a build-info record. */
function toRecord(info) {
    return {
        version: info.version,
        git_commit: info.commit,
        git_commit_short: info.shortCommit,
        ref: info.ref,
        build_date: info.buildDate,
        cache_bust: info.cacheBust,
        run_id: info.runId,
        run_url: info.runUrl,
        repository: info.repository,
        repository_url: info.repositoryUrl,
    };
}
/** build-info.json's content: the record, indented, with a final newline. */
function renderJsonFile(info) {
    return JSON.stringify(toRecord(info), null, 2) + '\n';
}

// EXTERNAL MODULE: ./packages/core/src/build-info/plain-value.ts
var plain_value = __webpack_require__(9357);
;// CONCATENATED MODULE: ./packages/core/src/build-info/env-file.ts
// The dotenv file: the record as `KEY=value` lines (VERSION, GIT_COMMIT, BUILD_DATE, ...) for
// GitLab dotenv reports, `docker run --env-file`, compose and shell `set -a; . file`.
//
// Those readers disagree about quotes: GitLab and `docker --env-file` keep them as part of the
// value, dotenv and compose strip them. So a value is written bare whenever it can be (every
// value build-info generates can), and quoted only when it holds characters a shell or dotenv
// parser would otherwise misread.


const BARE = /^[A-Za-z0-9_.,:/@%+=-]*$/;
/** One value as dotenv writes it: bare, else single-quoted, else double-quoted with escapes. */
function quoteDotenvValue(value) {
    if (!(0,plain_value/* isPlainValue */.Y)(value))
        throw new Error(`A dotenv value must be one line: ${JSON.stringify(value)}`);
    if (BARE.test(value))
        return value;
    if (!value.includes("'"))
        return `'${value}'`;
    return `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}
/** The dotenv text: the record's keys upper-cased, one line each. */
function renderEnvFile(info) {
    return (
    // Spread into a plain object so that its values are typed as the strings they are.
    Object.entries({ ...toRecord(info) })
        .map(([key, value]) => `${key.toUpperCase()}=${quoteDotenvValue(value)}`)
        .join('\n') + '\n');
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/js-file.ts
// build-info.js: the record as a script a static frontend can load with a <script> tag,
// `window.BUILD_INFO = {...};` (the seeds' frontend read `window.BUILD_INFO`).


/** An ASCII identifier name: what may follow `window.` without brackets. */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** The `js-global` input, checked to be a JavaScript identifier (`BUILD_INFO`, `buildInfo`). */
function parseJsGlobal(input, value) {
    if (!IDENTIFIER_NAME.test(value)) {
        throw new input_error/* InputError */.d(input, value, 'a JavaScript identifier (letters, digits, _ or $, not starting with a digit)');
    }
    return value;
}
/**
 * The script text. `<`, U+2028 and U+2029 are escaped so that the file can also be inlined
 * in an HTML page without a value closing the <script> element.
 */
function renderJsFile(info, global) {
    const json = JSON.stringify(toRecord(info), null, 2)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    return `window.${global} = ${json};\n`;
}

// EXTERNAL MODULE: ./packages/core/src/build-info/json-path.ts
var json_path = __webpack_require__(3843);
// EXTERNAL MODULE: ./packages/core/src/build-info/oci-labels.ts
var oci_labels = __webpack_require__(8910);
// EXTERNAL MODULE: ./packages/core/src/manifest/index-annotations.ts
var index_annotations = __webpack_require__(9776);
// EXTERNAL MODULE: ./packages/core/src/runner/markdown.ts
var markdown = __webpack_require__(8875);
;// CONCATENATED MODULE: ./packages/core/src/build-info/report.ts
// What build-info reports: its outputs and job summary, for the generate and the verify modes,
// built here as latest/report.ts and manifest/merge-report.ts do for the other actions.




/** Every output of generate mode. */
function buildInfoOutputs(info, extras) {
    return {
        // Always a valid image tag (`1.2.3_build.7`): the README's workflow tags images with it.
        version: info.imageTag,
        'exact-version': info.version,
        commit: info.commit,
        'short-commit': info.shortCommit,
        ref: info.ref,
        'build-date': info.buildDate,
        'cache-bust': info.cacheBust,
        'build-args': (0,build_args/* formatBuildArgs */.P0)((0,build_args/* buildArgs */.CH)(info)),
        labels: (0,oci_labels/* formatKeyValueLines */.DV)(extras.labels),
        annotations: (0,oci_labels/* formatKeyValueLines */.DV)(extras.annotations),
        json: JSON.stringify(toRecord(info)),
        'json-file': extras.jsonFile,
        verified: 'false',
    };
}
/** The job summary of generate mode. */
function buildInfoSummary(info, written, exported) {
    const rows = [
        ['Version', (0,markdown/* code */.aY)(info.version) + (info.imageTag === info.version ? '' : ` (image tag ${(0,markdown/* code */.aY)(info.imageTag)})`)],
        ['Commit', (0,markdown/* code */.aY)(info.commit)],
        ['Ref', info.ref ? (0,markdown/* code */.aY)(info.ref) : ''],
        ['Build date', info.buildDate],
        ['Cache bust', (0,markdown/* code */.aY)(info.cacheBust)],
        ['Run', info.runUrl ? `[${info.runId}](${info.runUrl})` : info.runId],
        ['Repository', info.repository],
        ['Files', written.map(markdown/* code */.aY).join(' ')],
        ['Exported to env', exported ? 'BUILD_DATE, GIT_COMMIT, CACHE_BUST, VERSION' : 'no'],
    ];
    return (0,markdown/* heading */.R_)('Build info') + (0,markdown/* table */.tp)(['Field', 'Value'], rows) + '\n';
}
/** The outputs of verify mode (the record's other outputs are not computed there). */
function verifyOutputs(v) {
    return {
        commit: v.commit,
        'short-commit': v.shortCommit,
        ref: v.ref,
        json: JSON.stringify(v.document),
        verified: 'true',
    };
}
/** The job summary of verify mode. */
function verifySummary(v) {
    return ((0,markdown/* heading */.R_)('Build info: deployment verified') +
        (0,markdown/* table */.tp)(['Field', 'Value'], [
            ['URL', v.url],
            ['Field', (0,markdown/* code */.aY)(v.field)],
            ['Expected commit', (0,markdown/* code */.aY)(v.commit)],
            ['Reported', (0,markdown/* code */.aY)(v.seen)],
            ['Attempts', v.attempts],
        ]) +
        '\n');
}

// EXTERNAL MODULE: ./packages/core/src/build-info/verify-request.ts
var verify_request = __webpack_require__(8108);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/runner/random-uuid.ts
var random_uuid = __webpack_require__(333);
;// CONCATENATED MODULE: ./packages/core/src/build-info/write-files.ts
// Writes the build-info files all or nothing: each goes to a temporary file beside its target
// first, and only when every one could be written are they renamed into place. A bad path in
// any of the inputs therefore leaves no file behind (nothing half-published). Under the GitHub
// runner a path must stay inside the workspace or the runner's temp folder: a job runs as a user
// who may own far more than its checkout (as root on self-hosted runners and containers), and a
// value such as `../../../etc/passwd` must not replace a system file.




/** Why a path could not be written, without the path (the error shows it once already). */
function reason(error) {
    const e = error;
    if (!e.code)
        return String(error);
    // Node writes "ENOTDIR: not a directory, open '/the/path'": keep the code and the words.
    const words = e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '[\s\S]*'$/, '');
    return `${e.code}: ${words}${e.syscall ? ` (${e.syscall})` : ''}`;
}
/** `path` with symlinks resolved as far as it exists (the rest does not exist yet). */
function realPathSoFar(path) {
    if ((0,external_node_fs_.existsSync)(path))
        return (0,external_node_fs_.realpathSync)(path);
    const parent = (0,external_node_path_.dirname)(path);
    if (parent === path)
        return path;
    return (0,external_node_path_.resolve)(realPathSoFar(parent), (0,external_node_path_.relative)(parent, path));
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Writes every file (paths relative to `baseDir`) or none; returns the absolute paths in order.
 * A path that cannot be written, or that leads outside `allowedRoots` when given (symlinks
 * followed), throws an InputError naming its input before anything is written.
 */
function writeFilesAtomically(files, baseDir, allowedRoots) {
    const targets = files.map((file) => ({ ...file, absolute: (0,external_node_path_.resolve)(baseDir, file.path) }));
    if (allowedRoots) {
        const roots = allowedRoots.map((root) => realPathSoFar((0,external_node_path_.resolve)(root)));
        for (const target of targets) {
            if (!roots.some((root) => isInside(realPathSoFar(target.absolute), root))) {
                throw new input_error/* InputError */.d(target.input, target.path, `a path inside ${roots.join(' or ')}`);
            }
        }
    }
    const seen = new Map();
    for (const target of targets) {
        const other = seen.get(target.absolute);
        if (other)
            throw new input_error/* InputError */.d(target.input, target.path, `a path different from the ${other} input's`);
        seen.set(target.absolute, target.input);
    }
    const createdDirs = [];
    const temporaries = [];
    try {
        for (const target of targets) {
            try {
                if ((0,external_node_fs_.statSync)(target.absolute, { throwIfNoEntry: false })?.isDirectory()) {
                    throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
                }
                const created = (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target.absolute), { recursive: true });
                if (created)
                    createdDirs.push(created);
                const temporary = `${target.absolute}.${(0,random_uuid/* randomUuid */.b)()}.tmp`;
                (0,external_node_fs_.writeFileSync)(temporary, target.content, { encoding: 'utf8', flag: 'wx' });
                temporaries.push(temporary);
            }
            catch (error) {
                throw new input_error/* InputError */.d(target.input, target.path, `a path where a file can be written (${reason(error)})`);
            }
        }
    }
    catch (error) {
        for (const temporary of temporaries)
            (0,external_node_fs_.rmSync)(temporary, { force: true });
        // Folders this call created (mkdir -p returns the topmost) hold nothing but our temporaries.
        for (const dir of createdDirs.reverse())
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
    targets.forEach((target, index) => (0,external_node_fs_.renameSync)(temporaries[index], target.absolute));
    return targets.map((target) => target.absolute);
}

;// CONCATENATED MODULE: ./actions/build-info/run.ts
// build-info: computes the build record (version, commit, date, cache-bust value, build args,
// OCI labels), writes it as JSON / JS / dotenv files and outputs; or, in verify mode, polls a
// deployment until it reports the expected commit. Inputs are parsed here, the rest is core.






















function readPlain(inputs, name) {
    return (0,plain_value/* requirePlainValue */.p)(name, (0,runner_inputs/* readString */.E3)(inputs, name));
}
/** Every input, parsed and checked before anything is computed or written. */
function readInputs(rt) {
    const inputs = (0,runner_inputs/* actionInputs */.eh)(rt, 'build-info');
    const commit = (0,runner_inputs/* readString */.E3)(inputs, 'commit');
    const buildDate = (0,runner_inputs/* readString */.E3)(inputs, 'build-date');
    const verifyUrl = (0,runner_inputs/* readHttpUrl */.y7)(inputs, 'verify-url');
    const verifyField = (0,runner_inputs/* readString */.E3)(inputs, 'verify-field', { fallback: 'git_commit' });
    if (!(0,json_path/* isJsonPath */.K)(verifyField)) {
        throw new input_error/* InputError */.d('verify-field', verifyField, 'a field name or dotted path (build.git_commit)');
    }
    const token = (0,runner_inputs/* readString */.E3)(inputs, 'verify-token');
    return {
        version: readPlain(inputs, 'version'),
        commit: commit ? (0,build_info_commit/* parseCommit */.L5)('commit', commit) : undefined,
        shortShaLength: (0,runner_inputs/* readNumber */.kz)(inputs, 'short-sha-length', { fallback: 7, min: 4, max: 40 }),
        buildDate: buildDate ? (0,build_date/* parseBuildDateInput */.GM)('build-date', buildDate) : undefined,
        cacheBust: (0,cache_bust/* parseCacheBust */.k)('cache-bust', (0,runner_inputs/* readString */.E3)(inputs, 'cache-bust')),
        jsonFile: readPlain(inputs, 'json-file'),
        jsFile: readPlain(inputs, 'js-file'),
        jsGlobal: parseJsGlobal('js-global', (0,runner_inputs/* readString */.E3)(inputs, 'js-global', { fallback: 'BUILD_INFO' })),
        envFile: readPlain(inputs, 'env-file'),
        labels: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'labels'),
        annotations: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'annotations', index_annotations/* ANNOTATION_INPUT_KEY */.$),
        exportEnv: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'export-env', false),
        verify: verifyUrl
            ? {
                url: verifyUrl,
                field: verifyField,
                timeoutSeconds: (0,runner_inputs/* readNumber */.kz)(inputs, 'verify-timeout', {
                    fallback: 300,
                    min: 0,
                    max: 86_400,
                    integer: false,
                    unit: 'seconds',
                }),
                intervalSeconds: (0,runner_inputs/* readNumber */.kz)(inputs, 'verify-interval', {
                    fallback: 5,
                    min: 0.1,
                    max: 3_600,
                    integer: false,
                    unit: 'seconds',
                }),
                token,
            }
            : undefined,
    };
}
async function run(rt) {
    // Secrets first: nothing may print them, not even an input error.
    const declared = (0,runner_inputs/* actionInputs */.eh)(rt, 'build-info');
    (0,runner_inputs/* readSecret */.n5)(declared, 'verify-token', (s) => rt.setSecret(s));
    const rawUrl = declared.raw('verify-url');
    if (rawUrl && URL.canParse(rawUrl))
        for (const secret of (0,verify_request/* urlSecrets */.F)(new URL(rawUrl)))
            rt.setSecret(secret);
    const inputs = readInputs(rt);
    const context = (0,ci_context/* readCiContext */.OW)(rt.env);
    const sources = {
        context,
        sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
        now: rt.now(),
        readGitHead: () => (0,head_commit/* readHeadCommit */.g)(exec.execProcess, context.workspace),
    };
    if (inputs.verify)
        await verify(rt, inputs, inputs.verify, sources);
    else
        await generate(rt, inputs, sources);
}
async function generate(rt, inputs, sources) {
    const info = await (0,compute/* computeBuildInfo */.C)(inputs, sources);
    const generated = (0,oci_labels/* ociMetadata */.fS)(info);
    const labels = (0,oci_labels/* mergeMetadata */.W1)(generated, inputs.labels);
    const annotations = (0,oci_labels/* mergeMetadata */.W1)(generated, inputs.annotations);
    const files = [];
    if (inputs.jsonFile)
        files.push({ input: 'json-file', path: inputs.jsonFile, content: renderJsonFile(info) });
    if (inputs.jsFile)
        files.push({ input: 'js-file', path: inputs.jsFile, content: renderJsFile(info, inputs.jsGlobal) });
    if (inputs.envFile)
        files.push({ input: 'env-file', path: inputs.envFile, content: renderEnvFile(info) });
    // Under the runner files stay in the workspace or the runner's temp folder; the CLI writes
    // where its user asks, as any command on their own machine does.
    const roots = rt.kind === 'github-actions'
        ? [sources.context.workspace, rt.env.RUNNER_TEMP].filter((root) => !!root)
        : undefined;
    const written = writeFilesAtomically(files, sources.context.workspace, roots);
    const jsonFile = inputs.jsonFile ? written[0] : '';
    (0,outputs/* writeOutputs */.K)(rt, 'build-info', buildInfoOutputs(info, { labels, annotations, jsonFile }));
    if (inputs.exportEnv)
        for (const [name, value] of (0,build_args/* buildArgs */.CH)(info))
            rt.exportVariable(name, value);
    // Each value once, shortened: a version of any length never floods the log.
    const tagNote = info.imageTag === info.version ? '' : ` (image tag ${(0,cib_error/* quoteForMessage */.Hx)(info.imageTag, 40)})`;
    rt.log.info(`Build info: version ${(0,cib_error/* quoteForMessage */.Hx)(info.version)}${tagNote}, commit ${info.commit}, date ${info.buildDate}`);
    for (const file of written)
        rt.log.info(`Wrote ${file}`);
    rt.appendSummary(buildInfoSummary(info, written, inputs.exportEnv));
}
async function verify(rt, inputs, options, sources) {
    const commit = await (0,compute/* resolveCommit */.W)(inputs.commit, sources);
    const short = (0,build_info_commit/* shortCommit */.Ax)(commit, inputs.shortShaLength);
    const shownUrl = (0,verify_request/* splitUrlCredentials */.C)(options.url).url.href;
    rt.log.info(`Waiting for ${shownUrl} to report commit ${short} in ${options.field}`);
    // Loaded here: the HTTP client (node:http, node:stream) costs start-up to every other run.
    const { verifyDeployment } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(608)]).then(__webpack_require__.bind(__webpack_require__, 4608));
    const result = await verifyDeployment({
        url: options.url,
        field: options.field,
        commit,
        minShortLength: inputs.shortShaLength,
        timeoutSeconds: options.timeoutSeconds,
        intervalSeconds: options.intervalSeconds,
        token: options.token || undefined,
    }, { now: () => rt.now().getTime(), log: rt.log });
    rt.log.info(`${result.url} reports ${options.field} = ${result.seen}: verified after ${result.attempts} attempt(s)`);
    const verified = {
        url: shownUrl,
        field: options.field,
        commit,
        shortCommit: short,
        ref: sources.context.ref,
        seen: result.seen,
        document: result.document,
        attempts: result.attempts,
    };
    (0,outputs/* writeOutputs */.K)(rt, 'build-info', verifyOutputs(verified));
    rt.appendSummary(verifySummary(verified));
}


/***/ }),

/***/ 3843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readJsonPath),
/* harmony export */   K: () => (/* binding */ isJsonPath)
/* harmony export */ });
// Reads a field out of a JSON document by a dotted path (`git_commit`, `build.git.commit`,
// `builds.0.commit`), for verify mode.
/** The value at `path` in `document`, or undefined. A key that itself contains dots is found too. */
function readJsonPath(document, path) {
    if (isObject(document) && Object.hasOwn(document, path))
        return document[path];
    let current = document;
    for (const segment of path.split('.')) {
        if (Array.isArray(current) && /^\d+$/.test(segment))
            current = current[Number(segment)];
        else if (isObject(current) && Object.hasOwn(current, segment))
            current = current[segment];
        else
            return undefined;
    }
    return current;
}
/** Whether `path` is a usable dotted path: non-empty segments. */
function isJsonPath(path) {
    return /^[^.\s]+(\.[^.\s]+)*$/.test(path);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ splitUrlCredentials),
/* harmony export */   F: () => (/* binding */ urlSecrets)
/* harmony export */ });
/* harmony import */ var _http_basic_auth__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8543);
// The credentials in a verify-url: `user:password@` becomes a Basic Authorization header, and
// its secrets are masked before anything is logged. Where that header may travel is decided by
// http/redirects.ts, which sends it to the URL's own origin only.

/**
 * A URL without its `user:password@` part and the Basic Authorization header that part meant
 * (the request must carry them as a header it can withhold from other origins, and logs must
 * never show them).
 */
function splitUrlCredentials(url) {
    if (!url.username && !url.password)
        return { url };
    const bare = new URL(url.href);
    bare.username = '';
    bare.password = '';
    const user = decodeUserinfo(url.username);
    const password = decodeUserinfo(url.password);
    return { url: bare, authorization: (0,_http_basic_auth__WEBPACK_IMPORTED_MODULE_0__/* .basicAuthorization */ .a)(user, password) };
}
/** Percent-decodes userinfo; a malformed escape is kept as written rather than failing. */
function decodeUserinfo(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/**
 * The secrets a URL's userinfo holds (the password, else a token given as the user name), as
 * written and decoded, to mask before any log line.
 */
function urlSecrets(url) {
    const raw = url.password || url.username;
    if (!raw)
        return [];
    return [...new Set([raw, decodeUserinfo(raw)])];
}


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ basicCredentials),
/* harmony export */   a: () => (/* binding */ basicAuthorization)
/* harmony export */ });
// HTTP Basic credentials (RFC 7617): base64 of `user:password`, the form registries, token
// services and verify URLs take them in, and the form a log could show them in (so it is masked).
/** base64 of `username:password`, as in a Basic header or a Docker config's `auth` field. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/** The value of an `Authorization: Basic …` header. */
function basicAuthorization(username, password) {
    return `Basic ${basicCredentials(username, password)}`;
}


/***/ })

};
