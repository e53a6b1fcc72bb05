export const id = 763;
export const ids = [763];
export const modules = {

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// A bad action input: the error names the input, the value it got and what was expected.

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
class InputError extends _cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    input;
    constructor(input, value, expected, hint) {
        const shown = value === undefined || value === '' ? 'is empty' : `is ${(0,_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(value)}`;
        super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
        this.name = 'InputError';
        this.input = input;
    }
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   kG: () => (/* binding */ digestLike),
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
// Content digests: computing them from bytes and checking their form. node:crypto loads on the
// first digest computed, not with the module: references (and so every action's input checks)
// use this file's checks, and loading node:crypto costs a fifth of node's start-up.
/** node:crypto's hash of `algorithm`, loaded at the first use. */
function createHash(algorithm) {
    return process.getBuiltinModule('node:crypto').createHash(algorithm);
}
const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** The `sha256:<hex>` digest of exactly these bytes. */
function sha256Digest(bytes) {
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
/** The algorithm of a digest (`sha512` for `sha512:…`, else `sha256`), as node:crypto names it. */
function digestAlgorithm(like) {
    return like.startsWith('sha512:') ? 'sha512' : 'sha256';
}
/** The digest of these bytes in the algorithm `like` uses (sha256 or sha512). */
function digestLike(like, bytes) {
    const algorithm = digestAlgorithm(like);
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
/** True for `sha256:` + 64 hex digits (or `sha512:` + 128). */
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ MalformedReferenceError),
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   Sh: () => (/* binding */ formatRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   ci: () => (/* binding */ isDockerHubHost),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7761);
// Image references as users write them (`ghcr.io/org/app:1.2.3`, `app`, `localhost:5000/a@sha256:…`),
// parsed with the rules of the Docker reference grammar: the first path component is a registry
// host only when it has a dot or a colon or is `localhost`; Docker Hub short names get `library/`.


/** The name Docker Hub goes by in references (its other host names are aliases of it). */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const HOST_PATTERN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** True for any of Docker Hub's host names (`docker.io`, `index.docker.io`, `registry-1.docker.io`). */
function isDockerHubHost(host) {
    return DOCKER_HUB_ALIASES.has(host.toLowerCase());
}
/** A registry host as references write it: `host`, `host:port` or `[ipv6]:port`, no scheme or path. */
function isRegistryHost(text) {
    return HOST_PATTERN.test(text);
}
/** Docker's tag grammar: letters, digits, `_ . -`, not starting with `.` or `-`, at most 128. */
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** Text that is not an image reference. `reason` says what is wrong without repeating the text. */
class MalformedReferenceError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    reason;
    constructor(text, reason) {
        super(`${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)} is not an image reference: ${reason}`, {
            hint: 'Write it as host[:port]/path[:tag] or host[:port]/path@sha256:<64 hex digits>, e.g. ghcr.io/org/app:1.2.3',
        });
        this.name = 'MalformedReferenceError';
        this.reason = reason;
    }
}
function malformed(text, reason) {
    return new MalformedReferenceError(text, reason);
}
/**
 * Parses an image reference. Defaults the tag to `latest` only when neither a tag nor a digest
 * is given. Throws a MalformedReferenceError naming what is wrong.
 */
function parseReference(text) {
    const input = text.trim();
    if (input === '')
        throw malformed(text, 'it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            throw malformed(text, `the digest ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(digest)} is not sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes(']')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag)) {
            throw malformed(text, `the tag ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(tag, 40)} is not valid (letters, digits, _ . -, at most 128)`);
        }
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    let registry;
    let repository;
    if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!HOST_PATTERN.test(registry))
            throw malformed(text, `the registry host ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(registry, 40)} is not valid`);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (isDockerHubHost(registry))
        registry = DOCKER_HUB;
    if (repository === '')
        throw malformed(text, 'the repository path is empty');
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw malformed(text, `the path component ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(component, 40)} is not valid (lower-case letters, digits and . _ - between them)`);
        }
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length > 255)
        throw malformed(text, 'the repository path is longer than 255 characters');
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** `host/repo`, without tag or digest. */
function formatRepository(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** `host/repo:tag`, `host/repo@sha256:…`, or `host/repo:tag@sha256:…` when both are set. */
function formatReference(ref) {
    return `${formatRepository(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The same repository at another tag (any digest dropped). */
function withTag(ref, tag) {
    if (!isValidTag(tag))
        throw malformed(`${formatRepository(ref)}:${tag}`, `the tag ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(tag)} is not valid`);
    return { registry: ref.registry, repository: ref.repository, tag };
}
/**
 * The same repository pinned to a digest. The tag is kept, so it reads `host/repo:tag@sha256:…`;
 * requests use the digest. Drop the tag yourself (`{ ...ref, tag: undefined }`) when unwanted.
 */
function withDigest(ref, digest) {
    if (!(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw malformed(`${formatRepository(ref)}@${digest}`, 'the digest is not sha256:<64 hex digits>');
    const pinned = { registry: ref.registry, repository: ref.repository, digest };
    if (ref.tag !== undefined)
        pinned.tag = ref.tag;
    return pinned;
}
/** True when both name the same repository on the same registry. */
function sameRepository(a, b) {
    return sameRegistry(a, b) && a.repository === b.repository;
}
/** True when both are on the same registry (host names compare case-insensitively). */
function sameRegistry(a, b) {
    return a.registry.toLowerCase() === b.registry.toLowerCase();
}
/** The host[:port] that serves the registry API: Docker Hub is served at registry-1.docker.io. */
function apiHost(ref) {
    return ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry.toLowerCase();
}
/** What a manifest request names: the digest when known, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}


/***/ }),

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   H: () => (/* binding */ readImages),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   O4: () => (/* binding */ readWithEnv),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _Z: () => (/* binding */ readKeyValues),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   eh: () => (/* binding */ actionInputs),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   n5: () => (/* binding */ readSecret),
/* harmony export */   y7: () => (/* binding */ readHttpUrl)
/* harmony export */ });
/* unused harmony exports inputsFrom, numberedLines, splitList */
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _registry_reference__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(908);
/* harmony import */ var _version_image_tag__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(342);
// The one input layer: every action input is read and parsed here, once, at the edge; the rest
// of the code sees typed values, and every bad value fails with an InputError naming the input.
// An action reads through `actionInputs(rt, '<action>')`, typed with the names its action.yml
// declares (action-names.generated.ts), so reading an undeclared input fails `tsc` instead of
// silently giving ''.
//
// Lists, one rule everywhere: items one a line and/or separated by commas; a line whose first
// non-blank character is `#` is a comment; blank lines and empty items are dropped. A `#` later
// in a line is part of the value. Values that may hold commas (key=value lines) are read as lines.
//
// Every reader may fall back to an environment variable (`{ env: 'UPDATE_LATEST_STRATEGY' }`)
// when the input is empty: the variables the original pipelines read, so their users switch
// without renaming anything. An error then names both: `strategy (from UPDATE_LATEST_STRATEGY)`.



/** An action's inputs, typed by its action.yml. */
function actionInputs(rt, _action) {
    return inputsFrom(rt);
}
/** Inputs under names the caller states (tests, the CLI): prefer `actionInputs` in actions. */
function inputsFrom(source) {
    const inputs = { raw: (name) => source.getInput(name), env: source.env ?? {} };
    return inputs;
}
/** The value and the name to blame for it: the input, or the input and the variable it came from. */
function valueOf(inputs, name, options = {}) {
    const value = inputs.raw(name);
    if (value !== '' || !options.env)
        return { value, label: name };
    return { value: (inputs.env[options.env] ?? '').trim(), label: `${name} (from ${options.env})` };
}
/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
function readString(inputs, name, options = {}) {
    const { value, label } = valueOf(inputs, name, options);
    if (value !== '')
        return value;
    if (options.required)
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(label, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * A secret input (a password, a token, a key), registered with `mask` (the Runtime's setSecret)
 * before it is returned, so that nothing, an input error included, can print it.
 */
function readSecret(inputs, name, mask, options = {}) {
    const { value } = valueOf(inputs, name, options);
    mask(value);
    return value;
}
/**
 * A token sent in an HTTP header (a GitHub token), masked first like any secret. A character an
 * HTTP header cannot carry (a space, a line break, a control character: a token pasted with its
 * newline) is an input error naming the input, not a crash in the HTTP layer; the value is not
 * shown.
 */
function readToken(inputs, name, mask, options = {}) {
    const token = readSecret(inputs, name, mask, options);
    if (!/^[\x21-\x7e]*$/.test(token)) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, '***', 'a token of visible ASCII characters (no spaces, line breaks or control characters)', 'Check the secret the input is set from');
    }
    return token;
}
/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
function readBoolean(inputs, name, fallback = false, options = {}) {
    const { value, label } = valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(label, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(inputs, name, allowed, fallback, options = {}) {
    const { value, label } = valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(label, value, `one of ${allowed.join(', ')}`);
}
/** The input, else the environment variable the original pipeline read, else `fallback`; one of `allowed`. */
function readWithEnv(inputs, name, variable, allowed, fallback) {
    return readEnum(inputs, name, allowed, fallback, { env: variable });
}
/** A number within [min, max]; integers only unless `integer` is false. */
function readNumber(inputs, name, options) {
    const { value, label } = valueOf(inputs, name, options);
    if (value === '')
        return options.fallback;
    const integer = options.integer ?? true;
    const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    const { min = -Infinity, max = Infinity } = options;
    const unit = options.unit ? ` ${options.unit}` : '';
    const kind = integer ? 'a whole number' : 'a number';
    const range = Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}${unit}`
        : Number.isFinite(min)
            ? ` of at least ${min}${unit}`
            : unit;
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(label, value, `${kind}${range}`);
    }
    return parsed;
}
/** The lines of a value with their numbers as the user wrote them; comments and blanks dropped. */
function numberedLines(value) {
    return value
        .split(/\r?\n/)
        .map((text, index) => ({ line: index + 1, text: text.trim() }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
/** Splits a list by the one rule (lines and/or commas, `#` comment lines, blanks dropped). */
function splitList(value) {
    return numberedLines(value).flatMap(({ text }) => text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''));
}
/** A list input (see the rule at the top of this file). */
function readList(inputs, name, options = {}) {
    return splitList(valueOf(inputs, name, options).value);
}
/** Non-comment, non-blank lines, trimmed (for values that may themselves contain commas). */
function readLines(inputs, name, options = {}) {
    return numberedLines(valueOf(inputs, name, options).value).map(({ text }) => text);
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win; errors give the line as written. */
function readKeyValues(inputs, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
    const result = new Map();
    for (const { line, text } of numberedLines(inputs.raw(name))) {
        const eq = text.indexOf('=');
        const key = eq > 0 ? text.slice(0, eq).trim() : '';
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, text, `key=value lines (line ${line} is not one)`);
        }
        result.set(key, text.slice(eq + 1).trim());
    }
    return result;
}
/** An http(s) URL. */
function readHttpUrl(inputs, name) {
    const value = inputs.raw(name);
    if (value === '')
        return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, 'an http:// or https:// URL');
    }
    return url;
}
const IMAGE_EXAMPLES = {
    repository: 'a repository such as ghcr.io/org/app',
    source: 'an image reference like ghcr.io/org/app:1.2.3',
    tag: 'an image reference like ghcr.io/org/app:1.2.3',
};
/** A required list of image references, each parsed; the first bad one fails naming the input. */
function readImages(inputs, name, kind) {
    const items = readList(inputs, name);
    if (items.length === 0) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, '', kind === 'repository'
            ? 'one or more repositories, such as ghcr.io/org/app'
            : 'at least one image reference (this input is required)');
    }
    return items.map((item) => {
        let ref;
        try {
            ref = (0,_registry_reference__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(item);
        }
        catch (error) {
            // The parser's message repeats the value and an example; keep only why it is malformed.
            if (!(error instanceof _registry_reference__WEBPACK_IMPORTED_MODULE_1__/* .MalformedReferenceError */ .Bj))
                throw error;
            // A version such as 1.2.3+build.7 is written 1.2.3_build.7 as a tag (build-info's version output).
            const fixed = (0,_version_image_tag__WEBPACK_IMPORTED_MODULE_2__/* .fixedTagOf */ .oC)(item);
            const asTag = fixed ? `; as an image tag it is written ${fixed} (build-info's version output)` : '';
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, item, IMAGE_EXAMPLES[kind], `Here ${error.reason}${asTag}`);
        }
        if (kind === 'tag' && ref.digest)
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, item, 'a tag to push to (not a digest)');
        return kind === 'repository' ? { registry: ref.registry, repository: ref.repository } : ref;
    });
}


/***/ }),

/***/ 342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bR: () => (/* binding */ imageTagFor),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   oC: () => (/* binding */ fixedTagOf)
/* harmony export */ });
/* harmony import */ var _registry_reference__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(908);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9018);
// The one mapping from a version (or any ref-derived name) to an image tag, and back. An image tag
// is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`; a version may hold `+` (semver build metadata) and a
// name may hold `/` (release/2025.1), which no registry accepts. build-info, manifest-merge and
// latest-manager all go through here, so the tag one action writes is the tag the next one finds.


/** The longest tag the distribution spec (and Docker) accept. */
const MAX_TAG_LENGTH = 128;
/**
 * Sanitises like docker/metadata-action (`sanitizeTag`): every run of characters outside
 * `A-Za-z0-9_.-` becomes one `-`. Beyond what metadata-action does, a leading `.` or `-` (which
 * no registry accepts) is dropped and the result is cut to 128 characters.
 */
function sanitize(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, MAX_TAG_LENGTH);
}
/**
 * The image tag for `text` ('' when nothing usable is left, such as for `+++`). A version with
 * build metadata keeps it after `_` instead of `+` (`1.2.3+build.7` -> `1.2.3_build.7`), Helm's
 * convention for OCI tags: metadata-action's `-` would turn it into `1.2.3-build.7`, which every
 * semver reader takes for a prerelease of 1.2.3. Other text is sanitised as metadata-action does
 * (`release/2025.1` -> `release-2025.1`). A valid tag is returned unchanged.
 */
function imageTagFor(text) {
    if ((0,_registry_reference__WEBPACK_IMPORTED_MODULE_0__/* .isValidTag */ .r_)(text))
        return text;
    const version = (0,_version__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(text);
    if (version?.build) {
        const plus = version.raw.lastIndexOf('+');
        return sanitize(`${version.raw.slice(0, plus)}_${version.raw.slice(plus + 1)}`);
    }
    return sanitize(text.trim());
}
/**
 * The version an image tag names: a version as written, or a version whose build metadata was
 * written after `_` by `imageTagFor` (`1.2.3_build.7` is 1.2.3 with build `build.7`, a release).
 * Undefined when the tag names no version.
 */
function versionOfTag(tag) {
    const direct = (0,_version__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(tag);
    if (direct)
        return direct;
    const underscore = tag.indexOf('_');
    if (underscore < 0)
        return undefined;
    return (0,_version__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(`${tag.slice(0, underscore)}+${tag.slice(underscore + 1)}`);
}
/**
 * For an image reference whose tag is not valid (`ghcr.io/org/app:1.2.3+build.7`), the tag
 * `imageTagFor` makes of it; undefined when the tag is valid, absent or leaves nothing.
 */
function fixedTagOf(reference) {
    const name = reference.split('@')[0];
    const colon = name.lastIndexOf(':');
    if (colon < 0 || colon < name.lastIndexOf('/'))
        return undefined;
    const tag = name.slice(colon + 1);
    const fixed = imageTagFor(tag);
    return fixed && fixed !== tag ? fixed : undefined;
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
}


/***/ })

};
