export const id = 803;
export const ids = [803];
export const modules = {

/***/ 1803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheBaselineStore: () => (/* binding */ cacheBaselineStore)
/* harmony export */ });
/* unused harmony export baselineKeyPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _baseline__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3420);
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
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'cib-quality-baseline');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    // One file per repository and check (two gates in one job must not share it), short enough for any name.
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(prefix).digest('hex').slice(0, 16)}.json`);
    const file = (0,_baseline__WEBPACK_IMPORTED_MODULE_4__/* .fileBaselineStore */ .xC)(path);
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


/***/ })

};
