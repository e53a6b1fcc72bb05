import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ cutForMessage),
/* harmony export */   Hx: () => (/* binding */ quoteForMessage),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hi: () => (/* binding */ CibError)
/* harmony export */ });
// The error a user can act on: one line that says what went wrong and, in `hint`, what to do.
// Anything else thrown is a bug (runner/run-main.ts reports it as an internal error).
/** A failure the user can fix; `hint` says how. */
class CibError extends Error {
    hint;
    constructor(message, options = {}) {
        super(options.hint ? `${message}. ${options.hint}` : message, { cause: options.cause });
        this.name = 'CibError';
        this.hint = options.hint;
    }
}
/** Quotes a user value for an error message, cut so that a 1 MB input does not flood the log. */
function quoteForMessage(value, max = 120) {
    // JSON.stringify shows control characters as escapes (\n, \u0000), so a newline in a value
    // cannot forge a second log line.
    return JSON.stringify(cutForMessage(value, max));
}
/** `value` cut to its first `max` characters, saying how long it was (unquoted: for paths). */
function cutForMessage(value, max) {
    return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}
/** The message of anything thrown, for logs. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2332);
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

/***/ 3420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ noBaselineStore),
/* harmony export */   xC: () => (/* binding */ fileBaselineStore)
/* harmony export */ });
/* unused harmony export parseBaseline */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2332);
// The baseline a run is compared with: the metrics of the last run on the default branch (line
// and branch coverage, vulnerability counts and the keys of the findings, for new-only). Kept in
// a file, in the Actions cache (baseline-cache.ts), or not at all; a store hands it over.
// The finding keys are kept as 8-byte hashes (finding-keys.ts) in one base64 string,
// `findingHashes`: a million keys take 11 MB of JSON and 16 MB of memory, where the list of key
// strings (`findings`, written before) took ~100 MB to load. Baselines with that list still load;
// the version stays 1, since a reader that does not know `findingHashes` just counts every finding.



/** Checks the parsed JSON of a baseline; a wrong one is a user-fixable error naming `source`. */
function parseBaseline(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__/* .CibError */ .hi(`Baseline ${source} (input "baseline") is not JSON: ${error.message}`, {
            hint: 'Point baseline at a report-json file an earlier quality-gate run wrote, or use baseline: none',
        });
    }
    return checkBaseline(value, source);
}
/** Checks an already parsed baseline's version. */
function checkBaseline(value, source) {
    if (value?.version !== 1)
        throw new _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__/* .CibError */ .hi(`Baseline ${source} (input "baseline") is not a quality-gate baseline (version 1)`);
    return value;
}
/** A baseline kept in a file: read when present, written when saving. */
function fileBaselineStore(path) {
    return {
        description: `file ${path}`,
        async load() {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
                return undefined;
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
            // A report-json file carries its baseline form under "baseline"; anything else that is not
            // JSON gets parseBaseline's error, which says what the file should be.
            // Parsed once: findingHashes can be megabytes of base64.
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                return parseBaseline(text, path);
            }
            return checkBaseline(parsed && typeof parsed === 'object' && parsed.baseline ? parsed.baseline : (parsed ?? undefined), path);
        },
        async save(baseline) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify(baseline, null, 2)}\n`);
        },
    };
}
const noBaselineStore = {
    description: 'none',
    load: async () => undefined,
    save: async () => undefined,
};


/***/ }),

/***/ 8313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ CoverageSet),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony export FileCoverage */
/* harmony import */ var _detach__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4868);
// The coverage every format reader fills in: one record per source file, merged when a file comes
// again (the same SF in lcov, the same class in two Cobertura files, the same Go block under
// -coverpkg). Totals are counts summed over files (covered lines / lines), never an average of
// per-file percentages, which weighs a 3-line file like a 3,000-line one.

const NO_LINE = -1;
/** One source file's coverage; per-line hits when the format has them. */
class FileCoverage {
    path;
    /** hits[line] (1-based), NO_LINE where the line is not instrumented. */
    hits = new Float64Array(0);
    lineCount;
    branchKeys;
    branchLines;
    branchCount;
    functions;
    functionCount;
    /** Go blocks by "startLine.startCol,endLine.endCol": statements and count. */
    blocks;
    constructor(path) {
        this.path = path;
    }
    /** Adds hits for a line (hits of repeated records add up, as lcov merges them). */
    line(line, hits) {
        if (line >= this.hits.length)
            this.grow(line);
        const current = this.hits[line];
        this.hits[line] = current === NO_LINE ? hits : current + hits;
    }
    grow(line) {
        const next = new Float64Array(Math.max(line + 1, this.hits.length * 2, 64)).fill(NO_LINE);
        next.set(this.hits);
        this.hits = next;
    }
    /** For formats that only give counts: a repeated file keeps the better count. */
    lineTotals(count) {
        this.lineCount = betterCount(this.lineCount, count);
    }
    /** One branch (lcov BRDA) by its key; taken undefined for '-' (never evaluated). */
    branch(key, taken) {
        this.branchKeys ??= new Map();
        const current = this.branchKeys.get(key);
        this.branchKeys.set(key, (current ?? 0) + (taken ?? 0));
    }
    /** Branch outcomes of one line (Cobertura condition-coverage, JaCoCo mb/cb, Clover cond). */
    branchesOnLine(line, count) {
        this.branchLines ??= new Map();
        this.branchLines.set(line, betterCount(this.branchLines.get(line), count));
    }
    branchTotals(count) {
        this.branchCount = betterCount(this.branchCount, count);
    }
    functionHits(name, hits) {
        this.functions ??= new Map();
        this.functions.set(name, (this.functions.get(name) ?? 0) + hits);
    }
    functionTotals(count) {
        this.functionCount = betterCount(this.functionCount, count);
    }
    /** A Go cover profile block; repeated blocks (-coverpkg) add their counts. */
    block(range, start, end, statements, count) {
        this.blocks ??= new Map();
        const current = this.blocks.get(range);
        if (current)
            current.count += count;
        else
            this.blocks.set(range, { start, end, statements, count });
    }
    /** True when patch coverage can use this file (the format gave lines or Go blocks). */
    get hasLineData() {
        return this.blocks !== undefined || this.hits.length > 0;
    }
    /** Hits of one line: undefined when the line is not instrumented or no line data exists. */
    hitsAt(line) {
        if (this.blocks) {
            let found = false;
            let hit = 0;
            for (const block of this.blocks.values()) {
                if (block.statements > 0 && line >= block.start && line <= block.end) {
                    found = true;
                    hit = Math.max(hit, block.count);
                }
            }
            return found ? hit : undefined;
        }
        const value = line < this.hits.length ? this.hits[line] : NO_LINE;
        return value === NO_LINE ? undefined : value;
    }
    /** Lines (statements for Go) found and hit. */
    lines() {
        if (this.blocks) {
            const count = { found: 0, hit: 0 };
            for (const block of this.blocks.values()) {
                count.found += block.statements;
                if (block.count > 0)
                    count.hit += block.statements;
            }
            return count;
        }
        if (this.hits.length === 0)
            return this.lineCount ?? { found: 0, hit: 0 };
        let found = 0;
        let hit = 0;
        for (let i = 0; i < this.hits.length; i++) {
            const value = this.hits[i];
            if (value === NO_LINE)
                continue;
            found++;
            if (value > 0)
                hit++;
        }
        return { found, hit };
    }
    branches() {
        if (!this.branchKeys && !this.branchLines)
            return this.branchCount ?? { found: 0, hit: 0 };
        const count = { found: 0, hit: 0 };
        for (const taken of this.branchKeys?.values() ?? []) {
            count.found++;
            if (taken > 0)
                count.hit++;
        }
        for (const line of this.branchLines?.values() ?? []) {
            count.found += line.found;
            count.hit += line.hit;
        }
        return count;
    }
    functionsCount() {
        if (!this.functions)
            return this.functionCount ?? { found: 0, hit: 0 };
        const count = { found: 0, hit: 0 };
        for (const hits of this.functions.values()) {
            count.found++;
            if (hits > 0)
                count.hit++;
        }
        return count;
    }
}
function betterCount(current, next) {
    if (!current)
        return { ...next };
    return next.hit > current.hit || (next.hit === current.hit && next.found < current.found) ? { ...next } : current;
}
/** Every file of every coverage report, merged by path. */
class CoverageSet {
    files = new Map();
    formats = new Set();
    /** Formats that gave no per-line data (patch coverage cannot use them). */
    withoutLineData = new Set();
    file(path) {
        let file = this.files.get(path);
        if (!file) {
            // Copied: an XML reader's path is a view into its whole read chunk.
            const own = (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(path);
            file = new FileCoverage(own);
            this.files.set(own, file);
        }
        return file;
    }
    totals() {
        const totals = {
            lines: { found: 0, hit: 0 },
            branches: { found: 0, hit: 0 },
            functions: { found: 0, hit: 0 },
            files: this.files.size,
        };
        for (const file of this.files.values()) {
            add(totals.lines, file.lines());
            add(totals.branches, file.branches());
            add(totals.functions, file.functionsCount());
        }
        return totals;
    }
    /** The `count` files with the lowest line coverage (most uncovered lines first on ties). */
    leastCovered(count) {
        return [...this.files.values()]
            .map((file) => ({ path: file.path, lines: file.lines() }))
            .filter((entry) => entry.lines.found > 0 && entry.lines.hit < entry.lines.found)
            .sort((a, b) => a.lines.hit / a.lines.found - b.lines.hit / b.lines.found ||
            b.lines.found - b.lines.hit - (a.lines.found - a.lines.hit))
            .slice(0, count);
    }
}
function add(total, part) {
    total.found += part.found;
    total.hit += part.hit;
}
/** A ratio as a percentage; undefined when nothing was found (no rule can judge 0/0). */
function percent(count) {
    return count.found === 0 ? undefined : (count.hit / count.found) * 100;
}
/** Two decimals, cut rather than rounded, so 79.996 shows as 79.99 and never as a passing 80.00. */
function formatPercent(value) {
    if (value === undefined)
        return '';
    return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
}


/***/ }),

/***/ 4868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
function detach(text) {
    return text === undefined ? undefined : Buffer.from(text, 'utf16le').toString('utf16le');
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ReportError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2332);
// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.

/** A report file that is malformed or of an unknown format (user-fixable). */
class ReportError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    problem;
    options;
    file;
    line;
    /** The input whose globs named the file, once known (the readers do not know it). */
    input;
    constructor(file, problem, options = {}) {
        const where = options.line ? `${file}:${options.line}` : file;
        const listed = options.input ? ` (a file of input ${options.input})` : '';
        super(`Report ${where}: ${problem}${listed}`, { hint: options.hint });
        this.problem = problem;
        this.options = options;
        this.name = 'ReportError';
        this.file = file;
        this.line = options.line;
        this.input = options.input;
    }
    /** The same error, naming the input that listed the file. */
    listedBy(input) {
        return new ReportError(this.file, this.problem, { ...this.options, input });
    }
}


/***/ }),

/***/ 4585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fl: () => (/* binding */ findingKey),
/* harmony export */   lv: () => (/* binding */ parseSeverity),
/* harmony export */   md: () => (/* binding */ worstFirst),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
// A vulnerability finding of any scanner report, its key (id and package: Grype lists a CVE once
// per matcher, Trivy once per target that holds the package; finding-set.ts de-duplicates by it)
// and the severity scale every reader maps to.
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
function severityRank(severity) {
    return RANK[severity];
}
function findingKey(finding) {
    return `${finding.id}\u0000${finding.pkg}`;
}
/** Maps a scanner's severity word (any case) onto ours; Grype's Negligible counts as low. */
function parseSeverity(value) {
    const word = typeof value === 'string' ? value.toLowerCase() : '';
    if (word === 'negligible')
        return 'low';
    return SEVERITIES.includes(word) ? word : 'unknown';
}
/** Worst first: severity, then fixable before unfixable, then id. */
function worstFirst(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        Number(b.fixed !== undefined) - Number(a.fixed !== undefined) ||
        a.id.localeCompare(b.id));
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ MalformedReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Sh: () => (/* binding */ formatRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   ci: () => (/* binding */ isDockerHubHost),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports isRegistryHost, withTag, sameRepository */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2332);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7761);
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
        throw malformed(`${formatRepository(ref)}:${tag}`, `the tag ${quoteForMessage(tag)} is not valid`);
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

/***/ 1590:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ actionInputs),
  Vf: () => (/* binding */ readBoolean),
  ai: () => (/* binding */ readEnum),
  H: () => (/* binding */ readImages),
  _Z: () => (/* binding */ readKeyValues),
  Se: () => (/* binding */ readLines),
  kz: () => (/* binding */ readNumber),
  E3: () => (/* binding */ readString),
  AI: () => (/* binding */ readToken)
});

// UNUSED EXPORTS: inputsFrom, numberedLines, readHttpUrl, readList, readSecret, readWithEnv, splitList

// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __nccwpck_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __nccwpck_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/version/version.ts
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
function version_parseVersion(text) {
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

;// CONCATENATED MODULE: ./packages/core/src/version/image-tag.ts
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
    if ((0,reference/* isValidTag */.r_)(text))
        return text;
    const version = version_parseVersion(text);
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
    const direct = parseVersion(tag);
    if (direct)
        return direct;
    const underscore = tag.indexOf('_');
    if (underscore < 0)
        return undefined;
    return parseVersion(`${tag.slice(0, underscore)}+${tag.slice(underscore + 1)}`);
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

;// CONCATENATED MODULE: ./packages/core/src/runner/inputs.ts
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
function inputs_valueOf(inputs, name, options = {}) {
    const value = inputs.raw(name);
    if (value !== '' || !options.env)
        return { value, label: name };
    return { value: (inputs.env[options.env] ?? '').trim(), label: `${name} (from ${options.env})` };
}
/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
function readString(inputs, name, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value !== '')
        return value;
    if (options.required)
        throw new input_error/* InputError */.d(label, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * A secret input (a password, a token, a key), registered with `mask` (the Runtime's setSecret)
 * before it is returned, so that nothing, an input error included, can print it.
 */
function readSecret(inputs, name, mask, options = {}) {
    const { value } = inputs_valueOf(inputs, name, options);
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
        throw new input_error/* InputError */.d(name, '***', 'a token of visible ASCII characters (no spaces, line breaks or control characters)', 'Check the secret the input is set from');
    }
    return token;
}
/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
function readBoolean(inputs, name, fallback = false, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new input_error/* InputError */.d(label, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(inputs, name, allowed, fallback, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new input_error/* InputError */.d(label, value, `one of ${allowed.join(', ')}`);
}
/** The input, else the environment variable the original pipeline read, else `fallback`; one of `allowed`. */
function readWithEnv(inputs, name, variable, allowed, fallback) {
    return readEnum(inputs, name, allowed, fallback, { env: variable });
}
/** A number within [min, max]; integers only unless `integer` is false. */
function readNumber(inputs, name, options) {
    const { value, label } = inputs_valueOf(inputs, name, options);
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
        throw new input_error/* InputError */.d(label, value, `${kind}${range}`);
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
    return splitList(inputs_valueOf(inputs, name, options).value);
}
/** Non-comment, non-blank lines, trimmed (for values that may themselves contain commas). */
function readLines(inputs, name, options = {}) {
    return numberedLines(inputs_valueOf(inputs, name, options).value).map(({ text }) => text);
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win; errors give the line as written. */
function readKeyValues(inputs, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
    const result = new Map();
    for (const { line, text } of numberedLines(inputs.raw(name))) {
        const eq = text.indexOf('=');
        const key = eq > 0 ? text.slice(0, eq).trim() : '';
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new input_error/* InputError */.d(name, text, `key=value lines (line ${line} is not one)`);
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
        throw new InputError(name, value, 'an http:// or https:// URL');
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
        throw new input_error/* InputError */.d(name, '', kind === 'repository'
            ? 'one or more repositories, such as ghcr.io/org/app'
            : 'at least one image reference (this input is required)');
    }
    return items.map((item) => {
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(item);
        }
        catch (error) {
            // The parser's message repeats the value and an example; keep only why it is malformed.
            if (!(error instanceof reference/* MalformedReferenceError */.Bj))
                throw error;
            // A version such as 1.2.3+build.7 is written 1.2.3_build.7 as a tag (build-info's version output).
            const fixed = fixedTagOf(item);
            const asTag = fixed ? `; as an image tag it is written ${fixed} (build-info's version output)` : '';
            throw new input_error/* InputError */.d(name, item, IMAGE_EXAMPLES[kind], `Here ${error.reason}${asTag}`);
        }
        if (kind === 'tag' && ref.digest)
            throw new input_error/* InputError */.d(name, item, 'a tag to push to (not a digest)');
        return kind === 'repository' ? { registry: ref.registry, repository: ref.repository } : ref;
    });
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ randomUuid)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Random UUIDs without node:crypto (see randomUuid for why).

/**
 * A random version 4 UUID, as crypto.randomUUID() makes (for @actions/core's file-command
 * delimiters, for temporary file names), read from the kernel's random source. Loading
 * node:crypto costs about a fifth of an empty node's start-up, more than the rest of an action's
 * start (bench/cold-start). Where there is no /dev/urandom, node:crypto as usual.
 */
function randomUuid() {
    let bytes;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        try {
            bytes = Buffer.alloc(16);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, 16, null) !== 16)
                throw new Error('short read from /dev/urandom');
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        return process.getBuiltinModule('node:crypto').randomUUID();
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __nccwpck_require__(2332);
;// CONCATENATED MODULE: ./packages/core/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./packages/core/src/runner/cib-version.ts
// The version of cib a bundle was built from, for internal-error reports ("internal error in cib
// <action> <version>"). Read from the core package's package.json, which ncc inlines at build time.

const CIB_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./packages/core/src/runner/failure.ts
// How a failed step is reported, under the runner and the CLI alike. A CibError is the user's to
// fix: its message, on one line. Anything else is a bug in cib and says so, with the action and
// version to report; its stack goes to the debug log only, never into the error annotation.


/** Whitespace runs holding a line break, which would split an annotation. */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;
/** The one line that tells what went wrong. */
function failureMessage(error, action, version = CIB_VERSION) {
    if (error instanceof cib_error/* CibError */.hi)
        return error.message.replace(LINE_BREAKS, ' ').trim();
    const text = error instanceof Error
        ? // An AggregateError (a connection refused on every address) may have no message of its own.
            error.message || error.code || error.name
        : String(error);
    // Only the first line: some errors carry their stack or a response body in the message.
    const first = text.split(/\r?\n/, 1)[0].trim();
    return `internal error in cib ${action} ${version}: ${first || 'no message'}`;
}
/**
 * Logs the failure: the one line as an error; for a bug, the stack (or the whole value) as debug.
 * A CibError's line is the whole story: a stack would repeat its message, and every value in it.
 */
function reportFailure(log, error, action) {
    log.error(failureMessage(error, action));
    if (error instanceof cib_error/* CibError */.hi)
        return;
    if (error instanceof Error && error.stack)
        log.debug(error.stack);
    else if (!(error instanceof Error))
        log.debug(`thrown: ${String(error)}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/runner/workflow-commands.ts
// The runner's workflow-command protocol (`::name key=value::message` lines on stdout), written
// by hand rather than imported from @actions/core: @actions/core 3 eagerly loads
// @actions/http-client and undici for OIDC, which triples an action's cold start (see
// bench/cold-start). The escaping rules are those of @actions/core's command.ts, and
// test/unit/runner/protocol-conformance.test.ts checks our output against @actions/core's.
/** Escapes a command's message: %, CR and LF. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: as data, plus ':' and ','. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats one workflow command line, without the trailing newline. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/runner/random-uuid.ts
var random_uuid = __nccwpck_require__(333);
;// CONCATENATED MODULE: ./packages/core/src/runner/file-commands.ts
// The runner's file commands: GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV take `name<<delimiter`
// heredocs, GITHUB_PATH one directory a line, GITHUB_STEP_SUMMARY markdown. Same format as
// @actions/core's file-command.ts (see runner/workflow-commands.ts for why it is ours).


/**
 * os.EOL without loading node:os, which every action's start-up would pay for (bench/cold-start).
 * The runner reads either ending; @actions/core writes os.EOL, and so do we.
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** Formats `name<<delimiter` / value / `delimiter`, refusing a value that contains the delimiter. */
function formatKeyValue(name, value, delimiter = `ghadelimiter_${(0,random_uuid/* randomUuid */.b)()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
/** Appends a heredoc entry to the file named by `fileVariable`; false when the runner gave no such file. */
function appendKeyValue(env, fileVariable, name, value) {
    return appendRaw(env, fileVariable, formatKeyValue(name, value));
}
/** Appends raw text to the file named by `fileVariable`; false when the runner gave no such file. */
function appendRaw(env, fileVariable, text) {
    const file = env[fileVariable];
    if (!file)
        return false;
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    return true;
}
/**
 * Parses a file written with file commands (both `name=value` and heredoc forms), as the runner
 * does after a step. Used by the CLI's state file and by the test harness.
 */
function parseFileCommands(text) {
    const result = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
            const [, name, delimiter] = heredoc;
            const value = [];
            i++;
            while (i < lines.length && lines[i] !== delimiter)
                value.push(lines[i++]);
            if (i >= lines.length)
                throw new Error(`Unterminated heredoc for "${name}": no line "${delimiter}"`);
            result.set(name, value.join('\n'));
        }
        else if (eq > 0) {
            result.set(line.slice(0, eq), line.slice(eq + 1));
        }
        else {
            throw new Error(`Malformed file command line: ${JSON.stringify(line)}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/summary-limit.ts
// GitHub drops a step's whole job summary when it passes 1 MiB, so we cut ours before that.
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const CUT_NOTE = '\n\n> Summary cut: it would have passed the 1 MiB limit of a step summary.\n';
/** What may still be appended after `usedBytes`, cut with a note when it would pass the limit. */
function limitSummary(markdown, usedBytes, limit = SUMMARY_LIMIT_BYTES) {
    const bytes = Buffer.byteLength(markdown, 'utf8');
    if (usedBytes + bytes <= limit)
        return { text: markdown, bytes };
    const room = limit - usedBytes - Buffer.byteLength(CUT_NOTE, 'utf8');
    if (room <= 0)
        return { text: '', bytes: 0 };
    const cut = Buffer.from(markdown, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    const text = cut + CUT_NOTE;
    return { text, bytes: Buffer.byteLength(text, 'utf8') };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/stdout.ts
// Writing the log to standard output (and the CLI's errors to standard error) without
// process.stdout and process.stderr. Creating process.stdout over the
// runner's pipe loads node:net and node:stream, which costs about a sixth of an empty node's
// start-up (bench/cold-start); a synchronous write to fd 1 costs nothing to set up, and is what
// process.stdout does for pipes and files on Linux anyway (they are written synchronously).

/**
 * A writer of whole texts to fd 1. If fd 1 refuses a synchronous write (EAGAIN from a pipe someone
 * made non-blocking, EPIPE, a platform without it), the rest of that text and every later one go
 * through `fallback` (process.stdout), which handles those the usual Node way; everything before
 * was already written, so the order holds.
 */
function stdoutWriter(fallback = (bytes) => void process.stdout.write(bytes)) {
    return fdWriter(1, fallback);
}
/** The same for fd 2 (the cib CLI's errors), falling back to process.stderr. */
function stderrWriter(fallback = (bytes) => void process.stderr.write(bytes)) {
    return fdWriter(2, fallback);
}
function fdWriter(fd, fallback) {
    let synchronous = true;
    return (text) => {
        const bytes = Buffer.from(text, 'utf8');
        let offset = 0;
        if (synchronous) {
            try {
                while (offset < bytes.length)
                    offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
                return;
            }
            catch {
                synchronous = false;
            }
        }
        fallback(bytes.subarray(offset));
    };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/github-runtime.ts
// The Runtime under the GitHub Actions runner: inputs from INPUT_*, state from STATE_*, file
// commands for outputs/state/env/path/summary, workflow commands on stdout for logs and masks.






/** The longest `NAME=value` string one environment variable can hold on Linux (MAX_ARG_STRLEN, with its NUL). */
const ENV_STRING_MAX_BYTES = 128 * 1024;
/** The environment variable the runner sets for an input (upper-cased, spaces to `_`). */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function annotationCommandProperties(a = {}) {
    return {
        title: a.title,
        file: a.file,
        line: a.startLine,
        endLine: a.endLine,
        col: a.startColumn,
        endColumn: a.endColumn,
    };
}
function createGithubRuntime(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? stdoutWriter();
    const issue = (command, message, properties = {}) => write(formatCommand(command, properties, message) + EOL);
    let summaryBytes = 0;
    // A secret registered twice (an input masked by the action, then by the client that uses it)
    // is announced once: each mask command is one more place the value appears in the raw log.
    const masked = new Set();
    const log = {
        info: (message) => write(message + EOL),
        debug: (message) => issue('debug', message),
        notice: (message, a) => issue('notice', message, annotationCommandProperties(a)),
        warning: (message, a) => issue('warning', message, annotationCommandProperties(a)),
        error: (message, a) => issue('error', message, annotationCommandProperties(a)),
        isDebug: () => env.RUNNER_DEBUG === '1',
        async group(name, fn) {
            issue('group', name);
            try {
                return await fn();
            }
            finally {
                issue('endgroup', '');
            }
        },
    };
    return {
        kind: 'github-actions',
        env,
        log,
        getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
        setOutput(name, value) {
            if (!appendKeyValue(env, 'GITHUB_OUTPUT', name, value)) {
                write(EOL);
                issue('set-output', value, { name });
            }
        },
        saveState(name, value) {
            // The runner hands each state value to the post step as one environment variable: one too
            // long for that would stop the post step from starting at all (E2BIG), so it fails here.
            const bytes = Buffer.byteLength(`STATE_${name}=${value}`) + 1;
            if (bytes > ENV_STRING_MAX_BYTES)
                throw new cib_error/* CibError */.hi(`State "${name}" is ${bytes} bytes: the runner passes state to the post step in one environment variable, which holds at most ${ENV_STRING_MAX_BYTES}`, { hint: 'Shorten the input it comes from' });
            if (!appendKeyValue(env, 'GITHUB_STATE', name, value))
                issue('save-state', value, { name });
        },
        getState: (name) => env[`STATE_${name}`] ?? '',
        // The runner carries state from main to post in STATE_* variables: no file of ours.
        stateFile: () => undefined,
        exportVariable(name, value) {
            env[name] = value;
            if (!appendKeyValue(env, 'GITHUB_ENV', name, value))
                issue('set-env', value, { name });
        },
        addPath(directory) {
            if (!appendRaw(env, 'GITHUB_PATH', directory + EOL))
                issue('add-path', directory);
            env.PATH = env.PATH ? `${directory}${external_node_path_.delimiter}${env.PATH}` : directory;
        },
        setSecret: (secret) => {
            if (!secret || masked.has(secret))
                return;
            masked.add(secret);
            issue('add-mask', secret);
        },
        appendSummary(markdown) {
            const { text, bytes } = limitSummary(markdown, summaryBytes);
            summaryBytes += bytes;
            if (!appendRaw(env, 'GITHUB_STEP_SUMMARY', text))
                log.debug('No GITHUB_STEP_SUMMARY file: summary not written');
        },
        now: options.now ?? (() => new Date()),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/run-main.ts


/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
async function runMain(action, phase, runtime = createGithubRuntime()) {
    try {
        await phase(runtime);
    }
    catch (error) {
        reportFailure(runtime.log, error, action);
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/quality/baseline.ts
var baseline = __nccwpck_require__(3420);
// EXTERNAL MODULE: ./packages/core/src/quality/coverage.ts
var coverage = __nccwpck_require__(8313);
;// CONCATENATED MODULE: ./packages/core/src/registry/manifest-types.ts
// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.
/** True when the parsed manifest is an index (has `manifests`, no `config`). */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __nccwpck_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/quality/image-size.ts


function isAttestation(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
function platformName(descriptor) {
    const p = descriptor?.platform;
    return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : 'single platform';
}
const layerBytes = (manifest) => manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
/** One entry per platform of `ref`. */
async function imageSizes(registry, ref) {
    const image = (0,reference/* formatReference */.FH)(ref);
    const top = await registry.getManifest(ref);
    if (!isImageIndex(top.json))
        return [{ image, platform: platformName(), bytes: layerBytes(top.json) }];
    const sizes = [];
    for (const child of top.json.manifests) {
        if (isAttestation(child))
            continue;
        const manifest = await registry.getManifest((0,reference/* withDigest */.hQ)(ref, child.digest));
        if (isImageIndex(manifest.json))
            continue;
        sizes.push({ image, platform: platformName(child), bytes: layerBytes(manifest.json) });
    }
    return sizes;
}
/** Megabytes as the gate compares them (10^6 bytes, as registries and docker show sizes). */
const MEGABYTE = 1_000_000;

// EXTERNAL MODULE: ./packages/core/src/quality/report-error.ts
var report_error = __nccwpck_require__(1870);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __nccwpck_require__(2650);
;// CONCATENATED MODULE: ./packages/core/src/quality/report-files.ts
// Turns the report globs of one input into files: each pattern must match at least one file
// (unless allow-missing), since a gate that silently finds no report would pass on nothing.


const MAX_PATTERN_CHARS = 4096;
/** Files matching `patterns` (relative to `cwd`), sorted, each once. */
async function findReportFiles(input, patterns, options) {
    const { glob, isDynamicPattern } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        // picomatch refuses patterns over 65,536 characters with an exception of its own.
        if (pattern.length > MAX_PATTERN_CHARS)
            throw new input_error/* InputError */.d(input, pattern, `globs of at most ${MAX_PATTERN_CHARS} characters each`);
        // An absolute path outside cwd is allowed (reports in a temp folder): globbed from its own
        // folder, since from cwd tinyglobby walks every folder the two share (the whole of /tmp on a
        // shared machine, 29,000 entries: 22 MB more RSS and 130 ms for one file).
        const local = (0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(options.cwd, pattern) : pattern;
        const [cwd, relativePattern] = local.startsWith('..')
            ? staticBase(pattern, isDynamicPattern)
            : [options.cwd, local];
        const matches = await glob(relativePattern, {
            cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            expandDirectories: false,
        });
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches)
            files.add((0,external_node_path_.resolve)(match));
    }
    if (unmatched.length > 0 && !options.allowMissing) {
        throw new input_error/* InputError */.d(input, unmatched.join('\n'), 'globs that match report files', `Nothing matched ${unmatched.map((p) => `"${p}"`).join(', ')} in ${options.cwd}. Check the path, or set allow-missing: true when a report may be absent`);
    }
    return { files: [...files].sort(), unmatched };
}
/**
 * An absolute pattern split into the folder its leading plain segments name and the rest (at
 * least the last segment): `/tmp/r/*.json` -> [`/tmp/r`, `*.json`].
 */
function staticBase(pattern, isDynamic) {
    const segments = pattern.split('/');
    let plain = 0;
    while (plain < segments.length - 1 && !isDynamic(segments[plain]))
        plain++;
    return [segments.slice(0, plain).join('/') || '/', segments.slice(plain).join('/')];
}

;// CONCATENATED MODULE: ./packages/core/src/quality/budgets.ts
// Budgets over metrics: `build-seconds<=120` lines checked against `build-seconds=95` metrics
// (multiarch-bake's duration-seconds, or anything a workflow measures).

const BUDGET = /^([A-Za-z0-9_.\-/]+)\s*(<=|>=)\s*([+-]?(?:\d+\.?\d*|\.\d+))$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
/** Parses `name<=value` / `name>=value` lines. */
function parseBudgets(lines, input = 'budgets') {
    return lines.map((line) => {
        const match = BUDGET.exec(line);
        if (!match)
            throw new input_error/* InputError */.d(input, line, 'name<=number or name>=number lines, e.g. build-seconds<=120');
        return { metric: match[1], operator: match[2], limit: Number(match[3]) };
    });
}
/** Metric values from `name=value` pairs; each must be a number. */
function parseMetrics(pairs, input = 'metrics') {
    const metrics = new Map();
    for (const [name, value] of pairs) {
        if (!NUMBER.test(value))
            throw new input_error/* InputError */.d(input, `${name}=${value}`, 'name=number lines, e.g. build-seconds=95');
        metrics.set(name, Number(value));
    }
    return metrics;
}
function withinBudget(value, budget) {
    return budget.operator === '<=' ? value <= budget.limit : value >= budget.limit;
}

// EXTERNAL MODULE: ./packages/core/src/quality/vulnerability.ts
var vulnerability = __nccwpck_require__(4585);
;// CONCATENATED MODULE: ./packages/core/src/quality/rules.ts
// The gate's rules: each configured threshold becomes one row with its measured value, the
// baseline and the delta where there is one, and pass/fail. A rule that cannot measure what it
// judges (a coverage minimum with no coverage data) fails, so a gate never passes on nothing;
// a rule with nothing to compare against yet (a drop with no baseline, patch coverage outside a
// pull request) is skipped and says why.




/** neutral when no rule was configured, failure when any rule failed. */
function conclude(rules) {
    if (rules.length === 0)
        return 'neutral';
    return rules.some((r) => r.status === 'fail') ? 'failure' : 'success';
}
const signed = (value, unit = '') => `${value > 0 ? '+' : ''}${value.toFixed(2)}${unit}`;
/** `min-line-coverage` / `min-branch-coverage`: at least `min` percent. */
function minimumCoverageRule(name, min, count, baseline) {
    const value = (0,coverage/* percent */.KN)(count);
    const threshold = `>= ${min}%`;
    if (value === undefined) {
        return {
            rule: name,
            threshold,
            measured: 'no data',
            status: 'fail',
            note: 'the coverage reports count nothing of this kind',
        };
    }
    return {
        rule: name,
        threshold,
        measured: `${(0,coverage/* formatPercent */.l9)(value)}% (${count.hit}/${count.found})`,
        baseline: baseline === undefined ? undefined : `${(0,coverage/* formatPercent */.l9)(baseline)}%`,
        delta: baseline === undefined ? undefined : signed(value - baseline, ' pp'),
        status: value >= min ? 'pass' : 'fail',
    };
}
/** `max-coverage-drop`: line coverage may fall at most `max` percentage points below the baseline. */
function coverageDropRule(max, count, baseline) {
    const value = (0,coverage/* percent */.KN)(count);
    const rule = 'max-coverage-drop';
    const threshold = `<= ${max} pp`;
    if (baseline === undefined)
        return { rule, threshold, measured: '', status: 'skip', note: 'no baseline yet' };
    if (value === undefined)
        return { rule, threshold, measured: 'no data', status: 'fail', note: 'no line coverage to compare' };
    const drop = baseline - value;
    return {
        rule,
        threshold,
        measured: `${(0,coverage/* formatPercent */.l9)(value)}%`,
        baseline: `${(0,coverage/* formatPercent */.l9)(baseline)}%`,
        delta: signed(value - baseline, ' pp'),
        status: drop <= max + 1e-9 ? 'pass' : 'fail',
    };
}
/** `min-patch-coverage` over the lines the change adds. */
function patchCoverageRule(min, count, why) {
    const rule = 'min-patch-coverage';
    const threshold = `>= ${min}%`;
    if (!count)
        return {
            rule,
            threshold,
            measured: '',
            status: why?.startsWith('not a pull request') ? 'skip' : 'fail',
            note: why,
        };
    const value = (0,coverage/* percent */.KN)(count);
    if (value === undefined) {
        return { rule, threshold, measured: 'no added lines with coverage data', status: 'pass', note: why };
    }
    return {
        rule,
        threshold,
        measured: `${(0,coverage/* formatPercent */.l9)(value)}% (${count.hit}/${count.found})`,
        status: value >= min ? 'pass' : 'fail',
        note: why,
    };
}
/** `max-<severity>` rules for every severity with a limit. */
function vulnerabilityRules(limits, counts, baseline) {
    return vulnerability/* SEVERITIES */.oC.filter((s) => limits[s] !== undefined).map((severity) => {
        const limit = limits[severity];
        const value = counts[severity];
        return {
            rule: `max-${severity}`,
            threshold: `<= ${limit}`,
            measured: String(value),
            baseline: baseline ? String(baseline[severity]) : undefined,
            delta: baseline ? signed(value - baseline[severity]).replace('.00', '') : undefined,
            status: value <= limit ? 'pass' : 'fail',
        };
    });
}
function testRules(counts, maxFailures, minTests, baselineTests) {
    const rules = [];
    const failures = counts.failed + counts.errors;
    if (maxFailures !== undefined) {
        rules.push({
            rule: 'max-failures',
            threshold: `<= ${maxFailures}`,
            measured: `${failures}${counts.flaky ? ` (+${counts.flaky} flaky)` : ''}`,
            status: failures <= maxFailures ? 'pass' : 'fail',
        });
    }
    if (minTests !== undefined) {
        rules.push({
            rule: 'min-tests',
            threshold: `>= ${minTests}`,
            measured: String(counts.tests),
            baseline: baselineTests === undefined ? undefined : String(baselineTests),
            delta: baselineTests === undefined ? undefined : signed(counts.tests - baselineTests).replace('.00', ''),
            status: counts.tests >= minTests ? 'pass' : 'fail',
        });
    }
    return rules;
}
function budgetRules(budgets, metrics, baseline) {
    return budgets.map((budget) => {
        const value = metrics.get(budget.metric);
        const rule = budget.metric;
        const threshold = `${budget.operator} ${budget.limit}`;
        if (value === undefined) {
            return {
                rule,
                threshold,
                measured: 'missing',
                status: 'fail',
                note: `no metric named ${budget.metric} (set it in metrics)`,
            };
        }
        const before = baseline?.[budget.metric];
        return {
            rule,
            threshold,
            measured: String(value),
            baseline: before === undefined ? undefined : String(before),
            delta: before === undefined ? undefined : signed(value - before),
            status: withinBudget(value, budget) ? 'pass' : 'fail',
        };
    });
}
function imageSizeRules(sizes, maxMb) {
    return sizes.map((size) => ({
        rule: `image size ${size.image} (${size.platform})`,
        threshold: `<= ${maxMb} MB`,
        measured: `${(size.bytes / MEGABYTE).toFixed(1)} MB`,
        status: size.bytes <= maxMb * MEGABYTE ? 'pass' : 'fail',
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate.ts





const DEFAULT_LIMITS = { critical: 0 };
/** Runs the gate. Throws CibError (with the file or input named) on bad input or reports. */
async function runGate(request, deps) {
    const notes = [];
    const find = async (input, patterns) => {
        if (patterns.length === 0)
            return [];
        const found = await findReportFiles(input, patterns, { cwd: deps.cwd, allowMissing: request.allowMissing });
        for (const pattern of found.unmatched)
            notes.push(`Nothing matched ${input} pattern "${pattern}" (allow-missing).`);
        return found.files;
    };
    // Every glob is checked before any report is read.
    const coverageFiles = await find('coverage-files', request.coverageFiles);
    const vulnerabilityFiles = await find('vulnerability-files', request.vulnerabilityFiles);
    const testFiles = await find('test-files', request.testFiles);
    const vexFiles = await find('vex', request.vexFiles);
    try {
        return await judge(request, deps, { coverageFiles, vulnerabilityFiles, testFiles, vexFiles }, notes);
    }
    catch (error) {
        // A report that cannot be read names its file; the input whose globs listed it is named too.
        if (!(error instanceof report_error/* ReportError */.$) || error.input)
            throw error;
        const listing = Object.entries({
            'coverage-files': coverageFiles,
            'vulnerability-files': vulnerabilityFiles,
            'test-files': testFiles,
            vex: vexFiles,
        }).find(([, files]) => files.includes(error.file));
        throw listing ? error.listedBy(listing[0]) : error;
    }
}
async function judge(request, deps, { coverageFiles, vulnerabilityFiles, testFiles, vexFiles }, notes) {
    const rules = [];
    const result = {
        conclusion: 'neutral',
        rules,
        images: [],
        notes,
        baseline: deps.baseline,
        nextBaseline: newBaseline(deps),
    };
    if (request.coverageFiles.length > 0)
        await judgeCoverage(request, deps, coverageFiles, result);
    if (request.vulnerabilityFiles.length > 0)
        await judgeFindings(request, deps, vulnerabilityFiles, vexFiles, result);
    if (request.testFiles.length > 0) {
        const { readTests } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 549));
        result.tests = await readTests(testFiles);
        result.nextBaseline.tests = result.tests.counts.tests;
        rules.push(...testRules(result.tests.counts, request.maxFailures ?? 0, request.minTests, deps.baseline?.tests));
    }
    if (request.budgets.length > 0)
        rules.push(...budgetRules(request.budgets, request.metrics, deps.baseline?.metrics));
    result.nextBaseline.metrics = Object.fromEntries(request.metrics);
    if (request.images.length > 0 && request.maxImageSizeMb !== undefined) {
        if (!deps.registry)
            throw new Error('image sizes need a registry client');
        for (const image of request.images)
            result.images.push(...(await imageSizes(deps.registry, image)));
        rules.push(...imageSizeRules(result.images, request.maxImageSizeMb));
    }
    result.conclusion = conclude(rules);
    return result;
}
function newBaseline(deps) {
    return { version: 1, createdAt: deps.now.toISOString(), commit: deps.pullRequest?.head ?? '' };
}
async function judgeCoverage(request, deps, files, result) {
    const { readCoverage } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 549));
    const set = await readCoverage(files);
    const totals = set.totals();
    result.coverage = { set, totals };
    result.nextBaseline.lineCoverage = (0,coverage/* percent */.KN)(totals.lines);
    result.nextBaseline.branchCoverage = (0,coverage/* percent */.KN)(totals.branches);
    const baseline = deps.baseline;
    if (request.minLineCoverage !== undefined) {
        result.rules.push(minimumCoverageRule('min-line-coverage', request.minLineCoverage, totals.lines, baseline?.lineCoverage));
    }
    if (request.minBranchCoverage !== undefined) {
        result.rules.push(minimumCoverageRule('min-branch-coverage', request.minBranchCoverage, totals.branches, baseline?.branchCoverage));
    }
    if (request.maxCoverageDrop !== undefined) {
        result.rules.push(coverageDropRule(request.maxCoverageDrop, totals.lines, baseline?.lineCoverage));
    }
    for (const format of set.withoutLineData) {
        result.notes.push(`${format} reports have no per-line data: their files do not count for patch coverage.`);
    }
    let why;
    if (deps.pullRequest) {
        const [{ pullRequestDiff }, { patchCoverage }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 378).then(__nccwpck_require__.bind(__nccwpck_require__, 3378)),
            __nccwpck_require__.e(/* import() */ 136).then(__nccwpck_require__.bind(__nccwpck_require__, 4136)),
        ]);
        const diff = await pullRequestDiff(deps.exec, deps.cwd, deps.pullRequest, deps.log);
        if (diff.note)
            result.notes.push(`Patch coverage: ${diff.note}.`);
        if (diff.added.size > 0 && ![...set.files.values()].some((f) => f.hasLineData)) {
            why = 'the coverage reports have no per-line data (use lcov, Cobertura, Clover, JaCoCo or Go profiles)';
        }
        else if (!diff.note?.includes('unknown'))
            result.patch = patchCoverage(set, diff.added);
        else
            why = diff.note;
    }
    else
        why = 'not a pull request: no change to measure';
    if (request.minPatchCoverage !== undefined) {
        result.rules.push(patchCoverageRule(request.minPatchCoverage, result.patch?.lines, result.patch ? undefined : why));
    }
}
async function judgeFindings(request, deps, files, vexFiles, result) {
    const [{ readFindings }, { readIgnoreIds }, { readVex, vexFor }, { baselineKeyTable }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 549)),
        __nccwpck_require__.e(/* import() */ 70).then(__nccwpck_require__.bind(__nccwpck_require__, 5070)),
        __nccwpck_require__.e(/* import() */ 144).then(__nccwpck_require__.bind(__nccwpck_require__, 1144)),
        __nccwpck_require__.e(/* import() */ 887).then(__nccwpck_require__.bind(__nccwpck_require__, 1887)),
    ]);
    const ignore = readIgnoreIds(request.ignoreIds, deps.now);
    for (const id of ignore.expired)
        result.notes.push(`The ignore entry for ${id} has expired: it counts again.`);
    const statements = [];
    for (const file of vexFiles)
        statements.push(...(await readVex(file)));
    const baselineKeys = request.newOnly && deps.baseline ? baselineKeyTable(deps.baseline) : undefined;
    if (request.newOnly && !baselineKeys)
        result.notes.push('new-only: no baseline with findings yet, so every finding counts.');
    // The filters are handed to the reading: each finding is judged on its merged state there, and
    // only the counts and the worst findings' details come out (bounded memory).
    const { afterFilters, afterFilterHashes, ...totals } = (await readFindings(files, {
        ignoreIds: ignore.ids,
        ignoreUnfixed: request.ignoreUnfixed,
        vex: { statements, match: (finding) => vexFor(finding, statements) },
        baseline: baselineKeys,
    })).totals();
    result.findings = totals;
    const counts = totals.counts;
    // The baseline keeps every finding the filters let through, so new-only compares like with like.
    result.nextBaseline.vulnerabilities = afterFilters;
    result.nextBaseline.findingHashes = afterFilterHashes;
    const limits = { ...DEFAULT_LIMITS, ...request.maxBySeverity };
    result.rules.push(...vulnerabilityRules(limits, counts, request.newOnly ? undefined : deps.baseline?.vulnerabilities));
}

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts + 2 modules
var runner_inputs = __nccwpck_require__(1590);
;// CONCATENATED MODULE: ./packages/core/src/quality/policy.ts
// The policy file (.github/quality-gate.yml): the same settings as the inputs, grouped by
// section. It is validated when read (unknown keys, wrong types) and every error points at the
// key and its line. Values are handed on as input strings, so the one input layer
// (runner/inputs.ts) parses both, and an input that is set wins over the file.


/** policy key path -> the input it stands for, and the kind of value it takes. */
const KEYS = {
    'coverage.files': { input: 'coverage-files', kind: 'list' },
    'coverage.min-line-coverage': { input: 'min-line-coverage', kind: 'number' },
    'coverage.min-branch-coverage': { input: 'min-branch-coverage', kind: 'number' },
    'coverage.max-coverage-drop': { input: 'max-coverage-drop', kind: 'number' },
    'coverage.min-patch-coverage': { input: 'min-patch-coverage', kind: 'number' },
    'vulnerabilities.files': { input: 'vulnerability-files', kind: 'list' },
    'vulnerabilities.max-critical': { input: 'max-critical', kind: 'number' },
    'vulnerabilities.max-high': { input: 'max-high', kind: 'number' },
    'vulnerabilities.max-medium': { input: 'max-medium', kind: 'number' },
    'vulnerabilities.max-low': { input: 'max-low', kind: 'number' },
    'vulnerabilities.ignore-unfixed': { input: 'ignore-unfixed', kind: 'boolean' },
    'vulnerabilities.ignore-ids': { input: 'ignore-ids', kind: 'list' },
    'vulnerabilities.vex': { input: 'vex', kind: 'list' },
    'vulnerabilities.new-only': { input: 'new-only', kind: 'boolean' },
    'tests.files': { input: 'test-files', kind: 'list' },
    'tests.max-failures': { input: 'max-failures', kind: 'number' },
    'tests.min-tests': { input: 'min-tests', kind: 'number' },
    budgets: { input: 'budgets', kind: 'budgets' },
    metrics: { input: 'metrics', kind: 'metrics' },
    'images.refs': { input: 'images', kind: 'list' },
    'images.max-image-size-mb': { input: 'max-image-size-mb', kind: 'number' },
    'allow-missing': { input: 'allow-missing', kind: 'boolean' },
    'check-name': { input: 'check-name', kind: 'string' },
    report: { input: 'report', kind: 'string' },
    fail: { input: 'fail', kind: 'boolean' },
    baseline: { input: 'baseline', kind: 'string' },
};
const SECTIONS = new Set(['coverage', 'vulnerabilities', 'tests', 'images']);
const DEFAULT_POLICY_PATH = '.github/quality-gate.yml';
/** A policy file that cannot be used: names the file, the key and its line. */
class PolicyError extends cib_error/* CibError */.hi {
    /** `explicit`: the file the policy input named (not the default path). */
    constructor(file, where, problem, explicit) {
        super(`${explicit ? 'Input "policy", policy file' : 'Policy file'} ${(0,cib_error/* cutForMessage */.B_)(file, 300)}${where}: ${problem}`, {
            hint: 'See quality-gate/README.md ("Policy file") for the keys and their types',
        });
        this.name = 'PolicyError';
    }
}
/** Reads the policy at `path`; `explicit` false means the default path, which may be absent. */
async function loadPolicy(path, explicit) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicit)
            throw new PolicyError(path, '', 'the file does not exist', explicit);
        return new Map();
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        // A folder, or a file this user may not read: the input named something that is no policy.
        throw new PolicyError(path, '', `cannot be read (${error.code ?? 'error'})`, explicit);
    }
    const { parseDocument, LineCounter, isMap, isScalar, isSeq } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw new PolicyError(path, `:${lineCounter.linePos(error.pos[0]).line}`, `not valid YAML (${error.message.split('\n')[0]})`, explicit);
    }
    const values = new Map();
    if (document.contents === null)
        return values;
    const lineOf = (node) => node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
    const fail = (node, key, problem) => {
        throw new PolicyError(path, lineOf(node), `${key ? `"${key}" ` : ''}${problem}`, explicit);
    };
    const scalarText = (node, key, kind) => {
        if (!isScalar(node))
            return fail(node, key, `must be a ${kind === 'list' ? 'string or a list' : kind}`);
        const value = node.value;
        if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
            return fail(node, key, `must be a number, not ${JSON.stringify(value)}`);
        }
        if (kind === 'boolean' && typeof value !== 'boolean')
            return fail(node, key, `must be true or false, not ${JSON.stringify(value)}`);
        if (value === null)
            return '';
        // Scalars only (strings, numbers, booleans): JSON's text for the non-strings is the input's.
        return typeof value === 'string' ? value : JSON.stringify(value);
    };
    const setValue = (key, node) => {
        const spec = KEYS[key];
        if (spec.kind === 'list' || spec.kind === 'budgets') {
            const items = isSeq(node)
                ? node.items.map((item) => scalarText(item, key, 'string'))
                : [scalarText(node, key, 'list')];
            values.set(spec.input, items.join('\n'));
        }
        else if (spec.kind === 'metrics') {
            if (!isMap(node))
                return fail(node, key, 'must be a map of name: number');
            const lines = node.items.map((pair) => `${scalarText(pair.key, key, 'string')}=${scalarText(pair.value, key, 'number')}`);
            values.set(spec.input, lines.join('\n'));
        }
        else
            values.set(spec.input, scalarText(node, key, spec.kind));
    };
    const walk = (node, prefix) => {
        if (!isMap(node))
            return fail(node, prefix, `must be a map of keys${prefix ? '' : ' (coverage, vulnerabilities, tests, budgets, ...)'}`);
        for (const pair of node.items) {
            const name = isScalar(pair.key) ? String(pair.key.value) : '';
            const key = prefix ? `${prefix}.${name}` : name;
            if (pair.value === null)
                continue;
            if (!prefix && SECTIONS.has(name))
                walk(pair.value, name);
            else if (KEYS[key])
                setValue(key, pair.value);
            else {
                const known = Object.keys(KEYS)
                    .filter((k) => (prefix ? k.startsWith(`${prefix}.`) : !k.includes('.')))
                    .map((k) => k.slice(prefix ? prefix.length + 1 : 0));
                const expected = prefix ? known : [...SECTIONS, ...known];
                fail(pair.key, key, `is not a policy key: expected one of ${expected.join(', ')}`);
            }
        }
    };
    walk(document.contents, '');
    return values;
}
/** The policy key that sets `input` (coverage.min-line-coverage for min-line-coverage). */
function policyKeyOf(input) {
    return Object.entries(KEYS).find(([, spec]) => spec.input === input)?.[0];
}

;// CONCATENATED MODULE: ./packages/core/src/quality/publish.ts
// Where the verdict goes: a check run on the commit (report: check), a commit status (status),
// or only the job summary (summary). `auto` tries a check run, then a commit status, then falls
// back to the summary alone, saying why: a fork's pull request gets a read-only GITHUB_TOKEN,
// and a personal access token cannot create check runs (both answer 403).

const REPORT_MODES = ['auto', 'check', 'status', 'summary'];
const isForbidden = (error) => error?.status === 403;
const READ_ONLY = 'the token may not write (403: a read-only GITHUB_TOKEN, as on pull requests from forks, or a token without checks: write / statuses: write)';
async function viaCheck(port, verdict) {
    const run = await port.createCheckRun({
        name: verdict.checkName,
        head_sha: verdict.sha,
        status: 'completed',
        conclusion: verdict.conclusion,
        ...(verdict.detailsUrl ? { details_url: verdict.detailsUrl } : {}),
        output: { title: verdict.title, summary: verdict.summary, text: verdict.text, annotations: verdict.annotations },
    });
    return { via: 'check', checkRunId: Number(run.id), url: run.html_url ?? undefined };
}
async function viaStatus(port, verdict) {
    await port.createCommitStatus(verdict.sha, {
        state: verdict.conclusion === 'failure' ? 'failure' : 'success',
        context: verdict.checkName,
        description: verdict.title,
        ...(verdict.detailsUrl ? { target_url: verdict.detailsUrl } : {}),
    });
    return { via: 'status' };
}
/** Publishes `verdict` as `mode` asks; `port` is undefined when there is no token or repository. */
async function publishVerdict(port, mode, verdict, log) {
    if (mode === 'summary')
        return { via: 'summary' };
    if (!port) {
        const reason = 'no GitHub token or repository (outside GitHub Actions, or github-token is empty)';
        if (mode !== 'auto')
            throw new cib_error/* CibError */.hi(`report: ${mode} needs the GitHub API, but there is ${reason}`);
        return { via: 'summary', reason };
    }
    if (mode === 'check' || mode === 'auto') {
        try {
            return await viaCheck(port, verdict);
        }
        catch (error) {
            if (mode === 'check' || !isForbidden(error))
                throw error;
            log.info(`No check run: ${READ_ONLY}; trying a commit status`);
        }
    }
    try {
        const published = await viaStatus(port, verdict);
        return mode === 'auto' ? { ...published, reason: `a check run could not be created: ${READ_ONLY}` } : published;
    }
    catch (error) {
        if (mode === 'status' || !isForbidden(error))
            throw error;
        const reason = `neither a check run nor a commit status could be written: ${READ_ONLY}`;
        log.warning(`Quality gate result only in the job summary: ${reason}`);
        return { via: 'summary', reason };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate-inputs.ts
// quality-gate's inputs, read once into a typed request through the one input layer. The input
// source is the action's inputs with the policy file behind them (policy.ts: inputs win); a bad
// value that came from the policy is reported against the policy key, not an input the user
// never wrote.





function optionalNumber(source, name, options) {
    if (source.raw(name) === '')
        return undefined;
    return (0,runner_inputs/* readNumber */.kz)(source, name, { fallback: 0, min: 0, ...options });
}
function readBaselineMode(source) {
    const value = (0,runner_inputs/* readString */.E3)(source, 'baseline', { fallback: 'cache' });
    if (value === 'cache' || value === 'none')
        return { kind: value };
    return { kind: 'file', path: value };
}
function readAll(source) {
    const percentOption = { max: 100, integer: false, unit: 'percent' };
    const count = { integer: true };
    const maxBySeverity = {};
    for (const severity of ['critical', 'high', 'medium', 'low']) {
        const limit = optionalNumber(source, `max-${severity}`, count);
        if (limit !== undefined)
            maxBySeverity[severity] = limit;
    }
    return {
        request: {
            coverageFiles: (0,runner_inputs/* readLines */.Se)(source, 'coverage-files'),
            minLineCoverage: optionalNumber(source, 'min-line-coverage', percentOption),
            minBranchCoverage: optionalNumber(source, 'min-branch-coverage', percentOption),
            maxCoverageDrop: optionalNumber(source, 'max-coverage-drop', {
                max: 100,
                integer: false,
                unit: 'percentage points',
            }),
            minPatchCoverage: optionalNumber(source, 'min-patch-coverage', percentOption),
            vulnerabilityFiles: (0,runner_inputs/* readLines */.Se)(source, 'vulnerability-files'),
            maxBySeverity,
            ignoreUnfixed: (0,runner_inputs/* readBoolean */.Vf)(source, 'ignore-unfixed', false),
            ignoreIds: (0,runner_inputs/* readLines */.Se)(source, 'ignore-ids'),
            vexFiles: (0,runner_inputs/* readLines */.Se)(source, 'vex'),
            newOnly: (0,runner_inputs/* readBoolean */.Vf)(source, 'new-only', false),
            testFiles: (0,runner_inputs/* readLines */.Se)(source, 'test-files'),
            maxFailures: optionalNumber(source, 'max-failures', count),
            minTests: optionalNumber(source, 'min-tests', count),
            metrics: parseMetrics((0,runner_inputs/* readKeyValues */._Z)(source, 'metrics')),
            budgets: parseBudgets((0,runner_inputs/* readLines */.Se)(source, 'budgets')),
            images: source.raw('images') === '' ? [] : (0,runner_inputs/* readImages */.H)(source, 'images', 'source'),
            maxImageSizeMb: optionalNumber(source, 'max-image-size-mb', { integer: false, unit: 'MB' }),
            allowMissing: (0,runner_inputs/* readBoolean */.Vf)(source, 'allow-missing', false),
        },
        checkName: readCheckName(source),
        report: (0,runner_inputs/* readEnum */.ai)(source, 'report', REPORT_MODES, 'auto'),
        fail: (0,runner_inputs/* readBoolean */.Vf)(source, 'fail', true),
        baseline: readBaselineMode(source),
    };
}
/**
 * Reads every input (`given`: the action's own inputs; `policy`: the policy file's values, by
 * input name).
 * An error in a value the policy supplied names the policy file and key.
 */
function readGateInputs(given, policy, policyFile) {
    const source = {
        raw: (name) => {
            const value = given.raw(name);
            return value !== '' ? value : (policy.get(name) ?? '');
        },
        env: given.env,
    };
    try {
        const inputs = readAll(source);
        if (inputs.request.images.length > 0 && inputs.request.maxImageSizeMb === undefined) {
            throw new input_error/* InputError */.d('max-image-size-mb', '', 'a size in MB when images are given');
        }
        return inputs;
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d && given.raw(error.input) === '' && policy.has(error.input)) {
            const message = error.message.replace(`Input "${error.input}"`, `"${policyKeyOf(error.input)}"`);
            throw new PolicyError(policyFile, '', message, given.raw('policy') !== '');
        }
        throw error;
    }
}
/**
 * The check run's name, which also names the baseline's cache key and the report's file: one line
 * of at most 100 characters (a longer one makes file names the file system refuses).
 */
function readCheckName(source) {
    const name = (0,runner_inputs/* readString */.E3)(source, 'check-name', { fallback: 'quality-gate' });
    if (name.length > 100 || /[\r\n]/.test(name))
        throw new input_error/* InputError */.d('check-name', name, 'one line of at most 100 characters, such as quality-gate');
    return name;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/markdown.ts
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

;// CONCATENATED MODULE: ./packages/core/src/quality/report-markdown.ts
// The gate's report as markdown: one table of rules (threshold, measured, baseline, delta,
// result), then the worst findings: vulnerabilities with package and versions, failed and flaky
// tests with their message, the least covered files and the uncovered added lines. The same text
// serves the job summary, the check run and the `summary` output.


const ICON = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skipped' };
const TITLE = {
    success: '✅ Quality gate passed',
    failure: '❌ Quality gate failed',
    neutral: '➖ Quality gate: nothing configured',
};
const TOP_FINDINGS = 10;
const TOP_TESTS = 20;
const TOP_FILES = 10;
/** 3,4,5,9 -> "3-5, 9" */
function lineRanges(lines) {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1)
            j++;
        parts.push(j > i ? `${lines[i]}-${lines[j]}` : String(lines[i]));
        i = j;
    }
    return parts.join(', ');
}
const firstLine = (text = '') => text.split('\n', 1)[0].slice(0, 200);
/** The one-line headline of the result (check title, status description). */
function headline(result) {
    const failed = result.rules.filter((r) => r.status === 'fail').map((r) => r.rule);
    if (result.conclusion === 'neutral')
        return 'No rule configured';
    return failed.length === 0
        ? `${result.rules.length} rules passed`
        : `${failed.length} of ${result.rules.length} rules failed: ${failed.join(', ')}`;
}
function reportMarkdown(result, checkName) {
    const parts = [`## ${TITLE[result.conclusion]} (${checkName})\n\n`];
    if (result.rules.length > 0) {
        parts.push(table(['Rule', 'Threshold', 'Measured', 'Baseline', 'Delta', 'Result'], result.rules.map((r) => [
            r.rule,
            r.threshold,
            r.measured,
            r.baseline ?? '',
            r.delta ?? '',
            ICON[r.status] + (r.note ? ` (${r.note})` : ''),
        ])), '\n');
    }
    else
        parts.push('No rule is configured: set thresholds as inputs or in the policy file.\n\n');
    parts.push(summaryLine(result));
    if (result.notes.length > 0)
        parts.push(result.notes.map((n) => `> ${n}\n`).join('>\n'), '\n');
    parts.push(findingsSection(result), testsSection(result), coverageSection(result));
    return parts.join('');
}
function summaryLine(result) {
    const items = [];
    if (result.coverage) {
        const { lines, branches } = result.coverage.totals;
        items.push(`lines ${(0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(lines)) || 'n/a'}% (${lines.hit}/${lines.found})`);
        if (branches.found > 0)
            items.push(`branches ${(0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(branches))}% (${branches.hit}/${branches.found})`);
        if (result.patch)
            items.push(`patch ${(0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(result.patch.lines)) || 'n/a'}% (${result.patch.lines.hit}/${result.patch.lines.found})`);
    }
    if (result.findings) {
        const c = result.findings.counts;
        items.push(`vulnerabilities ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.unknown} unknown`);
    }
    if (result.tests) {
        const t = result.tests.counts;
        items.push(`tests ${t.tests}: ${t.failed + t.errors} failed, ${t.skipped} skipped, ${t.flaky} flaky`);
    }
    return items.length > 0 ? `**Measured:** ${items.join(' · ')}\n\n` : '';
}
function findingsSection(result) {
    if (!result.findings)
        return '';
    const { counted, countedTotal, dropped, droppedByReason } = result.findings;
    let text = '';
    if (counted.length > 0) {
        const worst = counted.slice(0, TOP_FINDINGS);
        text += `### Top vulnerabilities (${worst.length} of ${countedTotal})\n\n`;
        text += table(['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Where'], worst.map((f) => [
            f.severity,
            f.id,
            f.pkg,
            f.installed ?? '',
            f.fixed ?? 'no fix yet',
            f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '',
        ]));
        text += '\n';
    }
    const reasons = Object.entries(droppedByReason).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    if (reasons.length > 0) {
        text += `Not counted: ${reasons.map(([reason, n]) => `${n} ${reason}`).join(', ')}.\n\n`;
        const vex = dropped.filter((d) => d.reason.startsWith('VEX')).slice(0, TOP_FINDINGS);
        if (vex.length > 0)
            text += vex.map((d) => `- ${code(d.finding.id)} in ${d.finding.pkg}: ${d.reason}\n`).join('') + '\n';
    }
    return text;
}
function testsSection(result) {
    if (!result.tests)
        return '';
    let text = '';
    const failures = result.tests.failures();
    if (failures.length > 0) {
        text += `### Failed tests (${Math.min(failures.length, TOP_TESTS)} of ${failures.length})\n\n`;
        text += table(['Test', 'Message', 'Where'], failures
            .slice(0, TOP_TESTS)
            .map((t) => [
            [t.classname, t.name].filter(Boolean).join(' › '),
            firstLine(t.message || t.detail) || t.status,
            t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : '',
        ]));
        text += '\n';
    }
    const flaky = result.tests.flaky();
    if (flaky.length > 0) {
        text += `### Flaky tests (${flaky.length}): failed, then passed on a rerun\n\n`;
        text +=
            flaky
                .slice(0, TOP_TESTS)
                .map((t) => `- ${[t.classname, t.name].filter(Boolean).join(' › ')}${t.message ? `: ${firstLine(t.message)}` : ''}\n`)
                .join('') + '\n';
    }
    return text;
}
function coverageSection(result) {
    if (!result.coverage)
        return '';
    let text = '';
    const least = result.coverage.set.leastCovered(TOP_FILES);
    if (least.length > 0) {
        text += `### Least covered files\n\n`;
        text += table(['File', 'Lines', 'Covered'], least.map((f) => [f.path, `${f.lines.hit}/${f.lines.found}`, `${(0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(f.lines))}%`]));
        text += '\n';
    }
    if (result.patch && result.patch.uncovered.length > 0) {
        text += `### Uncovered added lines\n\n`;
        text += table(['File', 'Lines'], result.patch.uncovered.slice(0, TOP_FILES * 2).map((u) => [u.file, lineRanges(u.lines)]));
        text += '\n';
    }
    return text;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate-outputs.ts


/** Annotations beyond this many are left out (each 50 costs a request). */
const MAX_ANNOTATIONS = 500;
function gateOutputs(result, reportJsonPath, summary) {
    const counts = result.findings?.counts;
    const tests = result.tests?.counts;
    return {
        passed: String(result.conclusion !== 'failure'),
        conclusion: result.conclusion,
        coverage: result.coverage ? (0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(result.coverage.totals.lines)) : '',
        'branch-coverage': result.coverage ? (0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(result.coverage.totals.branches)) : '',
        'patch-coverage': result.patch ? (0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(result.patch.lines)) : '',
        vulnerabilities: counts ? JSON.stringify(counts) : '',
        tests: tests ? String(tests.tests) : '',
        failures: tests ? String(tests.failed + tests.errors) : '',
        skipped: tests ? String(tests.skipped) : '',
        flaky: tests ? String(tests.flaky) : '',
        'report-json': reportJsonPath,
        summary,
    };
}
/** The full report: everything the markdown shows, without its cuts. */
function reportJson(result) {
    return {
        conclusion: result.conclusion,
        rules: result.rules,
        notes: result.notes,
        coverage: result.coverage && {
            totals: result.coverage.totals,
            formats: [...result.coverage.set.formats],
            files: [...result.coverage.set.files.values()].map((f) => ({
                path: f.path,
                lines: f.lines(),
                branches: f.branches(),
            })),
        },
        patch: result.patch,
        // Exact counts; the details of the worst KEPT_FINDINGS counted and of as many dropped ones,
        // with how many of each were left out (a million findings are not listed one by one).
        vulnerabilities: result.findings && {
            counts: result.findings.counts,
            counted: result.findings.counted,
            countedOmitted: result.findings.countedTotal - result.findings.counted.length,
            dropped: result.findings.dropped.map((d) => ({ ...d.finding, reason: d.reason })),
            droppedByReason: result.findings.droppedByReason,
            droppedOmitted: result.findings.droppedTotal - result.findings.dropped.length,
        },
        tests: result.tests && {
            counts: result.tests.counts,
            failures: result.tests.failures(),
            flaky: result.tests.flaky(),
        },
        images: result.images,
        baseline: result.nextBaseline,
        comparedWith: result.baseline,
    };
}
function gateAnnotations(result) {
    const annotations = [];
    for (const test of result.tests?.failures() ?? []) {
        if (!test.file)
            continue;
        annotations.push({
            path: test.file,
            startLine: test.line ?? 1,
            endLine: test.line ?? 1,
            level: 'failure',
            title: `${test.status === 'error' ? 'Error in' : 'Failed'}: ${[test.classname, test.name].filter(Boolean).join(' › ')}`.slice(0, 255),
            message: (test.message || test.detail || test.status).slice(0, 4000),
        });
    }
    for (const uncovered of result.patch?.uncovered ?? []) {
        for (const range of lineRanges(uncovered.lines).split(', ')) {
            const [start, end = start] = range.split('-').map(Number);
            annotations.push({
                path: uncovered.file,
                startLine: start,
                endLine: end,
                level: 'warning',
                title: 'Added lines not covered by tests',
                message: `Line${end > start ? `s ${start}-${end} are` : ` ${start} is`} added by this change and not covered.`,
            });
        }
    }
    for (const finding of result.findings?.counted ?? []) {
        // Only the first MAX_ANNOTATIONS are sent: a million findings made a million annotations first.
        if (annotations.length >= MAX_ANNOTATIONS)
            break;
        if (!finding.file)
            continue;
        annotations.push({
            path: finding.file,
            startLine: finding.line ?? 1,
            endLine: finding.line ?? 1,
            level: finding.severity === 'critical' || finding.severity === 'high' ? 'failure' : 'warning',
            title: `${finding.severity} ${finding.id}${finding.kind === 'vulnerability' ? ` in ${finding.pkg}` : ''}`.slice(0, 255),
            message: [
                finding.title,
                finding.installed && `installed ${finding.installed}`,
                finding.fixed && `fixed in ${finding.fixed}`,
            ]
                .filter(Boolean)
                .join('; ') || finding.id,
        });
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}

;// CONCATENATED MODULE: ./packages/core/src/quality/json-writer.ts
// Writes a big JSON value to a file piece by piece: arrays and objects are walked and each leaf
// or small element is serialised on its own, so the report of 20,000 findings never exists as
// one string (JSON.stringify of it cost ~20 MB of peak memory in bench/quality-gate.mjs).
// Compact output, the same value JSON.stringify would give (undefined members left out).

const FLUSH_CHARS = 64 * 1024;
const isChunked = (node) => node !== null && typeof node === 'object' && typeof node.jsonChunks === 'function';
/** Writes `value` as JSON to `path`. */
function writeJsonFile(path, value) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    let pending = '';
    const write = (text) => {
        pending += text;
        if (pending.length >= FLUSH_CHARS) {
            (0,external_node_fs_.writeSync)(fd, pending);
            pending = '';
        }
    };
    const walk = (node) => {
        if (Array.isArray(node)) {
            write('[');
            node.forEach((item, index) => {
                if (index > 0)
                    write(',');
                // As JSON.stringify does: undefined and functions in arrays become null.
                if (item === undefined || typeof item === 'function')
                    write('null');
                else
                    walk(item);
            });
            write(']');
        }
        else if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
            write('{');
            let first = true;
            for (const [key, member] of Object.entries(node)) {
                if (member === undefined || typeof member === 'function')
                    continue;
                write(`${first ? '' : ','}${JSON.stringify(key)}:`);
                first = false;
                walk(member);
            }
            write('}');
        }
        else if (isChunked(node)) {
            for (const chunk of node.jsonChunks())
                write(chunk);
        }
        else if (typeof node === 'string' && node.length > FLUSH_CHARS)
            writeLongString(node);
        else
            write(JSON.stringify(node) ?? 'null');
    };
    // A long string (a baseline's million key hashes are 11 MB of base64) goes out in slices, so
    // neither its escaped copy nor its UTF-8 bytes exist whole. A slice never ends between the two
    // halves of a surrogate pair, which JSON.stringify would escape one by one.
    const writeLongString = (text) => {
        write('"');
        for (let start = 0; start < text.length;) {
            let end = Math.min(start + FLUSH_CHARS, text.length);
            const last = text.charCodeAt(end - 1);
            if (end < text.length && last >= 0xd800 && last <= 0xdbff)
                end--;
            write(JSON.stringify(text.slice(start, end)).slice(1, -1));
            start = end;
        }
        write('"');
    };
    try {
        walk(value);
        write('\n');
        (0,external_node_fs_.writeSync)(fd, pending);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/runner/ci-context.ts
// Where the run comes from: repository, commit, ref, run ids. Read from GitHub's variables
// (and the event payload), else GitLab CI's, so the CLI works in the pipelines cib replaces.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Reads the GitHub event payload; an unreadable one counts as empty. */
function readEventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
function pullRequestFromPayload(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    return { number: pr.number, headSha: pr.head?.sha ?? '', headRef: pr.head?.ref ?? '', baseSha: pr.base?.sha ?? '' };
}
function githubContext(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestFromPayload(readEventPayload(env)) : undefined;
    const refType = pullRequest
        ? 'pull_request'
        : env.GITHUB_REF_TYPE === 'tag' || ref.startsWith('refs/tags/')
            ? 'tag'
            : env.GITHUB_REF_TYPE === 'branch' || ref.startsWith('refs/heads/')
                ? 'branch'
                : '';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        platform: 'github',
        repository,
        repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
        sha: env.GITHUB_SHA ?? '',
        ref,
        refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ''),
        refType,
        eventName,
        pullRequest,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        job: env.GITHUB_JOB ?? '',
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
function gitlabContext(env) {
    const tag = env.CI_COMMIT_TAG ?? '';
    const mrIid = env.CI_MERGE_REQUEST_IID;
    const refName = tag || env.CI_COMMIT_REF_NAME || env.CI_COMMIT_BRANCH || '';
    const pullRequest = mrIid
        ? {
            number: Number(mrIid),
            headSha: env.CI_COMMIT_SHA ?? '',
            headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
            baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? '',
        }
        : undefined;
    return {
        platform: 'gitlab',
        repository: env.CI_PROJECT_PATH ?? '',
        repositoryUrl: env.CI_PROJECT_URL ?? '',
        sha: env.CI_COMMIT_SHA ?? '',
        ref: tag
            ? `refs/tags/${tag}`
            : mrIid
                ? `refs/merge-requests/${mrIid}/head`
                : refName
                    ? `refs/heads/${refName}`
                    : '',
        refName,
        refType: tag ? 'tag' : mrIid ? 'pull_request' : refName ? 'branch' : '',
        eventName: env.CI_PIPELINE_SOURCE ?? '',
        pullRequest,
        runId: env.CI_PIPELINE_ID ?? '',
        runAttempt: '1',
        job: env.CI_JOB_ID ?? '',
        runUrl: env.CI_PIPELINE_URL ||
            (env.CI_PROJECT_URL && env.CI_PIPELINE_ID ? `${env.CI_PROJECT_URL}/-/pipelines/${env.CI_PIPELINE_ID}` : ''),
        workspace: env.CI_PROJECT_DIR || process.cwd(),
    };
}
/** The CI context from the environment: GitHub's variables first, then GitLab's, else local. */
function readCiContext(env) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA || env.GITHUB_REPOSITORY)
        return githubContext(env);
    if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA || env.CI_PIPELINE_ID)
        return gitlabContext(env);
    return { ...gitlabContext({}), platform: 'local', eventName: 'local' };
}
/**
 * The commit a build is for: the PR head on pull_request events (GITHUB_SHA is then a merge
 * commit nobody pushed), otherwise the run's SHA.
 */
function headCommit(context) {
    return context.pullRequest?.headSha || context.sha;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/outputs.ts
/** Writes every output of `record`, in its order. */
function writeOutputs(rt, _action, record) {
    for (const [name, value] of Object.entries(record)) {
        if (value !== undefined)
            rt.setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./actions/quality-gate/run.ts
// quality-gate: one verdict from coverage, vulnerability, test and budget reports
// (packages/core/src/quality/), reported as a check run on the commit, a commit status, or the
// job summary. This file wires inputs, the policy file, git, the registry, the baseline and the
// GitHub API in, and writes the outputs, the summary and the report file.














async function baselineStore(inputs, ci, rt) {
    if (inputs.baseline.kind === 'none')
        return baseline/* noBaselineStore */.WF;
    if (inputs.baseline.kind === 'file')
        return (0,baseline/* fileBaselineStore */.xC)((0,external_node_path_.resolve)(ci.workspace, inputs.baseline.path));
    const { cacheBaselineStore } = await __nccwpck_require__.e(/* import() */ 803).then(__nccwpck_require__.bind(__nccwpck_require__, 1803));
    return cacheBaselineStore({
        repository: ci.repository || 'local',
        checkName: inputs.checkName,
        runId: `${ci.runId}-${ci.runAttempt}`,
        log: rt.log,
        env: rt.env,
    });
}
/** git, for patch coverage: the exec seam (and node:child_process) is loaded on its first use. */
const lazyExec = async (command, args, options) => (await __nccwpck_require__.e(/* import() */ 534).then(__nccwpck_require__.bind(__nccwpck_require__, 8534))).execProcess(command, args, options);
/** The GitHub client, loaded only when there is a token and a repository to report to. */
async function githubPort(rt, ci, token) {
    if (ci.platform !== 'github' || !token || !ci.repository)
        return undefined;
    const [{ createGithubClient }, { GithubRepository }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 666).then(__nccwpck_require__.bind(__nccwpck_require__, 8666)),
        __nccwpck_require__.e(/* import() */ 15).then(__nccwpck_require__.bind(__nccwpck_require__, 3015)),
    ]);
    return new GithubRepository(createGithubClient(rt, token), ci.repository);
}
/** The registry client, loaded only when image sizes are asked for. */
async function registryReader(rt) {
    const { createRegistryClient } = await __nccwpck_require__.e(/* import() */ 823).then(__nccwpck_require__.bind(__nccwpck_require__, 2823));
    return createRegistryClient(rt, { username: '', password: '', insecureHosts: [] }, '');
}
/** Annotations need repository-relative paths; absolute ones outside the workspace are dropped. */
function inWorkspace(path, workspace) {
    if (!(0,external_node_path_.isAbsolute)(path))
        return path.replace(/^\.\//, '');
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel;
}
function verdictOf(result, inputs, ci, summary) {
    return {
        checkName: inputs.checkName,
        sha: headCommit(ci),
        conclusion: result.conclusion,
        title: headline(result),
        summary,
        detailsUrl: ci.runUrl || undefined,
        annotations: gateAnnotations(result).flatMap((a) => {
            const path = inWorkspace(a.path, ci.workspace);
            return path
                ? [
                    {
                        path,
                        start_line: a.startLine,
                        end_line: a.endLine,
                        annotation_level: a.level,
                        title: a.title,
                        message: a.message,
                    },
                ]
                : [];
        }),
    };
}
/**
 * A gate that could not run (a bad input, policy or report) still reports a failure, so it never
 * shows as missing or green. Reads only what reporting needs, without failing on it.
 */
async function reportError(rt, inputs, token, ci, error) {
    const checkName = inputs.raw('check-name') || 'quality-gate';
    const asked = inputs.raw('report');
    const mode = REPORT_MODES.includes(asked) ? asked : 'auto';
    const summary = `## ❌ Quality gate could not run (${checkName})\n\n${(0,cib_error/* errorMessage */.gJ)(error)}\n`;
    rt.appendSummary(summary);
    const verdict = {
        checkName,
        sha: headCommit(ci),
        conclusion: 'failure',
        title: 'The gate could not run',
        summary,
        annotations: [],
    };
    const port = await githubPort(rt, ci, token);
    await publishVerdict(port, mode, verdict, rt.log).catch((e) => rt.log.warning(`Could not report the error: ${(0,cib_error/* errorMessage */.gJ)(e)}`));
}
async function run(rt) {
    const given = (0,runner_inputs/* actionInputs */.eh)(rt, 'quality-gate');
    // Masked before anything can print it, input errors included.
    const token = (0,runner_inputs/* readToken */.AI)(given, 'github-token', (secret) => rt.setSecret(secret));
    const ci = readCiContext(rt.env);
    let inputs;
    // Made on first use: a gate with nothing to compare never loads the cache client.
    let store;
    const baselineStoreOnce = () => (store ??= baselineStore(inputs, ci, rt));
    let result;
    try {
        const policyInput = (0,runner_inputs/* readString */.E3)(given, 'policy');
        const policyFile = (0,external_node_path_.resolve)(ci.workspace, policyInput || DEFAULT_POLICY_PATH);
        inputs = readGateInputs(given, await loadPolicy(policyFile, policyInput !== ''), policyFile);
        const pr = ci.pullRequest?.baseSha && ci.pullRequest.headSha
            ? { base: ci.pullRequest.baseSha, head: ci.pullRequest.headSha }
            : undefined;
        const { request } = inputs;
        const judged = request.coverageFiles.length + request.vulnerabilityFiles.length + request.testFiles.length;
        // Nothing a baseline could be compared with: do not fetch one.
        const baseline = judged + request.budgets.length > 0 ? await (await baselineStoreOnce()).load() : undefined;
        const registry = request.images.length > 0 ? await registryReader(rt) : undefined;
        result = await rt.log.group('Reading reports', () => runGate(request, {
            cwd: ci.workspace,
            exec: lazyExec,
            log: rt.log,
            now: rt.now(),
            registry,
            pullRequest: pr,
            baseline,
        }));
    }
    catch (error) {
        if (error instanceof cib_error/* CibError */.hi)
            await reportError(rt, given, token, ci, error);
        throw error;
    }
    const port = await githubPort(rt, ci, token);
    const summary = reportMarkdown(result, inputs.checkName);
    const reportPath = (0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `${inputs.checkName.replace(/[^\w.-]/g, '_')}-report.json`);
    writeJsonFile(reportPath, reportJson(result));
    const published = await publishVerdict(port, inputs.report, verdictOf(result, inputs, ci, summary), rt.log);
    const where = published.reason ? `\n> Reported in the job summary only: ${published.reason}.\n` : '';
    rt.appendSummary(summary + where);
    writeOutputs(rt, 'quality-gate', gateOutputs(result, reportPath, summary));
    const defaultBranch = readEventPayload(rt.env).repository
        ?.default_branch;
    if (inputs.baseline.kind === 'cache' &&
        ci.eventName === 'push' &&
        ci.refType === 'branch' &&
        ci.refName === defaultBranch) {
        await baselineStoreOnce()
            .then((baselines) => baselines.save(result.nextBaseline))
            .catch((e) => rt.log.warning(`Baseline not saved: ${(0,cib_error/* errorMessage */.gJ)(e)}`));
    }
    rt.log.info(`Quality gate: ${result.conclusion} (${headline(result)}), reported via ${published.via}`);
    if (result.conclusion === 'failure' && inputs.fail)
        throw new cib_error/* CibError */.hi(`Quality gate failed: ${headline(result)}`);
}

;// CONCATENATED MODULE: ./actions/quality-gate/main.ts


void runMain('quality-gate', run);

