export const id = 340;
export const ids = [340];
export const modules = {

/***/ 7340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/quality/baseline.ts
var baseline = __webpack_require__(3420);
// EXTERNAL MODULE: ./packages/core/src/quality/coverage.ts
var coverage = __webpack_require__(8313);
// EXTERNAL MODULE: ./packages/core/src/registry/manifest-types.ts
var manifest_types = __webpack_require__(7384);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
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
    if (!(0,manifest_types/* isImageIndex */.y)(top.json))
        return [{ image, platform: platformName(), bytes: layerBytes(top.json) }];
    const sizes = [];
    for (const child of top.json.manifests) {
        if (isAttestation(child))
            continue;
        const manifest = await registry.getManifest((0,reference/* withDigest */.hQ)(ref, child.digest));
        if ((0,manifest_types/* isImageIndex */.y)(manifest.json))
            continue;
        sizes.push({ image, platform: platformName(child), bytes: layerBytes(manifest.json) });
    }
    return sizes;
}
/** Megabytes as the gate compares them (10^6 bytes, as registries and docker show sizes). */
const MEGABYTE = 1_000_000;

// EXTERNAL MODULE: ./packages/core/src/quality/report-error.ts
var report_error = __webpack_require__(1870);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
;// CONCATENATED MODULE: ./packages/core/src/quality/report-files.ts
// Turns the report globs of one input into files: each pattern must match at least one file
// (unless allow-missing), since a gate that silently finds no report would pass on nothing.


const MAX_PATTERN_CHARS = 4096;
/** Files matching `patterns` (relative to `cwd`), sorted, each once. */
async function findReportFiles(input, patterns, options) {
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
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
var vulnerability = __webpack_require__(4585);
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
        const { readTests } = await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 549));
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
    const { readCoverage } = await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 549));
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
            __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 6128)),
            __webpack_require__.e(/* import() */ 136).then(__webpack_require__.bind(__webpack_require__, 4136)),
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
        __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 549)),
        __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 5070)),
        __webpack_require__.e(/* import() */ 144).then(__webpack_require__.bind(__webpack_require__, 1144)),
        __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 1887)),
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

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    const { parseDocument, LineCounter, isMap, isScalar, isSeq } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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

// EXTERNAL MODULE: ./packages/core/src/runner/markdown.ts
var markdown = __webpack_require__(8875);
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
        parts.push((0,markdown/* table */.tp)(['Rule', 'Threshold', 'Measured', 'Baseline', 'Delta', 'Result'], result.rules.map((r) => [
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
        text += (0,markdown/* table */.tp)(['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Where'], worst.map((f) => [
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
            text += vex.map((d) => `- ${(0,markdown/* code */.aY)(d.finding.id)} in ${d.finding.pkg}: ${d.reason}\n`).join('') + '\n';
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
        text += (0,markdown/* table */.tp)(['Test', 'Message', 'Where'], failures
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
        text += (0,markdown/* table */.tp)(['File', 'Lines', 'Covered'], least.map((f) => [f.path, `${f.lines.hit}/${f.lines.found}`, `${(0,coverage/* formatPercent */.l9)((0,coverage/* percent */.KN)(f.lines))}%`]));
        text += '\n';
    }
    if (result.patch && result.patch.uncovered.length > 0) {
        text += `### Uncovered added lines\n\n`;
        text += (0,markdown/* table */.tp)(['File', 'Lines'], result.patch.uncovered.slice(0, TOP_FILES * 2).map((u) => [u.file, lineRanges(u.lines)]));
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

// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
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
    const { cacheBaselineStore } = await __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 1803));
    return cacheBaselineStore({
        repository: ci.repository || 'local',
        checkName: inputs.checkName,
        runId: `${ci.runId}-${ci.runAttempt}`,
        log: rt.log,
        env: rt.env,
    });
}
/** git, for patch coverage: the exec seam (and node:child_process) is loaded on its first use. */
const lazyExec = async (command, args, options) => (await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 8534))).execProcess(command, args, options);
/** The GitHub client, loaded only when there is a token and a repository to report to. */
async function githubPort(rt, ci, token) {
    if (ci.platform !== 'github' || !token || !ci.repository)
        return undefined;
    const [{ createGithubClient }, { GithubRepository }] = await Promise.all([
        __webpack_require__.e(/* import() */ 666).then(__webpack_require__.bind(__webpack_require__, 8666)),
        __webpack_require__.e(/* import() */ 15).then(__webpack_require__.bind(__webpack_require__, 3015)),
    ]);
    return new GithubRepository(createGithubClient(rt, token), ci.repository);
}
/** The registry client, loaded only when image sizes are asked for. */
async function registryReader(rt) {
    const { createRegistryClient } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(207), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 4372));
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
        sha: (0,ci_context/* headCommit */.Qo)(ci),
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
        sha: (0,ci_context/* headCommit */.Qo)(ci),
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
    const ci = (0,ci_context/* readCiContext */.OW)(rt.env);
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
    (0,outputs/* writeOutputs */.K)(rt, 'quality-gate', gateOutputs(result, reportPath, summary));
    const defaultBranch = (0,ci_context/* readEventPayload */.N5)(rt.env).repository
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


/***/ }),

/***/ 3420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ noBaselineStore),
/* harmony export */   xC: () => (/* binding */ fileBaselineStore)
/* harmony export */ });
/* unused harmony export parseBaseline */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2332);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ CoverageSet),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony export FileCoverage */
/* harmony import */ var _detach__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4868);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
function detach(text) {
    return text === undefined ? undefined : Buffer.from(text, 'utf16le').toString('utf16le');
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ isImageIndex)
/* harmony export */ });
// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.
/** True when the parsed manifest is an index (has `manifests`, no `config`). */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
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


/***/ })

};
