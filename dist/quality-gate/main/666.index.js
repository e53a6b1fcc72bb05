export const id = 666;
export const ids = [666];
export const modules = {

/***/ 8666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GITHUB_API_URL: () => (/* binding */ DEFAULT_GITHUB_API_URL),
  GITHUB_API_VERSION: () => (/* binding */ GITHUB_API_VERSION),
  GithubClient: () => (/* binding */ GithubClient),
  createGithubClient: () => (/* binding */ createGithubClient)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/http/http-client.ts
var http_client = __webpack_require__(6966);
// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
// EXTERNAL MODULE: ./packages/core/src/github/api-error.ts
var api_error = __webpack_require__(6398);
;// CONCATENATED MODULE: ./packages/core/src/github/link-header.ts
// The `Link` header GitHub paginates with: `<https://api.github.com/...&page=2>; rel="next", ...`.
/** The `rel="next"` URL of a Link header, if any. */
function nextPageUrl(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (!match)
            continue;
        const rels = /\brel="?([^";]+)"?/.exec(match[2])?.[1]?.split(/\s+/) ?? [];
        if (rels.includes('next') && URL.canParse(match[1]))
            return new URL(match[1]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/rate-limit.ts
const SECONDARY_MINIMUM_MS = 60_000;
/** The wait GitHub asks for in ms, or undefined when the answer is not a rate limit. */
function rateLimitWait(response, now) {
    if (response.status !== 403)
        return undefined;
    const retryAfter = response.headers['retry-after'];
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim()) * 1000;
    if (response.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(response.headers['x-ratelimit-reset']);
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - now);
    }
    if (/secondary rate limit|abuse detection/i.test(response.body.toString('utf8')))
        return SECONDARY_MINIMUM_MS;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts
// The one GitHub REST client: requests go through the shared HttpClient (timeouts, retries on
// 5xx/429 with Retry-After), to GITHUB_API_URL (GitHub Enterprise Server: https://host/api/v3),
// with the API version pinned. On top it waits out GitHub's rate limits (a 403 or 429 saying so)
// and follows `Link: rel="next"` pages. Routes, parameters and bodies are typed from GitHub's
// OpenAPI description (api-types.ts). Feature calls (check runs, statuses, refs) live beside it.






/** The REST API version every request asks for (GitHub's `X-GitHub-Api-Version`). */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Pages of at most 100 items (GitHub's largest `per_page`); a loop of pages stops here. */
const MAX_PAGES = 1000;
class GithubClient {
    baseUrl;
    http;
    token;
    clock;
    options;
    constructor(options) {
        options.setSecret?.(options.token);
        this.options = options;
        this.token = options.token;
        const root = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
        this.baseUrl = new URL(`${root}/`);
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.http =
            options.http ??
                new http_client/* HttpClient */.Q({
                    clock: this.clock,
                    onRetry: (message) => options.log?.info(`GitHub API: ${message}`),
                });
    }
    /** One call; a non-2xx answer (after retries) throws GithubApiError with GitHub's message. */
    async request(method, route, parts) {
        const url = this.url(route, parts.path, parts.query);
        return this.send(method, url, `${method} ${route}`, parts.body, parts.idempotent);
    }
    /**
     * Every item of a paginated list: `per_page=100`, then each `Link: rel="next"` page. `items`
     * picks the array out of answers that wrap it (`{ total_count, check_runs: [...] }`).
     */
    async paginate(route, parts, items) {
        const query = { per_page: 100, ...parts.query };
        let url = this.url(route, parts.path, query);
        const seen = new Set();
        const all = [];
        while (url) {
            if (seen.has(url.href) || seen.size >= MAX_PAGES) {
                throw new cib_error/* CibError */.hi(`GitHub API GET ${route}: the Link header leads back to a page already read (or past ${MAX_PAGES} pages)`);
            }
            seen.add(url.href);
            const page = await this.send('GET', url, `GET ${route}`);
            all.push(...items(page.data));
            url = nextPageUrl(page.headers.link);
            // The token goes only to the API's own origin, whatever a Link header says.
            if (url && url.origin !== this.baseUrl.origin)
                url = undefined;
        }
        return all;
    }
    url(route, path, query) {
        const filled = route.replace(/\{(\w+)\}/g, (_, name) => {
            const value = path[name];
            if (value === undefined)
                throw new TypeError(`GitHub route ${route}: no value for {${name}}`);
            // Refs and SHAs may hold slashes (`tags/release/2.0`): each segment is encoded on its own.
            return String(value).split('/').map(encodeURIComponent).join('/');
        });
        const url = new URL(filled.slice(1), this.baseUrl);
        for (const [name, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        }
        return url;
    }
    async send(method, url, what, body, idempotent) {
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'x-github-api-version': GITHUB_API_VERSION,
        };
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
        if (payload)
            headers['content-type'] = 'application/json; charset=utf-8';
        const retries = this.options.rateLimitRetries ?? 3;
        const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
        for (let attempt = 0;; attempt++) {
            const response = await this.http.send({ method, url, headers, body: payload, idempotent });
            if (response.status >= 200 && response.status < 300) {
                return { status: response.status, headers: response.headers, data: parseJson(response.body, what) };
            }
            const wait = rateLimitWait(response, this.clock.now());
            if (wait === undefined || attempt >= retries || wait > maxWait) {
                throw new api_error/* GithubApiError */.A(what, response.status, response.body);
            }
            this.options.log?.info(`GitHub API: ${what} was rate-limited (${response.status}); waiting ${Math.ceil(wait / 1000)} s`);
            await this.clock.sleep(wait);
        }
    }
}
/** A success answer's JSON; a proxy's HTML page in its place is the network's fault, not a bug. */
function parseJson(body, what) {
    const text = body.toString('utf8');
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new cib_error/* CibError */.hi(`GitHub API ${what} answered with a body that is not JSON`, {
            hint: 'Check GITHUB_API_URL: it must point at the REST API (https://<host>/api/v3 on GitHub Enterprise Server)',
        });
    }
}
/** The client an action uses: GITHUB_API_URL from the runner's environment, the token masked. */
function createGithubClient(rt, token) {
    return new GithubClient({ token, apiUrl: rt.env.GITHUB_API_URL, setSecret: (s) => rt.setSecret(s), log: rt.log });
}


/***/ }),

/***/ 6398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ GithubApiError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// A GitHub REST answer that is not a success, as one error that says what went wrong and what
// to do. The token never appears in it: only the method, the route and GitHub's own message.

function hintFor(status, message) {
    if (status === 401)
        return 'GitHub refused the token: check github-token (expired, revoked, or for another host)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return ("The token lacks this permission: grant it in the workflow's `permissions:` (checks: write, " +
            'statuses: write); pull requests from forks get a read-only token');
    }
    if (status === 403 && /rate limit/i.test(message))
        return 'GitHub rate-limited this token: try again later';
    if (status === 404)
        return 'No such repository or object, or the token cannot see it (GitHub answers 404 for both)';
    return undefined;
}
class GithubApiError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    status;
    /** GitHub's `message` as sent. */
    apiMessage;
    documentationUrl;
    constructor(what, status, body) {
        let parsed = {};
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            // A proxy's HTML page, say: the status alone will have to do.
        }
        const apiMessage = (parsed.message ?? '').replace(/\s*\n+\s*/g, ' ').trim();
        const details = (parsed.errors ?? [])
            .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
            .filter(Boolean);
        // GitHub's messages end with a period; the hint adds its own.
        const text = [apiMessage || 'no message', ...details].join('; ').replace(/\.$/, '');
        super(`GitHub API ${what} answered ${status}: ${text}`, { hint: hintFor(status, apiMessage) });
        this.name = 'GithubApiError';
        this.status = status;
        this.apiMessage = apiMessage;
        this.documentationUrl = parsed.documentation_url;
    }
}


/***/ }),

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
/* unused harmony export MIN_ATTEMPT_MS */
/* harmony import */ var _time_clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9661);
/* harmony import */ var _limiter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8178);
/* harmony import */ var _retry_policy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7559);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6291);
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). Answers come whole (`send`) or streaming (`open`); what cannot be sent twice (a
// stream body) is sent once, and its caller starts over through `backOff`, by the same policy.
// It counts what it sends, so benchmarks can report requests made.




/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    streamTransport;
    limiter;
    timeoutMs;
    clock;
    random;
    constructor(options = {}) {
        this.options = options;
        this.streamTransport =
            options.streamTransport ?? (options.transport ? (0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .streamOver */ .pD)(options.transport) : _transport__WEBPACK_IMPORTED_MODULE_2__/* .nodeStreamTransport */ .QE);
        this.transport = options.transport ? (0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .readingStreamBodies */ .b4)(options.transport) : (0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .bufferOver */ .Lb)(this.streamTransport);
        this.limiter = new _limiter__WEBPACK_IMPORTED_MODULE_3__/* .Limiter */ .j(options.maxConcurrency ?? 8);
        this.timeoutMs = options.timeoutMs ?? 30000;
        this.policy = { ..._retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
        this.clock = options.clock ?? _time_clock__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
        this.random = options.random ?? Math.random;
    }
    /**
     * Sends the request, retrying retryable answers and connection errors. Returns the last
     * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
     * when no attempt got an answer. A request whose body is a stream is sent once.
     */
    send(request) {
        return this.exchange(request, this.transport, () => undefined);
    }
    /**
     * As `send`, but resolves at the answer's headers with its body streaming: the caller reads it
     * to the end or destroys it. Retries happen until an answer's headers are in; a body that
     * fails later fails the stream, and the caller starts over. The request's concurrency slot is
     * given back at the headers.
     */
    open(request) {
        // A retried answer's body is drained, so its connection can serve the next attempt.
        return this.exchange(request, this.streamTransport, (answer) => void answer.body.resume());
    }
    /**
     * Waits before the caller starts over something the client could not repeat by itself (a copy
     * whose body was a stream), by the policy of the client's own retries: `Retry-After` of the
     * answer that failed it honoured, counted and logged as a retry. `attempt` counts from 0;
     * false, without waiting, when the policy's attempts are used up.
     */
    async backOff(attempt, what, answer) {
        if (attempt + 1 >= this.policy.attempts)
            return false;
        const retryAfter = (0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(answer?.headers['retry-after'], this.clock.now());
        await this.wait(attempt, (0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, this.policy, retryAfter, this.random), what);
        return true;
    }
    async exchange(request, transport, discard) {
        const { deadline, idempotent, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        const attempts = (0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .isStreamBody */ .nt)(request.body) ? 1 : this.policy.attempts;
        const repeatable = idempotent ?? _retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .IDEMPOTENT_METHODS */ .p3.has(request.method);
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return transport(full);
                });
            }
            catch (error) {
                if (!(error instanceof _transport__WEBPACK_IMPORTED_MODULE_2__/* .HttpNetworkError */ .z3))
                    throw error;
                outcome = error;
            }
            if (outcome instanceof _transport__WEBPACK_IMPORTED_MODULE_2__/* .HttpNetworkError */ .z3) {
                if (last || !(0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableNetworkCode */ .EZ)(outcome.code))
                    throw outcome;
                if (!repeatable && !(0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .isUnsentNetworkCode */ .Io)(outcome.code))
                    throw outcome;
                const delay = (0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${(0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !(0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(outcome.status))
                return outcome;
            if (!repeatable && !(0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .isUnprocessedStatus */ .MB)(outcome.status))
                return outcome;
            const retryAfter = (0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(outcome.headers['retry-after'], this.clock.now());
            const delay = (0,_retry_policy__WEBPACK_IMPORTED_MODULE_1__/* .retryDelay */ .a2)(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            discard(outcome);
            await this.wait(attempt, delay, `${full.method} ${(0,_transport__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.clock.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.clock.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.clock.sleep(delay);
    }
}


/***/ }),

/***/ 8178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ Limiter)
/* harmony export */ });
/* unused harmony export mapLimited */
// A counting semaphore: at most `limit` tasks run at once, the rest wait in order.
class Limiter {
    limit;
    running = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new RangeError(`limit must be at least 1, got ${limit}`);
    }
    /** Runs `task` when a slot is free. */
    async run(task) {
        if (this.running >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.running++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running--;
        }
    }
}
/** Maps over `items` with at most `limit` calls of `fn` at once; results keep the input order. */
async function mapLimited(items, limit, fn) {
    const limiter = new Limiter(limit);
    return Promise.all(items.map((item, index) => limiter.run(() => fn(item, index))));
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ isRetryableNetworkCode),
/* harmony export */   Io: () => (/* binding */ isUnsentNetworkCode),
/* harmony export */   MB: () => (/* binding */ isUnprocessedStatus),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   p3: () => (/* binding */ IDEMPOTENT_METHODS)
/* harmony export */ });
// When and how long to wait before sending a request again: 408, 429 and 5xx answers and
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring
// Retry-After; and which of those allow sending a request that is not idempotent again.
const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8000,
    maxRetryAfterMs: 60000,
};
/** 408 Request Timeout, 429 Too Many Requests and server errors other than "not implemented". */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
/**
 * Methods a client may send again after an answer or a connection that left it unsure whether the
 * server acted (RFC 9110, 9.2.2): repeating them changes nothing more than the first did.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/**
 * Answers that say the server did not act on the request, so even a POST may be sent again: 429
 * (RFC 6585: rate limited, refused before processing). A 5xx says nothing of the kind: a proxy's
 * 502 may come after the server created what was asked.
 */
function isUnprocessedStatus(status) {
    return status === 429;
}
/** Connection errors that mean the request never reached the server. */
function isUnsentNetworkCode(code) {
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH';
}
/** Network error codes worth another attempt (not TLS or DNS "no such host" failures). */
function isRetryableNetworkCode(code) {
    return RETRYABLE_CODES.has(code);
}
/**
 * The wait a Retry-After header asks for, in ms: delta-seconds or an HTTP date. Large bare
 * numbers (over 1000) are read as milliseconds, the unit GHCR sends them in; nobody means
 * "retry in 17 minutes" to a CI client.
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) {
        const n = Number(text);
        return n > 1000 ? Math.round(n) : Math.round(n * 1000);
    }
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * The wait before attempt `attempt + 1` (attempt counts from 0): Retry-After when the server
 * said so (cut to the policy's limit), else exponential backoff with jitter.
 */
function retryDelay(attempt, policy, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.maxRetryAfterMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Lb: () => (/* binding */ bufferOver),
/* harmony export */   QE: () => (/* binding */ nodeStreamTransport),
/* harmony export */   Td: () => (/* binding */ stream),
/* harmony export */   b4: () => (/* binding */ readingStreamBodies),
/* harmony export */   nt: () => (/* binding */ isStreamBody),
/* harmony export */   pD: () => (/* binding */ streamOver),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony export nodeTransport */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);

/**
 * node:stream, loaded on the first exchange rather than with the module: node:stream costs
 * start-up to every action, and one that stops at an input error never sends a request.
 */
function stream() {
    return process.getBuiltinModule('node:stream');
}
/** True when a request body is a stream (sent once, as it comes) rather than bytes. */
function isStreamBody(body) {
    return body !== undefined && !Buffer.isBuffer(body);
}
/** No answer: the connection failed, was dropped, or the timeout passed. */
class HttpNetworkError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    /** `ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT` (our timeout), `EPROTO` (TLS to a plain port)… */
    code;
    /** The URL asked (after redirects, the hop that failed). */
    url;
    constructor(request, code, detail, cause) {
        super(`${request.method} ${redactUrl(request.url)} failed: ${detail}`, { cause });
        this.name = 'HttpNetworkError';
        this.code = code;
        this.url = request.url;
    }
}
/** The URL without query string values that may carry upload state or tokens. */
function redactUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
}
const clients = new Map();
/**
 * node:http or node:https with a keep-alive agent, loaded on first use: node:http alone costs
 * tens of milliseconds of start-up, which an action that fails on its inputs should not pay, and
 * a run against an HTTPS registry never needs the plain module.
 */
function clientFor(protocol) {
    let client = clients.get(protocol);
    if (!client) {
        client = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).then((mod) => ({
            request: mod.request,
            agent: new mod.Agent({ keepAlive: true, maxSockets: 16 }),
        }));
        clients.set(protocol, client);
    }
    return client;
}
/** Sends over node:http(s), resolving at the answer's headers. */
const nodeStreamTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        /** The answer's body once handed out: failures from then on end it instead of the promise. */
        let answer;
        const fail = (error) => {
            if (answer) {
                if (!answer.destroyed && !answer.writableEnded)
                    answer.destroy(error);
                return;
            }
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const failNetwork = (code, detail, cause) => fail(new HttpNetworkError(request, code, detail, cause));
        const headers = { 'user-agent': 'cib', ...request.headers };
        const streamed = isStreamBody(request.body) ? request.body : undefined;
        if (Buffer.isBuffer(request.body))
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            settled = true;
            // Flow control by hand rather than pipe(): an answer cut short must fail the body, never end it.
            const body = new (stream().PassThrough)();
            answer = body;
            res.on('data', (chunk) => {
                if (!body.write(chunk))
                    res.pause();
            });
            body.on('drain', () => res.resume());
            res.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => failNetwork('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (!res.complete) {
                    failNetwork('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                body.end();
                // Answered before the whole body was sent (a refusal): the connection cannot be reused.
                if (streamed && !streamed.readableEnded)
                    req.destroy();
            });
            // The reader gave up early: drop the connection rather than leave it half read.
            body.on('close', () => {
                if (!res.complete)
                    req.destroy();
            });
            const single = {};
            const lists = {};
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
                const name = raw[i].toLowerCase();
                (lists[name] ??= []).push(raw[i + 1]);
            }
            for (const [name, values] of Object.entries(lists))
                single[name] = values.join(', ');
            resolve({ status: res.statusCode ?? 0, headers: single, rawHeaders: lists, body, url: request.url });
        });
        req.on('timeout', () => {
            failNetwork('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
        if (streamed) {
            streamed.once('error', (error) => {
                fail(error);
                req.destroy();
            });
            streamed.pipe(req);
        }
        else {
            req.end(request.body);
        }
    });
};
/** The whole body of a streamed answer; `ETOOLARGE` (not retried) past `request.maxBodyBytes`. */
function readBody(body, request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        body.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                reject(new HttpNetworkError(request, 'ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`));
                body.destroy();
            }
        });
        body.on('error', reject);
        body.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
}
/** A transport that reads each answer whole, over one that streams. */
function bufferOver(transport) {
    return async (request) => {
        const answer = await transport(request);
        return { ...answer, body: await readBody(answer.body, request) };
    };
}
/**
 * A transport that takes stream bodies over one that takes only bytes (the scripted transports of
 * tests): a stream body is read first, and fails the exchange before anything is sent if it fails.
 */
function readingStreamBodies(transport) {
    return async (request) => {
        if (!isStreamBody(request.body))
            return transport(request);
        return transport({ ...request, body: await readBody(request.body, { ...request, maxBodyBytes: undefined }) });
    };
}
/** A streaming transport over one that takes and gives whole bodies (the scripted transports of tests). */
function streamOver(transport) {
    const sending = readingStreamBodies(transport);
    return async (request) => {
        const answer = await sending(request);
        // In pieces of the size a socket reads, as an answer from the network comes.
        const pieces = [];
        for (let at = 0; at < answer.body.length; at += 64 * 1024)
            pieces.push(answer.body.subarray(at, at + 64 * 1024));
        return { ...answer, body: stream().Readable.from(pieces, { objectMode: false }) };
    };
}
/** Sends over node:http(s) and reads the whole answer. */
const nodeTransport = bufferOver(nodeStreamTransport);


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
