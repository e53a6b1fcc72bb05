export const id = 1;
export const ids = [1];
export const modules = {

/***/ 7382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLcov: () => (/* binding */ readLcov)
/* harmony export */ });
/* harmony import */ var _line_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1894);
/* harmony import */ var _report_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1870);


const newRecord = () => ({ sawLines: false, sawBranches: false, sawFunctions: false });
/** Adds every record of the lcov file `path` to `set`. */
async function readLcov(path, set) {
    set.formats.add('lcov');
    let file;
    let record = newRecord();
    const fail = (problem, line) => {
        throw new _report_error__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(path, problem, { line, hint: 'lcov lines look like DA:<line>,<count>' });
    };
    /** A count from bytes; rare forms (a negative or fractional count from some gcov versions) decoded. */
    const count = (bytes, start, end, line) => {
        const value = (0,_line_stream__WEBPACK_IMPORTED_MODULE_0__/* .parseUint */ .aI)(bytes, start, end);
        return Number.isNaN(value) ? number(bytes.toString('latin1', start, end), line) : value;
    };
    const number = (text, line) => {
        const parsed = text.trim() === '' ? Number.NaN : Number(text);
        return Number.isFinite(parsed) ? Math.max(0, parsed) : fail(`"${text}" is not a number`, line);
    };
    const needFile = (line) => file ?? fail('data before any SF: line', line);
    await (0,_line_stream__WEBPACK_IMPORTED_MODULE_0__/* .visitLines */ .f)(path, (bytes, start, end, lineNumber) => {
        if (end - start < 3)
            return;
        // DA:<line>,<count>[,<checksum>] is most of any tracefile: parsed from the bytes, no string.
        if (bytes[start] === 68 && bytes[start + 1] === 65 && bytes[start + 2] === 58) {
            let comma = start + 3;
            while (comma < end && bytes[comma] !== 44)
                comma++;
            if (comma >= end)
                fail('DA needs <line>,<count>', lineNumber);
            let countEnd = comma + 1;
            while (countEnd < end && bytes[countEnd] !== 44)
                countEnd++;
            needFile(lineNumber).line(count(bytes, start + 3, comma, lineNumber), count(bytes, comma + 1, countEnd, lineNumber));
            record.sawLines = true;
            return;
        }
        const text = bytes.toString('utf8', start, end);
        const colon = text.indexOf(':');
        const tag = colon === -1 ? text.trim() : text.slice(0, colon);
        const value = colon === -1 ? '' : text.slice(colon + 1);
        switch (tag) {
            case 'SF':
                file = set.file(value);
                record = newRecord();
                return;
            case 'end_of_record':
                if (file)
                    applyRecordTotals(file, record);
                file = undefined;
                return;
            case 'BRDA': {
                // <line>,<block>,<branch>,<taken|-> ; lcov 2 may put an expression name in <branch>.
                const last = value.lastIndexOf(',');
                if (last === -1)
                    fail('BRDA needs <line>,<block>,<branch>,<taken>', lineNumber);
                const taken = value.slice(last + 1);
                needFile(lineNumber).branch(value.slice(0, last), taken === '-' ? undefined : number(taken, lineNumber));
                record.sawBranches = true;
                return;
            }
            case 'FN': {
                const name = value.replace(/^\d+,(\d+,)?/, '');
                needFile(lineNumber).functionHits(name, 0);
                record.sawFunctions = true;
                return;
            }
            case 'FNDA': {
                const comma = value.indexOf(',');
                if (comma === -1)
                    fail('FNDA needs <count>,<name>', lineNumber);
                needFile(lineNumber).functionHits(value.slice(comma + 1), number(value.slice(0, comma), lineNumber));
                record.sawFunctions = true;
                return;
            }
            case 'FNA': {
                const match = /^\d+,([^,]+),(.*)$/.exec(value) ?? fail('FNA needs <index>,<count>,<name>', lineNumber);
                needFile(lineNumber).functionHits(match[2], number(match[1], lineNumber));
                record.sawFunctions = true;
                return;
            }
            case 'LF':
            case 'LH':
            case 'BRF':
            case 'BRH':
            case 'FNF':
            case 'FNH':
                record[tag.toLowerCase()] = number(value, lineNumber);
                return;
            case 'TN':
            case 'VER':
            case 'FNL':
            case 'MSG':
                return;
            default:
                fail(`unknown lcov line "${text.slice(0, 40)}"`, lineNumber);
        }
    });
    // A last record without end_of_record still counts, as lcov reads it.
    if (file)
        applyRecordTotals(file, record);
}
function applyRecordTotals(file, record) {
    if (!record.sawLines && record.lf !== undefined)
        file.lineTotals({ found: record.lf, hit: record.lh ?? 0 });
    if (!record.sawBranches && record.brf !== undefined)
        file.branchTotals({ found: record.brf, hit: record.brh ?? 0 });
    if (!record.sawFunctions && record.fnf !== undefined) {
        file.functionTotals({ found: record.fnf, hit: record.fnh ?? 0 });
    }
}


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
