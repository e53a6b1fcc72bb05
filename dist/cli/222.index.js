export const id = 222;
export const ids = [222];
export const modules = {

/***/ 7222:
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
// EXTERNAL MODULE: ./packages/core/src/quality/vulnerability.ts
var vulnerability = __webpack_require__(4585);
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
    grype: async () => (await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 6729))).readGrype,
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
/** Vulnerability findings of all `files`, de-duplicated. */
async function readFindings(files) {
    const set = new vulnerability/* FindingSet */.Yu();
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

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ReportError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.

/** A report file that is malformed or of an unknown format (user-fixable). */
class ReportError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    file;
    line;
    constructor(file, problem, options = {}) {
        const where = options.line ? `${file}:${options.line}` : file;
        super(`Report ${where}: ${problem}`, { hint: options.hint });
        this.name = 'ReportError';
        this.file = file;
        this.line = options.line;
    }
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
