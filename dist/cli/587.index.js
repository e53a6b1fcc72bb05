export const id = 587;
export const ids = [587,534];
export const modules = {

/***/ 4587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(332);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
<<<<<<< HEAD
var exec = __webpack_require__(534);
=======
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
>>>>>>> ec2
;// CONCATENATED MODULE: ./packages/core/src/git/head-commit.ts

/** The full SHA of HEAD in `cwd`. Throws when git is missing or `cwd` is not a checkout. */
async function readHeadCommit(exec, cwd) {
    const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd,
        timeoutMs: 15_000,
    });
    const sha = stdout.trim();
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new cib_error/* CibError */.hi(`git rev-parse HEAD in ${cwd} printed ${(0,cib_error/* quoteForMessage */.Hx)(sha)}, not a commit SHA`);
    }
    return sha;
}

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
;// CONCATENATED MODULE: ./packages/core/src/build-info/build-date.ts
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
        throw new cib_error/* CibError */.hi(`Environment variable SOURCE_DATE_EPOCH is ${(0,cib_error/* quoteForMessage */.Hx)(value)}: expected a whole number of seconds since 1970-01-01 UTC`, { hint: 'Fix or unset SOURCE_DATE_EPOCH, or set the build-date input' });
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
        throw new input_error/* InputError */.d(input, value, EXPECTED);
    const impossible = impossibleField(match);
    if (impossible)
        throw new input_error/* InputError */.d(input, value, `${EXPECTED}, a date and time that exist`, `Here ${impossible}`);
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new input_error/* InputError */.d(input, value, EXPECTED);
    return date;
}
/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
function resolveBuildDate(given, sourceDateEpoch, now) {
    return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/build-args.ts
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/plain-value.ts
// Values that travel as build args, label lines, dotenv lines and outputs must be one line of
// printable text: a newline would silently start a new `KEY=value` line downstream.

/** Whether `value` is one line without control characters. */
function isPlainValue(value) {
    return !/[\u0000-\u001f\u007f]/.test(value);
}
/** `value` unchanged; an InputError naming `input` when it holds a newline or control character. */
function requirePlainValue(input, value) {
    if (!isPlainValue(value))
        throw new input_error/* InputError */.d(input, value, 'a single line without control characters');
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/cache-bust.ts
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
    if (literal === '' || literal.length > MAX_LITERAL_LENGTH || !isPlainValue(literal)) {
        throw new input_error/* InputError */.d(input, value, `${expected}; a literal is one line of 1 to ${MAX_LITERAL_LENGTH} characters`);
    }
    if (literal === value && LOOKS_LIKE_A_MODE.test(value)) {
        throw new input_error/* InputError */.d(input, value, expected, `${suggestion(value)}A bare word is taken for a mistyped mode: write ${LITERAL_PREFIX}${value} to use it as written`);
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
                throw new input_error/* InputError */.d(input, 'run', 'commit, timestamp or a literal value here', 'There is no run id (GITHUB_RUN_ID or CI_PIPELINE_ID is not set)');
            }
            return `${sources.runId}-${sources.runAttempt || '1'}`;
        case 'timestamp':
            return String(Math.floor(sources.now.getTime() / 1000));
        case 'literal':
            return cacheBust.value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/commit.ts
// Commit SHAs: validating one given by the user, abbreviating it, and deciding whether a value
// a deployment reports (full or abbreviated) names the commit we expect.

/** SHA-1 (40) or SHA-256 (64) object names, or an abbreviation of at least 7 hex digits. */
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
/** The commit as given in `input`, lower-cased; an InputError unless it is 7-64 hex digits. */
function parseCommit(input, value) {
    const commit = value.trim().toLowerCase();
    if (!COMMIT_PATTERN.test(commit))
        throw new input_error/* InputError */.d(input, value, 'a commit SHA (7 to 64 hex digits)');
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

// EXTERNAL MODULE: ./packages/core/src/version/image-tag.ts
var image_tag = __webpack_require__(342);
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
    const fromCi = (0,ci_context/* headCommit */.Q)(sources.context);
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
    const short = shortCommit(commit, options.shortShaLength);
    const version = options.version || deriveVersion(context, short);
    return {
        version,
        imageTag: imageTagOf(version, Boolean(options.version)),
        commit,
        shortCommit: short,
        ref: context.ref,
        buildDate: resolveBuildDate(options.buildDate, sources.sourceDateEpoch, sources.now),
        cacheBust: resolveCacheBust('cache-bust', options.cacheBust, {
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
    if (!isPlainValue(value))
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/json-path.ts
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/oci-labels.ts
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
        'build-args': formatBuildArgs(buildArgs(info)),
        labels: formatKeyValueLines(extras.labels),
        annotations: formatKeyValueLines(extras.annotations),
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

// EXTERNAL MODULE: ./packages/core/src/http/basic-auth.ts
var basic_auth = __webpack_require__(8543);
;// CONCATENATED MODULE: ./packages/core/src/build-info/verify-request.ts
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
    return { url: bare, authorization: (0,basic_auth/* basicAuthorization */.a)(user, password) };
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

// EXTERNAL MODULE: ./packages/core/src/http/http-client.ts
var http_client = __webpack_require__(6966);
// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
// EXTERNAL MODULE: ./packages/core/src/http/redirects.ts
var redirects = __webpack_require__(8295);
;// CONCATENATED MODULE: ./packages/core/src/build-info/verify.ts
// Verify mode: polls a deployed build-info endpoint (JSON such as the seeds' `/build/info`, or
// a build-info.js) until the field at a dotted path names the expected commit, in full or
// abbreviated. Fails with the last value seen when time runs out. Each poll is one request of
// the shared HTTP client (timeout per attempt, retries within the time left) following
// redirects without taking the credentials to another origin. The clock and sleep are
// parameters so unit tests do not wait; the log is the one core code takes.







const ACCEPT = 'application/json, text/javascript, */*;q=0.5';
/** A status page has no business being bigger. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Parses a build-info body: JSON, or a build-info.js `window.NAME = {...};` script. */
function parseBuildInfoBody(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        const script = /^\s*window\.[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?\s*$/.exec(body);
        if (!script)
            return undefined;
        try {
            return JSON.parse(script[1]);
        }
        catch {
            return undefined;
        }
    }
}
function showValue(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
async function observe(http, url, options, authorization, deadline) {
    try {
        const answer = await (0,redirects/* sendFollowingRedirects */.fo)(http, { method: 'GET', url, headers: { accept: ACCEPT }, maxBodyBytes: MAX_BODY_BYTES, deadline }, { authorization });
        if (answer.status < 200 || answer.status > 299)
            return { matched: false, description: `HTTP ${answer.status}` };
        const document = parseBuildInfoBody(answer.body.toString('utf8'));
        if (document === undefined)
            return { matched: false, description: 'a response that is not JSON' };
        const value = readJsonPath(document, options.field);
        if (value === undefined || value === null) {
            return { matched: false, description: `a response without ${options.field}`, document };
        }
        const seen = showValue(value);
        return {
            matched: typeof value === 'string' && commitMatches(value, options.commit, options.minShortLength),
            description: `${options.field} = ${(0,cib_error/* quoteForMessage */.Hx)(seen, 80)}`,
            seen,
            document,
            url: answer.url.href,
        };
    }
    catch (error) {
        return { matched: false, description: `no answer (${(0,cib_error/* errorMessage */.gJ)(error)})` };
    }
}
/** Polls until the deployment reports the commit; throws a CibError with the last value seen. */
async function verifyDeployment(options, deps = {}) {
    const now = deps.now ?? clock/* systemClock */.m.now;
    const sleep = deps.sleep ?? clock/* systemClock */.m.sleep;
    const log = (message) => deps.log?.info(message);
    const http = deps.http ?? new http_client/* HttpClient */.Q({ clock: { now, sleep }, onRetry: log });
    const { url, authorization: basic } = splitUrlCredentials(options.url);
    const authorization = options.token ? `Bearer ${options.token}` : basic;
    const deadline = now() + options.timeoutSeconds * 1000;
    const short = shortCommit(options.commit, options.minShortLength);
    for (let attempts = 1;; attempts++) {
        const seen = await observe(http, url, options, authorization, deadline);
        if (seen.matched) {
            return { attempts, seen: seen.seen ?? '', document: seen.document, url: seen.url ?? url.href };
        }
        const left = deadline - now();
        if (left <= 0) {
            throw new cib_error/* CibError */.hi(`${url.href} did not report commit ${short} in ${options.field} within ${options.timeoutSeconds} s ` +
                `(${attempts} attempt${attempts === 1 ? '' : 's'}); last seen: ${seen.description}`, { hint: 'Check that the deployment finished, or raise verify-timeout' });
        }
        const wait = Math.min(options.intervalSeconds * 1000, left);
        log(`Attempt ${attempts}: ${seen.description}; trying again in ${Math.round(wait / 100) / 10} s`);
        await sleep(wait);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
                const temporary = `${target.absolute}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
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
    return requirePlainValue(name, (0,runner_inputs/* readString */.E3)(inputs, name));
}
/** Every input, parsed and checked before anything is computed or written. */
function readInputs(rt) {
    const inputs = (0,runner_inputs/* actionInputs */.eh)(rt, 'build-info');
    const commit = (0,runner_inputs/* readString */.E3)(inputs, 'commit');
    const buildDate = (0,runner_inputs/* readString */.E3)(inputs, 'build-date');
    const verifyUrl = (0,runner_inputs/* readHttpUrl */.y7)(inputs, 'verify-url');
    const verifyField = (0,runner_inputs/* readString */.E3)(inputs, 'verify-field', { fallback: 'git_commit' });
    if (!isJsonPath(verifyField)) {
        throw new input_error/* InputError */.d('verify-field', verifyField, 'a field name or dotted path (build.git_commit)');
    }
    const token = (0,runner_inputs/* readString */.E3)(inputs, 'verify-token');
    return {
        version: readPlain(inputs, 'version'),
        commit: commit ? parseCommit('commit', commit) : undefined,
        shortShaLength: (0,runner_inputs/* readNumber */.kz)(inputs, 'short-sha-length', { fallback: 7, min: 4, max: 40 }),
        buildDate: buildDate ? parseBuildDateInput('build-date', buildDate) : undefined,
        cacheBust: parseCacheBust('cache-bust', (0,runner_inputs/* readString */.E3)(inputs, 'cache-bust')),
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
        for (const secret of urlSecrets(new URL(rawUrl)))
            rt.setSecret(secret);
    const inputs = readInputs(rt);
    const context = (0,ci_context/* readCiContext */.O)(rt.env);
    const sources = {
        context,
        sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
        now: rt.now(),
        readGitHead: () => readHeadCommit(exec.execProcess, context.workspace),
    };
    if (inputs.verify)
        await verify(rt, inputs, inputs.verify, sources);
    else
        await generate(rt, inputs, sources);
}
async function generate(rt, inputs, sources) {
    const info = await computeBuildInfo(inputs, sources);
    const generated = ociMetadata(info);
    const labels = mergeMetadata(generated, inputs.labels);
    const annotations = mergeMetadata(generated, inputs.annotations);
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
        for (const [name, value] of buildArgs(info))
            rt.exportVariable(name, value);
    // Each value once, shortened: a version of any length never floods the log.
    const tagNote = info.imageTag === info.version ? '' : ` (image tag ${(0,cib_error/* quoteForMessage */.Hx)(info.imageTag, 40)})`;
    rt.log.info(`Build info: version ${(0,cib_error/* quoteForMessage */.Hx)(info.version)}${tagNote}, commit ${info.commit}, date ${info.buildDate}`);
    for (const file of written)
        rt.log.info(`Wrote ${file}`);
    rt.appendSummary(buildInfoSummary(info, written, inputs.exportEnv));
}
async function verify(rt, inputs, options, sources) {
    const commit = await resolveCommit(inputs.commit, sources);
    const short = shortCommit(commit, inputs.shortShaLength);
    const shownUrl = splitUrlCredentials(options.url).url.href;
    rt.log.info(`Waiting for ${shownUrl} to report commit ${short} in ${options.field}`);
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

/***/ 9763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ candidateImageTags),
/* harmony export */   UZ: () => (/* binding */ parseTagPrefix),
/* harmony export */   nB: () => (/* binding */ versionOfImageTag),
/* harmony export */   tQ: () => (/* binding */ stripV)
/* harmony export */ });
<<<<<<< HEAD
/* harmony import */ var _image_tag__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(342);
// How a version is written as an image tag. Projects tag images `v1.2.3` or `1.2.3` whatever
// their git tags look like; `tag-prefix` says which, and by default both are tried.
=======
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9018);
>>>>>>> ec2

/** Reads the `tag-prefix` input: '' or `auto` -> auto, `none` -> no prefix, anything else literal. */
function parseTagPrefix(value) {
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'literal', prefix: '' };
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
<<<<<<< HEAD
    return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .versionOfTag */ .mx)(tag);
=======
    return (0,_version__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(tag);
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ floatingTagNames),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
// Release versions as tags write them: semver (`1.2.3`, `v1.2.3-rc.1+build.5`) and the loose
// forms the seeds' pipelines use (`1.8.7alpha`, `1.2`, `V2`). One parser and one ordering for
// everything that compares releases, so `latest` and the floating tags agree with each other.
// Numeric parts without leading zeros (a leading zero makes `01` and `1` the same tag name
// differently, which we refuse rather than guess). The suffix may follow `-` (semver), `.`
// or nothing when it starts with a letter (`1.8.7alpha`, `1.8.7.rc1`); a digit-only part after a
// dot would be a fourth number (`1.2.3.4`), which is not a version we can order.
const NUM = '(0|[1-9]\\d*)';
const VERSION_PATTERN = new RegExp(`^[vV]?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?` +
    '(?:-([0-9A-Za-z][0-9A-Za-z.-]*)|\\.?([A-Za-z][0-9A-Za-z.-]*))?' +
    '(?:\\+([0-9A-Za-z][0-9A-Za-z.-]*))?$');
/** Splits a suffix into identifiers: on `.` and `-`, then between letters and digits (`alpha2`). */
function prereleaseIdentifiers(suffix) {
    if (suffix === '')
        return [];
    const identifiers = [];
    for (const part of suffix.split(/[.-]/)) {
        if (part === '')
            continue;
        for (const run of part.match(/\d+|\D+/g) ?? []) {
            identifiers.push(/^\d+$/.test(run) ? Number(run) : run.toLowerCase());
        }
    }
    return identifiers;
}
/** Parses a version in the forms above; undefined when `text` is not one. */
function parseVersion(text) {
    const match = VERSION_PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch, dashSuffix, looseSuffix, build] = match;
    const suffix = dashSuffix ?? looseSuffix ?? '';
    // `1.2.3-` or `1.2.3-rc.` would leave empty identifiers: not a version.
    if (/[.-]$/.test(suffix) || /[.-]{2}/.test(suffix))
        return undefined;
    return {
        major: Number(major),
        minor: Number(minor ?? 0),
        patch: Number(patch ?? 0),
        prerelease: prereleaseIdentifiers(suffix),
        suffix,
        build: build ?? '',
        precision: patch !== undefined ? 3 : minor !== undefined ? 2 : 1,
        raw: text.trim(),
    };
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.sign(a - b);
    // Semver: numeric identifiers sort before alphanumeric ones.
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Orders two versions as semver does: numbers first, then a release above its prereleases,
 * prereleases identifier by identifier (so `1.8.7alpha < 1.8.7 < 1.8.10 < 1.9.0`). Build metadata
 * is ignored. Returns a negative number, 0 or a positive number.
 */
function compareVersions(a, b) {
    const numbers = Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch);
    if (numbers !== 0)
        return numbers;
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        // A release sorts above its prereleases; two releases are equal.
        return Number(a.prerelease.length === 0) - Number(b.prerelease.length === 0);
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        if (i >= a.prerelease.length)
            return -1;
        if (i >= b.prerelease.length)
            return 1;
        const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** The floating tags a release belongs to: `1.9.1` -> ['1', '1.9']. */
function floatingTagNames(v) {
    return [`${v.major}`, `${v.major}.${v.minor}`];
>>>>>>> ec2
}


/***/ })

};
