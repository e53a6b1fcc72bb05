export const id = 759;
export const ids = [759,534,880];
export const modules = {

/***/ 4759:
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
// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/quality/baseline.ts
// The baseline a run is compared with: the metrics of the last run on the default branch (line
// and branch coverage, vulnerability counts and the keys of the findings, for new-only). Kept in
// a file, in the Actions cache (baseline-cache.ts), or not at all; a store hands it over.



/** Checks the parsed JSON of a baseline; a wrong one is a user-fixable error naming `source`. */
function parseBaseline(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new cib_error/* CibError */.hi(`Baseline ${source} is not JSON: ${error.message}`, {
            hint: 'Point baseline at a report-json file an earlier quality-gate run wrote, or use baseline: none',
        });
    }
    if (value?.version !== 1)
        throw new cib_error/* CibError */.hi(`Baseline ${source} is not a quality-gate baseline (version 1)`);
    return value;
}
/** A baseline kept in a file: read when present, written when saving. */
function fileBaselineStore(path) {
    return {
        description: `file ${path}`,
        async load() {
            if (!(0,external_node_fs_.existsSync)(path))
                return undefined;
            const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            // A report-json file carries its baseline form under "baseline".
            const parsed = JSON.parse(text);
            return parseBaseline(parsed && typeof parsed === 'object' && parsed.baseline ? JSON.stringify(parsed.baseline) : text, path);
        },
        async save(baseline) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(baseline, null, 2)}\n`);
        },
    };
}
const noBaselineStore = {
    description: 'none',
    load: async () => undefined,
    save: async () => undefined,
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/quality/baseline-cache.ts
// The baseline in the Actions cache (@actions/cache, loaded only when used): saved by pushes to
// the default branch under a new key each run (cache entries cannot be overwritten), restored by
// the newest key with the per-repository, per-check prefix. Pull requests can restore caches of
// their base branch, which is where the default branch's baseline lives.
// The file's path is part of the entry: @actions/cache hashes the paths into the entry's version
// and restores the archive to the path it was saved from, so the path must be the same in every
// job. RUNNER_TEMP is (one path per runner, emptied between jobs); a random folder never matched.





/**
 * Whether the runner offers the cache service, as @actions/cache decides it (ACTIONS_RESULTS_URL
 * for the v2 service, ACTIONS_CACHE_URL for v1), asked without loading its 3.5 MB bundle.
 */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache key prefix of a repository's and check's baselines. */
function baselineKeyPrefix(repository, checkName) {
    return `cib-quality-gate-${repository.replace(/[^A-Za-z0-9._-]/g, '_')}-${checkName.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
}
function cacheBaselineStore(options) {
    const prefix = baselineKeyPrefix(options.repository, options.checkName);
    const dir = (0,external_node_path_.join)(options.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'cib-quality-baseline');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    // One file per repository and check (two gates in one job must not share it), short enough for any name.
    const path = (0,external_node_path_.join)(dir, `${(0,external_node_crypto_.createHash)('sha256').update(prefix).digest('hex').slice(0, 16)}.json`);
    const file = fileBaselineStore(path);
    return {
        description: `the Actions cache (keys ${prefix}*)`,
        async load() {
            if (!cacheServiceOffered(options.env)) {
                options.log.info('The Actions cache service is not available here: no baseline');
                return undefined;
            }
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            if (!cache.isFeatureAvailable()) {
                options.log.info('The Actions cache service is not available here: no baseline');
                return undefined;
            }
            const hit = await cache.restoreCache([path], `${prefix}${options.runId}`, [prefix]);
            if (!hit)
                return undefined;
            options.log.info(`Baseline restored from the cache entry ${hit}`);
            return file.load();
        },
        async save(baseline) {
            if (!cacheServiceOffered(options.env))
                return;
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            if (!cache.isFeatureAvailable())
                return;
            await file.save(baseline);
            // saveCache reports most failures (reservation refused, rate limit, upload error) by
            // returning -1 after logging them itself, not by throwing.
            const id = await cache.saveCache([path], `${prefix}${options.runId}`);
            if (id > 0)
                options.log.info(`Baseline saved to the cache as ${prefix}${options.runId}`);
            else
                options.log.warning(`Baseline not saved to the cache as ${prefix}${options.runId} (see the messages above)`);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/detach.ts
function detach(text) {
    return text === undefined ? undefined : Buffer.from(text, 'utf16le').toString('utf16le');
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage.ts
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
            const own = detach(path);
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

// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
;// CONCATENATED MODULE: ./packages/core/src/quality/ignore-ids.ts
// The ids a user chose to ignore: written in the input (one a line) or read from a file in
// .trivyignore's format (one id a line, `#` comments, an optional `exp:YYYY-MM-DD` after which
// the entry no longer applies, so an ignore cannot outlive its review date silently).


/** Parses `entries`: a single entry that names an existing file is read as an ignore file. */
function readIgnoreIds(entries, now, input = 'ignore-ids') {
    const lines = entries.length === 1 && (0,external_node_fs_.existsSync)(entries[0]) ? (0,external_node_fs_.readFileSync)(entries[0], 'utf8').split(/\r?\n/) : [...entries];
    const list = { ids: new Set(), expired: [] };
    for (const raw of lines) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const [id, ...options] = line.split(/\s+/);
        const expiry = options.find((option) => option.startsWith('exp:'))?.slice(4);
        if (expiry !== undefined) {
            const date = /^\d{4}-\d{2}-\d{2}$/.test(expiry) ? new Date(`${expiry}T00:00:00Z`) : new Date(NaN);
            if (Number.isNaN(date.getTime()))
                throw new input_error/* InputError */.d(input, line, 'an id, optionally followed by exp:YYYY-MM-DD');
            if (date.getTime() <= now.getTime()) {
                list.expired.push(id);
                continue;
            }
        }
        list.ids.add(id);
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/patch-coverage.ts
const norm = (path) => path.replace(/\\/g, '/').replace(/^\.\//, '');
function endsWithPath(long, short) {
    return long === short || long.endsWith(`/${short}`);
}
/** Index of the coverage files by their base name, for a cheap first match. */
function byBaseName(set) {
    const index = new Map();
    for (const file of set.files.values()) {
        if (!file.hasLineData)
            continue;
        const base = norm(file.path).split('/').pop() ?? '';
        index.set(base, [...(index.get(base) ?? []), file]);
    }
    return index;
}
/** The patch coverage of `added` against `set`. */
function patchCoverage(set, added) {
    const index = byBaseName(set);
    const result = { lines: { found: 0, hit: 0 }, uncovered: [], unmatched: [] };
    for (const [path, lines] of added) {
        const changed = norm(path);
        const candidates = index.get(changed.split('/').pop() ?? '') ?? [];
        const file = candidates
            .filter((c) => endsWithPath(norm(c.path), changed) || endsWithPath(changed, norm(c.path)))
            // The longest common match wins (src/a.js over a.js).
            .sort((a, b) => b.path.length - a.path.length)[0];
        if (!file) {
            result.unmatched.push(path);
            continue;
        }
        const uncovered = [];
        for (const line of lines) {
            const hits = file.hitsAt(line);
            if (hits === undefined)
                continue;
            result.lines.found++;
            if (hits > 0)
                result.lines.hit++;
            else
                uncovered.push(line);
        }
        if (uncovered.length > 0)
            result.uncovered.push({ file: path, lines: uncovered });
    }
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/git/shallow.ts
var shallow = __webpack_require__(482);
;// CONCATENATED MODULE: ./packages/core/src/quality/added-lines.ts
// The lines a change adds, from `git diff --unified=0` output: for each file of the new side,
// the line numbers of its `+` lines. Deleted files, binary files and pure renames add nothing.
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses unified diff text (zero context lines) into the added lines of each file. */
function parseAddedLines(diff) {
    const added = new Map();
    let file;
    let next = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = line.slice(4);
            if (path === '/dev/null')
                file = undefined;
            else {
                const name = unquote(path).replace(/^b\//, '');
                file = added.get(name) ?? [];
                added.set(name, file);
            }
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (file && line.startsWith('+'))
            file.push(next++);
        else if (line.startsWith(' '))
            next++;
    }
    for (const [path, lines] of added)
        if (lines.length === 0)
            added.delete(path);
    return added;
}
/** git quotes paths with unusual characters ("b/na\303\257ve.js"); we ask for core.quotePath=off. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    return JSON.parse(path.replace(/\\([0-7]{3})/g, (_, octal) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/pull-request-diff.ts


const DEEPEN_STEPS = [50, 200, 1000];
async function git(exec, cwd, args) {
    const result = await exec('git', ['-c', 'core.quotePath=off', ...args], { cwd, allowFailure: true });
    return { ok: result.exitCode === 0, stdout: result.stdout };
}
const hasCommit = async (exec, cwd, sha) => (await git(exec, cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
/** The added lines of `range` in the repository at `cwd`, fetching from `origin` what is missing. */
async function pullRequestDiff(exec, cwd, range, log) {
    for (const sha of [range.base, range.head]) {
        if (await hasCommit(exec, cwd, sha))
            continue;
        log.info(`Fetching ${sha.slice(0, 12)} from origin for patch coverage (the checkout does not have it)`);
        await git(exec, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
        if (!(await hasCommit(exec, cwd, sha))) {
            return {
                added: new Map(),
                note: `commit ${sha.slice(0, 12)} could not be fetched from origin, so patch coverage is unknown`,
            };
        }
    }
    let mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    for (const depth of DEEPEN_STEPS) {
        if (mergeBase.ok || !(await (0,shallow/* isShallowRepository */.H)(exec, cwd)))
            break;
        log.info(`Deepening the shallow checkout by ${depth} commits to find the merge base`);
        await git(exec, cwd, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin', range.base, range.head]);
        mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    }
    const from = mergeBase.ok ? mergeBase.stdout.trim() : range.base;
    const diff = await git(exec, cwd, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', from, range.head]);
    if (!diff.ok)
        return { added: new Map(), note: 'git diff failed, so patch coverage is unknown' };
    return {
        added: parseAddedLines(diff.stdout),
        note: mergeBase.ok ? undefined : 'no merge base was found: the diff runs from the base commit to the head',
    };
}

// EXTERNAL MODULE: ./packages/core/src/runtime-memory/gc-nudge.ts
var gc_nudge = __webpack_require__(3880);
;// CONCATENATED MODULE: ./packages/core/src/quality/report-error.ts
// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.

/** A report file that is malformed or of an unknown format (user-fixable). */
class ReportError extends cib_error/* CibError */.hi {
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

;// CONCATENATED MODULE: ./packages/core/src/quality/line-stream.ts
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
    await (0,gc_nudge/* prepareGcNudge */.VC)({ capYoungGeneration: true });
    // Each chunk is garbage once its lines are visited (gc-nudge.ts).
    const nudge = new gc_nudge/* GcNudge */.UQ();
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: STREAM_CHUNK_BYTES });
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

;// CONCATENATED MODULE: ./packages/core/src/quality/xml-stream.ts
// Streams an XML report through saxes (loaded lazily: only runs with XML reports pay for it).
// saxes never fetches external entities or DTDs: a DOCTYPE (JaCoCo writes one) is reported and
// ignored, so a report cannot make us read other files or the network. saxes hands over a text or
// CDATA section whole (a 10 MB CDATA message is one 10 MB string for a moment); visitors keep only
// a bounded prefix of it, so memory follows the largest section, never the file.




/** Reads `file` as XML, calling the visitor; malformed XML is a ReportError with the line. */
async function streamXml(file, visitor) {
    const { SaxesParser } = await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 9800));
    const parser = new SaxesParser({ xmlns: false, position: true });
    let depth = 0;
    let failure;
    parser.on('error', (error) => {
        failure ??= new ReportError(file, `malformed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, {
            line: parser.line,
        });
    });
    parser.on('opentag', (tag) => {
        visitor.open({ name: tag.name, attributes: tag.attributes }, depth);
        // saxes sends closetag for self-closing tags too, which restores the depth.
        depth++;
    });
    parser.on('closetag', (tag) => {
        depth--;
        visitor.close(tag.name, depth);
    });
    if (visitor.text) {
        const onText = visitor.text.bind(visitor);
        parser.on('text', onText);
        parser.on('cdata', onText);
    }
    await (0,gc_nudge/* prepareGcNudge */.VC)({ capYoungGeneration: true });
    const nudge = new gc_nudge/* GcNudge */.UQ();
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
    for await (const chunk of stream) {
        parser.write(chunk);
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
/** A numeric attribute; undefined when missing or not a number (some producers write NaN). */
function numberAttribute(element, name) {
    const value = element.attributes[name];
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-cobertura.ts

const CONDITION = /\((\d+)\/(\d+)\)/;
/** Adds every class of the Cobertura report `path` to `set`. */
async function readCobertura(path, set) {
    set.formats.add('cobertura');
    let file;
    let inMethods = 0;
    let sawLines = false;
    let root = {};
    await streamXml(path, {
        open(element) {
            switch (element.name) {
                case 'coverage':
                    root = {
                        lines: numberAttribute(element, 'lines-valid'),
                        covered: numberAttribute(element, 'lines-covered'),
                        branches: numberAttribute(element, 'branches-valid'),
                        branchesCovered: numberAttribute(element, 'branches-covered'),
                    };
                    return;
                case 'class':
                    file = set.file(element.attributes.filename ?? element.attributes.name ?? '');
                    return;
                case 'methods':
                    inMethods++;
                    return;
                case 'line': {
                    if (!file || inMethods > 0)
                        return;
                    const line = numberAttribute(element, 'number');
                    if (line === undefined)
                        return;
                    sawLines = true;
                    file.line(line, numberAttribute(element, 'hits') ?? 0);
                    const condition = CONDITION.exec(element.attributes['condition-coverage'] ?? '');
                    if (element.attributes.branch === 'true' && condition) {
                        file.branchesOnLine(line, { found: Number(condition[2]), hit: Number(condition[1]) });
                    }
                    return;
                }
            }
        },
        close(name) {
            if (name === 'methods')
                inMethods--;
            else if (name === 'class')
                file = undefined;
        },
    });
    if (!sawLines && root.lines !== undefined && root.covered !== undefined) {
        const totals = set.file(`${path} (report totals)`);
        totals.lineTotals({ found: root.lines, hit: root.covered });
        if (root.branches !== undefined && root.branchesCovered !== undefined) {
            totals.branchTotals({ found: root.branches, hit: root.branchesCovered });
        }
        set.withoutLineData.add('cobertura');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-clover.ts

/** Adds every file of the Clover report `path` to `set`. */
async function readClover(path, set) {
    set.formats.add('clover');
    let file;
    await streamXml(path, {
        open(element) {
            if (element.name === 'file') {
                file = set.file(element.attributes.path || element.attributes.name || '');
                return;
            }
            if (!file)
                return;
            if (element.name === 'metrics') {
                const conditionals = numberAttribute(element, 'conditionals');
                if (conditionals !== undefined) {
                    file.branchTotals({ found: conditionals, hit: numberAttribute(element, 'coveredconditionals') ?? 0 });
                }
                const methods = numberAttribute(element, 'methods');
                if (methods !== undefined) {
                    file.functionTotals({ found: methods, hit: numberAttribute(element, 'coveredmethods') ?? 0 });
                }
                const statements = numberAttribute(element, 'statements');
                if (statements !== undefined) {
                    file.lineTotals({ found: statements, hit: numberAttribute(element, 'coveredstatements') ?? 0 });
                }
            }
            else if (element.name === 'line' && element.attributes.type !== 'method') {
                const line = numberAttribute(element, 'num');
                if (line !== undefined)
                    file.line(line, numberAttribute(element, 'count') ?? 0);
            }
        },
        close(name) {
            if (name === 'file')
                file = undefined;
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-go.ts


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/** Adds every block of the Go cover profile `path` to `set`. */
async function readGoProfile(path, set) {
    set.formats.add('go');
    await visitLines(path, (bytes, start, end, lineNumber) => {
        const line = bytes.toString('utf8', start, end).trim();
        if (line === '')
            return;
        if (line.startsWith('mode:')) {
            // Profiles concatenated from several packages repeat the mode line.
            const mode = line.slice(5).trim();
            if (!MODES.has(mode)) {
                throw new ReportError(path, `unknown cover mode "${mode}" (expected set, count or atomic)`, {
                    line: lineNumber,
                });
            }
            return;
        }
        const match = BLOCK.exec(line);
        if (!match) {
            throw new ReportError(path, `not a cover profile block: "${line.slice(0, 80)}"`, {
                line: lineNumber,
                hint: 'Blocks look like pkg/file.go:12.2,14.3 2 1',
            });
        }
        const [, file, startLine, startCol, endLine, endCol, statements, count] = match;
        set
            .file(file)
            .block(`${startLine}.${startCol},${endLine}.${endCol}`, Number(startLine), Number(endLine), Number(statements), Number(count));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/json-stream.ts
// A streaming JSON reader that hands over only the values at chosen paths (a Trivy result's
// vulnerabilities, a Grype match, a SARIF result), each parsed with JSON.parse, while everything
// else is skipped without being built. Written by hand because no streaming JSON parser is
// installed (stream-json or @streamparser/json would be the library to use: see the report of
// this work); JSON.parse on a whole 100 MB Trivy report needs several times that in memory.
// Paths use '*' for "any key or index"; a value is either captured (a selector matches it),
// descended into (it is a prefix of a selector) or skipped.




/** Malformed JSON at a character offset. */
class JsonStreamError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at character ${offset}`);
        this.offset = offset;
    }
}
var Expect;
(function (Expect) {
    Expect[Expect["Value"] = 0] = "Value";
    Expect[Expect["ValueOrEnd"] = 1] = "ValueOrEnd";
    Expect[Expect["Key"] = 2] = "Key";
    Expect[Expect["KeyOrEnd"] = 3] = "KeyOrEnd";
    Expect[Expect["Colon"] = 4] = "Colon";
    Expect[Expect["CommaOrEnd"] = 5] = "CommaOrEnd";
    Expect[Expect["Done"] = 6] = "Done";
})(Expect || (Expect = {}));
const WHITESPACE = new Set([32, 9, 10, 13]);
var Mode;
(function (Mode) {
    Mode[Mode["Capture"] = 0] = "Capture";
    Mode[Mode["Descend"] = 1] = "Descend";
    Mode[Mode["Skip"] = 2] = "Skip";
})(Mode || (Mode = {}));
const NO_PATH = [];
/** Reads `file`, calling the visitor for every value a selector matches. */
async function streamJson(file, selectors, visitor) {
    const reader = new JsonSelectReader(selectors, visitor);
    await (0,gc_nudge/* prepareGcNudge */.VC)({ capYoungGeneration: true });
    const nudge = new gc_nudge/* GcNudge */.UQ();
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
    try {
        for await (const chunk of stream) {
            reader.feed(chunk);
            // The chunk and the values cut from it are garbage now (gc-nudge.ts).
            nudge.passedBytes(chunk.length);
        }
        reader.end();
    }
    catch (error) {
        if (error instanceof JsonStreamError)
            throw new ReportError(file, `malformed JSON: ${error.message}`);
        throw error;
    }
}
/** The push parser behind streamJson; `feed` chunks in order, then `end`. */
class JsonSelectReader {
    selectors;
    visitor;
    frames = [];
    expect = Expect.Value;
    raw;
    keyParts;
    keyEscaped = false;
    offset = 0;
    matched = -1;
    spare = {
        capture: false,
        selector: -1,
        path: NO_PATH,
        kind: 'scalar',
        depth: 0,
        inString: false,
        escaped: false,
        parts: [],
    };
    constructor(selectors, visitor) {
        this.selectors = selectors;
        this.visitor = visitor;
    }
    feed(text) {
        let i = 0;
        const n = text.length;
        while (i < n) {
            if (this.raw) {
                i = this.scanRaw(text, i);
                continue;
            }
            if (this.keyParts) {
                i = this.scanKey(text, i);
                continue;
            }
            const c = text.charCodeAt(i);
            if (WHITESPACE.has(c)) {
                i++;
                continue;
            }
            i = this.structural(text, i, c);
        }
        if (this.raw?.capture)
            this.raw.parts.push(this.rawTail(text));
        this.rawStart = 0;
        this.keyStart = 0;
        this.offset += n;
    }
    end() {
        if (this.raw?.kind === 'scalar')
            this.finishRaw('', 0);
        if (this.raw || this.frames.length > 0 || this.keyParts) {
            throw new JsonStreamError('Unexpected end of JSON (the file is cut short)', this.offset);
        }
        if (this.expect !== Expect.Done)
            throw new JsonStreamError('No JSON value', this.offset);
    }
    rawStart = 0;
    keyStart = 0;
    rawTail(text) {
        return text.slice(this.rawStart);
    }
    path() {
        return this.frames.map((f) => (f.array ? f.index : f.key));
    }
    /**
     * What to do with the value starting at the current position, from the frames as they are (no
     * path array: this runs for every value of a 100 MB report). Sets `matched` to the selector.
     */
    classify() {
        const frames = this.frames;
        let descend = false;
        for (let s = 0; s < this.selectors.length; s++) {
            const selector = this.selectors[s];
            if (selector.length < frames.length)
                continue;
            let matches = true;
            for (let d = 0; d < frames.length && matches; d++) {
                const part = selector[d];
                const frame = frames[d];
                matches = part === '*' || (frame.array ? Number(part) === frame.index : part === frame.key);
            }
            if (!matches)
                continue;
            if (selector.length === frames.length) {
                this.matched = s;
                return Mode.Capture;
            }
            descend = true;
        }
        this.matched = -1;
        return descend ? Mode.Descend : Mode.Skip;
    }
    structural(text, i, c) {
        const frame = this.frames[this.frames.length - 1];
        switch (this.expect) {
            case Expect.Value:
            case Expect.ValueOrEnd:
                if (c === 93 /* ] */ && this.expect === Expect.ValueOrEnd)
                    return this.close(i);
                return this.startValue(i, c);
            case Expect.Key:
            case Expect.KeyOrEnd:
                if (c === 125 /* } */ && this.expect === Expect.KeyOrEnd)
                    return this.close(i);
                if (c !== 34)
                    throw new JsonStreamError('Expected a property name', this.offset + i);
                this.keyParts = [];
                this.keyEscaped = false;
                this.keyStart = i + 1;
                return i + 1;
            case Expect.Colon:
                if (c !== 58)
                    throw new JsonStreamError("Expected ':'", this.offset + i);
                this.expect = Expect.Value;
                return i + 1;
            case Expect.CommaOrEnd:
                if (c === 44 /* , */ && frame) {
                    if (frame.array) {
                        frame.index++;
                        this.expect = Expect.Value;
                    }
                    else
                        this.expect = Expect.Key;
                    return i + 1;
                }
                if ((c === 93 && frame?.array) || (c === 125 && frame && !frame.array))
                    return this.close(i);
                throw new JsonStreamError(`Unexpected ${JSON.stringify(text[i])}`, this.offset + i);
            default:
                throw new JsonStreamError('Unexpected content after the JSON value', this.offset + i);
        }
    }
    close(i) {
        // The closing container's own path: without the key or index it was at inside itself.
        if (this.visitor.onClose) {
            const path = this.path().slice(0, -1);
            this.frames.pop();
            this.visitor.onClose(path);
        }
        else
            this.frames.pop();
        this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
        return i + 1;
    }
    startValue(i, c) {
        const mode = this.classify();
        const container = c === 123 || c === 91;
        if (container && mode === Mode.Descend) {
            const array = c === 91;
            this.frames.push({ array, key: '', index: 0 });
            this.expect = array ? Expect.ValueOrEnd : Expect.KeyOrEnd;
            return i + 1;
        }
        // One Raw reused for every skipped or captured value: most values of a report are skipped.
        const raw = this.spare;
        raw.capture = mode === Mode.Capture;
        raw.selector = this.matched;
        raw.path = raw.capture ? this.path() : NO_PATH;
        raw.kind = container ? 'container' : c === 34 ? 'string' : 'scalar';
        raw.depth = container ? 1 : 0;
        raw.inString = c === 34;
        raw.escaped = false;
        if (raw.parts.length > 0)
            raw.parts = [];
        this.raw = raw;
        this.rawStart = i;
        return container || c === 34 ? i + 1 : i;
    }
    /** Advances through a raw value; returns where scanning continues. */
    scanRaw(text, i) {
        const raw = this.raw;
        const n = text.length;
        if (raw.kind === 'scalar') {
            let j = i;
            while (j < n) {
                const c = text.charCodeAt(j);
                if (c === 44 || c === 125 || c === 93 || WHITESPACE.has(c))
                    return this.finishRaw(text, j);
                j++;
            }
            return n;
        }
        let j = i;
        while (j < n) {
            if (raw.inString) {
                if (raw.escaped) {
                    raw.escaped = false;
                    j++;
                    continue;
                }
                const quote = text.indexOf('"', j);
                const slash = text.indexOf('\\', j);
                if (slash !== -1 && (quote === -1 || slash < quote)) {
                    raw.escaped = true;
                    j = slash + 1;
                    continue;
                }
                if (quote === -1)
                    return n;
                raw.inString = false;
                j = quote + 1;
                if (raw.kind === 'string')
                    return this.finishRaw(text, j);
                continue;
            }
            const c = text.charCodeAt(j);
            if (c === 34)
                raw.inString = true;
            else if (c === 123 || c === 91)
                raw.depth++;
            else if (c === 125 || c === 93) {
                raw.depth--;
                if (raw.depth === 0)
                    return this.finishRaw(text, j + 1);
            }
            j++;
        }
        return n;
    }
    finishRaw(text, end) {
        const raw = this.raw;
        this.raw = undefined;
        this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
        if (!raw.capture)
            return end;
        const source = raw.parts.join('') + text.slice(this.rawStart, end);
        let value;
        try {
            value = JSON.parse(source);
        }
        catch (error) {
            throw new JsonStreamError(`Malformed value at ${raw.path.join('.')}: ${error.message}`, this.offset);
        }
        this.visitor.onValue(raw.path, value, raw.selector);
        return end;
    }
    scanKey(text, i) {
        const parts = this.keyParts;
        let j = i;
        const n = text.length;
        while (j < n) {
            if (this.keyEscaped) {
                this.keyEscaped = false;
                j++;
                continue;
            }
            const c = text.charCodeAt(j);
            if (c === 92)
                this.keyEscaped = true;
            else if (c === 34) {
                const rawKey = parts.join('') + text.slice(this.keyStart, j);
                const frame = this.frames[this.frames.length - 1];
                frame.key = rawKey.includes('\\') ? JSON.parse(`"${rawKey}"`) : rawKey;
                this.keyParts = undefined;
                this.expect = Expect.Colon;
                return j + 1;
            }
            j++;
        }
        parts.push(text.slice(this.keyStart));
        return n;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-istanbul.ts


function count(metric) {
    if (!metric || typeof metric.total !== 'number' || typeof metric.covered !== 'number')
        return undefined;
    return { found: metric.total, hit: metric.covered };
}
/** Adds every file of the json-summary `path` to `set`. */
async function readIstanbulSummary(path, set) {
    set.formats.add('istanbul-json-summary');
    set.withoutLineData.add('istanbul-json-summary');
    await streamJson(path, [['*']], {
        onValue([key], value) {
            if (key === 'total')
                return;
            const entry = value;
            const lines = count(entry?.lines ?? undefined);
            if (!lines)
                throw new ReportError(path, `entry ${JSON.stringify(key)} has no lines {total, covered}`);
            const file = set.file(String(key));
            file.lineTotals(lines);
            const branches = count(entry?.branches);
            if (branches)
                file.branchTotals(branches);
            const functions = count(entry?.functions);
            if (functions)
                file.functionTotals(functions);
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-jacoco.ts

/** Adds every source file of the JaCoCo report `path` to `set`. */
async function readJacoco(path, set) {
    set.formats.add('jacoco');
    let packageName = '';
    let file;
    let sourceDepth = -1;
    await streamXml(path, {
        open(element, depth) {
            switch (element.name) {
                case 'package':
                    packageName = element.attributes.name ?? '';
                    return;
                case 'sourcefile': {
                    const name = element.attributes.name ?? '';
                    file = set.file(packageName ? `${packageName}/${name}` : name);
                    sourceDepth = depth;
                    return;
                }
                case 'line': {
                    const line = numberAttribute(element, 'nr');
                    if (!file || line === undefined)
                        return;
                    file.line(line, numberAttribute(element, 'ci') ?? 0);
                    const missed = numberAttribute(element, 'mb') ?? 0;
                    const covered = numberAttribute(element, 'cb') ?? 0;
                    if (missed + covered > 0)
                        file.branchesOnLine(line, { found: missed + covered, hit: covered });
                    return;
                }
                case 'counter':
                    if (file && depth === sourceDepth + 1 && element.attributes.type === 'METHOD') {
                        const missed = numberAttribute(element, 'missed') ?? 0;
                        const covered = numberAttribute(element, 'covered') ?? 0;
                        file.functionTotals({ found: missed + covered, hit: covered });
                    }
                    return;
            }
        },
        close(name) {
            if (name === 'sourcefile')
                file = undefined;
            else if (name === 'package')
                packageName = '';
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-lcov.ts


const newRecord = () => ({ sawLines: false, sawBranches: false, sawFunctions: false });
/** Adds every record of the lcov file `path` to `set`. */
async function readLcov(path, set) {
    set.formats.add('lcov');
    let file;
    let record = newRecord();
    const fail = (problem, line) => {
        throw new ReportError(path, problem, { line, hint: 'lcov lines look like DA:<line>,<count>' });
    };
    /** A count from bytes; rare forms (a negative or fractional count from some gcov versions) decoded. */
    const count = (bytes, start, end, line) => {
        const value = parseUint(bytes, start, end);
        return Number.isNaN(value) ? number(bytes.toString('latin1', start, end), line) : value;
    };
    const number = (text, line) => {
        const parsed = text.trim() === '' ? Number.NaN : Number(text);
        return Number.isFinite(parsed) ? Math.max(0, parsed) : fail(`"${text}" is not a number`, line);
    };
    const needFile = (line) => file ?? fail('data before any SF: line', line);
    await visitLines(path, (bytes, start, end, lineNumber) => {
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

;// CONCATENATED MODULE: ./packages/core/src/quality/test-results.ts
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
        suite: detach(test.suite),
        classname: detach(test.classname),
        name: detach(test.name),
        file: detach(test.file),
        message: detach(test.message),
        detail: detach(test.detail),
    };
}
/** Keeps at most `max` characters, saying how much was cut. */
function cutText(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/junit.ts
// Reads JUnit XML as the common tools write it: a <testsuites> root or a bare <testsuite>,
// nested suites, <failure> (an assertion) vs <error> (an exception), <skipped/> with or without a
// message or text, suites that failed to load (a suite-level <error>/<failure>, or failures
// declared with no test case to hold them), surefire's flakyFailure/flakyError and rerunFailure,
// pytest-rerunfailures' <rerun>. Every <testcase> counts as one test, as the tools count them
// (gotestsum lists a parent test and each of its subtests). Node's test runner writes a test
// with subtests as a <testsuite> beside plain <testcase>s under the root: in that layout each
// suite is a parent test and counts too (failed when a subtest failed), as node counts it.
// Streamed: only a bounded prefix of a failure's text is kept, and <system-out> is never kept.



/** Adds every test case of the JUnit report `path` to `results`. */
async function readJunit(path, results) {
    results.reports.push(path);
    const suites = [];
    let test;
    let rerunOnly = false;
    let textTarget;
    let text = '';
    let sawRoot = false;
    // Node's layout: test cases directly under <testsuites>; its suites are parent tests.
    let rootHasTestcases = false;
    // Tallied, not listed, so memory does not grow with the number of suites.
    let passedParents = 0;
    const failedParents = [];
    const problem = (element) => ({
        message: cutText(element.attributes.message ?? element.attributes.type ?? '', MESSAGE_CHARS),
    });
    await streamXml(path, {
        open(element, depth) {
            const name = element.name;
            if (!sawRoot) {
                if (name !== 'testsuites' && name !== 'testsuite') {
                    throw new ReportError(path, `<${name}> is not a JUnit root (expected <testsuites> or <testsuite>)`);
                }
                sawRoot = true;
            }
            const suite = suites[suites.length - 1];
            if (name === 'testsuite') {
                suites.push({
                    name: element.attributes.name ?? '',
                    failed: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0) > 0,
                    file: element.attributes.file || element.attributes.filepath || suite?.file,
                    declaredProblems: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0),
                    testcases: 0,
                });
            }
            else if (name === 'testcase') {
                if (suite)
                    suite.testcases++;
                else if (depth === 1)
                    rootHasTestcases = true;
                test = {
                    suite: suite?.name ?? '',
                    classname: element.attributes.classname ?? '',
                    name: element.attributes.name ?? '',
                    file: element.attributes.file || element.attributes.filepath || suite?.file,
                    line: numberAttribute(element, 'line'),
                    status: 'passed',
                    report: path,
                };
                rerunOnly = false;
            }
            else if (test) {
                switch (name) {
                    case 'failure':
                    case 'error':
                        test.status = name === 'failure' ? 'failed' : 'error';
                        test.message = problem(element).message;
                        textTarget = 'detail';
                        text = '';
                        return;
                    case 'skipped':
                        if (test.status === 'passed')
                            test.status = 'skipped';
                        test.message = problem(element).message || undefined;
                        return;
                    case 'flakyFailure':
                    case 'flakyError':
                    case 'rerun':
                    case 'rerunFailure':
                    case 'rerunError':
                        // Failed runs before the last one: flaky unless the final outcome is a failure too.
                        rerunOnly = true;
                        test.message ??= problem(element).message;
                        return;
                }
            }
            else if (suite && (name === 'error' || name === 'failure')) {
                suite.loadError = { message: problem(element).message, detail: '' };
                textTarget = 'suite';
                text = '';
            }
        },
        text(chunk) {
            if (textTarget && text.length < DETAIL_CHARS)
                text += chunk.slice(0, DETAIL_CHARS - text.length + 1);
        },
        close(name) {
            if ((name === 'failure' || name === 'error') && textTarget) {
                const detail = cutText(text.trim(), DETAIL_CHARS);
                if (textTarget === 'detail' && test)
                    test.detail = detail;
                const suite = suites[suites.length - 1];
                if (textTarget === 'suite' && suite?.loadError)
                    suite.loadError.detail = detail;
                textTarget = undefined;
                text = '';
            }
            else if (name === 'testcase' && test) {
                if (test.status === 'passed' && rerunOnly)
                    test.status = 'flaky';
                if (test.status === 'passed')
                    test.message = undefined;
                results.add(test);
                test = undefined;
            }
            else if (name === 'testsuite') {
                const suite = suites.pop();
                if (!suite)
                    return;
                // A parent suite's problems are its children's: count their cases as its own.
                const parent = suites[suites.length - 1];
                if (parent)
                    parent.testcases += suite.testcases;
                if (suite.testcases > 0 && suite.failed)
                    failedParents.push({ name: suite.name, file: suite.file });
                else if (suite.testcases > 0)
                    passedParents++;
                finishSuite(suite, path, results);
            }
        },
    });
    if (!sawRoot)
        throw new ReportError(path, 'no JUnit root element (the file is empty?)');
    if (!rootHasTestcases)
        return;
    results.addPassed(passedParents);
    for (const parent of failedParents) {
        results.add({
            suite: '',
            classname: parent.name,
            name: parent.name,
            file: parent.file,
            status: 'failed',
            message: 'A subtest failed',
            report: path,
        });
    }
}
/** A suite that could not run has no test case for its error: it counts as one errored test. */
function finishSuite(suite, report, results) {
    if (suite.testcases > 0)
        return;
    if (!suite.loadError && suite.declaredProblems === 0)
        return;
    results.add({
        suite: suite.name,
        classname: suite.name,
        name: `${suite.name || 'test suite'} failed to load`,
        file: suite.file,
        status: 'error',
        message: suite.loadError?.message || 'The suite reports errors but ran no test case',
        detail: suite.loadError?.detail,
        report,
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
        throw new ReportError(path, start === '' ? 'the file is empty' : 'unrecognised report format', {
            hint: 'Coverage: lcov, Cobertura, istanbul json-summary, Clover, JaCoCo XML, Go cover profile; ' +
                'vulnerabilities: Trivy JSON, Grype JSON, SARIF; tests: JUnit XML',
        });
    }
    return format;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerability.ts
// The vulnerability findings of every scanner report, de-duplicated by id and package (Grype
// lists a CVE once per matcher, Trivy once per target that holds the package), with the severity
// scale every reader maps to. Kept findings are copied (detach.ts): JSON.parse may cut strings
// as views of the report text they came from.

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
/** Findings by id and package; a repeated one keeps its highest severity and a known fix. */
class FindingSet {
    byKey = new Map();
    reports = [];
    add(finding) {
        const key = findingKey(finding);
        const earlier = this.byKey.get(key);
        if (!earlier) {
            this.byKey.set(detach(key), {
                ...finding,
                id: detach(finding.id),
                pkg: detach(finding.pkg),
                purl: detach(finding.purl),
                installed: detach(finding.installed),
                fixed: detach(finding.fixed),
                title: detach(finding.title),
                file: detach(finding.file),
            });
            return;
        }
        if (RANK[finding.severity] > RANK[earlier.severity])
            earlier.severity = finding.severity;
        earlier.fixed ??= detach(finding.fixed);
        earlier.purl ??= detach(finding.purl);
        earlier.file ??= detach(finding.file);
        earlier.line ??= finding.line;
    }
    all() {
        return [...this.byKey.values()];
    }
    get size() {
        return this.byKey.size;
    }
}
function countBySeverity(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** Worst first: severity, then fixable before unfixable, then id. */
function worstFirst(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        Number(b.fixed !== undefined) - Number(a.fixed !== undefined) ||
        a.id.localeCompare(b.id));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-grype.ts
// Reads Grype's JSON report (`grype -o json`): matches[].vulnerability {id, severity, description,
// fix {state, versions}} and matches[].artifact {name, version, purl, locations}. The same CVE
// comes once per matcher; FindingSet keeps one per package. Streamed: only these fields are
// parsed; match details, CVSS and related vulnerabilities are skipped as text.


const FIELDS = [
    'vulnerability.id',
    'vulnerability.severity',
    'vulnerability.description',
    'vulnerability.fix.state',
    'vulnerability.fix.versions',
    'artifact.name',
    'artifact.version',
    'artifact.purl',
    'artifact.locations.0.path',
];
const SELECTORS = FIELDS.map((field) => ['matches', '*', ...field.split('.')]);
const vulnerabilities_grype_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** Adds every match of the Grype report `path` to `findings`. */
async function readGrype(path, findings) {
    findings.reports.push(path);
    // The fields of the match being read, by their path inside it.
    let match = {};
    await streamJson(path, SELECTORS, {
        onValue(jsonPath, value) {
            match[jsonPath.slice(2).join('.')] = value;
        },
        onClose(jsonPath) {
            if (jsonPath.length !== 2 || jsonPath[0] !== 'matches')
                return;
            const versions = match['vulnerability.fix.versions'];
            const fixed = match['vulnerability.fix.state'] === 'fixed' && Array.isArray(versions) && versions.length > 0
                ? versions.join(', ')
                : undefined;
            findings.add({
                id: vulnerabilities_grype_text(match['vulnerability.id']) ?? '',
                pkg: vulnerabilities_grype_text(match['artifact.name']) ?? '',
                purl: vulnerabilities_grype_text(match['artifact.purl']),
                installed: vulnerabilities_grype_text(match['artifact.version']),
                fixed,
                severity: parseSeverity(match['vulnerability.severity']),
                title: vulnerabilities_grype_text(match['vulnerability.description'])?.split('\n')[0].slice(0, 200),
                file: vulnerabilities_grype_text(match['artifact.locations.0.path']),
                kind: 'vulnerability',
                source: 'grype',
                report: path,
            });
            match = {};
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-sarif.ts
// Reads SARIF 2.1.0 (CodeQL, Trivy/Grype --format sarif, ESLint's SARIF formatter, ...). A
// result's severity comes from its rule's `security-severity` property, joined by ruleIndex or
// ruleId, in GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low. A
// result without one counts by its level (or the rule's default level, or SARIF's default
// "warning"): error -> high, warning -> medium, note -> low. Not findings: level "none", kinds
// other than "fail" (pass, notApplicable, informational, review, open), results with a non-empty
// `suppressions` array, and tool notifications (invocations[]), which are never results.

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
/** Adds every counted result of the SARIF report `path` to `findings`. */
async function readSarif(path, findings) {
    findings.reports.push(path);
    // Rules and results of the run being read; results are joined when the run closes, because a
    // producer may write results before the tool section.
    let rules = [];
    let extensionRules = [];
    let results = [];
    await streamJson(path, [
        ['runs', '*', 'tool', 'driver', 'rules', '*'],
        ['runs', '*', 'results', '*'],
        // CodeQL keeps query rules in extensions (packs); those are joined by ruleId.
        ['runs', '*', 'tool', 'extensions', '*', 'rules', '*'],
    ], {
        onValue(_path, value, selector) {
            if (selector === 0)
                rules.push(value);
            else if (selector === 2)
                extensionRules.push(value);
            else {
                const result = value;
                if (result.suppressions && result.suppressions.length > 0)
                    return;
                if (result.kind !== undefined && result.kind !== 'fail')
                    return;
                results.push(result);
            }
        },
        onClose(closed) {
            if (closed.length !== 2 || closed[0] !== 'runs')
                return;
            for (const result of results) {
                const finding = toFinding(result, rules, extensionRules, path);
                if (finding)
                    findings.add(finding);
            }
            rules = [];
            extensionRules = [];
            results = [];
        },
    });
}
function toFinding(result, rules, extensionRules, report) {
    const index = result.ruleIndex ?? result.rule?.index;
    const id = result.ruleId ?? result.rule?.id ?? (index !== undefined ? rules[index]?.id : undefined) ?? '';
    const rule = (result.rule === undefined && index !== undefined ? rules[index] : undefined) ??
        rules.find((r) => r.id === id) ??
        extensionRules.find((r) => r.id === id);
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    if (level === 'none')
        return undefined;
    const severity = severityFromScore(rule?.properties?.['security-severity']) ?? LEVELS[level] ?? 'unknown';
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri;
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

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-trivy.ts
// Reads Trivy's JSON report (`trivy image --format json`, schema version 2; also the bare array
// of results older versions wrote): Results[].Vulnerabilities[], and the Misconfigurations[]
// (status FAIL only) and Secrets[] that carry a severity too. Streamed: only the fields a finding
// needs are parsed; the long descriptions and reference lists are skipped as text.


/** The fields read from each entry; the rest (descriptions, references, CVSS) is skipped unparsed. */
const vulnerabilities_trivy_FIELDS = {
    Vulnerabilities: [
        ['VulnerabilityID'],
        ['PkgName'],
        ['PkgID'],
        ['PkgIdentifier', 'PURL'],
        ['InstalledVersion'],
        ['FixedVersion'],
        ['Severity'],
        ['Title'],
    ],
    Misconfigurations: [['ID'], ['AVDID'], ['Title'], ['Severity'], ['Status'], ['CauseMetadata', 'StartLine']],
    Secrets: [['RuleID'], ['Title'], ['Severity'], ['StartLine']],
};
/** Schema 2 (`Results: [...]`) and the bare array of results older versions wrote. */
const vulnerabilities_trivy_SELECTORS = [
    ['Results', '*', 'Target'],
    ['*', 'Target'],
];
for (const prefix of [['Results', '*'], ['*']]) {
    for (const [kind, fields] of Object.entries(vulnerabilities_trivy_FIELDS)) {
        for (const field of fields)
            vulnerabilities_trivy_SELECTORS.push([...prefix, kind, '*', ...field]);
    }
}
const vulnerabilities_trivy_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** Adds every finding of the Trivy report `path` to `findings`. */
async function readTrivy(path, findings) {
    findings.reports.push(path);
    const targets = new Map();
    const resultKey = (jsonPath) => jsonPath.slice(0, jsonPath[0] === 'Results' ? 2 : 1).join('.');
    // The fields of the entry being read, by their path inside it ("PkgIdentifier.PURL").
    let entry = {};
    await streamJson(path, vulnerabilities_trivy_SELECTORS, {
        onValue(jsonPath, value) {
            const depth = jsonPath[0] === 'Results' ? 2 : 1;
            if (jsonPath.length === depth + 1) {
                targets.set(resultKey(jsonPath), String(value));
                return;
            }
            entry[jsonPath.slice(depth + 2).join('.')] = value;
        },
        onClose(jsonPath) {
            const depth = jsonPath[0] === 'Results' ? 2 : 1;
            const kind = jsonPath[depth];
            if (jsonPath.length !== depth + 2 || typeof kind !== 'string' || !(kind in vulnerabilities_trivy_FIELDS))
                return;
            const finding = vulnerabilities_trivy_toFinding(kind, entry, targets.get(resultKey(jsonPath)) ?? '', path);
            entry = {};
            if (finding)
                findings.add(finding);
        },
    });
}
/** The finding an entry of `kind` describes; undefined for a passed misconfiguration check. */
function vulnerabilities_trivy_toFinding(kind, entry, target, path) {
    const base = { severity: parseSeverity(entry.Severity), source: 'trivy', report: path };
    if (kind === 'Vulnerabilities') {
        return {
            ...base,
            kind: 'vulnerability',
            id: vulnerabilities_trivy_text(entry.VulnerabilityID) ?? '',
            pkg: vulnerabilities_trivy_text(entry.PkgName) ?? vulnerabilities_trivy_text(entry.PkgID) ?? target,
            purl: vulnerabilities_trivy_text(entry['PkgIdentifier.PURL']),
            installed: vulnerabilities_trivy_text(entry.InstalledVersion),
            fixed: vulnerabilities_trivy_text(entry.FixedVersion),
            title: vulnerabilities_trivy_text(entry.Title),
        };
    }
    if (kind === 'Misconfigurations') {
        if (entry.Status !== undefined && entry.Status !== 'FAIL')
            return undefined;
        const startLine = entry['CauseMetadata.StartLine'];
        return {
            ...base,
            kind: 'misconfiguration',
            id: vulnerabilities_trivy_text(entry.AVDID) ?? vulnerabilities_trivy_text(entry.ID) ?? '',
            pkg: target,
            title: vulnerabilities_trivy_text(entry.Title),
            file: target || undefined,
            line: typeof startLine === 'number' && startLine > 0 ? startLine : undefined,
        };
    }
    return {
        ...base,
        kind: 'secret',
        id: vulnerabilities_trivy_text(entry.RuleID) ?? '',
        pkg: target,
        title: vulnerabilities_trivy_text(entry.Title),
        file: target || undefined,
        line: typeof entry.StartLine === 'number' ? entry.StartLine : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/read-reports.ts
// Reads every report of one kind (coverage, vulnerabilities, tests): detects each file's format,
// refuses a file of the wrong kind (a JUnit file among coverage files is a mistake, not a pass)
// and hands it to its reader.















const COVERAGE = {
    lcov: readLcov,
    go: readGoProfile,
    cobertura: readCobertura,
    clover: readClover,
    jacoco: readJacoco,
    'istanbul-json-summary': readIstanbulSummary,
};
const VULNERABILITIES = {
    trivy: readTrivy,
    grype: readGrype,
    sarif: readSarif,
};
function wrongKind(file, format, expected) {
    return new ReportError(file, `is a ${format} report, not ${expected}`, {
        hint: 'List it under the input for its kind (coverage-files, vulnerability-files, test-files)',
    });
}
/** Coverage of all `files`, merged. */
async function readCoverage(files) {
    const set = new CoverageSet();
    for (const file of files) {
        const format = await detectFormat(file);
        const reader = COVERAGE[format];
        if (!reader)
            throw wrongKind(file, format, 'a coverage report');
        await reader(file, set);
    }
    return set;
}
/** Vulnerability findings of all `files`, de-duplicated. */
async function readFindings(files) {
    const set = new FindingSet();
    for (const file of files) {
        const format = await detectFormat(file);
        const reader = VULNERABILITIES[format];
        if (!reader)
            throw wrongKind(file, format, 'a vulnerability report (Trivy JSON, Grype JSON, SARIF)');
        await reader(file, set);
    }
    return set;
}
/** Test results of all JUnit `files`, merged in the order given. */
async function readTests(files) {
    const results = new TestResults();
    for (const file of files) {
        const format = await detectFormat(file);
        if (format !== 'junit')
            throw wrongKind(file, format, 'a JUnit XML report');
        await readJunit(file, results);
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/report-files.ts
// Turns the report globs of one input into files: each pattern must match at least one file
// (unless allow-missing), since a gate that silently finds no report would pass on nothing.


/** Files matching `patterns` (relative to `cwd`), sorted, each once. */
async function findReportFiles(input, patterns, options) {
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        // An absolute path outside cwd is allowed (reports in a temp folder): glob from its root.
        const local = (0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(options.cwd, pattern) : pattern;
        const matches = await glob(local.startsWith('..') ? pattern : local, {
            cwd: options.cwd,
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
    const value = percent(count);
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
        measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
        baseline: baseline === undefined ? undefined : `${formatPercent(baseline)}%`,
        delta: baseline === undefined ? undefined : signed(value - baseline, ' pp'),
        status: value >= min ? 'pass' : 'fail',
    };
}
/** `max-coverage-drop`: line coverage may fall at most `max` percentage points below the baseline. */
function coverageDropRule(max, count, baseline) {
    const value = percent(count);
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
        measured: `${formatPercent(value)}%`,
        baseline: `${formatPercent(baseline)}%`,
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
    const value = percent(count);
    if (value === undefined) {
        return { rule, threshold, measured: 'no added lines with coverage data', status: 'pass', note: why };
    }
    return {
        rule,
        threshold,
        measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
        status: value >= min ? 'pass' : 'fail',
        note: why,
    };
}
/** `max-<severity>` rules for every severity with a limit. */
function vulnerabilityRules(limits, counts, baseline) {
    return SEVERITIES.filter((s) => limits[s] !== undefined).map((severity) => {
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

;// CONCATENATED MODULE: ./packages/core/src/quality/vex.ts
// OpenVEX documents: a `not_affected` or `fixed` statement for a vulnerability and a product
// drops the matching findings, and the report lists what it dropped and why. A statement's
// products (and their subcomponents) are package URLs or image references: a package purl
// matches a finding of that package (by purl without version, or by name; with a version only
// that version); a product that is not a package (pkg:oci, pkg:docker, an image reference) is
// the whole image, so the statement covers every package of the report.


const WHOLE_IMAGE_TYPES = new Set(['oci', 'docker']);
/** name@version of a package purl; undefined for image purls and anything else. */
function packageFromId(id) {
    const match = /^pkg:([^/]+)\/(.+?)(?:@([^?#]+))?(?:[?#].*)?$/.exec(id);
    if (!match || WHOLE_IMAGE_TYPES.has(match[1].toLowerCase()))
        return undefined;
    const path = decodeURIComponent(match[2]);
    return {
        name: path.split('/').pop() ?? path,
        version: match[3] && decodeURIComponent(match[3]),
        purl: `pkg:${match[1]}/${match[2]}`,
    };
}
const idOf = (value) => (typeof value === 'string' ? value : (value['@id'] ?? ''));
/** The not_affected and fixed statements of an OpenVEX document. */
async function readVex(path) {
    let document;
    try {
        document = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new ReportError(path, `not an OpenVEX JSON document: ${error.message}`);
    }
    if (!Array.isArray(document.statements))
        throw new ReportError(path, 'an OpenVEX document needs "statements"');
    const statements = [];
    for (const raw of document.statements) {
        if (raw.status !== 'not_affected' && raw.status !== 'fixed')
            continue;
        const vulnerability = typeof raw.vulnerability === 'string'
            ? raw.vulnerability
            : (raw.vulnerability?.name ?? raw.vulnerability?.['@id'] ?? '');
        const aliases = typeof raw.vulnerability === 'object' ? (raw.vulnerability.aliases ?? []) : [];
        const packages = [];
        let wholeImage = (raw.products ?? []).length === 0;
        for (const product of raw.products ?? []) {
            const subcomponents = typeof product === 'string' ? [] : (product.subcomponents ?? []);
            const ids = subcomponents.length > 0 ? subcomponents.map(idOf) : [idOf(product)];
            for (const id of ids) {
                const pkg = packageFromId(id);
                if (pkg)
                    packages.push(pkg);
                else
                    wholeImage = true;
            }
        }
        statements.push({
            vulnerability,
            aliases,
            status: raw.status,
            justification: raw.justification,
            packages: wholeImage ? [] : packages,
            document: path,
        });
    }
    return statements;
}
/** The statement that drops `finding`, if any. */
function vexFor(finding, statements) {
    return statements.find((statement) => {
        if (statement.vulnerability !== finding.id && !statement.aliases.includes(finding.id))
            return false;
        if (statement.packages.length === 0)
            return true;
        return statement.packages.some((pkg) => {
            const findingPurl = finding.purl?.replace(/[@?#].*$/, '');
            const sameName = findingPurl ? findingPurl === pkg.purl || pkg.name === finding.pkg : pkg.name === finding.pkg;
            return sameName && (pkg.version === undefined || pkg.version === finding.installed);
        });
    });
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
    const set = await readCoverage(files);
    const totals = set.totals();
    result.coverage = { set, totals };
    result.nextBaseline.lineCoverage = percent(totals.lines);
    result.nextBaseline.branchCoverage = percent(totals.branches);
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
    const all = (await readFindings(files)).all();
    const ignore = readIgnoreIds(request.ignoreIds, deps.now);
    for (const id of ignore.expired)
        result.notes.push(`The ignore entry for ${id} has expired: it counts again.`);
    const statements = [];
    for (const file of vexFiles)
        statements.push(...(await readVex(file)));
    const baselineKeys = deps.baseline?.findings ? new Set(deps.baseline.findings) : undefined;
    if (request.newOnly && !baselineKeys)
        result.notes.push('new-only: no baseline with findings yet, so every finding counts.');
    const counted = [];
    const dropped = [];
    const afterFilters = [];
    for (const finding of all) {
        const statement = vexFor(finding, statements);
        const reason = ignore.ids.has(finding.id)
            ? 'ignored (ignore-ids)'
            : request.ignoreUnfixed && finding.kind === 'vulnerability' && finding.fixed === undefined
                ? 'no fix yet (ignore-unfixed)'
                : statement
                    ? `VEX ${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`
                    : undefined;
        if (reason) {
            dropped.push({ finding, reason });
            continue;
        }
        afterFilters.push(finding);
        if (request.newOnly && baselineKeys?.has(findingKey(finding)))
            dropped.push({ finding, reason: 'in the baseline (new-only)' });
        else
            counted.push(finding);
    }
    const counts = countBySeverity(counted);
    result.findings = { counted, counts, dropped, all };
    // The baseline keeps every finding the filters let through, so new-only compares like with like.
    result.nextBaseline.vulnerabilities = countBySeverity(afterFilters);
    result.nextBaseline.findings = afterFilters.map(findingKey);
    const limits = { ...DEFAULT_LIMITS, ...request.maxBySeverity };
    result.rules.push(...vulnerabilityRules(limits, counts, request.newOnly ? undefined : deps.baseline?.vulnerabilities));
}

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
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
    constructor(file, where, problem) {
        super(`Policy ${file}${where}: ${problem}`, {
            hint: 'See quality-gate/README.md ("Policy file") for the keys and their types',
        });
        this.name = 'PolicyError';
    }
}
/** Reads the policy at `path`; `explicit` false means the default path, which may be absent. */
async function loadPolicy(path, explicit) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicit)
            throw new PolicyError(path, '', 'the file does not exist (input "policy")');
        return new Map();
    }
    const { parseDocument, LineCounter, isMap, isScalar, isSeq } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument((0,external_node_fs_.readFileSync)(path, 'utf8'), { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw new PolicyError(path, `:${lineCounter.linePos(error.pos[0]).line}`, `not valid YAML (${error.message.split('\n')[0]})`);
    }
    const values = new Map();
    if (document.contents === null)
        return values;
    const lineOf = (node) => node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
    const fail = (node, key, problem) => {
        throw new PolicyError(path, lineOf(node), `${key ? `"${key}" ` : ''}${problem}`);
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
        checkName: (0,runner_inputs/* readString */.E3)(source, 'check-name', { fallback: 'quality-gate' }),
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
            throw new PolicyError(policyFile, '', message);
        }
        throw error;
    }
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
        items.push(`lines ${formatPercent(percent(lines)) || 'n/a'}% (${lines.hit}/${lines.found})`);
        if (branches.found > 0)
            items.push(`branches ${formatPercent(percent(branches))}% (${branches.hit}/${branches.found})`);
        if (result.patch)
            items.push(`patch ${formatPercent(percent(result.patch.lines)) || 'n/a'}% (${result.patch.lines.hit}/${result.patch.lines.found})`);
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
    const { counted, dropped } = result.findings;
    let text = '';
    if (counted.length > 0) {
        const worst = [...counted].sort(worstFirst).slice(0, TOP_FINDINGS);
        text += `### Top vulnerabilities (${worst.length} of ${counted.length})\n\n`;
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
    if (dropped.length > 0) {
        const reasons = new Map();
        for (const d of dropped)
            reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
        text += `Not counted: ${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')}.\n\n`;
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
        text += (0,markdown/* table */.tp)(['File', 'Lines', 'Covered'], least.map((f) => [f.path, `${f.lines.hit}/${f.lines.found}`, `${formatPercent(percent(f.lines))}%`]));
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
        coverage: result.coverage ? formatPercent(percent(result.coverage.totals.lines)) : '',
        'branch-coverage': result.coverage ? formatPercent(percent(result.coverage.totals.branches)) : '',
        'patch-coverage': result.patch ? formatPercent(percent(result.patch.lines)) : '',
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
        vulnerabilities: result.findings && {
            counts: result.findings.counts,
            counted: [...result.findings.counted].sort(worstFirst),
            dropped: result.findings.dropped.map((d) => ({ ...d.finding, reason: d.reason })),
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
    for (const finding of [...(result.findings?.counted ?? [])].sort(worstFirst)) {
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
        else
            write(JSON.stringify(node) ?? 'null');
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
















function baselineStore(inputs, ci, rt) {
    if (inputs.baseline.kind === 'none')
        return noBaselineStore;
    if (inputs.baseline.kind === 'file')
        return fileBaselineStore((0,external_node_path_.resolve)(ci.workspace, inputs.baseline.path));
    return cacheBaselineStore({
        repository: ci.repository || 'local',
        checkName: inputs.checkName,
        runId: `${ci.runId}-${ci.runAttempt}`,
        log: rt.log,
        env: rt.env,
    });
}
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
    const { createRegistryClient } = await Promise.all(/* import() */[__webpack_require__.e(972), __webpack_require__.e(207), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 4372));
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
    let store;
    let result;
    try {
        const policyInput = (0,runner_inputs/* readString */.E3)(given, 'policy');
        const policyFile = (0,external_node_path_.resolve)(ci.workspace, policyInput || DEFAULT_POLICY_PATH);
        inputs = readGateInputs(given, await loadPolicy(policyFile, policyInput !== ''), policyFile);
        store = baselineStore(inputs, ci, rt);
        const pr = ci.pullRequest?.baseSha && ci.pullRequest.headSha
            ? { base: ci.pullRequest.baseSha, head: ci.pullRequest.headSha }
            : undefined;
        const { request } = inputs;
        const judged = request.coverageFiles.length + request.vulnerabilityFiles.length + request.testFiles.length;
        // Nothing a baseline could be compared with: do not fetch one.
        const baseline = judged + request.budgets.length > 0 ? await store.load() : undefined;
        const registry = request.images.length > 0 ? await registryReader(rt) : undefined;
        result = await rt.log.group('Reading reports', () => runGate(request, {
            cwd: ci.workspace,
            exec: exec.execProcess,
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
        await store
            .save(result.nextBaseline)
            .catch((e) => rt.log.warning(`Baseline not saved: ${(0,cib_error/* errorMessage */.gJ)(e)}`));
    }
    rt.log.info(`Quality gate: ${result.conclusion} (${headline(result)}), reported via ${published.via}`);
    if (result.conclusion === 'failure' && inputs.fail)
        throw new cib_error/* CibError */.hi(`Quality gate failed: ${headline(result)}`);
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

/***/ 482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isShallowRepository)
/* harmony export */ });
/** True when the repository at `cwd` is a shallow clone; false outside a repository. */
async function isShallowRepository(exec, cwd) {
    const result = await exec('git', ['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
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


/***/ }),

/***/ 3880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ GcNudge),
/* harmony export */   VC: () => (/* binding */ prepareGcNudge)
/* harmony export */ });
/* unused harmony export NUDGE_EVERY_BYTES */
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
/** Counts the bytes (or characters) one stream has passed and nudges every `every` of them. */
class GcNudge {
    every;
    passed = 0;
    constructor(every = NUDGE_EVERY_BYTES) {
        this.every = every;
    }
    /** Records `bytes` more passed; asks for a minor collection when `every` have piled up. */
    passedBytes(bytes) {
        this.passed += bytes;
        if (this.passed < this.every)
            return;
        this.passed = 0;
        collect?.({ type: 'minor' });
    }
}


/***/ })

};
