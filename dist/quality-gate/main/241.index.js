export const id = 241;
export const ids = [241];
export const modules = {

/***/ 6844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ selectJson)
});

// EXTERNAL MODULE: ./packages/core/src/runtime-memory/gc-nudge.ts
var gc_nudge = __webpack_require__(3880);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/quality/file-chunks.ts
// Reads a file as a sequence of chunks that all share one buffer, for report readers that are
// done with a chunk before they ask for the next (the JSON parser copies what it keeps). Node's
// read stream allocates a new buffer for every chunk (ReadStream._read: Buffer.allocUnsafeSlow),
// outside V8's heap; parsing a chunk allocates so much that V8 scavenges about twice meanwhile
// (--trace-gc: 6,171 scavenges for 2,922 chunks), so every chunk is promoted to the old generation
// and its 64 KB stay until a full collection. Reading a million SARIF results (191 MB) held 60-70
// MB of spent chunks before each full collection: the selection alone, every value discarded,
// peaked at 126-129 MB RSS through a read stream and at 63 MB through one reused buffer (Trivy
// JSON alike).

/**
 * Yields `file`'s content in order, `size` bytes at a time (the last chunk shorter). Each chunk
 * is a view of the same buffer: it is overwritten by the next read, so use or copy it before
 * asking for the next.
 */
async function* fileChunks(file, size) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafeSlow(size);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, size, null);
            if (bytesRead === 0)
                return;
            yield bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./packages/core/src/quality/report-error.ts
var report_error = __webpack_require__(1870);
// EXTERNAL MODULE: ./packages/core/src/quality/line-stream.ts
var line_stream = __webpack_require__(1894);
;// CONCATENATED MODULE: ./packages/core/src/quality/json-select.ts
// Streams a JSON report through @streamparser/json and hands over only the values at chosen paths
// (a Trivy vulnerability, a Grype match, a SARIF result), so memory holds one such value at a
// time, never the report: JSON.parse on a 100 MB Trivy report needs several times that. The
// parser builds every value as it passes and drops it once complete (keepStack: false), so a
// selected value must be a whole entry, not fields of one, or the rest of the entry would stay.
// Measured against the hand-written reader it replaced, the whole action on bench/quality-gate's
// 100 MB Trivy report, runs alternating on a shared machine: peak RSS 85-88 MB before, 86-87 MB
// after; CPU time 1.9 s before, 2.1 s after (1.1x; the same on a 135 MB indented copy). The
// file is read into one reused buffer (file-chunks.ts): through a read stream, spent chunks held
// 60-70 MB more at a million SARIF results. The library is loaded only when a JSON report is read.




/**
 * Strings are gathered in a buffer of this size rather than by concatenating pieces: without it
 * the parser's piecewise strings took the parse of a 100 MB Trivy report from 68 to 127 MB RSS.
 */
const STRING_BUFFER_BYTES = 64 * 1024;
/**
 * Reads `file`, calling `onValue` with every value at one of `paths` (JSONPath as the library
 * takes it: `$.Results.*.Vulnerabilities.*`, `*` for any key or index) and the value's path.
 */
async function selectJson(file, paths, onValue) {
    const [{ JSONParser, TokenizerError, TokenParserError }, nudge] = await Promise.all([
        __webpack_require__.e(/* import() */ 899).then(__webpack_require__.bind(__webpack_require__, 8899)),
        (0,gc_nudge/* reportGcNudge */.Eh)(),
    ]);
    const parser = new JSONParser({ paths: [...paths], keepStack: false, stringBufferSize: STRING_BUFFER_BYTES });
    parser.onValue = ({ value, key, stack }) => {
        const path = [];
        // stack[0] is the root, which has no key.
        for (let i = 1; i < stack.length; i++)
            path.push(stack[i].key);
        if (key !== undefined)
            path.push(key);
        onValue(value, path);
    };
    try {
        for await (const chunk of fileChunks(file, line_stream/* STREAM_CHUNK_BYTES */.V9)) {
            // The parser copies what it keeps (its string buffer, a character cut by the chunk's end),
            // so the buffer can take the next read.
            parser.write(chunk);
            // The values built from the chunk are garbage now (gc-nudge.ts).
            nudge.passedBytes(chunk.length);
        }
        if (!parser.isEnded)
            parser.end();
    }
    catch (error) {
        // The parser's own errors are the report's fault; a reader's (thrown from onValue) pass on.
        // The parser reports a document cut short with a plain Error, known by its words.
        if (error instanceof Error && CUT_SHORT.test(error.message)) {
            throw new report_error/* ReportError */.$(file, 'malformed JSON: the file ends inside the document (cut short?)');
        }
        if (error instanceof TokenizerError || error instanceof TokenParserError) {
            throw new report_error/* ReportError */.$(file, `malformed JSON: ${error.message}`);
        }
        throw error;
    }
}
const CUT_SHORT = /^(Parser ended in mid-parsing|Tokenizer ended in the middle of a token)/;


/***/ }),

/***/ 1894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ STREAM_CHUNK_BYTES),
/* harmony export */   aI: () => (/* binding */ parseUint),
/* harmony export */   f: () => (/* binding */ visitLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_memory_gc_nudge__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3880);
// Reads a text file as lines of bytes without holding more than one chunk: the lcov and Go
// profile readers get the chunk and each line's bounds and decode only what they keep (a path, a
// function name), so a 100 MB report allocates no string per line (the hot path of the lcov
// benchmark) and memory does not grow with the file. A line cut by a chunk boundary is joined
// from its two pieces alone, never by copying the whole chunk.


/**
 * Read size of every report stream. Small on purpose: V8 puts strings over ~128 KB straight into
 * the old generation (large objects), where a 1 MB chunk a millisecond piles up until a full
 * collection; 64 KB chunks die young and peak memory stays flat (bench/quality-gate.mjs).
 */
const STREAM_CHUNK_BYTES = 64 * 1024;
const NEWLINE = 10;
const CR = 13;
/** Visits every line of `file` in order; resolves when the file is read. */
async function visitLines(file, onLine) {
    // Each chunk is garbage once its lines are visited (gc-nudge.ts).
    const nudge = await (0,_runtime_memory_gc_nudge__WEBPACK_IMPORTED_MODULE_1__/* .reportGcNudge */ .Eh)();
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: STREAM_CHUNK_BYTES });
    let carry;
    let lineNumber = 0;
    const emit = (bytes, start, newline) => {
        const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
        onLine(bytes, start, end, ++lineNumber);
    };
    for await (const chunk of stream) {
        nudge.passedBytes(chunk.length);
        let start = 0;
        let newline = chunk.indexOf(NEWLINE);
        if (carry) {
            if (newline === -1) {
                carry = Buffer.concat([carry, chunk]);
                continue;
            }
            const joined = Buffer.concat([carry, chunk.subarray(0, newline)]);
            emit(joined, 0, joined.length);
            carry = undefined;
            start = newline + 1;
            newline = chunk.indexOf(NEWLINE, start);
        }
        while (newline !== -1) {
            emit(chunk, start, newline);
            start = newline + 1;
            newline = chunk.indexOf(NEWLINE, start);
        }
        // A copy: the stream may reuse the chunk's memory.
        if (start < chunk.length)
            carry = Buffer.from(chunk.subarray(start));
    }
    if (carry && carry.length > 0)
        emit(carry, 0, carry.length);
}
/** Parses a non-negative integer from ASCII `bytes[start, end)` without allocating; NaN if not digits. */
function parseUint(bytes, start, end) {
    if (start >= end)
        return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = bytes[i] - 48;
        if (digit < 0 || digit > 9)
            return Number.NaN;
        value = value * 10 + digit;
    }
    return value;
}


/***/ }),

/***/ 9241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactPath: () => (/* binding */ artifactPath),
/* harmony export */   readSarif: () => (/* binding */ readSarif),
/* harmony export */   severityFromScore: () => (/* binding */ severityFromScore)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_select__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6844);
// Reads SARIF 2.1.0 (CodeQL, Trivy/Grype --format sarif, ESLint's SARIF formatter, ...). A
// result's severity comes from its rule's `security-severity` property, joined by ruleIndex or
// ruleId, in GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low. A
// result without one counts by its level (or the rule's default level, or SARIF's default
// "warning"): error -> high, warning -> medium, note -> low. Not findings: level "none", kinds
// other than "fail" (pass, notApplicable, informational, review, open), results with a non-empty
// `suppressions` array, and tool notifications (invocations[]), which are never results.
// Locations are artifact URIs: `file:` URIs (ESLint's formatter writes absolute ones) become
// paths, relative ones are percent-decoded, so annotations can name the file in the repository.


/** GitHub's bands for a security-severity score; undefined when it is not a number. */
function severityFromScore(score) {
    const value = typeof score === 'number' ? score : typeof score === 'string' && score.trim() !== '' ? Number(score) : NaN;
    if (!Number.isFinite(value))
        return undefined;
    if (value >= 9)
        return 'critical';
    if (value >= 7)
        return 'high';
    if (value >= 4)
        return 'medium';
    return 'low';
}
const LEVELS = { error: 'high', warning: 'medium', note: 'low' };
/** The path an artifact URI names: a `file:` URI's path, a relative URI percent-decoded. */
function artifactPath(uri) {
    try {
        return /^file:/i.test(uri) ? (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(uri) : decodeURIComponent(uri);
    }
    catch {
        // A file URI with a host or a stray '%': keep what the report says rather than guess.
        return uri;
    }
}
/** Adds every counted result of the SARIF report `path` to `findings`. */
async function readSarif(path, findings) {
    findings.reports.push(path);
    // Rules and results of the run being read. The tool section (one key of the run, so its rules
    // arrive together) usually comes before the results: then each result is joined as it arrives.
    // Results that come before any rule (SARIF allows any key order) wait until the run is over (a
    // value of the next run arrives, or the file ends). Holding every result of a run until then
    // cost about 1 KB per result: 860 MB for a million.
    let run;
    let rules = new RunRules();
    let early = [];
    const add = (result) => {
        const finding = toFinding(result, rules, path);
        if (finding)
            findings.add(finding);
    };
    const endRun = () => {
        for (const result of early)
            add(result);
        rules = new RunRules();
        early = [];
    };
    await (0,_json_select__WEBPACK_IMPORTED_MODULE_1__/* .selectJson */ .P)(path, [
        '$.runs.*.tool.driver.rules.*',
        '$.runs.*.results.*',
        // CodeQL keeps query rules in extensions (packs); those are joined by ruleId.
        '$.runs.*.tool.extensions.*.rules.*',
    ], (value, jsonPath) => {
        if (jsonPath[1] !== run) {
            endRun();
            run = jsonPath[1];
        }
        if (jsonPath[2] === 'results') {
            const result = value;
            if (result.suppressions && result.suppressions.length > 0)
                return;
            if (result.kind !== undefined && result.kind !== 'fail')
                return;
            if (rules.seen)
                add(result);
            else
                early.push(result);
        }
        else if (jsonPath[4] === 'rules')
            rules.driver.push(value);
        else
            rules.extensions.push(value);
    });
    endRun();
}
/** One run's rules: the driver's by index, and by id (driver first, then extensions). */
class RunRules {
    driver = [];
    extensions = [];
    byId;
    /** Whether any rule came: the tool section is then read whole (no rule can follow a result). */
    get seen() {
        return this.driver.length > 0 || this.extensions.length > 0;
    }
    find(id) {
        if (!this.byId) {
            this.byId = new Map();
            for (const rule of [...this.driver, ...this.extensions])
                if (rule.id !== undefined && !this.byId.has(rule.id))
                    this.byId.set(rule.id, rule);
        }
        return this.byId.get(id);
    }
}
function toFinding(result, rules, report) {
    const index = result.ruleIndex ?? result.rule?.index;
    const id = result.ruleId ?? result.rule?.id ?? (index !== undefined ? rules.driver[index]?.id : undefined) ?? '';
    const rule = (result.rule === undefined && index !== undefined ? rules.driver[index] : undefined) ?? rules.find(id);
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    if (level === 'none')
        return undefined;
    const severity = severityFromScore(rule?.properties?.['security-severity']) ?? LEVELS[level] ?? 'unknown';
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri;
    const file = uri === undefined ? undefined : artifactPath(uri);
    const line = location?.region?.startLine;
    return {
        id,
        // A SARIF result has no package: its place is what tells two results of one rule apart.
        pkg: file === undefined ? '' : line === undefined ? file : `${file}:${line}`,
        severity,
        title: rule?.shortDescription?.text ?? result.message?.text?.split('\n')[0].slice(0, 200),
        file,
        line,
        kind: 'rule',
        source: 'sarif',
        report,
    };
}


/***/ }),

/***/ 3880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ reportGcNudge),
/* harmony export */   UQ: () => (/* binding */ GcNudge),
/* harmony export */   VC: () => (/* binding */ prepareGcNudge)
/* harmony export */ });
/* unused harmony exports NUDGE_EVERY_BYTES, REPORT_FULL_EVERY */
// Keeps V8's young generation small while a stream runs: the "GC nudge" shared by the registry
// blob copy and the quality report readers. Streams that hand on buffers or cut strings and
// objects from chunks make garbage V8 sees only by small wrappers (a Buffer's memory lives outside
// the heap) or that it lets pile up: it collects the young generation when it is full, and grows
// it (up to 16 MB a semi-space, 48 MB committed) while anything survives. Both cost RSS a
// small-heap process never needs. A minor collection of a heap this small takes about a
// millisecond, so one every few MB is cheap (bench/promotion.mjs for the copy,
// bench/quality-gate.mjs for the reports).
/** Bytes passed between two young-generation collections. */
const NUDGE_EVERY_BYTES = 4 * 1024 * 1024;
let collect;
let preparing;
let capped = false;
/**
 * Reaches V8's `gc` the documented way (`--expose-gc`, then a new context's global). Loaded when
 * a stream starts, not when an action starts: node:v8 and node:vm cost start-up time an action
 * that fails on its inputs should not pay. Without it (a runtime that refuses), no nudges.
 */
async function prepareGcNudge(options = {}) {
    preparing ??= Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 714, 23))]).then(([v8, vm]) => {
        v8.setFlagsFromString('--expose-gc');
        collect = vm.runInNewContext('gc');
    }, () => undefined);
    await preparing;
    if (options.capYoungGeneration && !capped) {
        capped = true;
        // V8 reads the growth factor each time it would grow the young generation; 1 keeps its size.
        const v8 = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23)).catch(() => undefined);
        v8?.setFlagsFromString('--semi-space-growth-factor=1');
    }
}
/**
 * Every how many nudges the report readers ask for a full collection (every 64 MB). Their
 * survivors (a chunk's last objects, kept failures) reach the old generation, which V8 lets grow
 * by what piled up before it marks: a 1 GB JUnit report peaked at 88-97 MB, 84 MB with this. A
 * full collection of their small heap takes a few milliseconds.
 */
const REPORT_FULL_EVERY = 16;
/** Counts the bytes (or characters) one stream has passed and nudges every `every` of them. */
class GcNudge {
    every;
    fullEvery;
    collectNow;
    passed = 0;
    nudges = 0;
    /**
     * `fullEvery`: make every n-th nudge a full collection (0: minor ones only). `collectNow`: V8's
     * gc once prepared; a test gives its own to see which collections were asked for, since V8 may
     * run a requested minor collection as a full one.
     */
    constructor(every = NUDGE_EVERY_BYTES, fullEvery = 0, collectNow = (options) => collect?.(options)) {
        this.every = every;
        this.fullEvery = fullEvery;
        this.collectNow = collectNow;
    }
    /** Records `bytes` more passed; asks for a collection when `every` have piled up. */
    passedBytes(bytes) {
        this.passed += bytes;
        if (this.passed < this.every)
            return;
        this.passed = 0;
        this.nudges++;
        this.collectNow({ type: this.fullEvery > 0 && this.nudges % this.fullEvery === 0 ? 'major' : 'minor' });
    }
}
/** The nudge a report reader runs with: prepared with the young generation capped, a full collection every 64 MB. */
async function reportGcNudge() {
    await prepareGcNudge({ capYoungGeneration: true });
    return new GcNudge(NUDGE_EVERY_BYTES, REPORT_FULL_EVERY);
}


/***/ })

};
