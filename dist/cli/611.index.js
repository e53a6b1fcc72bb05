export const id = 611;
export const ids = [611];
export const modules = {

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readClover: () => (/* binding */ readClover)
/* harmony export */ });
/* harmony import */ var _xml_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5911);

/** Adds every file of the Clover report `path` to `set`. */
async function readClover(path, set) {
    set.formats.add('clover');
    let file;
    await (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .streamXml */ .sq)(path, {
        open(element) {
            if (element.name === 'file') {
                file = set.file(element.attributes.path || element.attributes.name || '');
                return;
            }
            if (!file)
                return;
            if (element.name === 'metrics') {
                const conditionals = (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'conditionals');
                if (conditionals !== undefined) {
                    file.branchTotals({ found: conditionals, hit: (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'coveredconditionals') ?? 0 });
                }
                const methods = (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'methods');
                if (methods !== undefined) {
                    file.functionTotals({ found: methods, hit: (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'coveredmethods') ?? 0 });
                }
                const statements = (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'statements');
                if (statements !== undefined) {
                    file.lineTotals({ found: statements, hit: (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'coveredstatements') ?? 0 });
                }
            }
            else if (element.name === 'line' && element.attributes.type !== 'method') {
                const line = (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'num');
                if (line !== undefined)
                    file.line(line, (0,_xml_stream__WEBPACK_IMPORTED_MODULE_0__/* .numberAttribute */ .Ud)(element, 'count') ?? 0);
            }
        },
        close(name) {
            if (name === 'file')
                file = undefined;
        },
    });
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

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ud: () => (/* binding */ numberAttribute),
/* harmony export */   sq: () => (/* binding */ streamXml)
/* harmony export */ });
/* unused harmony export MAX_XML_DEPTH */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_memory_gc_nudge__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3880);
/* harmony import */ var _report_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1870);
/* harmony import */ var _line_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1894);
// Streams an XML report through saxes (loaded lazily: only runs with XML reports pay for it).
// saxes never fetches external entities or DTDs: a DOCTYPE (JaCoCo writes one) is reported and
// ignored, so a report cannot make us read other files or the network. saxes would hand over a
// text or CDATA section whole, gathered in one string however long it is (a 25 MB CDATA section
// cost 50 MB); between chunks we hand what it gathered so far to the visitor (textFlush), so
// visitors get long text in pieces, keep only a bounded prefix, and memory never follows a
// section's length.




/**
 * The deepest nesting read. Real reports nest a few levels (JUnit suites in suites, JaCoCo groups
 * in groups: tens at most); every open element costs saxes and the visitors a record, so 100,000
 * levels took 116 MB. Deeper is refused, so memory stays bounded whatever the file.
 */
const MAX_XML_DEPTH = 1000;
/** Reads `file` as XML, calling the visitor; malformed or too deep XML is a ReportError with the line. */
async function streamXml(file, visitor) {
    const { SaxesParser } = await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 9800));
    const parser = new SaxesParser({ xmlns: false, position: true });
    let depth = 0;
    let failure;
    parser.on('error', (error) => {
        const problem = error.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '');
        failure ??= new _report_error__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(file, `malformed XML: ${problem}`, {
            line: parser.line,
            // A DOCTYPE may declare entities (billion laughs, SYSTEM files or URLs): we never expand them.
            hint: /undefined entity/.test(problem)
                ? 'Entities declared in a DOCTYPE are never expanded or fetched: write the text itself, or the five predefined entities (&amp; &lt; &gt; &quot; &apos;)'
                : undefined,
        });
    });
    parser.on('opentag', (tag) => {
        if (failure)
            return;
        if (depth >= MAX_XML_DEPTH) {
            failure = new _report_error__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(file, `elements nested more than ${MAX_XML_DEPTH} deep (at <${tag.name}>)`, {
                line: parser.line,
                hint: 'No test or coverage tool nests its report that deep: the file is damaged or was not written by one',
            });
            return;
        }
        visitor.open({ name: tag.name, attributes: tag.attributes }, depth);
        // saxes sends closetag for self-closing tags too, which restores the depth.
        depth++;
    });
    parser.on('closetag', (tag) => {
        if (failure)
            return;
        depth--;
        visitor.close(tag.name, depth);
    });
    if (visitor.text) {
        const onText = visitor.text.bind(visitor);
        parser.on('text', onText);
        parser.on('cdata', onText);
    }
    const nudge = await (0,_runtime_memory_gc_nudge__WEBPACK_IMPORTED_MODULE_3__/* .reportGcNudge */ .Eh)();
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { encoding: 'utf8', highWaterMark: _line_stream__WEBPACK_IMPORTED_MODULE_2__/* .STREAM_CHUNK_BYTES */ .V9 });
    const flush = visitor.text ? textFlush(parser, visitor.text.bind(visitor)) : () => undefined;
    for await (const chunk of stream) {
        parser.write(chunk);
        flush();
        // The chunk and the names, attributes and text saxes cut from it are garbage now (gc-nudge.ts).
        nudge.passedBytes(chunk.length);
        if (failure) {
            stream.destroy();
            throw failure;
        }
    }
    parser.close();
    if (failure)
        throw failure;
}
/** Hand over gathered text once it is this long (a few chunks' worth). */
const FLUSH_TEXT_CHARS = 256 * 1024;
/**
 * saxes has no option to bound the text it gathers before an event, so this reaches into two of
 * its private fields (saxes 6): in its text and CDATA states `text` holds only character data
 * not yet handed over, which may go to the visitor now and be cleared. The state numbers are
 * learnt from a probe parser, not copied; test/unit/quality/xml-stream.test.ts fails if saxes
 * changes this.
 */
function textFlush(parser, onText) {
    const inside = parser;
    const textStates = new Set(['<a>x', '<a><![CDATA[x'].map((start) => stateAfter(parser, start)));
    return () => {
        if (inside.text.length >= FLUSH_TEXT_CHARS && textStates.has(inside.state)) {
            onText(inside.text);
            inside.text = '';
        }
    };
}
/** The state a fresh parser like `parser` is in after `start`, with a text handler as ours. */
function stateAfter(parser, start) {
    const Parser = parser.constructor;
    const probe = new Parser();
    probe.on('text', () => undefined);
    probe.write(start);
    return probe.state;
}
/** A numeric attribute; undefined when missing or not a number (some producers write NaN). */
function numberAttribute(element, name) {
    const value = element.attributes[name];
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
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
