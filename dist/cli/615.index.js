export const id = 615;
export const ids = [615,534];
export const modules = {

/***/ 3063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ buildArgs),
/* harmony export */   P0: () => (/* binding */ formatBuildArgs)
/* harmony export */ });
/* unused harmony export BUILD_ARG_NAMES */
const BUILD_ARG_NAMES = (/* unused pure expression or super */ null && (['CACHE_BUST', 'BUILD_DATE', 'GIT_COMMIT', 'VERSION']));
/** The build args of a record, in BUILD_ARG_NAMES order. */
function buildArgs(info) {
    return [
        ['CACHE_BUST', info.cacheBust],
        ['BUILD_DATE', info.buildDate],
        ['GIT_COMMIT', info.commit],
        ['VERSION', info.version],
    ];
}
/** `NAME=value` lines, the form docker/build-push-action's `build-args` input takes. */
function formatBuildArgs(args) {
    return args.map(([name, value]) => `${name}=${value}`).join('\n');
}


/***/ }),

/***/ 6150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ parseBuildDateInput),
/* harmony export */   lw: () => (/* binding */ resolveBuildDate)
/* harmony export */ });
/* unused harmony exports formatBuildDate, parseSourceDateEpoch */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2650);
// The build date: the `build-date` input, else SOURCE_DATE_EPOCH (reproducible builds), else
// the clock; always written as ISO-8601 UTC without milliseconds (2025-09-08T16:32:44Z), the
// form the seeds' `date -u +%Y-%m-%dT%H:%M:%SZ` produced.


/** The latest second ISO-8601 can write with four year digits (9999-12-31T23:59:59Z). */
const MAX_EPOCH_SECONDS = 253402300799;
/** A date as ISO-8601 UTC without milliseconds. */
function formatBuildDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * SOURCE_DATE_EPOCH as a Date; undefined when unset or empty. The specification
 * (reproducible-builds.org) asks tools to fail on a malformed value rather than guess.
 */
function parseSourceDateEpoch(value) {
    if (value === undefined || value === '')
        return undefined;
    const seconds = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
    if (!(seconds <= MAX_EPOCH_SECONDS)) {
        throw new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`Environment variable SOURCE_DATE_EPOCH is ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(value)}: expected a whole number of seconds since 1970-01-01 UTC`, { hint: 'Fix or unset SOURCE_DATE_EPOCH, or set the build-date input' });
    }
    return new Date(seconds * 1000);
}
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EXPECTED = 'an ISO-8601 date-time with a zone (2025-09-08T16:32:44Z) or epoch seconds';
/** Days in `month` (1-12) of `year`, leap years included. */
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
/**
 * What is impossible about an ISO date-time's fields, or undefined when they all exist. JavaScript
 * would roll 2025-02-30 over to March 2 and reads some out-of-range times as invalid, others not:
 * every field is checked here instead.
 */
function impossibleField(match) {
    const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
    const [y, mo, d] = [Number(year), Number(month), Number(day)];
    if (mo < 1 || mo > 12)
        return `month ${month} does not exist`;
    if (d < 1 || d > daysInMonth(y, mo))
        return `${MONTHS[mo - 1]} ${year} has no day ${day}`;
    if (Number(hour) > 23)
        return `hour ${hour} does not exist (00 to 23)`;
    if (Number(minute) > 59)
        return `minute ${minute} does not exist (00 to 59)`;
    if (Number(second) > 59)
        return `second ${second} does not exist (00 to 59)`;
    if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
        return 'the zone offset is not a time of day';
    return undefined;
}
/** The `build-date` input: ISO-8601 with a zone (Z or an offset) or epoch seconds; a date that cannot exist fails. */
function parseBuildDateInput(input, value) {
    if (/^\d{1,12}$/.test(value) && Number(value) <= MAX_EPOCH_SECONDS)
        return new Date(Number(value) * 1000);
    const match = ISO_DATE_TIME.exec(value);
    if (!match)
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, value, EXPECTED);
    const impossible = impossibleField(match);
    if (impossible)
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, value, `${EXPECTED}, a date and time that exist`, `Here ${impossible}`);
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, value, EXPECTED);
    return date;
}
/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
function resolveBuildDate(given, sourceDateEpoch, now) {
    return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseCacheBust),
/* harmony export */   v: () => (/* binding */ resolveCacheBust)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _plain_value__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9357);
// The CACHE_BUST build arg. `commit` (the default: reruns of one commit reuse the layer cache),
// `run` (`<run id>-<attempt>`: every run rebuilds, reruns of one attempt do not), `timestamp`
// (epoch seconds: always rebuild), or a literal value.
//
// The rule for literals, so that a typo never silently becomes a literal: a bare word made only
// of letters, `-` and `_` must be one of the modes (`comit`, `Run`, `time` fail); any other value
// (it holds a digit, a dot, a colon...) is used as written; `literal:<value>` uses any value as
// written (`literal:nightly`).


const CACHE_BUST_MODES = ['commit', 'run', 'timestamp'];
const LITERAL_PREFIX = 'literal:';
const LOOKS_LIKE_A_MODE = /^[A-Za-z_-]+$/;
const MAX_LITERAL_LENGTH = 256;
/** Edit distance, to suggest the mode a typo meant. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function suggestion(word) {
    const lower = word.toLowerCase();
    const near = CACHE_BUST_MODES.find((mode) => mode === lower || distance(lower, mode) <= 2);
    return near ? `Did you mean ${near}? ` : '';
}
/** Parses the `cache-bust` input (named `input` in errors); empty means `commit`. */
function parseCacheBust(input, value) {
    if (value === '')
        return { mode: 'commit' };
    if (CACHE_BUST_MODES.includes(value))
        return { mode: value };
    const literal = value.startsWith(LITERAL_PREFIX) ? value.slice(LITERAL_PREFIX.length) : value;
    const expected = `commit, run, timestamp, or a literal value (${LITERAL_PREFIX}<value>)`;
    if (literal === '' || literal.length > MAX_LITERAL_LENGTH || !(0,_plain_value__WEBPACK_IMPORTED_MODULE_1__/* .isPlainValue */ .Y)(literal)) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, value, `${expected}; a literal is one line of 1 to ${MAX_LITERAL_LENGTH} characters`);
    }
    if (literal === value && LOOKS_LIKE_A_MODE.test(value)) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, value, expected, `${suggestion(value)}A bare word is taken for a mistyped mode: write ${LITERAL_PREFIX}${value} to use it as written`);
    }
    return { mode: 'literal', value: literal };
}
/** The CACHE_BUST value for `cacheBust`. */
function resolveCacheBust(input, cacheBust, sources) {
    switch (cacheBust.mode) {
        case 'commit':
            return sources.commit;
        case 'run':
            if (!sources.runId) {
                throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, 'run', 'commit, timestamp or a literal value here', 'There is no run id (GITHUB_RUN_ID or CI_PIPELINE_ID is not set)');
            }
            return `${sources.runId}-${sources.runAttempt || '1'}`;
        case 'timestamp':
            return String(Math.floor(sources.now.getTime() / 1000));
        case 'literal':
            return cacheBust.value;
    }
}


/***/ }),

/***/ 7544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   de: () => (/* binding */ commitMatches)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
// Commit SHAs: validating one given by the user, abbreviating it, and deciding whether a value
// a deployment reports (full or abbreviated) names the commit we expect.

/** SHA-1 (40) or SHA-256 (64) object names, or an abbreviation of at least 7 hex digits. */
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
/** The commit as given in `input`, lower-cased; an InputError unless it is 7-64 hex digits. */
function parseCommit(input, value) {
    const commit = value.trim().toLowerCase();
    if (!COMMIT_PATTERN.test(commit))
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, value, 'a commit SHA (7 to 64 hex digits)');
    return commit;
}
/** The first `length` characters of a commit (the whole commit when it is shorter). */
function shortCommit(commit, length) {
    return commit.slice(0, length);
}
/**
 * Whether `seen` names `expected`: the same SHA, or one is an abbreviation of the other at least
 * `minLength` characters long. Longer abbreviations count too, because git lengthens one that
 * would be ambiguous; and `expected` may itself be abbreviated (a short `commit` input) while
 * the deployment reports the full SHA.
 */
function commitMatches(seen, expected, minLength) {
    const value = seen.trim().toLowerCase();
    const wanted = expected.toLowerCase();
    if (!/^[0-9a-f]{1,64}$/.test(value))
        return false;
    if (value === wanted)
        return true;
    // Nothing is longer than a full SHA (40 for SHA-1, 64 for SHA-256 repositories).
    if ((wanted.length === 40 || wanted.length === 64) && value.length > wanted.length)
        return false;
    const [shorter, longer] = value.length < wanted.length ? [value, wanted] : [wanted, value];
    return shorter.length >= minLength && longer.startsWith(shorter);
}


/***/ }),

/***/ 7132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ computeBuildInfo),
  W: () => (/* binding */ resolveCommit)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/version/image-tag.ts
var image_tag = __webpack_require__(342);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/build-info/build-date.ts
var build_date = __webpack_require__(6150);
// EXTERNAL MODULE: ./packages/core/src/build-info/cache-bust.ts
var cache_bust = __webpack_require__(9874);
// EXTERNAL MODULE: ./packages/core/src/build-info/commit.ts
var build_info_commit = __webpack_require__(7544);
// EXTERNAL MODULE: ./packages/core/src/version/tag-prefix.ts
var tag_prefix = __webpack_require__(9763);
;// CONCATENATED MODULE: ./packages/core/src/build-info/version.ts

/**
 * A ref name as a slug exactly as GitLab computes CI_COMMIT_REF_SLUG (so pipelines moved from
 * GitLab keep their versions). GitLab documents it as "lowercased, shortened to 63 bytes, and with
 * everything except 0-9 and a-z replaced with -. No leading / trailing -", and implements it as
 * `downcase.gsub(/[^a-z0-9]/, '-')[0..62].gsub(/(\A-+|-+\z)/, '')` (Gitlab::Utils.slugify): each
 * character is replaced on its own (`a//b` -> `a--b`), the cut comes before the trim.
 */
function refSlug(name) {
    // The `u` flag replaces a character outside the BMP (an emoji) by one `-`, as Ruby does.
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]/gu, '-')
        .slice(0, 63)
        .replace(/^-+|-+$/g, '');
}
/** The PR number in a `refs/pull/<n>/...` ref, for pull_request events whose payload is missing. */
function pullNumberFromRef(ref) {
    const match = /^refs\/pull\/(\d+)\//.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** The version derived from where the run comes from; `short` is the abbreviated build commit. */
function deriveVersion(context, short) {
    const pullNumber = context.pullRequest?.number ?? pullNumberFromRef(context.ref);
    if (pullNumber !== undefined)
        return `pr-${pullNumber}-${short}`;
    if (context.refType === 'tag' && context.refName)
        return (0,tag_prefix/* stripV */.tQ)(context.refName);
    const slug = context.refType === 'branch' ? refSlug(context.refName) : '';
    // No usable branch name (a detached local checkout, a name made only of symbols): the commit alone.
    return slug ? `${slug}-${short}` : short;
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/compute.ts
// Computes a build-info record from the typed inputs and where the run comes from (the CI
// context, SOURCE_DATE_EPOCH, the clock). The one place that decides every field; the action,
// the CLI and multiarch-bake all call it.








/**
 * The commit the build is for: the `commit` input, else the PR head on pull_request events,
 * else the run's SHA, else (no CI variables at all) the checkout's HEAD.
 */
async function resolveCommit(given, sources) {
    if (given)
        return given;
    const fromCi = (0,ci_context/* headCommit */.Qo)(sources.context);
    if (fromCi)
        return fromCi.toLowerCase();
    const why = 'no CI variables name one (GITHUB_SHA, CI_COMMIT_SHA)';
    if (!sources.readGitHead)
        throw new cib_error/* CibError */.hi(`Cannot tell which commit this is: ${why}`, { hint: 'Set the commit input' });
    try {
        return await sources.readGitHead();
    }
    catch (error) {
        throw new cib_error/* CibError */.hi(`Cannot tell which commit this is: ${why} and git rev-parse HEAD failed (${(0,cib_error/* errorMessage */.gJ)(error)})`, {
            hint: 'Set the commit input',
        });
    }
}
/** The image tag for `version`; an error when nothing usable is left of it. */
function imageTagOf(version, given) {
    const tag = (0,image_tag/* imageTagFor */.bR)(version);
    if (tag)
        return tag;
    const expected = 'a version or name with a letter or digit, so that it gives a valid image tag';
    if (given)
        throw new input_error/* InputError */.d('version', version, expected);
    throw new cib_error/* CibError */.hi(`The version derived from the ref is ${JSON.stringify(version)}, which gives no image tag`, {
        hint: 'Set the version input',
    });
}
/** The build-info record for this run. */
async function computeBuildInfo(options, sources) {
    const { context } = sources;
    const commit = await resolveCommit(options.commit, sources);
    const short = (0,build_info_commit/* shortCommit */.Ax)(commit, options.shortShaLength);
    const version = options.version || deriveVersion(context, short);
    return {
        version,
        imageTag: imageTagOf(version, Boolean(options.version)),
        commit,
        shortCommit: short,
        ref: context.ref,
        buildDate: (0,build_date/* resolveBuildDate */.lw)(options.buildDate, sources.sourceDateEpoch, sources.now),
        cacheBust: (0,cache_bust/* resolveCacheBust */.v)('cache-bust', options.cacheBust, {
            commit,
            runId: context.runId,
            runAttempt: context.runAttempt,
            now: sources.now,
        }),
        runId: context.runId,
        runUrl: context.runUrl,
        repository: context.repository,
        repositoryUrl: context.repositoryUrl,
    };
}


/***/ }),

/***/ 8910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ formatKeyValueLines),
/* harmony export */   W1: () => (/* binding */ mergeMetadata),
/* harmony export */   fS: () => (/* binding */ ociMetadata)
/* harmony export */ });
const PREFIX = 'org.opencontainers.image.';
/** The generated keys: created, revision, version, source, url, title; empty values left out. */
function ociMetadata(info) {
    const title = info.repository.split('/').pop() ?? '';
    const entries = [
        ['created', info.buildDate],
        ['revision', info.commit],
        ['version', info.version],
        ['source', info.repositoryUrl],
        ['url', info.repositoryUrl],
        ['title', title],
    ];
    return new Map(entries.filter(([, value]) => value !== '').map(([key, value]) => [PREFIX + key, value]));
}
/** `generated` with `user` merged over it: generated keys keep their place, new keys follow. */
function mergeMetadata(generated, user) {
    const merged = new Map(generated);
    for (const [key, value] of user)
        merged.set(key, value);
    return merged;
}
/** `key=value` lines, the form docker/build-push-action's `labels` and `annotations` take. */
function formatKeyValueLines(values) {
    return [...values].map(([key, value]) => `${key}=${value}`).join('\n');
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ isPlainValue),
/* harmony export */   p: () => (/* binding */ requirePlainValue)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
// Values that travel as build args, label lines, dotenv lines and outputs must be one line of
// printable text: a newline would silently start a new `KEY=value` line downstream.

/** Whether `value` is one line without control characters. */
function isPlainValue(value) {
    return !/[\u0000-\u001f\u007f]/.test(value);
}
/** `value` unchanged; an InputError naming `input` when it holds a newline or control character. */
function requirePlainValue(input, value) {
    if (!isPlainValue(value))
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, value, 'a single line without control characters');
    return value;
}


/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   execProcess: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.



/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__/* .CibError */ .hi {
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, stdout) {
        const tail = lastLines(stderr.trim() || stdout.trim(), 10);
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function lastLines(text, count) {
    return text.split(/\r?\n/).slice(-count).join('\n');
}
function lineSplitter(onLine) {
    let pending = '';
    return (chunk, flush) => {
        if (!onLine)
            return;
        pending += chunk;
        const lines = pending.split(/\r?\n/);
        pending = flush ? '' : (lines.pop() ?? '');
        for (const line of lines)
            if (!flush || line !== '')
                onLine(line);
    };
}
const execProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        outLines(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        errLines(chunk);
    });
    let timedOut = false;
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        const hint = error.code === 'ENOENT' ? `Is ${command} installed and on PATH?` : undefined;
        reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__/* .CibError */ .hi(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__/* .CibError */ .hi(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
            return;
        }
        // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
        const exitCode = code ?? (signal ? 128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 7142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readHeadCommit)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);

/** The full SHA of HEAD in `cwd`. Throws when git is missing or `cwd` is not a checkout. */
async function readHeadCommit(exec, cwd) {
    const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd,
        timeoutMs: 15_000,
    });
    const sha = stdout.trim();
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`git rev-parse HEAD in ${cwd} printed ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(sha)}, not a commit SHA`);
    }
    return sha;
}


/***/ }),

/***/ 9776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ANNOTATION_INPUT_KEY),
/* harmony export */   n: () => (/* binding */ indexAnnotations)
/* harmony export */ });
// The `annotations` input: `key=value` lines for the index. Keys may carry buildx's level prefix
// (`index:`, `manifest:`, `manifest-descriptor:`, `index-descriptor:`, with an optional
// `[platform]`), as build-info's `annotations` output and docker/metadata-action write them, so
// those outputs can be passed straight in: unprefixed and `index:` keys go on the index; the
// other levels belong to the per-platform build and are left out (and reported).
/**
 * What an `annotations` input key may look like, in build-info and manifest-merge alike: an
 * annotation name, optionally with buildx's level prefix and `[platform]`.
 */
const ANNOTATION_INPUT_KEY = /^(?:(index|manifest|manifest-descriptor|index-descriptor)(?:\[[A-Za-z0-9_/.,-]+\])?:)?([A-Za-z0-9_.\-/]+)$/;
/** The annotations for the index, and the keys left out because they name another level. */
function indexAnnotations(lines) {
    const annotations = {};
    const skipped = [];
    for (const [key, value] of lines) {
        const match = ANNOTATION_INPUT_KEY.exec(key);
        if (!match) {
            skipped.push(key);
            continue;
        }
        const [, level, name] = match;
        if (level === undefined || level === 'index')
            annotations[name] = value;
        else
            skipped.push(key);
    }
    return { annotations, skipped };
}


/***/ }),

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports cell, details */
// Small markdown helpers for job summaries and check-run text.
/** Escapes a value for a markdown table cell. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A markdown table from a header row and data rows. */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
/** Inline code that survives backticks in the value. */
function code(value) {
    const fence = value.includes('`') ? '``' : '`';
    return `${fence}${value}${fence}`;
}
/** A fenced block inside a collapsed <details>. */
function details(summary, body, language = '') {
    return `<details><summary>${summary}</summary>\n\n\`\`\`${language}\n${body}\n\`\`\`\n\n</details>\n\n`;
}


/***/ }),

/***/ 3642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/** Writes every output of `record`, in its order. */
function writeOutputs(rt, _action, record) {
    for (const [name, value] of Object.entries(record)) {
        if (value !== undefined)
            rt.setOutput(name, value);
    }
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


/***/ }),

/***/ 9763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ candidateImageTags),
/* harmony export */   UZ: () => (/* binding */ parseTagPrefix),
/* harmony export */   nB: () => (/* binding */ versionOfImageTag),
/* harmony export */   tQ: () => (/* binding */ stripV)
/* harmony export */ });
/* harmony import */ var _image_tag__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(342);
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2650);
/* harmony import */ var _registry_reference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
// How a version is written as an image tag. Projects tag images `v1.2.3` or `1.2.3` whatever
// their git tags look like; `tag-prefix` says which, and by default both are tried.



/**
 * Reads the `tag-prefix` input: '' or `auto` -> auto, `none` -> no prefix, anything else literal.
 * A literal must be able to start an image tag (with room for the version after it), so a bad
 * one is blamed on this input rather than on the image reference it would make.
 */
function parseTagPrefix(value) {
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'literal', prefix: '' };
    if (!(0,_registry_reference__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(`${value}0`)) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('tag-prefix', value, 'auto, none, or the start of an image tag (letters, digits, _ . -; not starting with . or -; under 128 characters)');
    }
    return { kind: 'literal', prefix: value };
}
/** `v1.2.3` or `V1.2.3` -> `1.2.3` (a `v` before a digit is dropped); other text unchanged. */
function stripV(text) {
    return /^[vV]\d/.test(text) ? text.slice(1) : text;
}
/**
 * The image tags a version may be pushed as, in the order to try them (no duplicates), each
 * written as a valid tag by `imageTagFor` (`v1.2.3+build.7` -> `v1.2.3_build.7`, `1.2.3_build.7`).
 */
function candidateImageTags(versionText, prefix) {
    const bare = stripV(versionText);
    // Text that leaves no tag at all (`+++`) has no candidates.
    if (prefix.kind === 'literal')
        return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR)(bare) ? [prefix.prefix + (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR)(bare)] : [];
    // Only a version gets the `v` toggled: a forced `nightly` is just `nightly`.
    const texts = /^\d/.test(bare) ? [versionText, versionText === bare ? `v${bare}` : bare] : [versionText];
    return [...new Set(texts.map(_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR).filter((tag) => tag !== ''))];
}
/**
 * The version an image tag names, or undefined when the tag is not a version tag (`latest`,
 * `main`, `sha-1a2b3c`). With a literal prefix only tags carrying it count.
 */
function versionOfImageTag(tag, prefix) {
    if (prefix.kind === 'literal' && prefix.prefix !== '') {
        if (!tag.startsWith(prefix.prefix))
            return undefined;
        return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .versionOfTag */ .mx)(tag.slice(prefix.prefix.length));
    }
    return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .versionOfTag */ .mx)(tag);
}


/***/ })

};
