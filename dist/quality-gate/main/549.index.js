export const id = 549;
export const ids = [549,887];
export const modules = {

/***/ 1887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeyHashes: () => (/* binding */ KeyHashes),
/* harmony export */   KeyTable: () => (/* binding */ KeyTable),
/* harmony export */   baselineKeyTable: () => (/* binding */ baselineKeyTable),
/* harmony export */   decodeKeyHashes: () => (/* binding */ decodeKeyHashes),
/* harmony export */   encodeKeyHashes: () => (/* binding */ encodeKeyHashes),
/* harmony export */   keyHash: () => (/* binding */ keyHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Finding keys (id and package) kept as fixed-size hashes, so de-duplicating a million distinct
// findings, or comparing them with a million-key baseline, costs about 10 bytes a key instead of
// the ~500 bytes a Map of strings and finding objects did (554-602 MB of peak RSS at a million).
// A key's hash is the first 8 bytes of the SHA-1 of `id NUL pkg` in UTF-8: anyone can recompute
// it, and it must never change, because baselines store it (findingHashes in baseline.ts).
// Two distinct keys share a hash with probability about n^2 / 2^65: 3e-8 for a million keys, 3e-6
// for ten million; a collision would merge two findings into one count.

/** The two 32-bit halves of a key's hash; never both 0 (that marks an empty slot). */
function keyHash(key) {
    // As hex, not a Buffer: a string lives in V8's young generation, a million Buffers' memory in
    // malloc, which kept ~10 MB more RSS at a million keys.
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha1', key, 'hex');
    const high = parseInt(digest.slice(0, 8), 16);
    const low = parseInt(digest.slice(8, 16), 16);
    return high === 0 && low === 0 ? [0, 1] : [high, low];
}
const MIN_CAPACITY = 1024;
/**
 * An open-addressing hash set of 64-bit key hashes in typed arrays (linear probing; at most 85%
 * full, grown by a quarter: 9-11 bytes a key, where doubling at half full cost 18-36 and held
 * three times a table's size while growing), with one byte of state per key for its owner (FindingSet keeps severity and filter bits
 * there) and, when asked for, one 32-bit number more (the VEX statement that drops it).
 */
class KeyTable {
    high;
    low;
    /** Replaced, and the old array emptied, when the table grows: take it after an insert. */
    state;
    /** Replaced like `state`. */
    extra;
    count = 0;
    constructor(withExtra = false, capacity = MIN_CAPACITY) {
        const size = Math.max(MIN_CAPACITY, Math.ceil(capacity / 0.7));
        this.high = new Uint32Array(size);
        this.low = new Uint32Array(size);
        this.state = new Uint8Array(size);
        this.extra = withExtra ? new Uint32Array(size) : undefined;
    }
    get size() {
        return this.count;
    }
    /** The slot holding `hash`, or -1. */
    find([high, low]) {
        const size = this.high.length;
        for (let slot = this.home(low);; slot = slot + 1 === size ? 0 : slot + 1) {
            if (this.high[slot] === 0 && this.low[slot] === 0)
                return -1;
            if (this.high[slot] === high && this.low[slot] === low)
                return slot;
        }
    }
    /** The first slot to try: the low half scaled onto the table (any size, not only powers of 2). */
    home(low) {
        const slot = Math.floor((low / 4294967296) * this.high.length);
        return slot < this.high.length ? slot : 0;
    }
    has(hash) {
        return this.find(hash) >= 0;
    }
    /** The slot of `hash`, added (state 0) when new; `added` tells which. */
    insert(hash) {
        const found = this.find(hash);
        if (found >= 0)
            return { slot: found, added: false };
        if (this.count + 1 > this.high.length * 0.85)
            this.grow();
        this.count++;
        return { slot: this.place(hash[0], hash[1]), added: true };
    }
    /** Calls `visit` with every key's slot. */
    forEach(visit) {
        for (let slot = 0; slot < this.high.length; slot++)
            if (this.high[slot] !== 0 || this.low[slot] !== 0)
                visit(slot, this.high[slot], this.low[slot]);
    }
    place(high, low) {
        const size = this.high.length;
        let slot = this.home(low);
        while (this.high[slot] !== 0 || this.low[slot] !== 0)
            slot = slot + 1 === size ? 0 : slot + 1;
        this.high[slot] = high;
        this.low[slot] = low;
        return slot;
    }
    grow() {
        const { high, low, state, extra } = this;
        const size = Math.ceil(high.length * 1.25);
        this.high = new Uint32Array(size);
        this.low = new Uint32Array(size);
        this.state = new Uint8Array(size);
        this.extra = extra && new Uint32Array(size);
        for (let old = 0; old < high.length; old++) {
            if (high[old] === 0 && low[old] === 0)
                continue;
            const slot = this.place(high[old], low[old]);
            this.state[slot] = state[old];
            if (extra)
                this.extra[slot] = extra[old];
        }
        // Growing by a quarter leaves up to four times the table in old arrays, outside V8's heap,
        // until its next full collection: a million SARIF results peaked at 102-107 MB RSS so, 94-98
        // MB with the old arrays freed here.
        for (const array of [high, low, state, extra])
            if (array)
                release(array);
    }
}
/**
 * Frees a typed array's memory now, leaving it empty: ArrayBuffer's transfer (ES2024, Node 21 and
 * later) detaches the old buffer. Where it is missing (Node 20) the next full collection frees it.
 */
function release(array) {
    array.buffer.transfer?.(0);
}
/**
 * Key hashes as a baseline keeps them: 8 bytes each (big-endian), in JSON one base64 string.
 * report-json's writer takes it in slices (jsonChunks), so a million keys never become one 11 MB
 * string there; JSON.stringify (the baseline file) calls toJSON.
 */
class KeyHashes {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get count() {
        return this.bytes.length / 8;
    }
    toJSON() {
        return this.bytes.toString('base64');
    }
    /** The JSON string in pieces: 48 KiB of bytes (a multiple of 3: no padding inside) each. */
    *jsonChunks() {
        yield '"';
        for (let start = 0; start < this.bytes.length; start += 48 * 1024)
            yield this.bytes.toString('base64', start, Math.min(start + 48 * 1024, this.bytes.length));
        yield '"';
    }
}
/** The hashes of `table`'s keys that `include` accepts. */
function encodeKeyHashes(table, include) {
    let count = 0;
    table.forEach((slot) => {
        if (include(slot))
            count++;
    });
    // Sized once: doubling a buffer of a million keys held 24 MB at the last copy.
    const bytes = Buffer.allocUnsafe(8 * count);
    let length = 0;
    table.forEach((slot, high, low) => {
        if (!include(slot))
            return;
        bytes.writeUInt32BE(high, length);
        bytes.writeUInt32BE(low, length + 4);
        length += 8;
    });
    return new KeyHashes(bytes);
}
/** A table of the hashes a baseline kept (KeyHashes or its base64); undefined when malformed. */
function decodeKeyHashes(hashes) {
    const bytes = typeof hashes === 'string' ? Buffer.from(hashes, 'base64') : hashes.bytes;
    if (bytes.length % 8 !== 0)
        return undefined;
    const table = new KeyTable(false, bytes.length / 8);
    for (let offset = 0; offset < bytes.length; offset += 8) {
        const high = bytes.readUInt32BE(offset);
        const low = bytes.readUInt32BE(offset + 4);
        table.insert(high === 0 && low === 0 ? [0, 1] : [high, low]);
    }
    return table;
}
/** The baseline's finding keys as a hash table; undefined when it has none. */
function baselineKeyTable(baseline) {
    if (baseline.findingHashes !== undefined) {
        const table = decodeKeyHashes(baseline.findingHashes);
        if (table)
            return table;
    }
    if (!Array.isArray(baseline.findings))
        return undefined;
    const table = new KeyTable(false, baseline.findings.length);
    for (const key of baseline.findings)
        if (typeof key === 'string')
            table.insert(keyHash(key));
    return table;
}


/***/ }),

/***/ 549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCoverage: () => (/* binding */ readCoverage),
  readFindings: () => (/* binding */ readFindings),
  readTests: () => (/* binding */ readTests)
});

// EXTERNAL MODULE: ./packages/core/src/quality/coverage.ts
var coverage = __webpack_require__(8313);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/quality/report-error.ts
var report_error = __webpack_require__(1870);
;// CONCATENATED MODULE: ./packages/core/src/quality/report-format.ts
// Recognises a report's format from its first bytes, so users list files without naming formats:
// XML by its root element, JSON by its first key, lcov and Go profiles by their first line.


const HEAD_BYTES = 64 * 1024;
async function readHead(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        await handle.close();
    }
}
/** The root element's name and its opening tag, skipping the prolog, comments and DOCTYPE. */
function xmlRoot(head) {
    const pattern = /<([A-Za-z_][\w.:-]*)([^>]*)>/g;
    const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, '');
    const match = pattern.exec(withoutProlog);
    return match ? { name: match[1], tag: match[0] } : undefined;
}
function xmlFormat(head) {
    const root = xmlRoot(head);
    if (!root)
        return undefined;
    switch (root.name) {
        case 'testsuites':
        case 'testsuite':
            return 'junit';
        case 'report':
            return 'jacoco';
        case 'coverage':
            // Both Cobertura and Clover use <coverage>: Clover's has a clover= attribute and <project>.
            return /\bclover=/.test(root.tag) || /<project[\s>]/.test(head) ? 'clover' : 'cobertura';
    }
    return undefined;
}
function jsonFormat(head) {
    if (head.startsWith('['))
        return /"Target"\s*:/.test(head) ? 'trivy' : undefined;
    const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(head)?.[1];
    switch (firstKey) {
        case 'SchemaVersion':
            return 'trivy';
        case 'matches':
            return 'grype';
        case 'total':
            return 'istanbul-json-summary';
        case '$schema':
        case 'version':
            return /"runs"\s*:/.test(head) || /sarif/i.test(head.slice(0, 300)) ? 'sarif' : undefined;
    }
    // Keys in another order: look for each format's marks.
    if (/"SchemaVersion"\s*:/.test(head) && /"Results"\s*:/.test(head))
        return 'trivy';
    if (/"runs"\s*:/.test(head) && /"2\.1\.0"/.test(head))
        return 'sarif';
    if (/"matches"\s*:/.test(head) && /"descriptor"|"artifact"/.test(head))
        return 'grype';
    if (/"total"\s*:\s*\{\s*"lines"/.test(head))
        return 'istanbul-json-summary';
    return undefined;
}
/** The format of the report at `path`; a ReportError when it is none we read. */
async function detectFormat(path) {
    const head = await readHead(path);
    const start = head.trimStart();
    let format;
    if (start.startsWith('<'))
        format = xmlFormat(start);
    else if (start.startsWith('{') || start.startsWith('['))
        format = jsonFormat(start);
    else if (/^mode: *(set|count|atomic)\s*$/m.test(start.split('\n', 1)[0]))
        format = 'go';
    else if (/^(TN|SF|VER):/.test(start))
        format = 'lcov';
    if (!format) {
        throw new report_error/* ReportError */.$(path, start === '' ? 'the file is empty' : 'unrecognised report format', {
            hint: 'Coverage: lcov, Cobertura, istanbul json-summary, Clover, JaCoCo XML, Go cover profile; ' +
                'vulnerabilities: Trivy JSON, Grype JSON, SARIF; tests: JUnit XML',
        });
    }
    return format;
}

// EXTERNAL MODULE: ./packages/core/src/quality/test-results.ts
var test_results = __webpack_require__(5228);
// EXTERNAL MODULE: ./packages/core/src/quality/detach.ts
var detach = __webpack_require__(4868);
// EXTERNAL MODULE: ./packages/core/src/quality/finding-keys.ts
var finding_keys = __webpack_require__(1887);
// EXTERNAL MODULE: ./packages/core/src/quality/vulnerability.ts
var vulnerability = __webpack_require__(4585);
;// CONCATENATED MODULE: ./packages/core/src/quality/finding-set.ts
// The findings of every vulnerability report, de-duplicated by id and package in bounded memory:
// each distinct key is a 64-bit hash with one state byte (finding-keys.ts), which is all the
// counts need, and full details are kept only for the worst KEPT_FINDINGS (the report's table,
// the annotations) and the first KEPT_FINDINGS dropped ones. A repeated finding keeps its highest
// severity and a known fix, as before; the filters (ignore-ids, ignore-unfixed, VEX, new-only)
// are judged on that merged state when the reading is over, so every count stays exact.
// Details are best effort in two rare cases: a finding that becomes one of the worst only at a
// later occurrence (a higher severity, a fix) shows that occurrence's details, and a purl first
// given by a later occurrence is judged against VEX with that occurrence's installed version
// unless the finding's details are kept.



/** Findings kept with their details: enough for the report's table and MAX_ANNOTATIONS (500). */
const KEPT_FINDINGS = 1000;
// The state byte of a key: bits 0-2 severity rank, then these flags.
const FIX = 8;
const PURL = 16;
const IGNORED = 32;
const VULNERABILITY = 64;
const IN_BASELINE = 128;
const RANK_MASK = 7;
/** The severity a state's rank bits hold (severityRank's inverse). */
const severityOf = (state) => vulnerability/* SEVERITIES */.oC[4 - (state & RANK_MASK)];
class FindingSet {
    filters;
    reports = [];
    table;
    /** Worst counted candidates by key; cut back to KEPT_FINDINGS whenever it holds twice that. */
    worst = new Map();
    /** The finding at place KEPT_FINDINGS after the last cut: anything less bad cannot be kept. */
    bar;
    droppedSample = new Map();
    constructor(filters = {}) {
        this.filters = filters;
        this.table = new finding_keys.KeyTable((filters.vex?.statements.length ?? 0) > 0);
    }
    get size() {
        return this.table.size;
    }
    add(finding) {
        const key = (0,vulnerability/* findingKey */.fl)(finding);
        const hash = (0,finding_keys.keyHash)(key);
        const { slot, added } = this.table.insert(hash);
        const state = this.table.state;
        const kept = this.worst.get(key) ?? this.droppedSample.get(key);
        if (added) {
            state[slot] =
                (0,vulnerability/* severityRank */.qs)(finding.severity) |
                    (finding.fixed !== undefined ? FIX : 0) |
                    (finding.purl !== undefined ? PURL : 0) |
                    (this.filters.ignoreIds?.has(finding.id) ? IGNORED : 0) |
                    (finding.kind === 'vulnerability' ? VULNERABILITY : 0) |
                    (this.filters.baseline?.has(hash) ? IN_BASELINE : 0);
            this.judgeVex(slot, finding);
        }
        else {
            const before = state[slot];
            const rank = Math.max(before & RANK_MASK, (0,vulnerability/* severityRank */.qs)(finding.severity));
            state[slot] = (before & ~RANK_MASK) | rank | (finding.fixed !== undefined ? FIX : 0);
            if (!(before & PURL) && finding.purl !== undefined) {
                state[slot] |= PURL;
                // The merged finding takes this purl with the first occurrence's installed version,
                // known when its details are kept (else this occurrence's stands in for it).
                this.judgeVex(slot, { ...finding, installed: kept ? kept.installed : finding.installed });
            }
        }
        if (kept) {
            merge(kept, finding, state[slot]);
            return;
        }
        const candidate = { ...finding, severity: severityOf(state[slot]) };
        if (this.reason(slot) !== undefined) {
            if (added && this.droppedSample.size < KEPT_FINDINGS)
                this.droppedSample.set((0,detach/* detach */.Y)(key), copy(candidate));
            return;
        }
        // Not worse than the bar: KEPT_FINDINGS kept ones are at least as bad (ties are kept as they came).
        if (this.bar && (0,vulnerability/* worstFirst */.md)(candidate, this.bar) >= 0)
            return;
        this.worst.set((0,detach/* detach */.Y)(key), copy(candidate));
        if (this.worst.size >= 2 * KEPT_FINDINGS)
            this.cut();
    }
    /** The exact counts and the kept details, judged on every finding's merged state. */
    totals() {
        const counts = zero();
        const afterFilters = zero();
        const droppedByReason = {};
        let droppedTotal = 0;
        this.table.forEach((slot) => {
            const severity = severityOf(this.table.state[slot]);
            const reason = this.reason(slot, false);
            if (reason === undefined)
                afterFilters[severity]++;
            const counted = reason === undefined ? this.reason(slot) : reason;
            if (counted === undefined)
                counts[severity]++;
            else {
                droppedByReason[counted] = (droppedByReason[counted] ?? 0) + 1;
                droppedTotal++;
            }
        });
        const counted = [];
        const dropped = [];
        for (const finding of [...this.worst.values(), ...this.droppedSample.values()]) {
            const reason = this.reason(this.table.find((0,finding_keys.keyHash)((0,vulnerability/* findingKey */.fl)(finding))));
            if (reason === undefined)
                counted.push(finding);
            else
                dropped.push({ finding, reason });
        }
        counted.sort(vulnerability/* worstFirst */.md);
        return {
            counts,
            counted: counted.slice(0, KEPT_FINDINGS),
            countedTotal: vulnerability/* SEVERITIES */.oC.reduce((sum, s) => sum + counts[s], 0),
            dropped: dropped.slice(0, KEPT_FINDINGS),
            droppedTotal,
            droppedByReason,
            afterFilters,
            afterFilterHashes: (0,finding_keys.encodeKeyHashes)(this.table, (slot) => this.reason(slot, false) === undefined),
        };
    }
    /** Why the key in `slot` is not counted, on its state so far; undefined: it counts. */
    reason(slot, withBaseline = true) {
        const state = this.table.state[slot];
        if (state & IGNORED)
            return 'ignored (ignore-ids)';
        if (this.filters.ignoreUnfixed && state & VULNERABILITY && !(state & FIX))
            return 'no fix yet (ignore-unfixed)';
        const vex = this.table.extra?.[slot] ?? 0;
        if (vex > 0) {
            const statement = this.filters.vex.statements[vex - 1];
            return `VEX ${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`;
        }
        if (withBaseline && state & IN_BASELINE)
            return 'in the baseline (new-only)';
        return undefined;
    }
    judgeVex(slot, finding) {
        if (!this.table.extra || !this.filters.vex)
            return;
        const statement = this.filters.vex.match(finding);
        this.table.extra[slot] = statement ? this.filters.vex.statements.indexOf(statement) + 1 : 0;
    }
    cut() {
        const sorted = [...this.worst].sort(([, a], [, b]) => (0,vulnerability/* worstFirst */.md)(a, b));
        this.worst.clear();
        for (const [key, finding] of sorted.slice(0, KEPT_FINDINGS))
            this.worst.set(key, finding);
        const last = sorted[KEPT_FINDINGS - 1][1];
        this.bar = { ...last };
    }
}
function zero() {
    return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
/** A finding's own copy: JSON.parse may cut its strings as views of the report text. */
function copy(finding) {
    return {
        ...finding,
        id: (0,detach/* detach */.Y)(finding.id),
        pkg: (0,detach/* detach */.Y)(finding.pkg),
        purl: (0,detach/* detach */.Y)(finding.purl),
        installed: (0,detach/* detach */.Y)(finding.installed),
        fixed: (0,detach/* detach */.Y)(finding.fixed),
        title: (0,detach/* detach */.Y)(finding.title),
        file: (0,detach/* detach */.Y)(finding.file),
    };
}
/** A repeated finding: the highest severity (from the key's state), a known fix, purl and place. */
function merge(kept, finding, state) {
    kept.severity = severityOf(state);
    kept.fixed ??= (0,detach/* detach */.Y)(finding.fixed);
    kept.purl ??= (0,detach/* detach */.Y)(finding.purl);
    kept.file ??= (0,detach/* detach */.Y)(finding.file);
    kept.line ??= finding.line;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/read-reports.ts
// Reads every report of one kind (coverage, vulnerabilities, tests): detects each file's format,
// refuses a file of the wrong kind (a JUnit file among coverage files is a mistake, not a pass)
// and hands it to its reader.





// Each reader is loaded when a report of its format is read: an action that fails on its inputs,
// or has nothing to read, does not pay for parsers it never runs (bench/cold-start.mjs).
const COVERAGE = {
    lcov: async () => (await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 7382))).readLcov,
    go: async () => (await __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 7660))).readGoProfile,
    cobertura: async () => (await __webpack_require__.e(/* import() */ 773).then(__webpack_require__.bind(__webpack_require__, 5773))).readCobertura,
    clover: async () => (await __webpack_require__.e(/* import() */ 611).then(__webpack_require__.bind(__webpack_require__, 1992))).readClover,
    jacoco: async () => (await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 4799))).readJacoco,
    'istanbul-json-summary': async () => (await __webpack_require__.e(/* import() */ 332).then(__webpack_require__.bind(__webpack_require__, 9951))).readIstanbulSummary,
};
const VULNERABILITIES = {
    trivy: async () => (await __webpack_require__.e(/* import() */ 444).then(__webpack_require__.bind(__webpack_require__, 1444))).readTrivy,
    grype: async () => (await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 1491))).readGrype,
    sarif: async () => (await __webpack_require__.e(/* import() */ 241).then(__webpack_require__.bind(__webpack_require__, 9241))).readSarif,
};
function wrongKind(file, format, expected) {
    return new report_error/* ReportError */.$(file, `is a ${format} report, not ${expected}`, {
        hint: 'List it under the input for its kind (coverage-files, vulnerability-files, test-files)',
    });
}
/** Coverage of all `files`, merged. */
async function readCoverage(files) {
    const set = new coverage/* CoverageSet */.DT();
    for (const file of files) {
        const format = await detectFormat(file);
        const load = COVERAGE[format];
        if (!load)
            throw wrongKind(file, format, 'a coverage report');
        await (await load())(file, set);
    }
    return set;
}
/** Vulnerability findings of all `files`, de-duplicated, `filters` judged on each. */
async function readFindings(files, filters = {}) {
    const set = new FindingSet(filters);
    for (const file of files) {
        const format = await detectFormat(file);
        const load = VULNERABILITIES[format];
        if (!load)
            throw wrongKind(file, format, 'a vulnerability report (Trivy JSON, Grype JSON, SARIF)');
        await (await load())(file, set);
    }
    return set;
}
/** Test results of all JUnit `files`, merged in the order given. */
async function readTests(files) {
    const results = new test_results/* TestResults */.H9();
    for (const file of files) {
        const format = await detectFormat(file);
        if (format !== 'junit')
            throw wrongKind(file, format, 'a JUnit XML report');
        const { readJunit } = await __webpack_require__.e(/* import() */ 647).then(__webpack_require__.bind(__webpack_require__, 4647));
        await readJunit(file, results);
    }
    return results;
}


/***/ }),

/***/ 5228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ DETAIL_CHARS),
/* harmony export */   H9: () => (/* binding */ TestResults),
/* harmony export */   IN: () => (/* binding */ cutText),
/* harmony export */   Ye: () => (/* binding */ MESSAGE_CHARS)
/* harmony export */ });
/* harmony import */ var _detach__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4868);
// The test outcome of every JUnit report, merged: counts by status, the failed tests with their
// message, and flaky tests. A test is flaky when its report says it passed on a rerun (surefire's
// flakyFailure/flakyError, pytest-rerunfailures' <rerun>) or when it failed and then passed later
// in the same report set (a retried job's second report): the failure is then taken back. Only
// failures are remembered by name (they are few), so memory does not grow with the test count;
// what is remembered is copied (detach.ts), so it does not hold the reader's chunks alive.

const MESSAGE_CHARS = 1000;
const DETAIL_CHARS = 4000;
class TestResults {
    counts = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
    reports = [];
    failing = new Map();
    failingNames = new Set();
    flakyTests = new Map();
    add(given) {
        const test = given.status === 'passed' || given.status === 'skipped' ? given : kept(given);
        // Most tests never failed: the name check spares building a key for each of millions of them.
        const mayHaveFailed = this.failingNames.has(test.name);
        const key = mayHaveFailed || test.status === 'failed' || test.status === 'error' || test.status === 'flaky'
            ? `${test.suite}\u0000${test.classname}\u0000${test.name}`
            : '';
        const earlier = mayHaveFailed ? this.failing.get(key) : undefined;
        if (earlier && (test.status === 'passed' || test.status === 'flaky')) {
            // Failed, then passed in a later report: one flaky test, counted once.
            this.failing.delete(key);
            this.counts[earlier.status === 'error' ? 'errors' : 'failed']--;
            this.counts.flaky++;
            this.flakyTests.set(key, { ...earlier, status: 'flaky' });
            return;
        }
        this.counts.tests++;
        switch (test.status) {
            case 'passed':
                this.counts.passed++;
                return;
            case 'skipped':
                this.counts.skipped++;
                return;
            case 'flaky':
                this.counts.flaky++;
                this.flakyTests.set(key, test);
                return;
            case 'failed':
            case 'error':
                this.counts[test.status === 'error' ? 'errors' : 'failed']++;
                if (!this.failing.has(key))
                    this.failing.set(key, test);
                this.failingNames.add(test.name);
                return;
        }
    }
    /** Passed tests known only by number (node's parent tests). */
    addPassed(count) {
        this.counts.tests += count;
        this.counts.passed += count;
    }
    /** Failed and errored tests, in report order. */
    failures() {
        return [...this.failing.values()];
    }
    flaky() {
        return [...this.flakyTests.values()];
    }
}
function kept(test) {
    return {
        ...test,
        suite: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.suite),
        classname: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.classname),
        name: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.name),
        file: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.file),
        message: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.message),
        detail: (0,_detach__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(test.detail),
    };
}
/**
 * Keeps at most `max` characters, saying how much was cut. The note is ASCII on purpose: one
 * non-Latin-1 character ("…") makes V8 store the whole kept text two bytes a character, which
 * cost 10 MB on a 1 GB JUnit report's 3,500 failures.
 */
function cutText(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}... (${text.length - max} more characters)`;
}


/***/ })

};
