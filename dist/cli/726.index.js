export const id = 726;
export const ids = [726];
export const modules = {

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// A bad action input: the error names the input, the value it got and what was expected.

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
class InputError extends _cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    input;
    constructor(input, value, expected, hint) {
        const shown = value === undefined || value === '' ? 'is empty' : `is ${(0,_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(value)}`;
        super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
        this.name = 'InputError';
        this.input = input;
    }
}


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ basicCredentials),
/* harmony export */   a: () => (/* binding */ basicAuthorization)
/* harmony export */ });
// HTTP Basic credentials (RFC 7617): base64 of `user:password`, the form registries, token
// services and verify URLs take them in, and the form a log could show them in (so it is masked).
/** base64 of `username:password`, as in a Basic header or a Docker config's `auth` field. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/** The value of an `Authorization: Basic …` header. */
function basicAuthorization(username, password) {
    return `Basic ${basicCredentials(username, password)}`;
}


/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  dt: () => (/* binding */ sleepFor)
});

// UNUSED EXPORTS: MIN_ATTEMPT_MS

;// CONCATENATED MODULE: ./packages/core/src/http/limiter.ts
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

;// CONCATENATED MODULE: ./packages/core/src/http/retry-policy.ts
// When and how long to wait before sending a request again: 408, 429 and 5xx answers and
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring Retry-After.
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

// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
;// CONCATENATED MODULE: ./packages/core/src/http/http-client.ts
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). It counts what it sends, so benchmarks can report requests made.



/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
/** Waits `ms` milliseconds: the real clock behind the `sleep` seams. */
const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    limiter;
    timeoutMs;
    sleep;
    now;
    random;
    constructor(options = {}) {
        this.options = options;
        this.transport = options.transport ?? transport/* nodeTransport */._3;
        this.limiter = new Limiter(options.maxConcurrency ?? 8);
        this.timeoutMs = options.timeoutMs ?? 30000;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.sleep = options.sleep ?? sleepFor;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
    }
    /**
     * Sends the request, retrying retryable answers and connection errors. Returns the last
     * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
     * when no attempt got an answer.
     */
    async send(request) {
        const { deadline, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= this.policy.attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return this.transport(full);
                });
            }
            catch (error) {
                if (!(error instanceof transport/* HttpNetworkError */.z3))
                    throw error;
                outcome = error;
            }
            if (outcome instanceof transport/* HttpNetworkError */.z3) {
                if (last || !isRetryableNetworkCode(outcome.code))
                    throw outcome;
                const delay = retryDelay(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${(0,transport/* redactUrl */.BO)(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !isRetryableStatus(outcome.status))
                return outcome;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.now());
            const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            await this.wait(attempt, delay, `${full.method} ${(0,transport/* redactUrl */.BO)(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.sleep(delay);
    }
}


/***/ }),

/***/ 8295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ RedirectError),
/* harmony export */   fo: () => (/* binding */ sendFollowingRedirects)
/* harmony export */ });
/* unused harmony export redirectLocation */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6291);
// Following redirects on top of the HTTP client, and the one rule for where credentials go:
// the Authorization header is sent to the first URL's origin (scheme, host and port) only, and
// once the chain has left that origin it is not sent again, even if a later redirect comes
// back. Userinfo in a Location is never used, and only http(s) targets are followed.


/** A redirect that was not followed: too many of them, or a target that is not http(s). */
class RedirectError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    /** The redirect answer that was not followed. */
    response;
    constructor(message, response) {
        super(message);
        this.name = 'RedirectError';
        this.response = response;
    }
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The Location a redirect answer points to, or undefined when the answer is not a redirect. */
function redirectLocation(response) {
    return REDIRECT_STATUSES.has(response.status) ? response.headers.location || undefined : undefined;
}
/**
 * Sends `request` through `http` (timeouts and retries per hop) and follows redirects.
 * Only GET and HEAD are followed, with the same method and headers; any other method gets the
 * redirect answer back, since resending a body elsewhere is the caller's decision. Throws
 * RedirectError past `maxRedirects` or for a non-http(s) target; HttpNetworkError as `send` does.
 */
async function sendFollowingRedirects(http, request, options = {}) {
    if (request.url.username || request.url.password) {
        // node:http would turn them into a Basic header behind our back, on every hop.
        throw new TypeError(`give the credentials of ${(0,_transport__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(request.url)} as options.authorization, not in the URL`);
    }
    const maxRedirects = options.maxRedirects ?? 10;
    const origin = request.url.origin;
    const follows = request.method === 'GET' || request.method === 'HEAD';
    let url = request.url;
    let credentialsDropped = false;
    for (let redirects = 0;; redirects++) {
        if (url.origin !== origin)
            credentialsDropped = true;
        const headers = { ...request.headers };
        if (options.authorization && !credentialsDropped)
            headers.authorization = options.authorization;
        const response = await http.send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
        const location = follows ? redirectLocation(response) : undefined;
        if (location === undefined)
            return { ...response, redirects, credentialsDropped };
        if (redirects >= maxRedirects) {
            throw new RedirectError(`${(0,_transport__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(request.url)}: more than ${maxRedirects} redirects`, response);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new RedirectError(`${(0,_transport__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)}: redirect to a ${next.protocol} URL refused`, response);
        }
        // Credentials come only from the caller, never from a server's Location header.
        next.username = '';
        next.password = '';
        url = next;
    }
}


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   _3: () => (/* binding */ nodeTransport),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);

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
const nodeTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (code, detail, cause) => {
            if (settled)
                return;
            settled = true;
            reject(new HttpNetworkError(request, code, detail, cause));
        };
        const headers = { 'user-agent': 'cib', ...request.headers };
        if (request.body)
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                    fail('ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`);
                    req.destroy();
                }
            });
            res.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => fail('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (settled)
                    return;
                if (!res.complete) {
                    fail('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                settled = true;
                const single = {};
                const lists = {};
                const raw = res.rawHeaders;
                for (let i = 0; i + 1 < raw.length; i += 2) {
                    const name = raw[i].toLowerCase();
                    (lists[name] ??= []).push(raw[i + 1]);
                }
                for (const [name, values] of Object.entries(lists))
                    single[name] = values.join(', ');
                resolve({
                    status: res.statusCode ?? 0,
                    headers: single,
                    rawHeaders: lists,
                    body: Buffer.concat(chunks),
                    url: request.url,
                });
            });
        });
        req.on('timeout', () => {
            fail('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
        req.end(request.body);
    });
};


/***/ }),

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _Z: () => (/* binding */ readKeyValues),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   y7: () => (/* binding */ readHttpUrl)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
// Typed readers for action inputs. Inputs are parsed once, here, at the edge: the rest of the
// code sees typed values, and every bad value fails with an InputError naming the input.

/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
function readString(rt, name, options = {}) {
    const value = rt.getInput(name);
    if (value !== '')
        return value;
    if (options.required)
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
function readBoolean(rt, name, fallback = false) {
    const value = rt.getInput(name);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(rt, name, allowed, fallback) {
    const value = rt.getInput(name);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, `one of ${allowed.join(', ')}`);
}
/** A number within [min, max]; integers only unless `integer` is false. */
function readNumber(rt, name, options) {
    const value = rt.getInput(name);
    if (value === '')
        return options.fallback;
    const integer = options.integer ?? true;
    const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    const { min = -Infinity, max = Infinity } = options;
    const unit = options.unit ? ` ${options.unit}` : '';
    const kind = integer ? 'a whole number' : 'a number';
    const range = Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}${unit}`
        : Number.isFinite(min)
            ? ` of at least ${min}${unit}`
            : unit;
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, `${kind}${range}`);
    }
    return parsed;
}
/** Splits a list written one item a line, or separated by commas; blank items dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** A list written one item a line or comma-separated. */
function readList(rt, name) {
    return splitList(rt.getInput(name));
}
/** Non-empty lines, trimmed (for values that may themselves contain commas). */
function readLines(rt, name) {
    return rt
        .getInput(name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win over earlier ones. */
function readKeyValues(rt, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
    const result = new Map();
    readLines(rt, name).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, line, `key=value lines (line ${index + 1} is not one)`);
        }
        result.set(key, line.slice(eq + 1).trim());
    });
    return result;
}
/** An http(s) URL. */
function readHttpUrl(rt, name) {
    const value = rt.getInput(name);
    if (value === '')
        return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, value, 'an http:// or https:// URL');
    }
    return url;
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


/***/ })

};
