export const id = 608;
export const ids = [608];
export const modules = {

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyDeployment: () => (/* binding */ verifyDeployment)
/* harmony export */ });
/* unused harmony export parseBuildInfoBody */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _http_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6966);
/* harmony import */ var _time_clock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _http_redirects__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8295);
/* harmony import */ var _commit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7544);
/* harmony import */ var _json_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3843);
/* harmony import */ var _verify_request__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8108);
// Verify mode: polls a deployed build-info endpoint (JSON such as the seeds' `/build/info`, or
// a build-info.js) until the field at a dotted path names the expected commit, in full or
// abbreviated. Fails with the last value seen when time runs out. Each poll is one request of
// the shared HTTP client (timeout per attempt, retries within the time left) following
// redirects without taking the credentials to another origin. The clock and sleep are
// parameters so unit tests do not wait; the log is the one core code takes.







const ACCEPT = 'application/json, text/javascript, */*;q=0.5';
/** A status page has no business being bigger. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Parses a build-info body: JSON, or a build-info.js `window.NAME = {...};` script. */
function parseBuildInfoBody(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        const script = /^\s*window\.[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?\s*$/.exec(body);
        if (!script)
            return undefined;
        try {
            return JSON.parse(script[1]);
        }
        catch {
            return undefined;
        }
    }
}
function serializable(document) {
    try {
        JSON.stringify(document);
        return true;
    }
    catch {
        return false;
    }
}
function showValue(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
async function observe(http, url, options, authorization, deadline) {
    try {
        const answer = await (0,_http_redirects__WEBPACK_IMPORTED_MODULE_3__/* .sendFollowingRedirects */ .fo)(http, { method: 'GET', url, headers: { accept: ACCEPT }, maxBodyBytes: MAX_BODY_BYTES, deadline }, { authorization });
        if (answer.status < 200 || answer.status > 299)
            return { matched: false, description: `HTTP ${answer.status}` };
        const document = parseBuildInfoBody(answer.body.toString('utf8'));
        if (document === undefined)
            return { matched: false, description: 'a response that is not JSON' };
        // The json output writes the document out again: an answer JSON.parse took but
        // JSON.stringify cannot recurse through (tens of thousands of levels) is refused here.
        if (!serializable(document))
            return { matched: false, description: 'an answer nested too deeply to handle' };
        const value = (0,_json_path__WEBPACK_IMPORTED_MODULE_5__/* .readJsonPath */ .A)(document, options.field);
        if (value === undefined || value === null) {
            return { matched: false, description: `a response without ${options.field}`, document };
        }
        const seen = showValue(value);
        return {
            matched: typeof value === 'string' && (0,_commit__WEBPACK_IMPORTED_MODULE_4__/* .commitMatches */ .de)(value, options.commit, options.minShortLength),
            description: `${options.field} = ${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(seen, 80)}`,
            seen,
            document,
            url: answer.url.href,
        };
    }
    catch (error) {
        return { matched: false, description: `no answer (${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})` };
    }
}
/** Polls until the deployment reports the commit; throws a CibError with the last value seen. */
async function verifyDeployment(options, deps = {}) {
    const now = deps.now ?? _time_clock__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m.now;
    const sleep = deps.sleep ?? _time_clock__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m.sleep;
    const log = (message) => deps.log?.info(message);
    const http = deps.http ?? new _http_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({ clock: { now, sleep }, onRetry: log });
    const { url, authorization: basic } = (0,_verify_request__WEBPACK_IMPORTED_MODULE_6__/* .splitUrlCredentials */ .C)(options.url);
    const authorization = options.token ? `Bearer ${options.token}` : basic;
    const deadline = now() + options.timeoutSeconds * 1000;
    const short = (0,_commit__WEBPACK_IMPORTED_MODULE_4__/* .shortCommit */ .Ax)(options.commit, options.minShortLength);
    for (let attempts = 1;; attempts++) {
        const seen = await observe(http, url, options, authorization, deadline);
        if (seen.matched) {
            return { attempts, seen: seen.seen ?? '', document: seen.document, url: seen.url ?? url.href };
        }
        const left = deadline - now();
        if (left <= 0) {
            throw new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`${url.href} did not report commit ${short} in ${options.field} within ${options.timeoutSeconds} s ` +
                `(${attempts} attempt${attempts === 1 ? '' : 's'}); last seen: ${seen.description}`, { hint: 'Check that the deployment finished, or raise verify-timeout' });
        }
        const wait = Math.min(options.intervalSeconds * 1000, left);
        log(`Attempt ${attempts}: ${seen.description}; trying again in ${Math.round(wait / 100) / 10} s`);
        await sleep(wait);
    }
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
